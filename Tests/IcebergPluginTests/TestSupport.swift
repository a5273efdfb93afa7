import Foundation
import TFMTCore

/// Where the test data is, relative to this file.
enum TestPaths {
    /// `Tests/IcebergPluginTests`.
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path
    /// The repository root.
    static let repository = URL(fileURLWithPath: testsFolder).deletingLastPathComponent().deletingLastPathComponent()
        .path
    /// The fixture tables written by scripts/fixtures/iceberg_fixtures.py.
    static let fixtures = testsFolder + "/Fixtures"
    /// The shared corpus fixtures, beside the repository (`../shared/fixtures`, or `TFMT_SHARED_FIXTURES` when set);
    /// may be absent.
    static let sharedFixtures =
        ProcessInfo.processInfo.environment["TFMT_SHARED_FIXTURES"]
        ?? URL(fileURLWithPath: repository).deletingLastPathComponent().path + "/shared/fixtures"

    /// The fixture cases, by folder name.
    static var fixtureCases: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: fixtures + "/" + $0 + "/expected.json") }.sorted()
    }

    /// The table folder of a fixture case.
    static func table(_ fixtureCase: String) -> String {
        fixtures + "/" + fixtureCase + "/table"
    }
}

/// A scratch folder that is removed after `body`.
func withScratchDirectory<T>(_ body: (String) async throws -> T) async throws -> T {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("tfmt-iceberg-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    defer {
        // Restore permissions that a test took away, so the folder can be removed.
        _ = try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path + "/table")
        try? FileManager.default.removeItem(atPath: path)
    }
    return try await body(path)
}

/// Copies a fixture table into `scratch` and returns the copy's path.
///
/// Contents only: `FileManager.copyItem` also copies the owner, which fails when the tests run as another user than
/// the one who checked the fixtures out.
func copyFixture(_ fixtureCase: String, into scratch: String) throws -> String {
    let source = TestPaths.table(fixtureCase)
    let destination = scratch + "/table"
    try FileManager.default.createDirectory(atPath: destination, withIntermediateDirectories: true)
    for relative in try FileManager.default.subpathsOfDirectory(atPath: source).sorted() {
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: source + "/" + relative, isDirectory: &isDirectory)
        if isDirectory.boolValue {
            try FileManager.default.createDirectory(
                atPath: destination + "/" + relative,
                withIntermediateDirectories: true
            )
        } else {
            let data = try Data(contentsOf: URL(fileURLWithPath: source + "/" + relative))
            try data.write(to: URL(fileURLWithPath: destination + "/" + relative))
        }
    }
    return destination
}

/// Writes `text` to `path`, creating folders on the way.
func write(_ text: String, to path: String) throws {
    try FileManager.default.createDirectory(
        atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path,
        withIntermediateDirectories: true
    )
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
}

/// Runs `body`, which must throw a ``TFMTError``, and returns it; `nil` when it did not throw.
func thrownError(_ body: () async throws(TFMTError) -> some Any) async -> TFMTError? {
    do {
        _ = try await body()
        return nil
    } catch {
        return error
    }
}

/// The names of the files in a table's `metadata/` folder.
func metadataFiles(of table: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: table + "/metadata").sorted()
}
