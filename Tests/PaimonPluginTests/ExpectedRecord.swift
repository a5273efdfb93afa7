import Foundation
import PaimonPlugin
import TFMTCore
import Testing

/// Checks a table record field by field against the `expected` object pypaimon wrote.
enum ExpectedRecord {
    /// Every record field the expected object speaks to.
    static func check(
        _ record: TableRecord,
        against expected: [String: JSONValue],
        location: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(record.format == .paimon, sourceLocation: sourceLocation)
        #expect(record.location == location, sourceLocation: sourceLocation)

        // Snapshot.
        let latest = expected["latest_snapshot"]?.objectValue
        let latestID = expected["latest_snapshot_id"]?.intValue
        #expect(
            record.snapshot.id == latestID.map { String($0) } ?? PaimonTable.noSnapshotID,
            sourceLocation: sourceLocation
        )
        if latest == nil {
            #expect(record.snapshot.timestamp == nil, sourceLocation: sourceLocation)
        } else if let millis = latest?["time_millis"]?.intValue {
            #expect(
                record.snapshot.timestamp == Timestamp.iso8601(epochMilliseconds: millis),
                sourceLocation: sourceLocation
            )
        }
        if let count = expected["snapshot_count"]?.intValue {
            #expect(record.snapshot.count == Int(count), sourceLocation: sourceLocation)
        }

        // Protocol.
        if let version = expected["schema_version"] {
            #expect(record.protocol["schemaVersion"] == version, sourceLocation: sourceLocation)
        }
        #expect(record.protocol["snapshotVersion"] == (latest?["version"] ?? .null), sourceLocation: sourceLocation)

        // Schema.
        let fields = expected["fields"]?.arrayValue ?? []
        #expect(record.schema.fields.count == fields.count, sourceLocation: sourceLocation)
        for (field, want) in zip(record.schema.fields, fields) {
            #expect(field.name == want["name"]?.stringValue, sourceLocation: sourceLocation)
            #expect(field.type == want["type"]?.stringValue, sourceLocation: sourceLocation)
            #expect(field.id.map(Int64.init) == want["id"]?.intValue, sourceLocation: sourceLocation)
            if let nullable = want["nullable"]?.boolValue {
                #expect(field.nullable == nullable, "\(field.name)", sourceLocation: sourceLocation)
            } else {
                #expect(field.nullable == !(want["type"]?.stringValue ?? "").hasSuffix("NOT NULL"))
            }
        }
        #expect(record.partitionColumns == strings(expected["partition_keys"]), sourceLocation: sourceLocation)
        let options = (expected["options"]?.objectValue ?? [:]).compactMapValues(\.stringValue)
        #expect(record.properties == options, sourceLocation: sourceLocation)

        // Details.
        let details = record.details
        let isPrimaryKey = expected["is_primary_key_table"]?.boolValue ?? !strings(expected["primary_keys"]).isEmpty
        #expect(
            details["tableKind"] == .string(isPrimaryKey ? "primary-key" : "append"),
            sourceLocation: sourceLocation
        )
        #expect(details["primaryKeys"] == .array(strings(expected["primary_keys"]).map(JSONValue.string)))
        #expect(details["bucketMode"] == expected["bucket_mode"], sourceLocation: sourceLocation)
        if let bucket = expected["bucket"] ?? expected["total_buckets"] {
            #expect(details["bucket"] == bucket, sourceLocation: sourceLocation)
        }
        if let schemaID = expected["schema_id"] {
            #expect(details["schemaId"] == schemaID, sourceLocation: sourceLocation)
        }
        if let highest = expected["highest_field_id"] {
            #expect(details["highestFieldId"] == highest, sourceLocation: sourceLocation)
        }
        if let comment = expected["comment"] {
            #expect(details["comment"] == (comment.stringValue.map(JSONValue.string) ?? .null))
        }
        if let format = expected["file_format"] {
            #expect(details["fileFormat"] == format, sourceLocation: sourceLocation)
        }
        if let engine = expected["merge_engine"] {
            #expect(details["mergeEngine"] == engine, sourceLocation: sourceLocation)
        }
        if let producer = expected["changelog_producer"] {
            #expect(details["changelogProducer"] == producer, sourceLocation: sourceLocation)
        }
        if let dv = expected["deletion_vectors_enabled"] {
            #expect(details["deletionVectors"] == dv, sourceLocation: sourceLocation)
        } else {
            let enabled = options["deletion-vectors.enabled"] == "true"
            #expect(details["deletionVectors"] == .bool(enabled), sourceLocation: sourceLocation)
        }
        #expect(details["tags"] == .array(strings(expected["tags"]).map(JSONValue.string)))
        #expect(details["branches"] == .array(strings(expected["branches"]).map(JSONValue.string)))
        #expect(details["earliestSnapshotId"] == (expected["earliest_snapshot_id"] ?? .null))

        // The latest snapshot's own fields.
        guard let latest else {
            #expect(details["latestSnapshot"] == .null, sourceLocation: sourceLocation)
            return
        }
        let reported = details["latestSnapshot"]
        let pairs: [(String, String)] = [
            ("id", "id"), ("version", "version"), ("schemaId", "schema_id"), ("commitKind", "commit_kind"),
            ("timeMillis", "time_millis"), ("totalRecordCount", "total_record_count"),
            ("deltaRecordCount", "delta_record_count"), ("changelogRecordCount", "changelog_record_count"),
            ("watermark", "watermark"), ("indexManifest", "index_manifest"), ("commitUser", "commit_user"),
            ("writerVersion", "writer_version"),
        ]
        for (ours, theirs) in pairs {
            guard let want = latest[theirs] else { continue }
            #expect(reported?[ours] == want, "latestSnapshot.\(ours)", sourceLocation: sourceLocation)
        }
    }

    static func strings(_ value: JSONValue?) -> [String] {
        value?.arrayValue?.compactMap(\.stringValue) ?? []
    }
}
