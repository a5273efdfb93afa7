extension TFMTConfiguration {
    /// `logLevel`: the least severe message the daemon logs, named as swift-log names its levels.
    public enum LogLevel: String, Sendable, Hashable, CaseIterable, Comparable {
        case trace, debug, info, notice, warning, error, critical

        /// Orders levels from the most verbose, `trace`, to the most severe, `critical`.
        public static func < (lhs: Self, rhs: Self) -> Bool {
            let order = allCases
            return order.firstIndex(of: lhs) ?? 0 < order.firstIndex(of: rhs) ?? 0
        }
    }
}
