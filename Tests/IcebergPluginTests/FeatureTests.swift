import Foundation
import IcebergPlugin
import TFMTCore
import Testing

/// Features that pyiceberg cannot write, from metadata documents built by the tests.
@Suite("Features of v2 and v3 tables")
struct FeatureTests {
    let plugin = IcebergPlugin()

    func inspect(_ document: [String: Any]) async throws -> TableRecord {
        try await withScratchDirectory { scratch in
            let table = try SyntheticMetadata.table(in: scratch, document)
            return try await plugin.inspect(at: table, options: InspectOptions())
        }
    }

    @Test("v2 row-level deletes, from the current snapshot's summary")
    func deletes() async throws {
        var document = SyntheticMetadata.document(formatVersion: 2)
        document["snapshots"] = [
            [
                "snapshot-id": 100, "sequence-number": 1, "timestamp-ms": 1_700_000_000_000,
                "manifest-list": "s3://x/snap-100.avro",
                "summary": [
                    "operation": "overwrite", "total-records": "10", "total-data-files": "2", "total-delete-files": "3",
                    "total-position-deletes": "4", "total-equality-deletes": "5",
                ],
            ]
        ]
        let record = try await inspect(document)
        #expect(record.features == ["equalityDeletes", "positionDeletes", "v2"])
        #expect(
            record.details["summary"]
                == [
                    "total-records": 10, "total-data-files": 2, "total-delete-files": 3, "total-position-deletes": 4,
                    "total-equality-deletes": 5,
                ]
        )
        let pyiceberg = record.requirements.read.first { $0.runtime == "pyiceberg" }
        #expect(pyiceberg?.description == "no known pyiceberg release because equalityDeletes")
    }

    @Test("v3 types, nested ones included, default values, multi-argument transforms, DVs, encryption keys")
    func v3Features() async throws {
        let fields: [[String: Any]] = [
            ["id": 1, "name": "id", "required": true, "type": "long"],
            ["id": 2, "name": "payload", "required": false, "type": "variant"],
            ["id": 3, "name": "shape", "required": false, "type": "geometry(srid:4326)"],
            [
                "id": 4, "name": "events", "required": false,
                "type": [
                    "type": "list", "element-id": 5, "element-required": false,
                    "element": [
                        "type": "struct",
                        "fields": [
                            ["id": 6, "name": "at", "required": true, "type": "timestamptz_ns"],
                            ["id": 7, "name": "where", "required": false, "type": "geography"],
                            ["id": 8, "name": "level", "required": false, "type": "int", "write-default": 3],
                        ],
                    ],
                ],
            ],
            [
                "id": 9, "name": "labels", "required": false,
                "type": [
                    "type": "map", "key-id": 10, "key": "string", "value-id": 11, "value-required": true,
                    "value": "timestamp_ns",
                ],
            ],
            ["id": 12, "name": "blank", "required": false, "type": "unknown"],
        ]
        var document = SyntheticMetadata.document(formatVersion: 3, fields: fields)
        document["last-column-id"] = 12
        document["partition-specs"] = [
            [
                "spec-id": 0,
                "fields": [["name": "bucketed", "transform": "bucket[8]", "source-ids": [1, 6], "field-id": 1000]],
            ]
        ]
        document["snapshots"] = [
            [
                "snapshot-id": 100, "sequence-number": 1, "timestamp-ms": 1_700_000_000_000,
                "manifest-list": "s3://x/snap-100.avro", "first-row-id": 0, "added-rows": 10,
                "summary": ["operation": "delete", "added-dvs": "1", "total-position-deletes": "1"],
            ]
        ]
        document["encryption-keys"] = [["key-id": "k1", "encrypted-key-metadata": "AA=="]]
        let record = try await inspect(document)
        #expect(
            record.features == [
                "defaultValues", "deletionVectors", "encryptionKeys", "geography", "geometry", "multiArgTransforms",
                "positionDeletes", "rowLineage", "timestamp_ns", "timestamptz_ns", "unknown", "v3", "variant",
            ]
        )
        #expect(record.partitionColumns == ["id", "events.element.at"])
        #expect(
            record.schema.fields.map(\.type) == [
                "long", "variant", "geometry(srid:4326)",
                "list<struct<6: at: required timestamptz_ns, 7: where: optional geography, 8: level: optional int>>",
                "map<string, timestamp_ns>", "unknown",
            ]
        )
        #expect(record.details["currentSnapshot"]?["firstRowId"] == 0)
        #expect(record.details["nextRowId"] == 10)
        #expect(record.snapshot.id == "100")
        #expect(record.snapshot.timestamp == "2023-11-14T22:13:20.000Z")
    }

    @Test("decimal types are written as Iceberg's Java writes them")
    func decimalRendering() async throws {
        let record = try await inspect(SyntheticMetadata.document(formatVersion: 2))
        #expect(record.schema.fields.map(\.type) == ["long", "string", "decimal(10, 2)"])
        #expect(record.schema.fields.map(\.nullable) == [false, true, true])
        #expect(record.features == ["v2"])
    }

    @Test("v1 metadata with only the deprecated schema and partition-spec fields")
    func legacyV1() async throws {
        var document = SyntheticMetadata.document(
            formatVersion: 1,
            extra: [
                "schemas": nil, "current-schema-id": nil, "partition-specs": nil, "default-spec-id": nil,
                "sort-orders": nil, "default-sort-order-id": nil, "refs": nil, "table-uuid": nil,
            ]
        )
        document["schema"] = ["type": "struct", "fields": SyntheticMetadata.defaultFields]
        document["partition-spec"] = [["name": "name", "transform": "identity", "source-id": 2, "field-id": 1000]]
        let record = try await inspect(document)
        #expect(record.protocol == ["formatVersion": 1])
        #expect(record.partitionColumns == ["name"])
        #expect(record.details["refs"] == ["main": ["type": "branch", "snapshotId": "100"]])
        #expect(record.details["tableUuid"] == nil)
        #expect(record.features.isEmpty)
    }

    @Test(
        "no current snapshot: -1 in v1/v2, null or absent in v3",
        arguments: [
            (2, JSONValueBox.number(-1)), (3, .null), (3, .absent),
        ]
    )
    func noCurrentSnapshot(_ version: Int, _ current: JSONValueBox) async throws {
        var document = SyntheticMetadata.document(formatVersion: version)
        switch current {
        case .number(let value): document["current-snapshot-id"] = value
        case .null: document["current-snapshot-id"] = NSNull()
        case .absent: document["current-snapshot-id"] = nil
        }
        document["refs"] = [:] as [String: Any]
        let record = try await inspect(document)
        #expect(record.snapshot == TableRecord.Snapshot(id: "-1", timestamp: nil, count: 1))
        #expect(record.details["summary"] == nil)
    }

    @Test("void partition fields (removed in v1) are no partition columns")
    func voidPartitionFields() async throws {
        var document = SyntheticMetadata.document(formatVersion: 1)
        document["partition-specs"] = [
            [
                "spec-id": 0,
                "fields": [
                    ["name": "name", "transform": "void", "source-id": 2, "field-id": 1000],
                    ["name": "id_bucket", "transform": "bucket[4]", "source-id": 1, "field-id": 1001],
                ],
            ]
        ]
        let record = try await inspect(document)
        #expect(record.partitionColumns == ["id"])
        #expect(record.details["partitionSpec"]?["fields"]?.arrayValue?.count == 2)
    }
}

/// A JSON value for `current-snapshot-id`, or its absence.
enum JSONValueBox: Sendable {
    case number(Int)
    case null
    case absent
}
