import Foundation
import IcebergPlugin
import TFMTCore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Damaged, missing and odd inputs: each a structured `TBL` error with resolution steps, never a trap.
@Suite("Negative cases")
struct NegativeCaseTests {
    let plugin = IcebergPlugin()

    /// Inspects `path` and returns the error it must throw.
    func inspectError(_ path: String) async throws -> TFMTError {
        let error = try #require(
            await thrownError { () async throws(TFMTError) in
                try await plugin.inspect(at: path, options: InspectOptions())
            }
        )
        #expect(error.code.area == "TBL")
        #expect(!error.resolution.isEmpty)
        #expect(error.context["path"] != nil)
        return error
    }

    /// The current metadata file of a copied fixture.
    func currentMetadata(_ table: String) throws -> String {
        let names = try metadataFiles(of: table).filter { $0.hasSuffix(".metadata.json") }
        return table + "/metadata/" + (names.last ?? "")
    }

    @Test("a truncated metadata file")
    func truncated() async throws {
        try await withScratchDirectory { scratch in
            let table = try copyFixture("v2-refs", into: scratch)
            let file = try currentMetadata(table)
            let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
            try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: file))
            let error = try await inspectError(table)
            #expect(error.code == .icebergMetadataCorrupt)
            #expect(error.message.contains("not valid JSON"))
        }
    }

    @Test(
        "metadata that is not a JSON object, or lacks what its version requires",
        arguments: [
            "garbage \u{0}\u{1}", "", "[1, 2, 3]", #"{"location": "x"}"#, #"{"format-version": "two"}"#,
            #"{"format-version": 2, "schemas": [], "current-schema-id": 0}"#,
            #"{"format-version": 1, "schema": {"type": "struct", "fields": [{"id": 1, "name": "a"}]}}"#,
        ]
    )
    func corrupt(_ text: String) async throws {
        try await withScratchDirectory { scratch in
            try write(text, to: scratch + "/table/metadata/v1.metadata.json")
            let error = try await inspectError(scratch + "/table")
            #expect(error.code == .icebergMetadataCorrupt, "\(error)")
        }
    }

    @Test("a damaged gzip stream")
    func damagedGzip() async throws {
        try await withScratchDirectory { scratch in
            let file = scratch + "/table/metadata/00001-5f2a6b1e-7e59-4d3c-9d57-1d9c3f4a7b10.gz.metadata.json"
            try write("", to: file)
            try Data([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02, 0x03]).write(to: URL(fileURLWithPath: file))
            let error = try await inspectError(scratch + "/table")
            #expect(error.code == .icebergMetadataCorrupt)
            #expect(error.message.contains("gzip"))
        }
    }

    @Test("the current snapshot is not among the snapshots")
    func currentSnapshotMissing() async throws {
        try await withScratchDirectory { scratch in
            let table = try SyntheticMetadata.table(
                in: scratch,
                SyntheticMetadata.document(formatVersion: 2, extra: ["current-snapshot-id": 4242])
            )
            let error = try await inspectError(table)
            #expect(error.code == .icebergCurrentSnapshotMissing)
            #expect(error.context["currentSnapshotId"] == "4242")
        }
    }

    @Test(
        "ids that name no schema, spec or sort order",
        arguments: [
            ("current-schema-id", "current schema"), ("default-spec-id", "default partition spec"),
            ("default-sort-order-id", "default sort order"),
        ]
    )
    func inconsistent(_ key: String, _ what: String) async throws {
        try await withScratchDirectory { scratch in
            let table = try SyntheticMetadata.table(
                in: scratch,
                SyntheticMetadata.document(formatVersion: 2, extra: [key: 77])
            )
            let error = try await inspectError(table)
            #expect(error.code == .icebergMetadataInconsistent)
            #expect(error.context["missing"] == .string(what))
        }
    }

    @Test("a format version this build does not know", arguments: [0, 5, 99])
    func unknownFormatVersion(_ version: Int) async throws {
        try await withScratchDirectory { scratch in
            let table = try SyntheticMetadata.table(in: scratch, SyntheticMetadata.document(formatVersion: version))
            let error = try await inspectError(table)
            #expect(error.code == .icebergFormatVersionUnsupported)
        }
    }

    @Test("version-hint.text without any metadata file")
    func danglingHint() async throws {
        try await withScratchDirectory { scratch in
            try write("3\n", to: scratch + "/table/metadata/version-hint.text")
            let detection = try await plugin.detect(at: scratch + "/table")
            #expect(detection?.format == .iceberg)
            let error = try await inspectError(scratch + "/table")
            #expect(error.code == .icebergVersionHintDangling)
            #expect(error.context["hint"] == "3")
        }
    }

    @Test("a file instead of a folder")
    func fileInsteadOfFolder() async throws {
        try await withScratchDirectory { scratch in
            try write("hello", to: scratch + "/README.txt")
            #expect(try await plugin.detect(at: scratch + "/README.txt") == nil)
            let error = try await inspectError(scratch + "/README.txt")
            #expect(error.code == .icebergPathIsFile)
            // A data file of a real table is no metadata file either.
            let table = try copyFixture("v1-unpartitioned", into: scratch)
            let data = try FileManager.default.contentsOfDirectory(atPath: table + "/data")
            let parquet = try #require(data.first { $0.hasSuffix(".parquet") })
            #expect(try await inspectError(table + "/data/" + parquet).code == .icebergPathIsFile)
            // Nor is a JSON file that is not table metadata.
            try write(#"{"hello": "world"}"#, to: scratch + "/other.json")
            #expect(try await inspectError(scratch + "/other.json").code == .icebergPathIsFile)
        }
    }

    @Test("a folder that is no table, and a path that does not exist")
    func notATable() async throws {
        try await withScratchDirectory { scratch in
            try write("hello", to: scratch + "/folder/README.txt")
            #expect(try await plugin.detect(at: scratch + "/folder") == nil)
            #expect(try await inspectError(scratch + "/folder").code == .notATable)
            // metadata/ without metadata files is no table either.
            try write("x", to: scratch + "/folder/metadata/snap-1-0-x.avro")
            #expect(try await plugin.detect(at: scratch + "/folder") == nil)
            #expect(try await inspectError(scratch + "/folder").code == .notATable)

            let missing = scratch + "/nothing-here"
            #expect(try await inspectError(missing).code == .tablePathUnreadable)
            let detectError = await thrownError { () async throws(TFMTError) in try await plugin.detect(at: missing) }
            #expect(detectError?.code == .tablePathUnreadable)
        }
    }

    @Test("a loop of symbolic links, at the table and at the metadata file")
    func symbolicLinkLoop() async throws {
        try await withScratchDirectory { scratch in
            try FileManager.default.createSymbolicLink(atPath: scratch + "/a", withDestinationPath: scratch + "/b")
            try FileManager.default.createSymbolicLink(atPath: scratch + "/b", withDestinationPath: scratch + "/a")
            #expect(try await inspectError(scratch + "/a").code == .icebergSymbolicLinkLoop)
            let detectError = await thrownError { () async throws(TFMTError) in
                try await plugin.detect(at: scratch + "/a")
            }
            #expect(detectError?.code == .icebergSymbolicLinkLoop)

            let metadata = scratch + "/table/metadata"
            try FileManager.default.createDirectory(atPath: metadata, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(
                atPath: metadata + "/v1.metadata.json",
                withDestinationPath: metadata + "/v1.metadata.json"
            )
            #expect(try await inspectError(scratch + "/table").code == .icebergSymbolicLinkLoop)
        }
    }

    @Test("a metadata file that cannot be read: a folder in its place")
    func metadataFileIsAFolder() async throws {
        try await withScratchDirectory { scratch in
            try FileManager.default.createDirectory(
                atPath: scratch + "/table/metadata/v1.metadata.json",
                withIntermediateDirectories: true
            )
            #expect(try await inspectError(scratch + "/table").code == .tablePathUnreadable)
        }
    }

    @Test(
        "a folder the daemon may not read",
        .enabled(if: geteuid() != 0, "running as root, which reads every folder")
    )
    func unreadableFolder() async throws {
        try await withScratchDirectory { scratch in
            let table = try SyntheticMetadata.table(in: scratch, SyntheticMetadata.document(formatVersion: 2))
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: table + "/metadata")
            defer {
                _ = try? FileManager.default.setAttributes(
                    [.posixPermissions: 0o755],
                    ofItemAtPath: table + "/metadata"
                )
            }
            #expect(try await inspectError(table).code == .tablePathUnreadable)
            // The table root itself unreadable: stat of metadata/ fails with EACCES.
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: table + "/metadata")
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: table)
            defer { _ = try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: table) }
            #expect(try await inspectError(table).code == .tablePathUnreadable)
            let detectError = await thrownError { () async throws(TFMTError) in try await plugin.detect(at: table) }
            #expect(detectError?.code == .tablePathUnreadable)
        }
    }

    @Test("a metadata file larger than the limit")
    func tooLarge() async throws {
        try await withScratchDirectory { scratch in
            let file = scratch + "/table/metadata/v1.metadata.json"
            try write("{", to: file)
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
            try handle.truncate(atOffset: UInt64(65 << 20))  // sparse: no disk used
            try handle.close()
            let error = try await inspectError(scratch + "/table")
            #expect(error.code == .tablePathUnreadable)
            #expect(error.context["limit"] == .int(64 << 20))
        }
    }
}
