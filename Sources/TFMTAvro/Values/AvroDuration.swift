/// The value of Avro's `duration` logical type: months, days and milliseconds, each independent of the others.
public struct AvroDuration: Sendable, Hashable {
    public var months: UInt32
    public var days: UInt32
    public var milliseconds: UInt32

    /// Creates a duration.
    public init(months: UInt32, days: UInt32, milliseconds: UInt32) {
        self.months = months
        self.days = days
        self.milliseconds = milliseconds
    }

    /// Reads the 12-byte `fixed` encoding (three little-endian unsigned integers); nil for any other value.
    public init?(_ value: AvroValue) {
        guard case .fixed(let bytes) = value.unwrapped, bytes.count == 12 else { return nil }
        func word(_ start: Int) -> UInt32 {
            (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[start + $1]) << (8 * UInt32($1)) }
        }
        self.init(months: word(0), days: word(4), milliseconds: word(8))
    }
}
