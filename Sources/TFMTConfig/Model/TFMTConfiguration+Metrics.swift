extension TFMTConfiguration {
    /// `metrics`: the collector and its rings.
    public struct Metrics: Sendable, Hashable {
        /// `metrics.interval`: time between two samples, 1s through 1h.
        public var interval: Duration
        /// `metrics.retention`: how far back the rings reach; at least ``interval``, at most 7d, and at most
        /// 1,000,000 slots (retention ÷ interval).
        public var retention: Duration
        /// `metrics.stateFile`: where the rings are saved; a relative path lies inside `stateDirectory` (see
        /// ``TFMTConfiguration/metricsStateFilePath``).
        public var stateFile: String
        /// `metrics.saveInterval`: how often the rings are saved besides on shutdown, 10s through 24h.
        public var saveInterval: Duration
        /// `metrics.maxSeries`: the most series kept at once, 1 through 1,000,000; new series beyond it are dropped
        /// and counted.
        public var maxSeries: Int

        /// Creates metrics settings; every argument defaults to the documented default.
        public init(
            interval: Duration = .seconds(10),
            retention: Duration = .seconds(86_400),
            stateFile: String = "metrics.state",
            saveInterval: Duration = .seconds(300),
            maxSeries: Int = 10_000
        ) {
            self.interval = interval
            self.retention = retention
            self.stateFile = stateFile
            self.saveInterval = saveInterval
            self.maxSeries = maxSeries
        }

        /// Slots in each ring: retention ÷ interval, rounded up (8,640 with the defaults).
        public var slotCount: Int {
            let interval = DurationSyntax.milliseconds(interval)
            guard interval > 0 else { return 0 }
            let retention = DurationSyntax.milliseconds(retention)
            return Int((retention + interval - 1) / interval)
        }

        /// The range `interval` may take.
        public static let intervalRange = Duration.seconds(1)...Duration.seconds(3600)
        /// The longest `retention`.
        public static let maximumRetention = Duration.seconds(7 * 86_400)
        /// The most slots a ring may have.
        public static let maximumSlots = 1_000_000
        /// The range `saveInterval` may take.
        public static let saveIntervalRange = Duration.seconds(10)...Duration.seconds(86_400)
        /// The range `maxSeries` may take.
        public static let maxSeriesRange = 1...1_000_000
    }
}
