import Foundation
import TFMTCore
import Testing

@testable import HudiPlugin

/// The real Hudi tables in ../shared/fixtures/hudi, field by field against what hudi-rs 0.5.0 reports
/// (`expected.json`) and against a reading of their files.
@Suite(
    "Hudi fixtures",
    .enabled(
        if: HudiTestSupport.hudiFixtures != nil,
        "../shared/fixtures/hudi is absent (set TFMT_SHARED_FIXTURES to the fixtures folder to run these)"
    )
)
struct HudiFixtureTests {
    /// What hudi-rs reported.
    struct Expected: Decodable {
        var hoodieProperties: [String: String]
        var tableVersion: String
        var tableType: String
        var tableName: String
        var isMor: Bool
        var schemaFieldNames: [String]
        var partitionSchema: [String]
        var timeline: Timeline
        var latestCommitTimestamp: String

        struct Timeline: Decodable {
            var completedCommits: [Instant]
            var completedDeltacommits: [Instant]
            var completedReplacecommits: [Instant]
            var completedClusteringCommits: [Instant]

            enum CodingKeys: String, CodingKey {
                case completedCommits = "completed_commits"
                case completedDeltacommits = "completed_deltacommits"
                case completedReplacecommits = "completed_replacecommits"
                case completedClusteringCommits = "completed_clustering_commits"
            }
        }

        struct Instant: Decodable {
            var timestamp: String
            var action: String
        }

        enum CodingKeys: String, CodingKey {
            case hoodieProperties = "hoodie_properties"
            case tableVersion = "table_version"
            case tableType = "table_type"
            case tableName = "table_name"
            case isMor = "is_mor"
            case schemaFieldNames = "schema_field_names"
            case partitionSchema = "partition_schema"
            case timeline
            case latestCommitTimestamp = "latest_commit_timestamp"
        }
    }

    private struct Document: Decodable {
        var expected: Expected
    }

    /// What the files say, read by hand (file names, hoodie.properties, commit metadata).
    struct Reading: Sendable {
        var snapshotTimestamp: String
        var layout: Int
        var completedByAction: [String: Int]
        var features: [String]
        var orderingFields: [String]
        var keyGenerator: String
        var schemaTypes: [String: String]
        var historyKind: String
        var operationType: String
        var encoding: String
    }

    static let readings: [String: Reading] = [
        "hudirs-v6-cow-nonpartitioned": Reading(
            snapshotTimestamp: "2024-04-18T17:35:51.906Z",
            layout: 1,
            completedByAction: ["commit": 2],
            features: ["tableVersion6"],
            orderingFields: ["longField"],
            keyGenerator: "org.apache.hudi.keygen.NonpartitionedKeyGenerator",
            schemaTypes: [
                "decimalField": "decimal(10,5)", "dateField": "date", "timestampField": "timestamp-micros",
                "arrayField": "array<record<arr_struct_f1: string?, arr_struct_f2: int?>?>",
                "mapField": "map<record<map_field_value_struct_f1: double?, map_field_value_struct_f2: boolean?>?>",
                "structField":
                    "record<field1: string?, field2: int?, child_struct: record<child_field1: double?, child_field2: boolean?>?>",
            ],
            historyKind: "archived",
            operationType: "UPSERT",
            encoding: "JSON"
        ),
        "hudirs-v6-mor-avro-trips-8i1u": Reading(
            snapshotTimestamp: "2025-03-31T03:06:45.735Z",
            layout: 1,
            completedByAction: ["deltacommit": 2],
            features: ["tableVersion6", "mergeOnRead"],
            orderingFields: ["ts"],
            keyGenerator: "org.apache.hudi.keygen.SimpleKeyGenerator",
            schemaTypes: ["ts": "long", "fare": "double", "city": "string"],
            historyKind: "archived",
            operationType: "UPSERT_PREPPED",
            encoding: "JSON"
        ),
        "hudirs-v8-cow-nonpartitioned": Reading(
            // The completion time of 20250713010536861_20250713010537206.commit.
            snapshotTimestamp: "2025-07-13T01:05:37.206Z",
            layout: 2,
            completedByAction: ["commit": 2],
            features: ["tableVersion8"],
            orderingFields: ["longField"],
            keyGenerator: "NON_PARTITION",
            schemaTypes: ["id": "int", "binaryField": "bytes", "decimalField": "decimal(10,5)"],
            historyKind: "lsm",
            operationType: "UPSERT",
            encoding: "Avro"
        ),
        "hudirs-v9-mor-avro-nonpartitioned-rollback": Reading(
            snapshotTimestamp: "2026-04-03T18:43:03.142Z",
            layout: 2,
            completedByAction: ["deltacommit": 2, "rollback": 1],
            features: ["tableVersion9", "mergeOnRead", "metadataTable", "columnStats", "recordIndex"],
            orderingFields: ["txn_ts"],
            keyGenerator: "NON_PARTITION",
            schemaTypes: ["amount": "decimal(15,2)", "txn_date": "date", "txn_datetime": "timestamp-micros"],
            historyKind: "lsm",
            operationType: "INSERT",
            encoding: "Avro"
        ),
    ]

    static var cases: [String] { HudiTestSupport.fixtureCases }

    private func load(_ name: String) async throws -> (TableRecord, Expected) {
        let root = try #require(HudiTestSupport.hudiFixtures).appendingPathComponent(name)
        let data = try Data(contentsOf: root.appendingPathComponent("expected.json"))
        let expected = try JSONDecoder().decode(Document.self, from: data).expected
        let record = try await HudiPlugin().inspect(
            at: root.appendingPathComponent("table").path,
            options: InspectOptions(detail: true)
        )
        return (record, expected)
    }

