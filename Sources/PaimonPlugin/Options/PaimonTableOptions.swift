import TFMTCore

/// The options that decide how a Paimon table is laid out and merged, with Paimon's defaults filled in.
///
/// Defaults depend on the schema version, because Paimon changed them and kept old tables readable by writing the
/// old default into the schema on read: a version-1 schema (Paimon 0.7 and older) without `bucket` means `bucket=1`,
/// later ones `-1` (0.8); a schema of version 1 or 2 without `file.format` means `orc`, version 3 `parquet` (0.9).
public struct PaimonTableOptions: Sendable, Hashable {
    /// The `bucket` option, or its default.
    public var bucket: Int64
    /// Whether `bucket` was set explicitly.
    public var bucketIsExplicit: Bool
    /// The data file format (`file.format`), lower-cased, or its default.
    public var fileFormat: String
    /// Whether `file.format` was set explicitly.
    public var fileFormatIsExplicit: Bool
    /// `merge-engine`: `deduplicate` (default), `partial-update`, `aggregation`, `first-row`.
    public var mergeEngine: String
    /// `changelog-producer`: `none` (default), `input`, `full-compaction`, `lookup`.
    public var changelogProducer: String
    /// `deletion-vectors.enabled`.
    public var deletionVectors: Bool

    /// Option keys.
    public enum Key {
        public static let bucket = "bucket"
        public static let fileFormat = "file.format"
        public static let mergeEngine = "merge-engine"
        public static let changelogProducer = "changelog-producer"
        public static let deletionVectors = "deletion-vectors.enabled"
    }

    /// The effective options of `schema`, read from `path` (for errors).
    ///
    /// - Throws: ``TFMTError/Code/paimonOptionInvalid`` when `bucket` is not an integer Paimon accepts (`> 0`, `-1`,
    ///   `-2`).
    public init(schema: PaimonSchema, path: String) throws(TFMTError) {
        let options = schema.options
        if let text = options[Key.bucket] {
            guard let value = Int64(text.trimmingSpaces), value > 0 || value == -1 || value == -2 else {
                throw TFMTError.paimonOptionInvalid(
                    path,
                    option: Key.bucket,
                    value: text,
                    expected: "a positive number of buckets, -1 (dynamic or unaware) or -2 (postpone)"
                )
            }
            bucket = value
            bucketIsExplicit = true
        } else {
            bucket = schema.version <= 1 ? 1 : -1
            bucketIsExplicit = false
        }
        if let format = options[Key.fileFormat], !format.trimmingSpaces.isEmpty {
            fileFormat = format.trimmingSpaces.lowercased()
            fileFormatIsExplicit = true
        } else {
            fileFormat = schema.version <= 2 ? "orc" : "parquet"
            fileFormatIsExplicit = false
        }
        mergeEngine = options[Key.mergeEngine].map { $0.trimmingSpaces.lowercased() } ?? "deduplicate"
        changelogProducer = options[Key.changelogProducer].map { $0.trimmingSpaces.lowercased() } ?? "none"
        deletionVectors = Self.flag(options[Key.deletionVectors])
    }

    /// Whether an option's text means true (Paimon parses booleans case-insensitively).
    static func flag(_ text: String?) -> Bool {
        text?.trimmingSpaces.lowercased() == "true"
    }
}
