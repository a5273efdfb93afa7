import TFMTCore

extension PaimonTable {
    /// The snapshot id reported before the first commit (Paimon numbers snapshots from 1).
    public static let noSnapshotID = "0"

    /// The normalized table record, without requirements (the plugin adds them from its catalog).
    public var record: TableRecord {
        var protocolFields: [String: JSONValue] = ["schemaVersion": .int(schema.version)]
        protocolFields["snapshotVersion"] = latestSnapshot.map { .int($0.version) } ?? .null
        return TableRecord(
            format: .paimon,
            location: location,
            snapshot: TableRecord.Snapshot(
                id: latestSnapshot.map { String($0.id) } ?? Self.noSnapshotID,
                timestamp: latestSnapshot.flatMap { Timestamp.iso8601(epochMilliseconds: $0.timeMillis) },
                count: snapshots.ids.count
            ),
            protocol: protocolFields,
            features: features,
            schema: TableRecord.Schema(
                fields: schema.fields.map { field in
                    TableRecord.Schema.Field(
                        name: field.name,
                        type: field.type.rendered,
                        nullable: field.type.nullable,
                        id: Int(exactly: field.id)
                    )
                }
            ),
            partitionColumns: schema.partitionKeys,
            properties: schema.options,
            details: details
        )
    }

    /// Paimon facts beyond the common record.
    var details: [String: JSONValue] {
        [
            "tableKind": .string(kind.rawValue),
            "primaryKeys": JSONValue(schema.primaryKeys),
            "bucket": .int(options.bucket),
            "bucketIsDefault": .bool(!options.bucketIsExplicit),
            "bucketMode": .string(bucketMode.rawValue),
            "mergeEngine": .string(options.mergeEngine),
            "changelogProducer": .string(options.changelogProducer),
            "deletionVectors": .bool(options.deletionVectors),
            "fileFormat": .string(options.fileFormat),
            "fileFormatIsDefault": .bool(!options.fileFormatIsExplicit),
            "schemaId": .int(schema.id),
            "schemaCount": JSONValue(schemas.ids.count),
            "highestFieldId": schema.highestFieldId.map(JSONValue.int) ?? .null,
            "comment": JSONValue(schema.comment),
            "tags": JSONValue(tags),
            "branches": JSONValue(branches),
            "earliestSnapshotId": snapshots.earliest.map(JSONValue.int) ?? .null,
            "latestSnapshot": latestSnapshot.map(Self.details(of:)) ?? .null,
            "hints": [
                "latest": Self.json(snapshots.latestHint),
                "earliest": Self.json(snapshots.earliestHint),
                "latestAccurate": snapshots.latestHintAccurate.map(JSONValue.bool) ?? .null,
            ],
        ]
    }

    private static func details(of snapshot: PaimonSnapshot) -> JSONValue {
        func number(_ value: Int64?) -> JSONValue { value.map(JSONValue.int) ?? .null }
        return [
            "id": .int(snapshot.id),
            "version": .int(snapshot.version),
            "schemaId": .int(snapshot.schemaId),
            "commitKind": .string(snapshot.commitKind),
            "timeMillis": .int(snapshot.timeMillis),
            "totalRecordCount": number(snapshot.totalRecordCount),
            "deltaRecordCount": number(snapshot.deltaRecordCount),
            "changelogRecordCount": number(snapshot.changelogRecordCount),
            "watermark": number(snapshot.watermark),
            "commitUser": JSONValue(snapshot.commitUser),
            "commitIdentifier": number(snapshot.commitIdentifier),
            "indexManifest": JSONValue(snapshot.indexManifest),
            "nextRowId": number(snapshot.nextRowId),
            "operation": JSONValue(snapshot.operation),
            "writerVersion": JSONValue(snapshot.writerVersion),
        ]
    }

    private static func json(_ hint: SnapshotHint) -> JSONValue {
        switch hint {
        case .absent: return .null
        case .snapshot(let id): return .int(id)
        case .unreadable: return "unreadable"
        }
    }
}
