import Foundation
import PaimonPlugin
import TFMTCore
import Testing

/// Type rendering, defaults by schema version, bucket modes and feature detection on synthetic schemas.
@Suite("Paimon schemas and options")
struct SchemaAndOptionsTests {
    private func inspect(schema: String, snapshots: Int = 1) async throws -> TableRecord {
        try await TestSupport.withScratchDirectory { root in
            try SyntheticTable.make(in: root, snapshots: snapshots, schema: schema)
            return try await PaimonPlugin().inspect(at: root, options: InspectOptions())
        }
    }

    @Test("a schema without version (Paimon 0.7 and older) defaults to bucket 1 and ORC")
    func legacySchemaDefaults() async throws {
        let record = try await inspect(schema: SyntheticTable.schema(version: nil, primaryKeys: #"["id"]"#))
        #expect(record.protocol["schemaVersion"] == 1)
        #expect(record.details["bucket"] == 1)
        #expect(record.details["bucketIsDefault"] == true)
        #expect(record.details["bucketMode"] == "HASH_FIXED")
        #expect(record.details["fileFormat"] == "orc")
        #expect(record.details["fileFormatIsDefault"] == true)
        #expect(record.features.isEmpty)
        #expect(record.properties.isEmpty)
        let flink = try #require(record.requirements.read.first { $0.runtime == "paimon-flink" })
        #expect(flink.minimum == Version("0.4.0"))
        #expect(flink.minimum?.description == "0.4.0-incubating")
        #expect(flink.because.isEmpty)
    }

    @Test("a version-2 schema (Paimon 0.8) defaults to bucket -1 and ORC")
    func version2Defaults() async throws {
        let record = try await inspect(schema: SyntheticTable.schema(version: 2))
        #expect(record.details["bucket"] == -1)
        #expect(record.details["bucketMode"] == "BUCKET_UNAWARE")
        #expect(record.details["fileFormat"] == "orc")
        #expect(record.features == ["schemaVersion2"])
        let spark = try #require(record.requirements.write.first { $0.runtime == "paimon-spark" })
        #expect(spark.minimum == Version("0.8.0"))
        #expect(spark.because == ["schemaVersion2"])
    }

    @Test(
        "bucket modes follow the bucket option and the keys",
        arguments: [
            ("1", "[]", "[]", "HASH_FIXED"),
            ("-1", "[]", "[]", "BUCKET_UNAWARE"),
            ("4", #"["id"]"#, "[]", "HASH_FIXED"),
            ("-1", #"["id", "v"]"#, #"["v"]"#, "HASH_DYNAMIC"),
            ("-1", #"["id"]"#, #"["v"]"#, "CROSS_PARTITION"),
            ("-2", #"["id"]"#, "[]", "POSTPONE_MODE"),
        ]
    )
    func bucketModes(bucket: String, primaryKeys: String, partitionKeys: String, mode: String) async throws {
        let schema = SyntheticTable.schema(
            options: #"{"bucket": "\#(bucket)"}"#,
            primaryKeys: primaryKeys,
            partitionKeys: partitionKeys
        )
        let record = try await inspect(schema: schema)
        #expect(record.details["bucketMode"] == .string(mode))
        #expect(record.details["tableKind"] == (primaryKeys == "[]" ? "append" : "primary-key"))
        if mode == "CROSS_PARTITION" {
            #expect(record.features.contains("crossPartitionUpsert"))
            #expect(record.features.contains("dynamicBucket"))
        }
        #expect(record.partitionColumns == (partitionKeys == "[]" ? [] : ["v"]))
    }

    @Test("nested types render as Paimon's libraries print them, and VARIANT, BLOB, VECTOR are found at any depth")
    func nestedTypes() async throws {
        let fields = """
            [{"id": 0, "name": "id", "type": "BIGINT NOT NULL"},
             {"id": 1, "name": "v", "type": {"type": "ARRAY NOT NULL", "element": "VARIANT"}},
             {"id": 2, "name": "m", "type": {"type": "MAP", "key": "STRING NOT NULL",
                                              "value": {"type": "ROW", "fields": [
                                                {"id": 4, "name": "b", "type": "BLOB", "description": "bytes"}]}}},
             {"id": 3, "name": "e", "type": {"type": "VECTOR NOT NULL", "element": "FLOAT", "length": 8}},
             {"id": 5, "name": "s", "type": {"type": "MULTISET", "element": "INT"}},
             {"id": 6, "name": "t", "type": "TIMESTAMP(3) WITH LOCAL TIME ZONE"}]
            """
        let record = try await inspect(schema: SyntheticTable.schema(fields: fields))
        let types = record.schema.fields.map(\.type)
        #expect(
            types == [
                "BIGINT NOT NULL", "ARRAY<VARIANT> NOT NULL", "MAP<STRING NOT NULL, ROW<b: BLOB COMMENT bytes>>",
                "VECTOR<FLOAT, 8> NOT NULL", "MULTISET<INT>", "TIMESTAMP(3) WITH LOCAL TIME ZONE",
            ]
        )
        #expect(record.schema.fields.map(\.nullable) == [false, false, true, false, true, true])
        #expect(record.schema.fields.map(\.id) == [0, 1, 2, 3, 5, 6])
        #expect(record.features == ["blob", "schemaVersion3", "variant", "vector"])
    }

    @Test("options turn on the features they name")
    func optionFeatures() async throws {
        let options = """
            {"bucket": "2", "merge-engine": "partial-update", "deletion-vectors.enabled": "TRUE",
             "deletion-vectors.bitmap64": "true", "file-index.bitmap.columns": "v", "metadata.iceberg.storage":
             "table-location", "data-file.thin-mode": "true", "metadata.stats-dense-store": "true",
             "row-tracking.enabled": "true", "data-evolution.enabled": "true", "global-index.enabled": "true",
             "changelog.num-retained.max": "10", "changelog-producer": "input"}
            """
        let record = try await inspect(schema: SyntheticTable.schema(options: options, primaryKeys: #"["id"]"#))
        #expect(
            record.features == [
                "bitmapIndexV2", "changelogLifecycle", "dataEvolution", "deletionVectors", "deletionVectorsBitmap64",
                "denseStats", "fileIndex", "globalIndex", "icebergCompatibility", "partialUpdate", "rowTracking",
                "schemaVersion3", "thinMode",
            ]
        )
        #expect(record.details["mergeEngine"] == "partial-update")
        #expect(record.details["changelogProducer"] == "input")
        #expect(record.details["deletionVectors"] == true)
        #expect(Set(record.features).isSubset(of: Set(PaimonFeatures.all)))
    }

    @Test("an ANALYZE snapshot uses statistics; watermark and counts are reported")
    func snapshotFacts() async throws {
        try await TestSupport.withScratchDirectory { root in
            try SyntheticTable.make(in: root, snapshots: 1)
            let extra = #", "watermark": 1700000000123, "statistics": "stat-a-0", "changelogRecordCount": 2"#
            try TestSupport.write(
                SyntheticTable.snapshot(id: 2, commitKind: "ANALYZE", extra: extra),
                to: "snapshot/snapshot-2",
                in: root
            )
            let record = try await PaimonPlugin().inspect(at: root, options: InspectOptions())
            #expect(record.snapshot.timestamp == "2023-11-14T22:13:20.000Z")
            #expect(record.features.contains("statistics"))
            let latest = record.details["latestSnapshot"]
            #expect(latest?["commitKind"] == "ANALYZE")
            #expect(latest?["watermark"] == 1_700_000_000_123)
            #expect(latest?["changelogRecordCount"] == 2)
            #expect(latest?["totalRecordCount"] == 3)
            #expect(record.details["earliestSnapshotId"] == 1)
        }
    }

    @Test("a commit time outside years 1 to 9999 gives no timestamp rather than a nonsense date")
    func timestampOutOfRange() async throws {
        try await TestSupport.withScratchDirectory { root in
            try SyntheticTable.make(in: root, snapshots: 0)
            let snapshot = #"{"id": 1, "schemaId": 0, "commitKind": "APPEND", "timeMillis": 9223372036854775807}"#
            try TestSupport.write(snapshot, to: "snapshot/snapshot-1", in: root)
            let record = try await PaimonPlugin().inspect(at: root, options: InspectOptions())
            #expect(record.snapshot.timestamp == nil)
            #expect(record.protocol["snapshotVersion"] == 1)
        }
    }
}
