/// A table checked against an engine: can it read, can it write, and what is missing (DESIGN.md, "check").
public struct CheckResult: Sendable, Hashable, Codable {
    /// The table, as `inspect` saw it.
    public var table: TableSummary
    /// The engine checked against.
    public var engine: CheckedEngine
    /// Whether the engine's runtimes read the table, and what they lack.
    public var read: Verdict
    /// Whether they write it.
    public var write: Verdict

    public init(table: TableSummary, engine: CheckedEngine, read: Verdict, write: Verdict) {
        self.table = table
        self.engine = engine
        self.read = read
        self.write = write
    }

    /// Whether every mode asked about is supported.
    public var compatible: Bool { read.ok && write.ok }

    /// The table's identity and snapshot.
    public struct TableSummary: Sendable, Hashable, Codable {
        public var format: TableFormat
        public var location: String
        public var snapshot: TableRecord.Snapshot

        public init(format: TableFormat, location: String, snapshot: TableRecord.Snapshot) {
            self.format = format
            self.location = location
            self.snapshot = snapshot
        }
    }

    /// The engine, and the runtimes of the table's format it has.
    public struct CheckedEngine: Sendable, Hashable, Codable {
        /// The environment's name, for `--env`.
        public var name: String?
        public var target: EngineTarget
        /// The runtimes of the table's format the engine has (scanned, assumed or given with `--with`).
        public var runtimes: [InstalledRuntime]

        public init(name: String?, target: EngineTarget, runtimes: [InstalledRuntime]) {
            self.name = name
            self.target = target
            self.runtimes = runtimes
        }
    }

    /// The verdict for one mode.
    public struct Verdict: Sendable, Hashable, Codable {
        public var ok: Bool
        /// Each missing feature with the release that adds it.
        public var missing: [Missing]

        public init(ok: Bool, missing: [Missing]) {
            self.ok = ok
            self.missing = missing
        }
    }

    /// A feature the engine's runtimes lack, and what would add it.
    public struct Missing: Sendable, Hashable, Codable {
        /// The feature (or table version, or `runtime` when the engine has no runtime of the format at all).
        public var feature: String
        /// What adds it: `delta-spark >= 2.3.0`, or why nothing does.
        public var requires: String

        public init(feature: String, requires: String) {
            self.feature = feature
            self.requires = requires
        }
    }
}
