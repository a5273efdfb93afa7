import Foundation
import IcebergPlugin
import TFMTCore
import Testing

/// Every field of the record against what pyiceberg reported about the fixture tables (expected.json).
@Suite("Fixture tables written by pyiceberg")
struct FixtureTableTests {
    let plugin = IcebergPlugin()

    @Test("the fixture set is there")
    func fixturesExist() {
        #expect(TestPaths.fixtureCases.count >= 10, "run scripts/fixtures/iceberg_fixtures.py")
    }

    @Test("detect finds the table", arguments: TestPaths.fixtureCases)
    func detects(_ fixtureCase: String) async throws {
        let table = TestPaths.table(fixtureCase)
        let detection = try #require(try await plugin.detect(at: table))
        #expect(detection.format == .iceberg)
        #expect(detection.location == LocalFiles.absolute(table))
    }

    @Test("inspect reports what pyiceberg reports", arguments: TestPaths.fixtureCases)
    func inspects(_ fixtureCase: String) async throws {
        let expected = try ExpectedTable.load(fixtureCase)
        let table = LocalFiles.absolute(TestPaths.table(fixtureCase))
        let record = try await plugin.inspect(at: table, options: InspectOptions())

        #expect(record.format == .iceberg)
        #expect(record.location == table)
        #expect(record.details["metadataFile"] == .string(table + "/" + expected.metadataFile))
        #expect(record.protocol == ["formatVersion": .int(Int64(expected.formatVersion))])

        // Snapshot.
        #expect(record.snapshot.id == expected.currentSnapshotId.map { String($0) } ?? "-1")
        #expect(record.snapshot.timestamp == expected.currentSnapshotTimestamp)
        #expect(record.snapshot.count == expected.snapshotCount)

        // Schema.
        let fields = expected.schemaFields.map {
            TableRecord.Schema.Field(name: $0.name, type: $0.type, nullable: !$0.required, id: $0.id)
        }
        #expect(record.schema.fields == fields)
        #expect(record.details["currentSchemaId"] == .int(Int64(expected.currentSchemaId)))
        #expect(record.details["schemaCount"] == .int(Int64(expected.schemaCount)))

        // Partitioning.
        #expect(
            record.partitionColumns == expected.partitionFields.filter { $0.transform != "void" }.map(\.sourceName)
        )
        let specFields: [JSONValue] = expected.partitionFields.map {
            [
                "name": .string($0.name), "transform": .string($0.transform), "sourceIds": [.int(Int64($0.sourceId))],
                "sourceColumns": [.string($0.sourceName)], "fieldId": .int(Int64($0.fieldId)),
            ]
        }
        #expect(
            record.details["partitionSpec"]
                == ["specId": .int(Int64(expected.defaultSpecId)), "fields": .array(specFields)]
        )
        #expect(record.details["partitionSpecCount"] == .int(Int64(expected.partitionSpecCount)))

        // Sort order.
        #expect(record.details["sortOrder"]?["orderId"] == .int(Int64(expected.defaultSortOrderId)))
        let sortFields = record.details["sortOrder"]?["fields"]?.arrayValue ?? []
        #expect(sortFields.count == expected.sortOrderFields.count)
        for (field, wanted) in zip(sortFields, expected.sortOrderFields) {
            #expect(field["transform"] == .string(wanted.transform))
            #expect(field["sourceIds"] == [.int(Int64(wanted.sourceId))])
            #expect(field["direction"] == .string(wanted.direction))
            #expect(field["nullOrder"] == .string(wanted.nullOrder))
        }

        // Properties and refs.
        #expect(record.properties == expected.properties)
        let refs = try #require(record.details["refs"]?.objectValue)
        #expect(Set(refs.keys) == Set(expected.refs.keys))
        for (name, wanted) in expected.refs {
            var object: [String: JSONValue] = [
                "type": .string(wanted.type), "snapshotId": .string(String(wanted.snapshotId)),
            ]
            object["minSnapshotsToKeep"] = wanted.minSnapshotsToKeep.map { .int(Int64($0)) }
            object["maxSnapshotAgeMs"] = wanted.maxSnapshotAgeMs.map(JSONValue.int)
            object["maxRefAgeMs"] = wanted.maxRefAgeMs.map(JSONValue.int)
            #expect(refs[name] == .object(object), "ref \(name)")
        }

        // Summary totals of the current snapshot.
        var summary: [String: JSONValue] = [:]
        for (key, value) in expected.summary where key != "operation" {
            summary[key] = Int64(value).map(JSONValue.int) ?? .string(value)
        }
        if expected.currentSnapshotId != nil {
            #expect(record.details["summary"] == .object(summary))
            #expect(
                record.details["currentSnapshot"]?["operation"] == expected.summary["operation"].map(JSONValue.string)
            )
        } else {
            #expect(record.details["summary"] == nil)
        }

        // Table facts.
        #expect(record.details["tableUuid"] == .string(expected.tableUuid))
        #expect(record.details["tableLocation"] == .string(expected.location))
        #expect(
            record.details["lastUpdated"]
                == Timestamp.iso8601(epochMilliseconds: expected.lastUpdatedMs).map(JSONValue.string)
        )

        // Features: pyiceberg writes no v3 tables, so the format version and row-level deletes are what can show.
        #expect(record.features == expected.features)
        #expect(record.requirements == plugin.requirements(for: record))
        #expect(record.requirements.read.count == 3)
    }

    @Test("the metadata stores absolute paths elsewhere; the plugin does not depend on them")
    func locationsArePortable() async throws {
        for fixtureCase in TestPaths.fixtureCases {
            let expected = try ExpectedTable.load(fixtureCase)
            #expect(expected.location.hasPrefix("/tmp/tfmt-fixtures/iceberg/"))
            let record = try await plugin.inspect(at: TestPaths.table(fixtureCase), options: InspectOptions())
            #expect(record.location != expected.location)
        }
    }

    @Test(
        "the metadata folder or the metadata file given directly reads the same table",
        arguments: TestPaths.fixtureCases
    )
    func sameRecordFromEveryEntryPoint(_ fixtureCase: String) async throws {
        let expected = try ExpectedTable.load(fixtureCase)
        let table = LocalFiles.absolute(TestPaths.table(fixtureCase))
        let fromRoot = try await plugin.inspect(at: table, options: InspectOptions())
        let fromFolder = try await plugin.inspect(at: table + "/metadata", options: InspectOptions())
        let fromFile = try await plugin.inspect(at: table + "/" + expected.metadataFile, options: InspectOptions())
        #expect(fromFolder == fromRoot)
        #expect(fromFile.location == table)
        #expect(fromFile.details["metadataSelection"] == "given")
        var withoutSelection = fromFile
        var rootWithoutSelection = fromRoot
        for key in ["metadataSelection", "metadataFiles", "versionHint", "metadataSameVersion"] {
            withoutSelection.details[key] = nil
            rootWithoutSelection.details[key] = nil
        }
        #expect(withoutSelection == rootWithoutSelection)
    }

    @Test("the file-system layout follows version-hint.text")
    func hadoopLayout() async throws {
        let record = try await plugin.inspect(at: TestPaths.table("v2-hadoop-layout"), options: InspectOptions())
        #expect(record.details["metadataSelection"] == "versionHint")
        #expect(record.details["versionHint"] == ["text": "3", "status": "used"])
    }

    @Test("gzip-compressed metadata files are read")
    func gzipMetadata() async throws {
        let record = try await plugin.inspect(at: TestPaths.table("v2-gzip-metadata"), options: InspectOptions())
        #expect(record.details["metadataCompression"] == "gzip")
        #expect(record.snapshot.count == 1)
    }

    @Test("expired snapshots are gone from the count, tags and branches stay in the refs")
    func expiredAndRefs() async throws {
        let expired = try await plugin.inspect(at: TestPaths.table("v2-expired-snapshots"), options: InspectOptions())
        #expect(expired.snapshot.count == 2)
        let refs = try await plugin.inspect(at: TestPaths.table("v2-refs"), options: InspectOptions())
        let types = refs.details["refs"]?.objectValue?.mapValues { $0["type"] }
        #expect(types == ["main": "branch", "audit": "branch", "v1.0": "tag", "v2.0": "tag"])
    }

    @Test("detail mode reads the manifests as pyiceberg's metadata tables see them", arguments: TestPaths.fixtureCases)
    func detailMode(_ fixtureCase: String) async throws {
        let expected = try ExpectedTable.load(fixtureCase)
        let table = LocalFiles.absolute(TestPaths.table(fixtureCase))
        let record = try await plugin.inspect(at: table, options: InspectOptions(detail: true))
        let plain = try await plugin.inspect(at: table, options: InspectOptions())
        #expect(plain.details["manifests"] == nil)
        guard expected.currentSnapshotId != nil else {
            #expect(record.details["manifests"] == ["read": false, "reason": "the table has no current snapshot"])
            return
        }
        let manifests = try #require(record.details["manifests"])
        #expect(manifests["read"] == true, "\(manifests)")
        #expect(manifests["manifestList"]?.stringValue?.hasPrefix(table + "/metadata/snap-") == true)
        #expect(manifests["dataManifests"] == .int(Int64(expected.manifests.data)))
        #expect(manifests["deleteManifests"] == .int(Int64(expected.manifests.deletes)))
        #expect(
            manifests["deleteFiles"]
                == [
                    "position": .int(Int64(expected.deleteFiles.position)),
                    "equality": .int(Int64(expected.deleteFiles.equality)),
                    "deletionVector": .int(Int64(expected.deleteFiles.deletionVector)),
                ]
        )
        #expect(record.features == expected.features)
    }

    @Test("the row-delete table: position and equality deletes; pyiceberg cannot read it")
    func rowDeletes() async throws {
        let record = try await plugin.inspect(
            at: TestPaths.table("v2-row-deletes"),
            options: InspectOptions(detail: true)
        )
        #expect(record.features == ["equalityDeletes", "positionDeletes", "v2"])
        #expect(record.details["manifests"]?["deleteFileKinds"] == ["position", "equality"])
        let pyiceberg = record.requirements.read.first { $0.runtime == "pyiceberg" }
        #expect(pyiceberg?.description == "no known pyiceberg release because equalityDeletes")
    }

    @Test("a missing manifest list is reported in the details, not fatal")
    func missingManifestList() async throws {
        try await withScratchDirectory { scratch in
            let table = try copyFixture("v2-refs", into: scratch)
            for name in try metadataFiles(of: table) where name.hasPrefix("snap-") {
                try FileManager.default.removeItem(atPath: table + "/metadata/" + name)
            }
            let record = try await plugin.inspect(at: table, options: InspectOptions(detail: true))
            #expect(record.details["manifests"]?["read"] == false)
            #expect(record.details["manifests"]?["error"] == "TFMT-TBL-0002")
            #expect(record.snapshot.count == 4)
        }
    }
}
