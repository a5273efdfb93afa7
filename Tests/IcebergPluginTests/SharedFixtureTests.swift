import Foundation
import IcebergPlugin
import TFMTCore
import Testing

/// The corpus fixture in ../shared/fixtures: a format-version 3 metadata file from apache/iceberg-rust.
@Suite("Shared corpus fixture: iceberg-rust v3 metadata")
struct SharedFixtureTests {
    static let folder = TestPaths.sharedFixtures + "/iceberg/icebergrust-metadata-v3-minimal"
    static let file = folder + "/table/metadata/TableMetadataV3ValidMinimal.json"
    static let present = FileManager.default.fileExists(atPath: file)

    let plugin = IcebergPlugin()

    @Test("the v3 metadata file reads as pyiceberg reports it", .enabled(if: present, "../shared/fixtures is absent"))
    func readsV3() async throws {
        let facts = try Self.expectedFacts()
        let record = try await plugin.inspect(at: Self.file, options: InspectOptions())

        #expect(record.location == LocalFiles.absolute(Self.folder + "/table"))
        #expect(record.protocol == ["formatVersion": .int(facts["format_version"]?.intValue ?? -1)])
        #expect(record.snapshot == TableRecord.Snapshot(id: "-1", timestamp: nil, count: 0))
        #expect(record.details["tableUuid"] == facts["table_uuid"])
        #expect(record.details["tableLocation"] == facts["location"])
        #expect(record.details["lastSequenceNumber"] == facts["last_sequence_number"])
        #expect(record.details["nextRowId"] == facts["next_row_id"])
        #expect(record.details["currentSchemaId"] == facts["current_schema_id"])
        #expect(record.details["schemaCount"] == facts["num_schemas"])
        #expect(record.details["partitionSpecCount"] == facts["num_partition_specs"])
        #expect(record.details["sortOrder"]?["orderId"] == facts["default_sort_order_id"])
        #expect(record.details["refs"] == facts["refs"])
        #expect(record.properties.isEmpty && facts["properties"] == [:])

        let fields = (facts["schema_fields"]?.arrayValue ?? []).map { field in
            TableRecord.Schema.Field(
                name: field["name"]?.stringValue ?? "",
                type: field["type"]?.stringValue ?? "",
                nullable: !(field["required"]?.boolValue ?? false),
                id: field["id"]?.intValue.map(Int.init)
            )
        }
        #expect(record.schema.fields == fields)

        let partitionFields = facts["partition_spec_fields"]?.arrayValue ?? []
        #expect(record.partitionColumns == ["x"])
        #expect(record.details["partitionSpec"]?["fields"]?.arrayValue?.count == partitionFields.count)
        #expect(
            record.details["partitionSpec"]?["fields"]?.arrayValue?.first?["transform"]
                == partitionFields.first?["transform"]
        )

        let sortFields = record.details["sortOrder"]?["fields"]?.arrayValue ?? []
        let expectedSort = facts["sort_order_fields"]?.arrayValue ?? []
        #expect(sortFields.count == expectedSort.count)
        for (field, wanted) in zip(sortFields, expectedSort) {
            #expect(field["transform"] == wanted["transform"])
            #expect(field["direction"] == wanted["direction"])
            #expect(field["nullOrder"] == wanted["null_order"])
            #expect(field["sourceIds"] == .array([wanted["source_id"] ?? .null]))
        }

        // Field x has initial-default and write-default; next-row-id makes row lineage.
        #expect(record.features == ["defaultValues", "rowLineage", "v3"])
    }

    @Test(
        "a v3 table needs Iceberg 1.10.0 and cannot be written by pyiceberg",
        .enabled(if: present, "../shared/fixtures is absent")
    )
    func v3Requirements() async throws {
        let record = try await plugin.inspect(at: Self.file, options: InspectOptions())
        let read = Dictionary(uniqueKeysWithValues: record.requirements.read.map { ($0.runtime, $0) })
        let write = Dictionary(uniqueKeysWithValues: record.requirements.write.map { ($0.runtime, $0) })
        #expect(read["iceberg-spark-runtime"]?.description == "iceberg-spark-runtime >= 1.10.0 because v3")
        #expect(read["iceberg-flink-runtime"]?.description == "iceberg-flink-runtime >= 1.10.0 because v3")
        #expect(write["iceberg-spark-runtime"]?.description == "iceberg-spark-runtime >= 1.11.0 because defaultValues")
        #expect(read["pyiceberg"]?.description == "pyiceberg >= 0.9.0 because rowLineage, v3")
        #expect(write["pyiceberg"]?.description == "no known pyiceberg release because v3")
    }

    /// `expected.facts` of the case's expected.json.
    static func expectedFacts() throws -> [String: JSONValue] {
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/expected.json"))
        let document = try JSONDecoder().decode(JSONValue.self, from: data)
        return try #require(document["expected"]?["facts"]?.objectValue)
    }
}
