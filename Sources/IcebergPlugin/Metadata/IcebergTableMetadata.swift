import TFMTCore

/// The fields of an Iceberg table-metadata file that tfmt reads (spec "Table Metadata Fields"). Unknown fields are
/// ignored; fields that are optional in some format version are optional here, and ``TableMetadataResolver`` applies
/// the rules of the file's version.
struct IcebergTableMetadata: Sendable, Decodable {
    var formatVersion: Int
    var tableUUID: String?
    var location: String?
    var lastSequenceNumber: Int64?
    var lastUpdatedMs: Int64?
    var lastColumnID: Int?
    /// The v1 single schema (deprecated; v1 writers may write only this).
    var schema: IcebergSchema?
    var schemas: [IcebergSchema]?
    var currentSchemaID: Int?
    /// The v1 single partition spec's fields (deprecated).
    var partitionSpec: [IcebergPartitionField]?
    var partitionSpecs: [IcebergPartitionSpec]?
    var defaultSpecID: Int?
    var lastPartitionID: Int?
    var properties: [String: JSONValue]?
    /// The current snapshot; Java writes -1 for "none" in v1 and v2 and `null` from v3.
    var currentSnapshotID: Int64?
    var snapshots: [IcebergSnapshot]?
    var refs: [String: IcebergSnapshotRef]?
    var sortOrders: [IcebergSortOrder]?
    var defaultSortOrderID: Int?
    /// The v3 row-lineage counter.
    var nextRowID: Int64?
    /// The v3 table encryption keys.
    var encryptionKeys: [JSONValue]?

    private enum CodingKeys: String, CodingKey {
        case formatVersion = "format-version"
        case tableUUID = "table-uuid"
        case location
        case lastSequenceNumber = "last-sequence-number"
        case lastUpdatedMs = "last-updated-ms"
        case lastColumnID = "last-column-id"
        case schema, schemas
        case currentSchemaID = "current-schema-id"
        case partitionSpec = "partition-spec"
        case partitionSpecs = "partition-specs"
        case defaultSpecID = "default-spec-id"
        case lastPartitionID = "last-partition-id"
        case properties
        case currentSnapshotID = "current-snapshot-id"
        case snapshots, refs
        case sortOrders = "sort-orders"
        case defaultSortOrderID = "default-sort-order-id"
        case nextRowID = "next-row-id"
        case encryptionKeys = "encryption-keys"
    }
}
