import TFMTCore

/// Turns resolved metadata into the normalized table record.
///
/// Record fields:
/// - `snapshot`: the current snapshot's id (as text), its `timestamp-ms` in ISO-8601, and the number of snapshots in
///   the metadata (expired snapshots are gone from it). A table without a current snapshot has id `-1` (Iceberg's
///   own "none") and no timestamp.
/// - `protocol`: `formatVersion`.
/// - `features`: see ``FeatureDetector``.
/// - `schema`: the current schema's top-level fields with ids; types rendered as Iceberg's Java `toString()` does.
/// - `partitionColumns`: the source columns of the default spec's fields, in order, skipping `void` fields (what v1
///   leaves of a removed partition field); a multi-argument transform contributes each source.
/// - `properties`: the table properties (non-string values, which the spec does not allow, are rendered as JSON).
///
/// `details` keys: `metadataFile`, `metadataSelection` (`given`, `versionHint`, `newest`), `metadataFiles`,
/// `metadataCompression`, `metadataSameVersion`, `versionHint`; `tableUuid`, `tableLocation` (as the metadata
/// records it; tfmt never relies on it), `lastUpdated`, `lastSequenceNumber`, `lastColumnId`, `nextRowId`;
/// `currentSchemaId`, `schemaCount`; `partitionSpec` (`specId`, `fields` with `name`, `transform`, `sourceIds`,
/// `sourceColumns`, `fieldId`), `partitionSpecCount`; `sortOrder` (`orderId`, `fields` with `transform`,
/// `sourceIds`, `sourceColumns`, `direction`, `nullOrder`); `refs` (by name: `type`, `snapshotId` as text and the
/// retention settings present); `currentSnapshot` (`operation`, `sequenceNumber`, `parentSnapshotId`, `schemaId`,
/// `firstRowId`, `addedRows`); `summary` (the current snapshot's `total-records`, `total-data-files`,
/// `total-delete-files`, `total-position-deletes`, `total-equality-deletes`, as integers, when present); and
/// `manifests` when detail was asked for.
enum TableRecordBuilder {
    /// The summary totals reported, by their Iceberg names.
    static let summaryTotals = [
        "total-records", "total-data-files", "total-delete-files", "total-position-deletes", "total-equality-deletes",
    ]

    /// The record for `resolved`, read from `location`.
    static func record(_ resolved: ResolvedMetadata, location: MetadataLocation) -> TableRecord {
        let metadata = resolved.metadata
        let snapshot: TableRecord.Snapshot
        if let current = resolved.currentSnapshot {
            snapshot = TableRecord.Snapshot(
                id: String(current.snapshotID),
                timestamp: Timestamp.iso8601(epochMilliseconds: current.timestampMs),
                count: resolved.snapshots.count
            )
        } else {
            snapshot = TableRecord.Snapshot(id: "-1", timestamp: nil, count: resolved.snapshots.count)
        }
        let fields = resolved.currentSchema.fields.map { field in
            TableRecord.Schema.Field(
                name: field.name,
                type: field.type.description,
                nullable: !field.required,
                id: field.id
            )
        }
        let partitionColumns = resolved.defaultSpec.fields.filter { $0.transform != "void" }.flatMap { field in
            field.sourceIDs.map(resolved.columnName)
        }
        return TableRecord(
            format: .iceberg,
            location: location.root,
            snapshot: snapshot,
            protocol: ["formatVersion": JSONValue(metadata.formatVersion)],
            features: FeatureDetector.features(of: resolved),
            schema: TableRecord.Schema(fields: fields),
            partitionColumns: partitionColumns,
            properties: (metadata.properties ?? [:]).mapValues { $0.stringValue ?? $0.description },
            details: details(resolved, location: location)
        )
    }

