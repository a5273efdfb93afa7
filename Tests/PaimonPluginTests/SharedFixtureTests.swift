import Foundation
import PaimonPlugin
import TFMTCore
import Testing

/// The real Paimon table in ../shared/fixtures (or `TFMT_SHARED_FIXTURES`), written by Paimon's Java writer.
@Suite("Paimon shared fixtures")
struct SharedFixtureTests {
    static let javaGolden = TestSupport.sharedFixturesFolder.appendingPathComponent("paimon/javagolden-pk-vector")

    static var javaGoldenPresent: Bool {
        FileManager.default.fileExists(atPath: javaGolden.appendingPathComponent("expected.json").path)
    }

    @Test("javagolden-pk-vector: the record matches what pypaimon reports")
    func javaGoldenRecord() async throws {
        guard Self.javaGoldenPresent else {
            print("skipped: \(Self.javaGolden.path) is absent (set TFMT_SHARED_FIXTURES to the shared fixtures folder)")
            return
        }
        let table = Self.javaGolden.appendingPathComponent("table").path
        let expected = try TestSupport.expected(at: Self.javaGolden)
        let record = try await PaimonPlugin().inspect(at: table, options: InspectOptions())
        ExpectedRecord.check(record, against: expected, location: LocalFiles.absolute(table))
        #expect(record.snapshot.count == 2)
        #expect(record.snapshot.timestamp == "2026-07-16T14:50:46.092Z")
        #expect(record.protocol["schemaVersion"] == 3)
        #expect(record.features == ["deletionVectors", "schemaVersion3", "vector"])
        #expect(record.details["hints"]?["earliest"] == 1)
        #expect(record.details["hints"]?["latestAccurate"] == true)
        #expect(record.details["latestSnapshot"]?["nextRowId"] == 0)
        #expect(record.schema.fields.last?.type == "VECTOR<FLOAT, 4>")
    }

    @Test("javagolden-pk-vector: VECTOR needs Paimon 1.4.1; pypaimon reads it from 1.4.1 and cannot write it")
    func javaGoldenRequirements() async throws {
        guard Self.javaGoldenPresent else {
            print("skipped: \(Self.javaGolden.path) is absent")
            return
        }
        let record = try await PaimonPlugin().inspect(
            at: Self.javaGolden.appendingPathComponent("table").path,
            options: InspectOptions()
        )
        let read = Dictionary(uniqueKeysWithValues: record.requirements.read.map { ($0.runtime, $0) })
        let write = Dictionary(uniqueKeysWithValues: record.requirements.write.map { ($0.runtime, $0) })
        for runtime in ["paimon-flink", "paimon-spark", "paimon-hive-connector"] {
            #expect(read[runtime]?.minimum == Version("1.4.1"))
            #expect(read[runtime]?.because == ["vector"])
            #expect(write[runtime]?.minimum == Version("1.4.1"))
        }
        #expect(read["pypaimon"]?.minimum == Version("1.4.1"))
        #expect(read["pypaimon"]?.because == ["deletionVectors", "vector"])
        #expect(write["pypaimon"]?.minimum == nil)
        #expect(write["pypaimon"]?.because == ["deletionVectors"])
    }
}
