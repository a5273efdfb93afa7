import DeltaPlugin
import Foundation
import TFMTCore
import Testing

/// Broken, partial and unusual logs built in temporary folders: each fails with its structured error, or is read with
/// the problem reported.
@Suite("Delta logs that are broken or unusual")
struct DeltaNegativeTests {
    typealias Action = TemporaryTable.Action

    /// Inspects `table`, expecting a failure with `code`.
    func expectError(
        _ code: TFMTError.Code,
        _ table: TemporaryTable,
        plugin: DeltaPlugin = DeltaPlugin(),
        sourceLocation: SourceLocation = #_sourceLocation
    ) async -> TFMTError? {
        do {
            let record = try await plugin.inspect(at: table.path, options: InspectOptions())
            Issue.record("expected \(code), got a record \(record.snapshot)", sourceLocation: sourceLocation)
            return nil
        } catch {
            #expect(error.code == code, "\(error)", sourceLocation: sourceLocation)
            #expect(!error.resolution.isEmpty, sourceLocation: sourceLocation)
            return error
        }
    }

    func inspect(_ table: TemporaryTable) async throws -> TableRecord {
        try await DeltaPlugin().inspect(at: table.path, options: InspectOptions())
    }

    /// A copy of the 121-commit fixture.
    func manyCommits() throws -> TemporaryTable {
        try TemporaryTable(copying: FixturePaths.fixtures.appendingPathComponent("many-commits/table"))
    }

    @Test("a folder without _delta_log is not a Delta table")
    func noDeltaLog() async throws {
        let table = try TemporaryTable()
        defer { table.delete() }
        try FileManager.default.removeItem(at: table.log)
        _ = await expectError(.notATable, table)
        #expect(try await DeltaPlugin().detect(at: table.path) == nil)
    }

    @Test("an empty _delta_log is detected as nothing and fails inspect")
    func emptyLog() async throws {
        let table = try TemporaryTable()
        defer { table.delete() }
        #expect(try await DeltaPlugin().detect(at: table.path) == nil)
        _ = await expectError(.deltaLogEmpty, table)
    }

    @Test("staged commits alone: detected, and inspect says the catalog knows the table")
    func stagedCommitsOnly() async throws {
        let table = try TemporaryTable()
        defer { table.delete() }
        try table.write(
            "_staged_commits/00000000000000000000.3a0d65cd-4056-49b8-937b-95f9e3ee90e5.json",
            Action.protocol()
        )
        let detection = try await DeltaPlugin().detect(at: table.path)
        #expect(detection?.format == .delta)
        let error = await expectError(.deltaLogEmpty, table)
        #expect(error?.context["stagedCommits"] == 1)
    }

    @Test("a missing commit after the checkpoint is a gap")
    func gap() async throws {
        let table = try TemporaryTable()
        defer { table.delete() }
        try table.commit(0, [Action.commitInfo(), Action.protocol(), Action.metaData()])
        try table.commit(1, [Action.commitInfo(), Action.add("a")])
        try table.commit(3, [Action.commitInfo(), Action.add("b")])
        let error = await expectError(.deltaVersionGap, table)
        #expect(error?.context["missingFrom"] == 2)
        #expect(error?.context["missingTo"] == 2)
        #expect(error?.context["latest"] == 3)
    }

    @Test("a gap after the newest checkpoint of a real table")
    func gapAfterCheckpoint() async throws {
        let table = try manyCommits()
        defer { table.delete() }
        try table.remove(TemporaryTable.name(119) + ".checkpoint.parquet")
        try table.remove(TemporaryTable.name(115) + ".json")
        let error = await expectError(.deltaVersionGap, table)
        #expect(error?.context["missingFrom"] == 115)
        #expect(error?.context["checkpoint"] == 109)
    }

    @Test("gaps before the checkpoint do not matter (log cleanup)")
    func gapBeforeCheckpoint() async throws {
        let table = try manyCommits()
        defer { table.delete() }
        for version in Int64(0)...Int64(100) {
            try table.remove(TemporaryTable.name(version) + ".json")
        }
        let record = try await inspect(table)
        #expect(record.snapshot.id == "120")
        #expect(record.details["earliestVersion"] == 109)
        #expect(record.snapshot.count == 12)
    }

