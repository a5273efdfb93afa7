import Foundation

/// What pyiceberg reported about a fixture table (the `expected` member of its `expected.json`).
struct ExpectedTable: Decodable {
    var metadataFile: String
    var formatVersion: Int
    var tableUuid: String
    var location: String
    var lastUpdatedMs: Int64
    var currentSnapshotId: Int64?
    var currentSnapshotTimestampMs: Int64?
    var currentSnapshotTimestamp: String?
    var snapshotCount: Int
    var snapshotIds: [Int64]
    var currentSchemaId: Int
    var schemaCount: Int
    var schemaFields: [SchemaField]
    var defaultSpecId: Int
    var partitionSpecCount: Int
    var partitionFields: [PartitionField]
    var defaultSortOrderId: Int
    var sortOrderFields: [SortField]
    var properties: [String: String]
    var refs: [String: Ref]
    var summary: [String: String]
    var manifests: Manifests
    var deleteFiles: DeleteFiles

    /// Manifests of the current snapshot, by content.
    struct Manifests: Decodable {
        var data: Int
        var deletes: Int
    }

    /// Live delete files of the current snapshot, by kind.
    struct DeleteFiles: Decodable {
        var position: Int
        var equality: Int
        var deletionVector: Int

        private enum CodingKeys: String, CodingKey {
            case position, equality
            case deletionVector = "deletion_vector"
        }
    }

    struct SchemaField: Decodable {
        var id: Int
        var name: String
        var type: String
        var required: Bool
    }

    struct PartitionField: Decodable {
        var name: String
        var sourceId: Int
        var sourceName: String
        var fieldId: Int
        var transform: String

        private enum CodingKeys: String, CodingKey {
            case name, transform
            case sourceId = "source_id"
            case sourceName = "source_name"
            case fieldId = "field_id"
        }
    }

    struct SortField: Decodable {
        var sourceId: Int
        var transform: String
        var direction: String
        var nullOrder: String

        private enum CodingKeys: String, CodingKey {
            case transform, direction
            case sourceId = "source_id"
            case nullOrder = "null_order"
        }
    }

    struct Ref: Decodable {
        var snapshotId: Int64
        var type: String
        var minSnapshotsToKeep: Int?
        var maxSnapshotAgeMs: Int64?
        var maxRefAgeMs: Int64?

        private enum CodingKeys: String, CodingKey {
            case type
            case snapshotId = "snapshot_id"
            case minSnapshotsToKeep = "min_snapshots_to_keep"
            case maxSnapshotAgeMs = "max_snapshot_age_ms"
            case maxRefAgeMs = "max_ref_age_ms"
        }
    }

    /// The features tfmt reports for the table: the format version (from v2) and the row-level deletes the summary
    /// counts.
    var features: [String] {
        var features: [String] = []
        if (Int(summary["total-equality-deletes"] ?? "") ?? 0) > 0 {
            features.append("equalityDeletes")
        }
        if (Int(summary["total-position-deletes"] ?? "") ?? 0) > 0 {
            features.append("positionDeletes")
        }
        if formatVersion >= 2 {
            features.append("v\(formatVersion)")
        }
        return features
    }

    /// The `expected` member of the case's `expected.json`.
    static func load(_ fixtureCase: String) throws -> ExpectedTable {
        struct Document: Decodable { var expected: ExpectedTable }
        let data = try Data(contentsOf: URL(fileURLWithPath: TestPaths.fixtures + "/" + fixtureCase + "/expected.json"))
        return try JSONDecoder().decode(Document.self, from: data).expected
    }

    private enum CodingKeys: String, CodingKey {
        case metadataFile = "metadata_file"
        case formatVersion = "format_version"
        case tableUuid = "table_uuid"
        case location
        case lastUpdatedMs = "last_updated_ms"
        case currentSnapshotId = "current_snapshot_id"
        case currentSnapshotTimestampMs = "current_snapshot_timestamp_ms"
        case currentSnapshotTimestamp = "current_snapshot_timestamp"
        case snapshotCount = "snapshot_count"
        case snapshotIds = "snapshot_ids"
        case currentSchemaId = "current_schema_id"
        case schemaCount = "schema_count"
        case schemaFields = "schema_fields"
        case defaultSpecId = "default_spec_id"
        case partitionSpecCount = "partition_spec_count"
        case partitionFields = "partition_fields"
        case defaultSortOrderId = "default_sort_order_id"
        case sortOrderFields = "sort_order_fields"
        case properties
        case refs
        case summary, manifests
        case deleteFiles = "delete_files"
    }
}
