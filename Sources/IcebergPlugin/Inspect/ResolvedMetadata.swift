import TFMTCore

/// Table metadata with the format version's rules applied: the current schema, default partition spec, default sort
/// order and current snapshot picked out and checked to exist.
struct ResolvedMetadata: Sendable {
    /// The file as decoded.
    var metadata: IcebergTableMetadata
    /// Every schema, the v1 single `schema` included when `schemas` is absent.
    var schemas: [IcebergSchema]
    var currentSchema: IcebergSchema
    /// Every partition spec, the v1 single `partition-spec` (as spec 0) included when `partition-specs` is absent.
    var specs: [IcebergPartitionSpec]
    var defaultSpec: IcebergPartitionSpec
    var sortOrders: [IcebergSortOrder]
    var defaultSortOrder: IcebergSortOrder
    var snapshots: [IcebergSnapshot]
    /// `nil` when the table has no current snapshot (`current-snapshot-id` absent, -1 or null).
    var currentSnapshot: IcebergSnapshot?

    /// The format versions this build reads.
    static let knownFormatVersions = 1...4

    /// Applies the rules of `metadata`'s format version.
    ///
    /// - Throws: ``TFMTError/Code/icebergFormatVersionUnsupported``, ``TFMTError/Code/icebergMetadataCorrupt`` when
    ///   a field the version requires is missing, ``TFMTError/Code/icebergMetadataInconsistent`` when an id names
    ///   nothing, ``TFMTError/Code/icebergCurrentSnapshotMissing``.
    init(_ metadata: IcebergTableMetadata, file: String) throws(TFMTError) {
        self.metadata = metadata
        let version = metadata.formatVersion
        guard Self.knownFormatVersions.contains(version) else {
            throw .icebergFormatVersionUnsupported(file, version: version)
        }

        // Schemas: v2+ require schemas and current-schema-id; v1 may have only `schema`.
        if let schemas = metadata.schemas, !schemas.isEmpty, let currentID = metadata.currentSchemaID {
            guard let current = schemas.first(where: { $0.schemaID == currentID }) else {
                throw .icebergMetadataInconsistent(file, what: "current schema", id: currentID)
            }
            self.schemas = schemas
            currentSchema = current
        } else if version == 1, let schema = metadata.schema {
            schemas = [schema]
            currentSchema = schema
        } else {
            throw .icebergMetadataCorrupt(
                file,
                reason: "the required fields 'schemas' and 'current-schema-id' are missing or empty"
            )
        }

        // Partition specs: v2+ require partition-specs and default-spec-id; v1 may have only `partition-spec`.
        if let specs = metadata.partitionSpecs, !specs.isEmpty, let defaultID = metadata.defaultSpecID {
            guard let spec = specs.first(where: { $0.specID == defaultID }) else {
                throw .icebergMetadataInconsistent(file, what: "default partition spec", id: defaultID)
            }
            self.specs = specs
            defaultSpec = spec
        } else if version == 1 {
            let spec = IcebergPartitionSpec(specID: 0, fields: metadata.partitionSpec ?? [])
            specs = [spec]
            defaultSpec = spec
        } else {
            throw .icebergMetadataCorrupt(
                file,
                reason: "the required fields 'partition-specs' and 'default-spec-id' are missing or empty"
            )
        }

        // Sort orders: optional in v1; order 0 means unsorted.
        let orders = metadata.sortOrders ?? []
        let defaultOrderID = metadata.defaultSortOrderID ?? 0
        if let order = orders.first(where: { $0.orderID == defaultOrderID }) {
            defaultSortOrder = order
        } else if defaultOrderID == 0 {
            defaultSortOrder = IcebergSortOrder(orderID: 0, fields: [])
        } else {
            throw .icebergMetadataInconsistent(file, what: "default sort order", id: defaultOrderID)
        }
        sortOrders = orders

        // Current snapshot: absent, null and -1 all mean none.
        let snapshots = metadata.snapshots ?? []
        self.snapshots = snapshots
        if let currentID = metadata.currentSnapshotID, currentID != -1 {
            guard let current = snapshots.first(where: { $0.snapshotID == currentID }) else {
                throw .icebergCurrentSnapshotMissing(file, snapshotID: currentID, known: snapshots.count)
            }
            currentSnapshot = current
        } else {
            currentSnapshot = nil
        }
    }

    /// The column name for a field id: from the current schema, else from the newest older schema that has it, else
    /// `#<id>`.
    func columnName(_ id: Int) -> String {
        if let name = currentSchema.columnNames[id] {
            return name
        }
        for schema in schemas.reversed() {
            if let name = schema.columnNames[id] {
                return name
            }
        }
        return "#\(id)"
    }
}
