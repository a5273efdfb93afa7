extension TFMTConfiguration {
    /// One entry of `alerts.rules`: fire when a metric compares to a threshold for a while.
    public struct AlertRule: Sendable, Hashable {
        /// `name`: unique among the rules, `[a-z0-9][a-z0-9._-]*`.
        public var name: String
        /// `metric`: the series name, such as `process_cpu_percent`.
        public var metric: String
        /// `comparison`: how the sample is compared with ``threshold``.
        public var comparison: Comparison
        /// `threshold`: the value compared against, in the metric's unit (bytes, seconds, percent…).
        public var threshold: Double
        /// `for`: how long the condition must hold before the alert fires (pending until then), 0s through 24h.
        public var `for`: Duration
        /// `severity`: how urgent a firing alert is.
        public var severity: Severity
        /// `labels`: label values a series must carry for the rule to apply to it; empty matches every series.
        public var labels: [String: String]

        /// Creates a rule.
        public init(
            name: String,
            metric: String,
            comparison: Comparison = .greaterThan,
            threshold: Double,
            for duration: Duration = .zero,
            severity: Severity = .warning,
            labels: [String: String] = [:]
        ) {
            self.name = name
            self.metric = metric
            self.comparison = comparison
            self.threshold = threshold
            self.for = duration
            self.severity = severity
            self.labels = labels
        }

        /// The range `for` may take.
        public static let forRange = Duration.zero...Duration.seconds(86_400)

        /// Whether `value` meets the rule's condition.
        public func matches(_ value: Double) -> Bool {
            comparison.compare(value, threshold)
        }

        /// The comparison operators a rule may use, written as in the file.
        public enum Comparison: String, Sendable, Hashable, CaseIterable {
            case greaterThan = ">"
            case greaterThanOrEqual = ">="
            case lessThan = "<"
            case lessThanOrEqual = "<="
            case equal = "=="
            case notEqual = "!="

            /// Applies the operator: `lhs > rhs` for ``greaterThan``.
            public func compare(_ lhs: Double, _ rhs: Double) -> Bool {
                switch self {
                case .greaterThan: lhs > rhs
                case .greaterThanOrEqual: lhs >= rhs
                case .lessThan: lhs < rhs
                case .lessThanOrEqual: lhs <= rhs
                case .equal: lhs == rhs
                case .notEqual: lhs != rhs
                }
            }
        }

        /// How urgent a firing alert is.
        public enum Severity: String, Sendable, Hashable, CaseIterable {
            case info, warning, critical
        }
    }
}
