import Foundation

/// Where the tests find their tables: the project's own fixtures beside the tests, the repository root, and the
/// shared corpus at `../shared/fixtures` from the root (`TFMT_SHARED_FIXTURES` overrides it).
enum FixturePaths {
    /// `Tests/DeltaPluginTests/Fixtures`.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The repository root.
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/fixtures/delta`.
    static let sharedDelta: URL = {
        if let override = ProcessInfo.processInfo.environment["TFMT_SHARED_FIXTURES"] {
            return URL(fileURLWithPath: override).appendingPathComponent("delta")
        }
        return repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures/delta")
    }()

    /// Whether the shared corpus is there.
    static var hasSharedFixtures: Bool { FileManager.default.fileExists(atPath: sharedDelta.path) }

    /// The names of the project's own fixture cases.
    static var ownCases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []).filter { name in
            FileManager.default.fileExists(atPath: fixtures.appendingPathComponent(name + "/expected.json").path)
        }.sorted()
    }
}