    private static func details(_ resolved: ResolvedMetadata, location: MetadataLocation) -> [String: JSONValue] {
        let metadata = resolved.metadata
        var details = location.details
        details["tableUuid"] = metadata.tableUUID.map(JSONValue.string)
        details["tableLocation"] = metadata.location.map(JSONValue.string)
        details["lastUpdated"] = metadata.lastUpdatedMs.flatMap(Timestamp.iso8601(epochMilliseconds:)).map(
            JSONValue.string
        )
        details["lastSequenceNumber"] = metadata.lastSequenceNumber.map(JSONValue.int)
        details["lastColumnId"] = metadata.lastColumnID.map(JSONValue.init)
        details["nextRowId"] = metadata.nextRowID.map(JSONValue.int)
        details["currentSchemaId"] = JSONValue(resolved.currentSchema.schemaID)
        details["schemaCount"] = JSONValue(resolved.schemas.count)
        details["partitionSpec"] = [
            "specId": JSONValue(resolved.defaultSpec.specID),
            "fields": .array(resolved.defaultSpec.fields.map { partitionField($0, resolved) }),
        ]
        details["partitionSpecCount"] = JSONValue(resolved.specs.count)
        details["sortOrder"] = [
            "orderId": JSONValue(resolved.defaultSortOrder.orderID),
            "fields": .array(resolved.defaultSortOrder.fields.map { sortField($0, resolved) }),
        ]
        details["refs"] = .object(refs(resolved))
        if let current = resolved.currentSnapshot {
            var snapshot: [String: JSONValue] = [:]
            snapshot["operation"] = current.summary?["operation"]
            snapshot["sequenceNumber"] = current.sequenceNumber.map(JSONValue.int)
            snapshot["parentSnapshotId"] = current.parentSnapshotID.map { .string(String($0)) }
            snapshot["schemaId"] = current.schemaID.map(JSONValue.init)
            snapshot["firstRowId"] = current.firstRowID.map(JSONValue.int)
            snapshot["addedRows"] = current.addedRows.map(JSONValue.int)
            details["currentSnapshot"] = .object(snapshot)
            var summary: [String: JSONValue] = [:]
            for key in summaryTotals {
                summary[key] = current.summaryInteger(key).map(JSONValue.int) ?? current.summary?[key]
            }
            details["summary"] = .object(summary)
        }
        return details
    }

    /// The refs by name; v1 metadata written before refs existed gets the implied `main` branch.
    private static func refs(_ resolved: ResolvedMetadata) -> [String: JSONValue] {
        var refs = resolved.metadata.refs ?? [:]
        if resolved.metadata.refs == nil, let current = resolved.currentSnapshot {
            refs["main"] = IcebergSnapshotRef(snapshotID: current.snapshotID, type: "branch")
        }
        return refs.mapValues { ref in
            var object: [String: JSONValue] = [
                "type": .string(ref.type), "snapshotId": .string(String(ref.snapshotID)),
            ]
            object["minSnapshotsToKeep"] = ref.minSnapshotsToKeep.map(JSONValue.init)
            object["maxSnapshotAgeMs"] = ref.maxSnapshotAgeMs.map(JSONValue.int)
            object["maxRefAgeMs"] = ref.maxRefAgeMs.map(JSONValue.int)
            return .object(object)
        }
    }

    private static func partitionField(_ field: IcebergPartitionField, _ resolved: ResolvedMetadata) -> JSONValue {
        var object: [String: JSONValue] = [
            "name": .string(field.name),
            "transform": .string(field.transform),
            "sourceIds": .array(field.sourceIDs.map(JSONValue.init)),
            "sourceColumns": JSONValue(field.sourceIDs.map(resolved.columnName)),
        ]
        object["fieldId"] = field.fieldID.map(JSONValue.init)
        return .object(object)
    }

    private static func sortField(_ field: IcebergSortOrder.Field, _ resolved: ResolvedMetadata) -> JSONValue {
        [
            "transform": .string(field.transform),
            "sourceIds": .array(field.sourceIDs.map(JSONValue.init)),
            "sourceColumns": JSONValue(field.sourceIDs.map(resolved.columnName)),
            "direction": .string(field.direction),
            "nullOrder": .string(field.nullOrder),
        ]
    }
}
