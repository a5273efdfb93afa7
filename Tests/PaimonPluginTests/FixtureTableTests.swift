import Foundation
import PaimonPlugin
import TFMTCore
import Testing

/// The tables pypaimon wrote (scripts/fixtures/paimon_fixtures.py), read back and compared with what pypaimon reports.
@Suite("Paimon fixture tables")
struct FixtureTableTests {
    /// The features each case uses, by the plugin's names (pypaimon has no such notion).
    static let expectedFeatures: [String: [String]] = [
        "append-unaware": ["schemaVersion3"],
        "append-partitioned-fixed-avro": ["avroFileFormat", "schemaVersion3"],
        "pk-fixed-deletes-tags": ["branches", "schemaVersion3", "tags"],
        "pk-dynamic-partitioned": ["dynamicBucket", "schemaVersion3"],
        "pk-postpone": ["postponeBucket", "schemaVersion3"],
        "pk-deletion-vectors-orc": ["deletionVectors", "schemaVersion3"],
        "schema-evolution": ["schemaVersion3"],
        "nested-types": ["schemaVersion3"],
        "empty": ["schemaVersion3"],
    ]

    @Test("the fixture set is the one the script writes")
    func fixtureSetIsComplete() {
        #expect(TestSupport.fixtureCases == Self.expectedFeatures.keys.sorted())
    }

    @Test("every field of the record matches what pypaimon reports", arguments: TestSupport.fixtureCases)
    func recordMatchesPypaimon(_ name: String) async throws {
        let folder = TestSupport.fixturesFolder.appendingPathComponent(name)
        let table = folder.appendingPathComponent("table").path
        let expected = try TestSupport.expected(at: folder)
        let plugin = PaimonPlugin()
        let detection = try #require(try await plugin.detect(at: table))
        #expect(detection.format == .paimon)
        let record = try await plugin.inspect(at: table, options: InspectOptions())
        ExpectedRecord.check(record, against: expected, location: LocalFiles.absolute(table))
        #expect(record.features == Self.expectedFeatures[name], "\(name)")
        #expect(record.requirements == plugin.requirements(for: record))
        #expect(record.requirements.read.map(\.runtime).sorted() == plugin.catalog.runtimes.map(\.id).sorted())
    }

    @Test("the record survives a JSON round trip", arguments: TestSupport.fixtureCases)
    func recordRoundTrips(_ name: String) async throws {
        let table = TestSupport.fixturesFolder.appendingPathComponent("\(name)/table").path
        let record = try await PaimonPlugin().inspect(at: table, options: InspectOptions())
        let decoded = try JSONDecoder().decode(TableRecord.self, from: JSONEncoder().encode(record))
        #expect(decoded == record)
    }

    @Test("schema evolution: the record uses the schema the latest snapshot names, not the newest schema file")
    func schemaOfLatestSnapshot() async throws {
        let folder = TestSupport.fixturesFolder.appendingPathComponent("schema-evolution")
        let expected = try TestSupport.expected(at: folder)
        let record = try await PaimonPlugin().inspect(
            at: folder.appendingPathComponent("table").path,
            options: InspectOptions()
        )
        let newest = try #require(expected["latest_schema_id"]?.intValue)
        let used = try #require(expected["schema_id"]?.intValue)
        #expect(newest > used)
        #expect(record.details["schemaId"] == .int(used))
        #expect(record.details["schemaCount"] == .int(newest + 1))
        #expect(record.schema.fields.map(\.name).contains("label"))
        #expect(record.schema.fields.map(\.name).contains("dt"))
    }

    @Test("an empty table reports no snapshot")
    func emptyTable() async throws {
        let table = TestSupport.fixturesFolder.appendingPathComponent("empty/table").path
        let record = try await PaimonPlugin().inspect(at: table, options: InspectOptions())
        #expect(record.snapshot == TableRecord.Snapshot(id: "0", timestamp: nil, count: 0))
        #expect(record.protocol["snapshotVersion"] == .null)
        #expect(record.details["bucketMode"] == "HASH_FIXED")
    }

    @Test("deletion vectors and ORC: pypaimon cannot write it, Paimon 0.9.0 can")
    func deletionVectorRequirements() async throws {
        let table = TestSupport.fixturesFolder.appendingPathComponent("pk-deletion-vectors-orc/table").path
        let record = try await PaimonPlugin().inspect(at: table, options: InspectOptions())
        let write = Dictionary(uniqueKeysWithValues: record.requirements.write.map { ($0.runtime, $0) })
        #expect(write["pypaimon"]?.minimum == nil)
        #expect(write["pypaimon"]?.because == ["deletionVectors"])
        #expect(write["paimon-flink"]?.minimum == Version("0.9.0"))
        #expect(write["paimon-flink"]?.because == ["schemaVersion3"])
        #expect(record.details["fileFormat"] == "orc")
        #expect(record.details["changelogProducer"] == "lookup")
    }
}
