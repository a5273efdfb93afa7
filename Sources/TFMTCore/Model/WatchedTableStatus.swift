/// What the daemon last saw of a watched table: its snapshot and features, and whether each engine that must read or
/// write it still can.
public struct WatchedTableStatus: Sendable, Hashable, Codable {
    public var path: String
    /// Seconds between inspections.
    public var intervalSeconds: Int
    /// When the table was last inspected, ISO-8601, or `nil` before the first inspection.
    public var inspectedAt: String?
    /// The table record from the last inspection that succeeded.
    public var record: TableRecord?
    /// Why the last inspection failed, when it did.
    public var error: TFMTError?
    /// The latest verdict per engine and mode.
    public var verdicts: [EngineVerdict]

    public init(
        path: String,
        intervalSeconds: Int,
        inspectedAt: String?,
        record: TableRecord?,
        error: TFMTError?,
        verdicts: [EngineVerdict]
    ) {
        self.path = path
        self.intervalSeconds = intervalSeconds
        self.inspectedAt = inspectedAt
        self.record = record
        self.error = error
        self.verdicts = verdicts
    }

    /// One engine's verdict for one mode.
    public struct EngineVerdict: Sendable, Hashable, Codable {
        public var engine: String
        /// `read` or `write`.
        public var mode: String
        public var ok: Bool
        public var missing: [CheckResult.Missing]
        /// Why no verdict could be given (an engine the catalogs do not cover, an unknown environment).
        public var error: TFMTError?

        public init(engine: String, mode: String, ok: Bool, missing: [CheckResult.Missing], error: TFMTError? = nil) {
            self.engine = engine
            self.mode = mode
            self.ok = ok
            self.missing = missing
            self.error = error
        }
    }
}
