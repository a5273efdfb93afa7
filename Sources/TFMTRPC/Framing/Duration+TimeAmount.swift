import NIOCore

extension Duration {
    /// The duration as NIO's `TimeAmount`, to the nanosecond, saturating instead of overflowing.
    public var timeAmount: TimeAmount {
        let (seconds, attoseconds) = components
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        guard !overflow else { return .nanoseconds(seconds < 0 ? .min : .max) }
        let (total, sumOverflow) = scaled.addingReportingOverflow(attoseconds / 1_000_000_000)
        return .nanoseconds(sumOverflow ? .max : total)
    }
}
