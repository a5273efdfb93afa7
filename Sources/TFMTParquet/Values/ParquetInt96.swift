import TFMTCore

/// A legacy `INT96` timestamp: nanoseconds within the day, then the Julian day number.
public struct ParquetInt96: Sendable, Hashable {
    public var nanosecondsOfDay: Int64
    public var julianDay: Int32

    public init(nanosecondsOfDay: Int64, julianDay: Int32) {
        self.nanosecondsOfDay = nanosecondsOfDay
        self.julianDay = julianDay
    }

    /// The Julian day of 1970-01-01.
    static let unixEpochJulianDay: Int64 = 2_440_588

    /// Nanoseconds since the Unix epoch, or `nil` when that does not fit 64 bits.
    public var nanosecondsSinceEpoch: Int64? {
        let days = Int64(julianDay) - Self.unixEpochJulianDay
        let (dayNanos, overflow) = days.multipliedReportingOverflow(by: 86_400_000_000_000)
        guard !overflow else { return nil }
        let (total, overflow2) = dayNanos.addingReportingOverflow(nanosecondsOfDay)
        return overflow2 ? nil : total
    }
}
