import DeltaPlugin
import Foundation
import TFMTCore
import Testing

/// The project's own tables, written by deltalake (scripts/fixtures/delta_fixtures.py), read back field by field.
@Suite("Delta fixtures written by deltalake")
struct DeltaFixtureTests {
    @Test("inspect matches what deltalake reports", arguments: FixturePaths.ownCases)
    func inspectMatchesDeltalake(_ name: String) async throws {
        let folder = FixturePaths.fixtures.appendingPathComponent(name)
        let expected = try ExpectedTable(file: folder.appendingPathComponent("expected.json"))
        let record = try await DeltaPlugin().inspect(
            at: folder.appendingPathComponent("table").path,
            options: InspectOptions()
        )
        expected.check(record)
        #expect(record.location == LocalFiles.absolute(folder.appendingPathComponent("table").path))
        #expect(record.details["timestampSource"]?.stringValue == "commitInfo.timestamp")
        #expect(record.details["warnings"] == nil, "\(record.details["warnings"] ?? .null)")
    }

    @Test("all fixture cases are present")
    func casesPresent() {
        #expect(
            Set(FixturePaths.ownCases).isSuperset(of: [
                "simple", "partitioned", "merge-schema-evolution", "many-commits", "table-features", "column-mapping",
                "change-data-feed", "constraints",
            ])
        )
    }

    @Test("a long log is read from its newest checkpoint and the commit after it")
    func manyCommits() async throws {
        let table = FixturePaths.fixtures.appendingPathComponent("many-commits/table")
        let record = try await DeltaPlugin().inspect(at: table.path, options: InspectOptions())
        #expect(record.snapshot.id == "120")
        #expect(record.snapshot.count == 121)
        #expect(record.details["checkpoint"]?["version"] == 119)
        #expect(record.details["checkpoint"]?["kind"] == "classic")
        #expect(record.details["commitsRead"] == 1)
        #expect(record.details["protocolSource"] == "checkpoint 119")
        #expect(record.details["commitsSinceCheckpoint"] == 1)
        #expect(record.details["lastCheckpoint"]?["status"] == "current")
    }

    @Test("legacy protocol versions imply their features")
    func legacyImpliedFeatures() async throws {
        let table = FixturePaths.fixtures.appendingPathComponent("change-data-feed/table")
        let record = try await DeltaPlugin().inspect(at: table.path, options: InspectOptions())
        #expect(record.protocol["minWriterVersion"] == 4)
        #expect(
            Set(record.features).isSuperset(of: [
                "appendOnly", "invariants", "checkConstraints", "changeDataFeed", "generatedColumns",
            ])
        )
        #expect(record.details["activeFeatures"] == ["changeDataFeed"])
    }

    @Test("nested types are rendered and partition columns reported")
    func nestedTypes() async throws {
        let table = FixturePaths.fixtures.appendingPathComponent("merge-schema-evolution/table")
        let record = try await DeltaPlugin().inspect(at: table.path, options: InspectOptions())
        let types = Dictionary(uniqueKeysWithValues: record.schema.fields.map { ($0.name, $0.type) })
        #expect(types["tags"] == "array<string>")
        #expect(types["attrs"] == "map<string,integer>")
        #expect(types["point"] == "struct<x:double,y:double>")
        #expect(types["price"] == "decimal(10,2)")
    }
}
