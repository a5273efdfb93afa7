/// The largest metadata files the plugin reads; anything larger is refused rather than loaded.
///
/// Paimon's snapshot and schema files are small JSON documents: a snapshot is well under a kilobyte plus its
/// `properties` and `statistics` references, a schema grows with its columns and options. The limits leave room for
/// very wide tables while keeping a hostile or mistaken file from exhausting memory.
public struct PaimonReadLimits: Sendable, Hashable {
    /// The largest snapshot file, in bytes.
    public var snapshotBytes: Int
    /// The largest schema file, in bytes.
    public var schemaBytes: Int
    /// The largest `LATEST`/`EARLIEST` hint file, in bytes.
    public var hintBytes: Int

    public init(snapshotBytes: Int = 4 << 20, schemaBytes: Int = 16 << 20, hintBytes: Int = 1024) {
        self.snapshotBytes = snapshotBytes
        self.schemaBytes = schemaBytes
        self.hintBytes = hintBytes
    }

    /// The limits the plugin uses unless told otherwise.
    public static let standard = PaimonReadLimits()
}
