import Foundation
import TFMTCore
import Testing

/// Paths and helpers the Paimon tests share.
enum TestSupport {
    /// This test target's folder.
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// The repository root (Tests/PaimonPluginTests/../..).
    static let repositoryRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()

    /// The fixtures written by scripts/fixtures/paimon_fixtures.py.
    static let fixturesFolder = testsFolder.appendingPathComponent("Fixtures")

    /// The shared real tables: `TFMT_SHARED_FIXTURES`, else `../shared/fixtures` beside the repository.
    static var sharedFixturesFolder: URL {
        if let override = ProcessInfo.processInfo.environment["TFMT_SHARED_FIXTURES"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures")
    }

    /// The fixture case names, sorted.
    static var fixtureCases: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixturesFolder.path)) ?? []
        return names.filter {
            FileManager.default.fileExists(atPath: fixturesFolder.appendingPathComponent("\($0)/expected.json").path)
        }.sorted()
    }

    /// The `expected` object of a case's expected.json.
    static func expected(at caseFolder: URL) throws -> [String: JSONValue] {
        let data = try Data(contentsOf: caseFolder.appendingPathComponent("expected.json"))
        let document = try JSONDecoder().decode(JSONValue.self, from: data)
        return try #require(document["expected"]?.objectValue, "expected.json has no 'expected' object")
    }

    /// Runs `body` with a fresh temporary folder, removed afterwards.
    static func withScratchDirectory<T>(_ body: (String) async throws -> T) async throws -> T {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("tfmt-paimon-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try await body(folder.path)
    }

    /// Writes `contents` to `path` inside `root`, creating folders.
    static func write(_ contents: String, to path: String, in root: String) throws {
        let url = URL(fileURLWithPath: root).appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: url)
    }

    /// Copies a fixture's table into `root` and returns the copy's path.
    static func copyFixture(_ name: String, into root: String) throws -> String {
        let target = root + "/" + name
        try FileManager.default.copyItem(
            atPath: fixturesFolder.appendingPathComponent("\(name)/table").path,
            toPath: target
        )
        return target
    }
}

/// Small synthetic Paimon metadata for negative and edge cases.
enum SyntheticTable {
    /// A minimal schema file.
    static func schema(
        id: Int = 0,
        version: Int? = 3,
        options: String = "{}",
        primaryKeys: String = "[]",
        partitionKeys: String = "[]",
        fields: String =
            #"[{"id": 0, "name": "id", "type": "BIGINT NOT NULL"}, {"id": 1, "name": "v", "type": "STRING"}]"#
    ) -> String {
        let versionMember = version.map { #""version": \#($0), "# } ?? ""
        return """
            {\(versionMember)"id": \(id), "fields": \(fields), "highestFieldId": 1,
             "partitionKeys": \(partitionKeys), "primaryKeys": \(primaryKeys), "options": \(options),
             "comment": null, "timeMillis": 1700000000000}
            """
    }

    /// A minimal snapshot file.
    static func snapshot(id: Int, schemaId: Int = 0, commitKind: String = "APPEND", extra: String = "") -> String {
        """
        {"version": 3, "id": \(id), "schemaId": \(schemaId), "baseManifestList": "manifest-list-a-0",
         "deltaManifestList": "manifest-list-a-1", "totalRecordCount": 3, "deltaRecordCount": 3,
         "commitUser": "u", "commitIdentifier": 9223372036854775807, "commitKind": "\(commitKind)",
         "timeMillis": 1700000000000\(extra)}
        """
    }

    /// Writes a table with schema-0 and snapshots `1...count` into `root`.
    static func make(in root: String, snapshots count: Int = 1, schema: String = SyntheticTable.schema()) throws {
        try TestSupport.write(schema, to: "schema/schema-0", in: root)
        for id in stride(from: 1, through: count, by: 1) {
            try TestSupport.write(snapshot(id: id), to: "snapshot/snapshot-\(id)", in: root)
        }
        if count > 0 { try TestSupport.write("\(count)", to: "snapshot/LATEST", in: root) }
    }
}
