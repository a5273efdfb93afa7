import DeltaPlugin
import Foundation
import TFMTCore
import Testing

/// What deltalake reported about a table (an `expected.json`), and the checks of a record against it.
struct ExpectedTable {
    /// The `expected` object.
    let facts: JSONValue

    init(file: URL) throws {
        let document = try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: file))
        facts = document["expected"] ?? .null
    }

    func strings(_ key: String) -> [String]? {
        facts[key]?.arrayValue?.compactMap(\.stringValue)
    }

    /// Checks every field of the record that deltalake also reports.
    func check(_ record: TableRecord, sourceLocation: SourceLocation = #_sourceLocation) {
        let version = facts["version"]?.intValue
        #expect(record.format == .delta, sourceLocation: sourceLocation)
        #expect(record.snapshot.id == version.map { String($0) }, sourceLocation: sourceLocation)
        #expect(
            record.snapshot.count == facts["history_length"]?.intValue.map { Int($0) },
            "count is the versions present; deltalake's history length here",
            sourceLocation: sourceLocation
        )
        // Protocol.
        #expect(
            record.protocol["minReaderVersion"]?.intValue == facts["min_reader_version"]?.intValue,
            sourceLocation: sourceLocation
        )
        #expect(
            record.protocol["minWriterVersion"]?.intValue == facts["min_writer_version"]?.intValue,
            sourceLocation: sourceLocation
        )
        for (recordKey, factKey) in [("readerFeatures", "reader_features"), ("writerFeatures", "writer_features")] {
            let expected = strings(factKey)?.sorted()
            let actual = record.protocol[recordKey]?.arrayValue?.compactMap(\.stringValue)
            #expect(actual == expected, "\(recordKey)", sourceLocation: sourceLocation)
        }
        // Features: everything listed is reported, plus what legacy versions imply.
        let listed = Set((strings("reader_features") ?? []) + (strings("writer_features") ?? []))
        #expect(listed.isSubset(of: Set(record.features)), "\(record.features)", sourceLocation: sourceLocation)
        // Metadata.
        #expect(
            record.details["tableId"]?.stringValue == facts["table_id"]?.stringValue,
            sourceLocation: sourceLocation
        )
        #expect(record.details["name"] == (facts["name"] ?? .null), sourceLocation: sourceLocation)
        #expect(record.details["description"] == (facts["description"] ?? .null), sourceLocation: sourceLocation)
        #expect(record.partitionColumns == strings("partition_columns"), sourceLocation: sourceLocation)
        let configuration = facts["configuration"]?.objectValue?.compactMapValues(\.stringValue)
        #expect(record.properties == configuration, sourceLocation: sourceLocation)
        #expect(
            record.details["createdTimeMillis"]?.intValue == facts["created_time"]?.intValue,
            sourceLocation: sourceLocation
        )
        if let created = facts["created_time"]?.intValue {
            #expect(
                record.details["createdTime"]?.stringValue == Timestamp.iso8601(epochMilliseconds: created),
                sourceLocation: sourceLocation
            )
        }
        // Schema: names, rendered types, nullability and column-mapping ids, in order.
        let fields = (facts["schema_fields"] ?? facts["schema"]?["fields"])?.arrayValue ?? []
        #expect(record.schema.fields.count == fields.count, sourceLocation: sourceLocation)
        for (field, expected) in zip(record.schema.fields, fields) {
            #expect(field.name == expected["name"]?.stringValue, sourceLocation: sourceLocation)
            let type = expected["rendered_type"]?.stringValue ?? ExpectedType.render(expected["type"] ?? .null)
            #expect(field.type == type, sourceLocation: sourceLocation)
            #expect(field.nullable == expected["nullable"]?.boolValue, sourceLocation: sourceLocation)
            let id = expected["metadata"]?["delta.columnMapping.id"]?.intValue.map { Int($0) }
            #expect(field.id == id, sourceLocation: sourceLocation)
        }
        // Timestamp: the in-commit timestamp when deltalake reports one, else commitInfo.timestamp.
        if let millis = facts["latest_in_commit_timestamp"]?.intValue ?? facts["latest_commit_timestamp"]?.intValue {
            #expect(
                record.snapshot.timestamp == Timestamp.iso8601(epochMilliseconds: millis),
                sourceLocation: sourceLocation
            )
        }
    }
}
