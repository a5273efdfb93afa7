import DeltaPlugin
import Foundation
import TFMTCore
import Testing

/// Real tables from other projects (../shared/fixtures/delta): deletion vectors, column mapping, a multi-part and a
/// V2 checkpoint, checked against what deltalake reports. Skipped, with a message, when the corpus is absent.
@Suite(
    "Delta tables from the shared corpus",
    .enabled(if: FixturePaths.hasSharedFixtures, "../shared/fixtures/delta is absent; skipping the shared corpus")
)
struct DeltaSharedFixtureTests {
    static let cases = [
        "deltars-table-with-dv-small", "golden-table-with-columnmapping-mode-name", "golden-multi-part-checkpoint",
        "deltars-checkpoint-v2-table",
    ]

    func inspect(_ name: String) async throws -> (TableRecord, ExpectedTable) {
        let folder = FixturePaths.sharedDelta.appendingPathComponent(name)
        let expected = try ExpectedTable(file: folder.appendingPathComponent("expected.json"))
        let record = try await DeltaPlugin().inspect(
            at: folder.appendingPathComponent("table").path,
            options: InspectOptions()
        )
        return (record, expected)
    }

    @Test("inspect matches what deltalake reports", arguments: cases)
    func matchesDeltalake(_ name: String) async throws {
        let (record, expected) = try await inspect(name)
        expected.check(record)
    }

    @Test("deletion vectors: reader 3 / writer 7 and their requirements")
    func deletionVectors() async throws {
        let (record, _) = try await inspect("deltars-table-with-dv-small")
        #expect(record.features == ["deletionVectors"])
        #expect(
            record.requirements.read.map(\.description) == [
                "delta-spark >= 2.3.0 because minReaderVersion 3, deletionVectors",
                "deltalake >= 1.4.0 because deletionVectors",
            ]
        )
        #expect(
            record.requirements.write.map(\.description) == [
                "delta-spark >= 2.4.0 because deletionVectors",
                "deltalake >= 1.4.0 because deletionVectors",
            ]
        )
    }

    @Test("column mapping by name: ids, nested types, legacy (2, 5) features")
    func columnMapping() async throws {
        let (record, _) = try await inspect("golden-table-with-columnmapping-mode-name")
        #expect(record.schema.fields.map(\.id) == Array(1...12).map(Optional.some) + [13, 17, 18, 19, 21, 22, 24])
        let nested = record.schema.fields.first { $0.name == "nested_struct" }
        #expect(nested?.type == "struct<aa:string,ac:struct<aca:integer>>")
        #expect(record.schema.fields.first { $0.name == "map_of_arrays" }?.type == "map<long,array<integer>>")
        #expect(
            Set(record.features) == [
                "appendOnly", "invariants", "checkConstraints", "changeDataFeed", "generatedColumns", "columnMapping",
            ]
        )
        #expect(
            record.requirements.read.map(\.description) == [
                "delta-spark >= 1.2.0 because columnMapping", "deltalake >= 1.6.0 because columnMapping",
            ]
        )
        #expect(
            record.requirements.write.map(\.description) == [
                "delta-spark >= 1.2.0 because columnMapping",
                "deltalake >= 1.6.1 because columnMapping",
            ]
        )
    }

    @Test("a multi-part checkpoint is read part by part")
    func multiPart() async throws {
        let (record, _) = try await inspect("golden-multi-part-checkpoint")
        #expect(record.details["checkpoint"]?["kind"] == "multiPart")
        #expect(record.details["checkpoint"]?["files"]?.arrayValue?.count == 2)
        #expect(record.details["lastCheckpoint"]?["status"] == "current")
    }

    @Test("a V2 checkpoint in JSON with sidecars")
    func v2Checkpoint() async throws {
        let (record, _) = try await inspect("deltars-checkpoint-v2-table")
        #expect(record.details["checkpoint"]?["kind"] == "v2JSON")
        #expect(record.details["checkpoint"]?["version"] == 8)
        #expect(record.details["checkpoint"]?["spec"] == "v2")
        #expect(record.details["checkpoint"]?["sidecars"] == 1)
        #expect(record.details["checkpoint"]?["missingSidecars"] == nil)
        #expect(
            record.requirements.read.map(\.description) == [
                "delta-spark >= 3.0.0 because v2Checkpoint", "deltalake >= 1.6.3 because v2Checkpoint",
            ]
        )
        #expect(
            record.requirements.write.map(\.description) == [
                "delta-spark >= 3.3.0 because identityColumns", "no known deltalake release because identityColumns",
            ]
        )
    }
}
