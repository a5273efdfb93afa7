extension TFMTConfiguration {
    /// `tables`: which tables may be inspected and which the daemon watches.
    public struct Tables: Sendable, Hashable {
        /// `tables.roots`: normalized absolute directories; when not empty, every inspected or watched path must lie
        /// under one of them.
        public var roots: [String]
        /// `tables.watch`: the tables re-inspected on a schedule, paths unique.
        public var watch: [WatchedTable]

        /// Creates table settings; by default no roots and no watched tables.
        public init(roots: [String] = [], watch: [WatchedTable] = []) {
            self.roots = roots
            self.watch = watch
        }

        /// Whether `path` may be inspected: `roots` is empty, or the normalized path lies under one of them.
        public func allows(path: String) -> Bool {
            guard !roots.isEmpty else { return true }
            let normalized = PathSyntax.normalized(path)
            return roots.contains { PathSyntax.path(normalized, isInside: $0) }
        }
    }

    /// One entry of `tables.watch`.
    public struct WatchedTable: Sendable, Hashable {
        /// `path`: the table's normalized absolute directory.
        public var path: String
        /// `read`: names of engine environments (from `engines`) that must be able to read the table.
        public var read: [String]
        /// `write`: names of engine environments that must be able to write the table.
        public var write: [String]
        /// `interval`: how often the table is inspected again, 10s through 24h.
        public var interval: Duration

        /// Creates a watched table.
        public init(path: String, read: [String] = [], write: [String] = [], interval: Duration = .seconds(60)) {
            self.path = path
            self.read = read
            self.write = write
            self.interval = interval
        }

        /// The range `interval` may take.
        public static let intervalRange = Duration.seconds(10)...Duration.seconds(86_400)
    }
}
