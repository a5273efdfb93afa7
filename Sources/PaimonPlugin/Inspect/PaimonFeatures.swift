/// The table features the Paimon plugin reports in ``TFMTCore/TableRecord/features``, and how each is found.
///
/// Paimon has no protocol version that gates readers: compatibility follows the schema version, the options and the
/// column types. The names are the plugin's own (Paimon has no feature names); the release catalog
/// (`catalogs/paimon.json`) gives the first Paimon and pypaimon release that reads and writes each.
///
/// | feature | on disk | first Paimon |
/// |---|---|---|
/// | `schemaVersion2` | `schema-N` `version` 2 | 0.8.0 |
/// | `schemaVersion3` | `schema-N` `version` 3 or later | 0.9.0 |
/// | `dynamicBucket` | primary key, `bucket=-1` | 0.5.0 |
/// | `crossPartitionUpsert` | primary key without every partition column, `bucket=-1` | 0.6.0 |
/// | `postponeBucket` | primary key, `bucket=-2` | 1.1.0 |
/// | `partialUpdate`, `aggregation` | `merge-engine` | 0.4.0 |
/// | `firstRow` | `merge-engine=first-row` | 0.5.0 |
/// | `tags` | `tag/tag-<name>` | 0.5.0 |
/// | `branches` | `branch/branch-<name>/` | 0.9.0 |
/// | `statistics` | snapshot `statistics` or commit kind `ANALYZE` | 0.7.0 |
/// | `deletionVectors` | `deletion-vectors.enabled=true` | 0.8.0 |
/// | `fileIndex` | `file-index.*` options | 0.8.0 |
/// | `bitmapIndexV2` | `file-index.bitmap.columns` | 1.1.0 |
/// | `changelogLifecycle` | `changelog.num-retained.*` / `changelog.time-retained` options or `changelog/` | 0.8.0 |
/// | `icebergCompatibility` | `metadata.iceberg.*` options | 0.9.0 |
/// | `thinMode` | `data-file.thin-mode=true` | 1.0.0 |
/// | `denseStats` | `metadata.stats-dense-store=true` | 1.0.0 |
/// | `variant` | a `VARIANT` type at any depth | 1.1.0 |
/// | `deletionVectorsBitmap64` | `deletion-vectors.bitmap64=true` | 1.2.0 |
/// | `rowTracking` | `row-tracking.enabled=true` | 1.3.0 |
/// | `dataEvolution` | `data-evolution.enabled=true` | 1.3.0 |
/// | `blob` | a `BLOB` type or `blob-field` | 1.4.1 |
/// | `vector` | a `VECTOR` type | 1.4.1 |
/// | `globalIndex` | `global-index.*` options | 1.4.1 |
/// | `avroFileFormat` | data files in Avro (`file.format=avro`) | 0.5.0 |
public enum PaimonFeatures {
    /// Every feature name the plugin may report.
    public static let all: [String] = [
        "aggregation", "avroFileFormat", "bitmapIndexV2", "blob", "branches", "changelogLifecycle",
        "crossPartitionUpsert", "dataEvolution", "deletionVectors", "deletionVectorsBitmap64", "denseStats",
        "dynamicBucket", "fileIndex", "firstRow", "globalIndex", "icebergCompatibility", "partialUpdate",
        "postponeBucket", "rowTracking", "schemaVersion2", "schemaVersion3", "statistics", "tags", "thinMode",
        "variant", "vector",
    ]

    /// What the features are detected from.
    public struct Facts: Sendable {
        public var schema: PaimonSchema
        public var options: PaimonTableOptions
        public var bucketMode: PaimonBucketMode
        public var snapshot: PaimonSnapshot?
        public var tags: [String]
        public var branches: [String]
        public var hasChangelogFolder: Bool

        public init(
            schema: PaimonSchema,
            options: PaimonTableOptions,
            bucketMode: PaimonBucketMode,
            snapshot: PaimonSnapshot?,
            tags: [String] = [],
            branches: [String] = [],
            hasChangelogFolder: Bool = false
        ) {
            self.schema = schema
            self.options = options
            self.bucketMode = bucketMode
            self.snapshot = snapshot
            self.tags = tags
            self.branches = branches
            self.hasChangelogFolder = hasChangelogFolder
        }
    }

    /// The features in use, sorted by name.
    public static func detect(_ facts: Facts) -> [String] {
        var found: Set<String> = []
        let schema = facts.schema
        let raw = schema.options
        func enabled(_ key: String) -> Bool { PaimonTableOptions.flag(raw[key]) }
        func anyKey(prefix: String) -> Bool { raw.keys.contains { $0.hasPrefix(prefix) } }

        if schema.version == 2 { found.insert("schemaVersion2") }
        if schema.version >= 3 { found.insert("schemaVersion3") }
        switch facts.bucketMode {
        case .hashDynamic: found.insert("dynamicBucket")
        case .crossPartition: found.formUnion(["dynamicBucket", "crossPartitionUpsert"])
        case .postpone: found.insert("postponeBucket")
        case .hashFixed, .bucketUnaware: break
        }
        if !schema.primaryKeys.isEmpty {
            switch facts.options.mergeEngine {
            case "partial-update": found.insert("partialUpdate")
            case "aggregation": found.insert("aggregation")
            case "first-row": found.insert("firstRow")
            default: break
            }
        }
        if !facts.tags.isEmpty { found.insert("tags") }
        if !facts.branches.isEmpty { found.insert("branches") }
        if let snapshot = facts.snapshot, snapshot.statistics != nil || snapshot.commitKind == "ANALYZE" {
            found.insert("statistics")
        }
        if facts.options.deletionVectors { found.insert("deletionVectors") }
        if enabled("deletion-vectors.bitmap64") { found.insert("deletionVectorsBitmap64") }
        if anyKey(prefix: "file-index.") { found.insert("fileIndex") }
        if raw["file-index.bitmap.columns"] != nil { found.insert("bitmapIndexV2") }
        if facts.hasChangelogFolder || anyKey(prefix: "changelog.num-retained.")
            || raw["changelog.time-retained"] != nil
        {
            found.insert("changelogLifecycle")
        }
        if anyKey(prefix: "metadata.iceberg.") { found.insert("icebergCompatibility") }
        if enabled("data-file.thin-mode") { found.insert("thinMode") }
        if enabled("metadata.stats-dense-store") { found.insert("denseStats") }
        if enabled("row-tracking.enabled") { found.insert("rowTracking") }
        if enabled("data-evolution.enabled") { found.insert("dataEvolution") }
        if anyKey(prefix: "global-index.") { found.insert("globalIndex") }
        if facts.options.fileFormat == "avro" { found.insert("avroFileFormat") }
        let roots = schema.fields.reduce(into: Set<String>()) { $0.formUnion($1.type.roots) }
        if roots.contains("VARIANT") { found.insert("variant") }
        if roots.contains("BLOB") || raw["blob-field"] != nil { found.insert("blob") }
        if roots.contains("VECTOR") { found.insert("vector") }
        return found.sorted()
    }
}
