/// How much `inspect` reads at most, so that a corrupt or hostile table cannot exhaust memory or time.
public struct HudiReadLimits: Sendable, Hashable {
    /// `hoodie.properties` (the create schema of a wide table can reach hundreds of KiB).
    public var propertiesBytes = 4 << 20
    /// One instant file of the timeline (commit metadata lists every file written).
    public var instantBytes = 64 << 20
    /// The files listed in one timeline folder.
    public var timelineEntries = 1_000_000
    /// Completed commits searched, newest first, for one whose metadata carries the schema.
    public var schemaSearchDepth = 16
    /// Nesting of the Avro schema rendered into the record.
    public var schemaNestingDepth = 64
    /// A history file: `_version_`, `manifest_N`, or the index definitions.
    public var sideFileBytes = 4 << 20

    public init() {}
}
