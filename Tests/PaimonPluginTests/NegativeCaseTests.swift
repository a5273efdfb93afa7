import Foundation
import PaimonPlugin
import TFMTCore
import Testing

/// Broken and unusual tables, built in temporary folders: each failure is a structured `TBL` error, never a trap.
@Suite("Paimon negative cases")
struct NegativeCaseTests {
    /// Inspects `root` and returns the error it throws.
    private func inspectError(_ root: String, plugin: PaimonPlugin = PaimonPlugin()) async -> TFMTError? {
        do {
            let record = try await plugin.inspect(at: root, options: InspectOptions())
            Issue.record("expected an error, got a record: \(record)")
            return nil
        } catch {
            #expect(error.code.area == "TBL")
            #expect(!error.resolution.isEmpty, "\(error.code) has no resolution steps")
            #expect(!error.message.isEmpty)
            return error
        }
    }

    static let corruptSnapshots: [(String, String)] = [
        ("not JSON", "{ this is not json"),
        ("truncated", String(SyntheticTable.snapshot(id: 1).prefix(60))),
        ("empty", ""),
        ("an array", "[1, 2, 3]"),
        ("no commitKind", #"{"version": 3, "id": 1, "schemaId": 0, "timeMillis": 1}"#),
        ("no schemaId", #"{"version": 3, "id": 1, "commitKind": "APPEND", "timeMillis": 1}"#),
        ("string id", #"{"version": 3, "id": "1", "schemaId": 0, "commitKind": "APPEND", "timeMillis": 1}"#),
        ("fractional time", #"{"id": 1, "schemaId": 0, "commitKind": "APPEND", "timeMillis": 1.5}"#),
        ("huge time", #"{"id": 1, "schemaId": 0, "commitKind": "APPEND", "timeMillis": 1e40}"#),
        ("negative version", #"{"version": -3, "id": 1, "schemaId": 0, "commitKind": "APPEND", "timeMillis": 1}"#),
        ("id zero", #"{"version": 3, "id": 0, "schemaId": 0, "commitKind": "APPEND", "timeMillis": 1}"#),
    ]

    @Test("a corrupt or truncated snapshot is TFMT-TBL-0500", arguments: corruptSnapshots.map(\.0))
    func corruptSnapshot(_ label: String) async throws {
        let contents = try #require(Self.corruptSnapshots.first { $0.0 == label }?.1)
        try await TestSupport.withScratchDirectory { root in
            try SyntheticTable.make(in: root, snapshots: 1)
            try TestSupport.write(contents, to: "snapshot/snapshot-1", in: root)
            let error = await inspectError(root)
            #expect(error?.code == .paimonSnapshotCorrupt, "\(label): \(String(describing: error))")
            #expect(error?.context["path"] == .string(root + "/snapshot/snapshot-1"))
        }
    }

    static let corruptSchemas: [(String, String)] = [
        ("not JSON", "{\"version\": 3, \"id\": 0, \"fields\": ["),
        ("truncated", String(SyntheticTable.schema().prefix(50))),
        ("empty", ""),
        ("no fields", #"{"version": 3, "id": 0}"#),
        ("field without type", #"{"version": 3, "id": 0, "fields": [{"id": 0, "name": "a"}]}"#),
        ("type is a number", #"{"version": 3, "id": 0, "fields": [{"id": 0, "name": "a", "type": 7}]}"#),
        ("array without element", #"{"id": 0, "fields": [{"id": 0, "name": "a", "type": {"type": "ARRAY"}}]}"#),
        ("options not an object", SyntheticTable.schema(options: "[1]")),
        ("unknown partition key", SyntheticTable.schema(partitionKeys: #"["nope"]"#)),
        ("primary keys not names", SyntheticTable.schema(primaryKeys: "[1]")),
        ("deep nesting", deeplyNestedSchema(depth: 200)),
    ]

    static func deeplyNestedSchema(depth: Int) -> String {
        var type = #""INT""#
        for _ in 0..<depth { type = #"{"type": "ARRAY", "element": \#(type)}"# }
        return #"{"version": 3, "id": 0, "fields": [{"id": 0, "name": "a", "type": \#(type)}]}"#
    }

    @Test("a corrupt or truncated schema is TFMT-TBL-0501", arguments: corruptSchemas.map(\.0))
    func corruptSchema(_ label: String) async throws {
        let contents = try #require(Self.corruptSchemas.first { $0.0 == label }?.1)
        try await TestSupport.withScratchDirectory { root in
            try SyntheticTable.make(in: root, snapshots: 1, schema: contents)
            let error = await inspectError(root)
            #expect(error?.code == .paimonSchemaCorrupt, "\(label): \(String(describing: error))")
        }
    }

    @Test("LATEST pointing at a snapshot when none exists is TFMT-TBL-0502")
    func latestPointsNowhere() async throws {
        try await TestSupport.withScratchDirectory { root in
            try SyntheticTable.make(in: root, snapshots: 0)
            try TestSupport.write("7", to: "snapshot/LATEST", in: root)
            let error = await inspectError(root)
            #expect(error?.code == .paimonHintDangling)
            #expect(error?.context["snapshot"] == 7)
        }
    }

    @Test("EARLIEST pointing at a snapshot when none exists is TFMT-TBL-0502")
    func earliestPointsNowhere() async throws {
        try await TestSupport.withScratchDirectory { root in
            try SyntheticTable.make(in: root, snapshots: 0)
            try TestSupport.write("1", to: "snapshot/EARLIEST", in: root)
            #expect(await inspectError(root)?.code == .paimonHintDangling)
        }
    }

    @Test("LATEST is not trusted: a stale, future or garbled hint gives way to the listing")
    func latestHintNotTrusted() async throws {
        for (hint, reported) in [("1", JSONValue.int(1)), ("9", .int(9)), ("x!", "unreadable")] {
            try await TestSupport.withScratchDirectory { root in
                try SyntheticTable.make(in: root, snapshots: 3)
                try TestSupport.write(hint, to: "snapshot/LATEST", in: root)
                let record = try await PaimonPlugin().inspect(at: root, options: InspectOptions())
                #expect(record.snapshot.id == "3")
                #expect(record.snapshot.count == 3)
                #expect(record.details["hints"]?["latest"] == reported)
                #expect(record.details["hints"]?["latestAccurate"] == (hint == "x!" ? .null : false))
            }
        }
    }

    @Test("files that are not snapshots are ignored")
    func strayFilesIgnored() async throws {
        try await TestSupport.withScratchDirectory { root in
            try SyntheticTable.make(in: root, snapshots: 2)
            try TestSupport.write("garbage", to: "snapshot/.snapshot-3.tmp", in: root)
            try TestSupport.write("garbage", to: "snapshot/snapshot-3.crc", in: root)
            try TestSupport.write("garbage", to: "snapshot/snapshot-", in: root)
            try TestSupport.write("garbage", to: "schema/.schema-1.tmp", in: root)
            let record = try await PaimonPlugin().inspect(at: root, options: InspectOptions())
            #expect(record.snapshot.id == "2")
            #expect(record.snapshot.count == 2)
        }
    }

    @Test("the newest snapshot must parse: an older good one does not stand in for it")
    func newestSnapshotCorrupt() async throws {
        try await TestSupport.withScratchDirectory { root in
            try SyntheticTable.make(in: root, snapshots: 3)
            try TestSupport.write("{", to: "snapshot/snapshot-3", in: root)
            #expect(await inspectError(root)?.code == .paimonSnapshotCorrupt)
        }
    }

    @Test("a snapshot naming a missing schema is TFMT-TBL-0503")
    func schemaMissing() async throws {
        try await TestSupport.withScratchDirectory { root in
            try SyntheticTable.make(in: root, snapshots: 1)
            try TestSupport.write(SyntheticTable.snapshot(id: 2, schemaId: 4), to: "snapshot/snapshot-2", in: root)
            let error = await inspectError(root)
            #expect(error?.code == .paimonSchemaMissing)
            #expect(error?.context["schemaId"] == 4)
        }
    }

    @Test("snapshot/ that is a file is TFMT-TBL-0504")
    func snapshotIsAFile() async throws {
        try await TestSupport.withScratchDirectory { root in
            try TestSupport.write(SyntheticTable.schema(), to: "schema/schema-0", in: root)
            try TestSupport.write("not a folder", to: "snapshot", in: root)
            #expect(await inspectError(root)?.code == .paimonLayoutInvalid)
        }
    }

    @Test("a schema file that cannot be read (a folder in its place) is the core unreadable error")
    func unreadableSchema() async throws {
        try await TestSupport.withScratchDirectory { root in
            try SyntheticTable.make(in: root, snapshots: 1)
            try FileManager.default.removeItem(atPath: root + "/schema/schema-0")
            try FileManager.default.createDirectory(
                atPath: root + "/schema/schema-0",
                withIntermediateDirectories: true
            )
            #expect(await inspectError(root)?.code == .tablePathUnreadable)
        }
    }

    @Test("a snapshot whose id differs from its name is TFMT-TBL-0505")
    func idMismatch() async throws {
        try await TestSupport.withScratchDirectory { root in
            try SyntheticTable.make(in: root, snapshots: 1)
            try TestSupport.write(SyntheticTable.snapshot(id: 5), to: "snapshot/snapshot-2", in: root)
            let error = await inspectError(root)
            #expect(error?.code == .paimonIdMismatch)
            #expect(error?.context["expected"] == 2)
            #expect(error?.context["found"] == 5)
        }
    }

    @Test("a bucket option Paimon rejects is TFMT-TBL-0506", arguments: ["abc", "0", "-3", ""])
    func invalidBucket(_ value: String) async throws {
        try await TestSupport.withScratchDirectory { root in
            try SyntheticTable.make(
                in: root,
                snapshots: 1,
                schema: SyntheticTable.schema(options: #"{"bucket": "\#(value)"}"#)
            )
            let error = await inspectError(root)
            #expect(error?.code == .paimonOptionInvalid)
            #expect(error?.context["option"] == "bucket")
        }
    }

    @Test("files above the read limits are refused with the core unreadable error")
    func readLimits() async throws {
        try await TestSupport.withScratchDirectory { root in
            try SyntheticTable.make(in: root, snapshots: 1)
            let small = PaimonPlugin(limits: PaimonReadLimits(snapshotBytes: 16, schemaBytes: 1 << 20, hintBytes: 8))
            #expect(await inspectError(root, plugin: small)?.code == .tablePathUnreadable)
            let tinySchema = PaimonPlugin(limits: PaimonReadLimits(snapshotBytes: 1 << 20, schemaBytes: 16))
            #expect(await inspectError(root, plugin: tinySchema)?.code == .tablePathUnreadable)
        }
    }

    @Test("a folder that is no Paimon table is TFMT-TBL-0001, and detect finds nothing")
    func notATable() async throws {
        try await TestSupport.withScratchDirectory { root in
            try TestSupport.write("hello", to: "README.txt", in: root)
            try FileManager.default.createDirectory(atPath: root + "/schema", withIntermediateDirectories: true)
            #expect(try await PaimonPlugin().detect(at: root) == nil)
            #expect(await inspectError(root)?.code == .notATable)
            #expect(await inspectError(root + "/does-not-exist")?.code == .notATable)
        }
    }

    @Test("detect needs only schema/ with a schema file, and does not parse it")
    func detectIsCheap() async throws {
        try await TestSupport.withScratchDirectory { root in
            try TestSupport.write("{}", to: "schema/schema-0", in: root)
            try TestSupport.write("{}", to: "snapshot/snapshot-1", in: root)
            let detection = try #require(try await PaimonPlugin().detect(at: root))
            #expect(detection.format == .paimon)
            #expect(detection.location == LocalFiles.absolute(root))
            #expect(detection.evidence.contains("1 snapshot"))
        }
    }
}