    @Test("a log that starts after 0 without a checkpoint cannot be reconstructed")
    func notReconstructable() async throws {
        let table = try TemporaryTable()
        defer { table.delete() }
        try table.commit(5, [Action.commitInfo(), Action.protocol(), Action.metaData()])
        try table.commit(6, [Action.commitInfo()])
        _ = await expectError(.deltaLogNotReconstructable, table)
    }

    @Test(
        "a truncated JSON line is a corrupt commit",
        arguments: [
            #"{"add":{"path":"a","size":1"#, #"{"commitInfo":{"timestamp":12,}}"#, "not json at all",
        ]
    )
    func corruptLine(_ line: String) async throws {
        let table = try TemporaryTable()
        defer { table.delete() }
        try table.commit(0, [Action.commitInfo(), Action.protocol(), Action.metaData()])
        try table.commit(1, [Action.commitInfo(), line])
        let error = await expectError(.deltaCommitCorrupt, table)
        #expect(error?.context["line"] == 2)
    }

    @Test("no protocol action after replay")
    func missingProtocol() async throws {
        let table = try TemporaryTable()
        defer { table.delete() }
        try table.commit(0, [Action.commitInfo(), Action.metaData()])
        _ = await expectError(.deltaProtocolMissing, table)
    }

    @Test("no metaData action after replay")
    func missingMetadata() async throws {
        let table = try TemporaryTable()
        defer { table.delete() }
        try table.commit(0, [Action.commitInfo(), Action.protocol()])
        try table.commit(1, [Action.commitInfo(), Action.add("a")])
        _ = await expectError(.deltaMetadataMissing, table)
    }