    @Test("every fixture case has a reading here")
    func everyCaseIsRead() {
        #expect(Set(Self.cases) == Set(Self.readings.keys))
    }

    @Test("detect finds hoodie.properties", arguments: cases)
    func detects(_ name: String) async throws {
        let table = try #require(HudiTestSupport.hudiFixtures).appendingPathComponent("\(name)/table").path
        let detection = try await HudiPlugin().detect(at: table)
        #expect(detection?.format == .hudi)
        #expect(detection?.evidence == ".hoodie/hoodie.properties")
    }

    @Test("matches what hudi-rs reports", arguments: cases)
    func matchesHudiRS(_ name: String) async throws {
        let (record, expected) = try await load(name)
        #expect(record.format == .hudi)
        #expect(record.protocol["tableVersion"] == .int(Int64(expected.tableVersion) ?? -1))
        #expect(record.protocol["tableType"] == .string(expected.tableType))
        #expect(record.details["tableName"] == .string(expected.tableName))
        #expect(record.features.contains("mergeOnRead") == expected.isMor)
        #expect(record.schema.fields.map(\.name) == expected.schemaFieldNames)
        #expect(record.partitionColumns == expected.partitionSchema)
        #expect(record.snapshot.id == expected.latestCommitTimestamp)
        let timeline = expected.timeline
        let commits =
            timeline.completedCommits + timeline.completedDeltacommits + timeline.completedReplacecommits
            + timeline.completedClusteringCommits
        #expect(record.snapshot.count == commits.count)
        let instants = record.details["commits"]?.arrayValue ?? []
        #expect(instants.compactMap { $0["instant"]?.stringValue } == commits.map(\.timestamp).sorted())
        // hudi-rs hands back property values as written; Java's Properties.load (and this plugin) resolve `\:`.
        let unescaped = expected.hoodieProperties.mapValues { $0.replacingOccurrences(of: "\\:", with: ":") }
        #expect(record.properties == unescaped)
    }

    @Test("matches a reading of the files", arguments: cases)
    func matchesReading(_ name: String) async throws {
        let reading = try #require(Self.readings[name])
        let (record, expected) = try await load(name)
        #expect(record.snapshot.timestamp == reading.snapshotTimestamp)
        #expect(record.protocol["timelineLayoutVersion"] == .int(Int64(reading.layout)))
        #expect(record.features == reading.features)
        #expect(record.details["orderingFields"] == JSONValue(reading.orderingFields))
        #expect(record.details["keyGenerator"] == .string(reading.keyGenerator))
        #expect(record.details["recordKeyFields"]?.arrayValue?.count == 1)
        #expect(record.details["baseFileFormat"] == "PARQUET")
        let timeline = try #require(record.details["timeline"])
        #expect(timeline["completedByAction"] == .object(reading.completedByAction.mapValues { .int(Int64($0)) }))
        #expect(timeline["pending"] == .array([]))
        #expect(timeline["history"]?["kind"] == .string(reading.historyKind))
        #expect(timeline["history"]?["present"] == false)
        #expect(timeline["unrecognizedFiles"] == nil)
        #expect(record.details["pendingInstants"] == .object([:]))
        #expect(record.details["latestCommit"]?["operationType"] == .string(reading.operationType))
        #expect(record.details["latestCommit"]?["encoding"] == .string(reading.encoding))
        #expect(record.details["schemaSource"] == .string("commit \(expected.latestCommitTimestamp)"))
        #expect(record.schema.fields.allSatisfy { $0.nullable })
        let types = Dictionary(uniqueKeysWithValues: record.schema.fields.map { ($0.name, $0.type) })
        for (field, type) in reading.schemaTypes {
            #expect(types[field] == type, "\(field)")
        }
        // Every fixture was written by Hudi itself, so the checksum holds.
        #expect(record.details["checksum"]?["status"] == "valid")
        #expect(
            record.details["checksum"]?["stored"] == .string(expected.hoodieProperties["hoodie.table.checksum"] ?? "")
        )
        #expect(record.details["warnings"] == nil)
        #expect(record.details["propertiesFile"] == ".hoodie/hoodie.properties")
    }

    @Test("the rollback of the version-9 table is a completed instant but not a commit")
    func rollbackIsNotACommit() async throws {
        let name = "hudirs-v9-mor-avro-nonpartitioned-rollback"
        guard Self.cases.contains(name) else { return }
        let (record, _) = try await load(name)
        #expect(record.snapshot.count == 2)
        #expect(record.details["timeline"]?["completedInstants"] == 3)
        #expect(record.details["timeline"]?["latestCompletedInstant"]?["action"] == "deltacommit")
        #expect(record.details["metadataPartitions"] == JSONValue(["column_stats", "files", "record_index"]))
        let indexes = record.details["indexes"]?.arrayValue ?? []
        #expect(indexes.map { $0["name"] } == ["column_stats", "record_index"])
        #expect(indexes.first?["version"] == "V2")
    }

    @Test("the metadata table of the version-9 fixture is itself a Hudi table, with an empty database name")
    func metadataTable() async throws {
        let name = "hudirs-v9-mor-avro-nonpartitioned-rollback"
        guard Self.cases.contains(name), let root = HudiTestSupport.hudiFixtures else { return }
        let metadata = root.appendingPathComponent("\(name)/table/.hoodie/metadata").path
        let record = try await HudiPlugin().inspect(at: metadata, options: InspectOptions())
        #expect(record.details["checksum"]?["status"] == "valid")
        #expect(record.details["baseFileFormat"] == "HFILE")
        #expect(record.features.contains("hfileBaseFiles"))
        #expect(record.features.contains("virtualKeys"))
        #expect(record.details["databaseName"] == .null)
    }
}
