extension TFMTConfiguration {
    /// `alerts`: the rules the daemon evaluates after every metrics sample.
    public struct Alerts: Sendable, Hashable {
        /// The rules in force, names unique: the built-in ``defaultRules`` (unless the file sets
        /// `alerts.includeDefaultRules: false`, or a rule of the file has the same name and replaces one) followed by
        /// the rules of the file in file order.
        public var rules: [AlertRule]

        /// Creates alert settings; by default the built-in rules.
        public init(rules: [AlertRule] = Alerts.defaultRules) {
            self.rules = rules
        }

        /// The rules that follow tfmt's budgets: the daemon above 25 % CPU for a minute, a plugin above 256 MiB of
        /// memory for a minute, a plugin registration or validation taking longer than 2 s.
        public static let defaultRules: [AlertRule] = [
            AlertRule(
                name: "daemon-cpu",
                metric: "process_cpu_percent",
                comparison: .greaterThan,
                threshold: 25,
                for: .seconds(60),
                severity: .warning
            ),
            AlertRule(
                name: "plugin-memory",
                metric: "plugin_memory_bytes",
                comparison: .greaterThan,
                threshold: 268_435_456,
                for: .seconds(60),
                severity: .warning
            ),
            AlertRule(
                name: "plugin-registration-time",
                metric: "plugin_registration_seconds",
                comparison: .greaterThan,
                threshold: 2,
                for: .zero,
                severity: .warning
            ),
            AlertRule(
                name: "plugin-validation-time",
                metric: "plugin_validation_seconds",
                comparison: .greaterThan,
                threshold: 2,
                for: .zero,
                severity: .warning
            ),
        ]
    }
}