    @Test("a malformed protocol action")
    func invalidProtocol() async throws {
        let table = try TemporaryTable()
        defer { table.delete() }
        try table.commit(0, [#"{"protocol":{"minReaderVersion":"one","minWriterVersion":2}}"#, Action.metaData()])
        _ = await expectError(.deltaActionInvalid, table)
    }

    @Test(
        "a schema string that is not a Delta schema",
        arguments: [
            "not json", #"{"type":"array","elementType":"long","containsNull":true}"#,
            #"{"type":"struct","fields":[{"name":"a"}]}"#,
        ]
    )
    func invalidSchema(_ schema: String) async throws {
        let table = try TemporaryTable()
        defer { table.delete() }
        try table.commit(0, [Action.protocol(), Action.metaData(schema: schema)])
        _ = await expectError(.deltaSchemaInvalid, table)
    }

    @Test("a stale _last_checkpoint is noticed and the newest checkpoint used")
    func staleHint() async throws {
        let table = try manyCommits()
        defer { table.delete() }
        try table.write("_last_checkpoint", #"{"version":59,"size":62}"#)
        let record = try await inspect(table)
        #expect(record.snapshot.id == "120")
        #expect(record.details["lastCheckpoint"]?["status"] == "stale")
        #expect(record.details["checkpoint"]?["version"] == 119)
    }

    @Test(
        "a corrupt, missing or dangling _last_checkpoint does not matter",
        arguments: [
            ("garbage{", "corrupt"), (#"{"size":3}"#, "corrupt"), (nil, "missing"),
            (#"{"version":50}"#, "pointsAtMissingCheckpoint"),
            (#"{"version":500}"#, "ahead"),
        ] as [(String?, String)]
    )
    func unusableHint(_ contents: String?, _ status: String) async throws {
        let table = try manyCommits()
        defer { table.delete() }
        if let contents {
            try table.write("_last_checkpoint", contents)
        } else {
            try table.remove("_last_checkpoint")
        }
        let record = try await inspect(table)
        #expect(record.snapshot.id == "120")
        #expect(record.details["lastCheckpoint"]?["status"]?.stringValue == status)
        #expect(record.details["checkpoint"]?["version"] == 119)
    }

    @Test("a corrupt checkpoint is skipped for the one before it")
    func corruptCheckpointFallsBack() async throws {
        let table = try manyCommits()
        defer { table.delete() }
        try table.write(TemporaryTable.name(119) + ".checkpoint.parquet", "PAR1 this is not parquet PAR1")
        let record = try await inspect(table)
        #expect(record.snapshot.id == "120")
        #expect(record.details["checkpoint"]?["version"] == 109)
        #expect(record.details["skippedCheckpoints"]?.arrayValue?.first?["version"] == 119)
        #expect(record.details["warnings"] != nil)
    }

    @Test("a corrupt checkpoint with nothing to fall back on")
    func corruptCheckpointFails() async throws {
        let table = try TemporaryTable()
        defer { table.delete() }
        try table.write(TemporaryTable.name(10) + ".checkpoint.parquet", "not parquet")
        try table.commit(10, [Action.commitInfo()])
        try table.commit(11, [Action.commitInfo(), Action.add("x")])
        let error = await expectError(.deltaCheckpointCorrupt, table)
        #expect(error?.context["version"] == 10)
    }

    @Test("an incomplete multi-part checkpoint is ignored")
    func incompleteMultiPart() async throws {
        let table = try TemporaryTable()
        defer { table.delete() }
        try table.commit(0, [Action.commitInfo(), Action.protocol(), Action.metaData()])
        try table.commit(1, [Action.commitInfo(), Action.add("a")])
        try table.write(TemporaryTable.name(1) + ".checkpoint.0000000001.0000000002.parquet", "part one only")
        let record = try await inspect(table)
        #expect(record.snapshot.id == "1")
        #expect(record.details["incompleteCheckpoints"]?.arrayValue?.first?["parts"] == 2)
        #expect(record.details["checkpoint"] == .null)
    }

    @Test("unknown reader features on reader 3 are reported, and no release reads the table")
    func unknownReaderFeature() async throws {
        let table = try TemporaryTable()
        defer { table.delete() }
        try table.commit(
            0,
            [
                Action.commitInfo(),
                Action.protocol(
                    3,
                    7,
                    readerFeatures: ["quantumFolding"],
                    writerFeatures: ["quantumFolding", "appendOnly"]
                ),
                Action.metaData(),
            ]
        )
        let record = try await inspect(table)
        #expect(record.details["unknownReaderFeatures"] == ["quantumFolding"])
        #expect(record.features == ["appendOnly", "quantumFolding"])
        #expect(record.requirements.read.allSatisfy { $0.minimum == nil })
        #expect(
            record.requirements.read.first?.description
                == "no known delta-spark release because quantumFolding (unknown feature)"
        )
        #expect(record.requirements.write.allSatisfy { $0.minimum == nil })
    }

    @Test("in-commit timestamps win when enabled; otherwise commitInfo.timestamp; otherwise the file time")
    func timestamps() async throws {
        let table = try TemporaryTable()
        defer { table.delete() }
        try table.commit(
            0,
            [
                Action.commitInfo(timestamp: 1_700_000_000_000, inCommitTimestamp: 1_700_000_000_123),
                Action.protocol(3, 7, readerFeatures: [], writerFeatures: ["inCommitTimestamp"]),
                Action.metaData(configuration: ["delta.enableInCommitTimestamps": "true"]),
            ]
        )
        var record = try await inspect(table)
        #expect(record.snapshot.timestamp == "2023-11-14T22:13:20.123Z")
        #expect(record.details["timestampSource"] == "inCommitTimestamp")
        try table.commit(1, [Action.add("a")])
        record = try await inspect(table)
        #expect(record.details["timestampSource"] == "fileModificationTime")
        #expect(record.snapshot.timestamp != nil)
    }

    @Test("a commit larger than the limit is refused, not read")
    func sizeLimit() async throws {
        let table = try TemporaryTable()
        defer { table.delete() }
        try table.commit(
            0,
            [Action.commitInfo(), Action.protocol(), Action.metaData()] + (0..<100).map { Action.add("f\($0)") }
        )
        _ = await expectError(.tablePathUnreadable, table, plugin: DeltaPlugin(limits: DeltaReadLimits(commit: 1000)))
    }

    @Test("a checkpoint-only log is read at the checkpoint's version")
    func checkpointOnly() async throws {
        let source = FixturePaths.fixtures.appendingPathComponent("many-commits/table/_delta_log")
        let table = try TemporaryTable()
        defer { table.delete() }
        let name = TemporaryTable.name(119) + ".checkpoint.parquet"
        try FileManager.default.copyItem(
            at: source.appendingPathComponent(name),
            to: table.log.appendingPathComponent(name)
        )
        let record = try await inspect(table)
        #expect(record.snapshot.id == "119")
        #expect(record.snapshot.count == 1)
        #expect(record.details["timestampSource"] == "fileModificationTime")
    }
}
