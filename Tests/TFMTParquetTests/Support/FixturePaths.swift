#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Locates fixtures relative to this source file, so tests run from any working directory without bundles.
enum FixturePaths {
    /// `Tests/TFMTParquetTests`.
    static let testsDirectory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The repository root.
    static let repositoryRoot: URL = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()

    /// The committed Parquet fixtures and their expected JSON.
    static let fixtures: URL = testsDirectory.appendingPathComponent("Fixtures")

    /// The shared real-table fixtures beside the repository (`../shared/fixtures`), or where `TFMT_SHARED_FIXTURES`
    /// points (for checkouts that live elsewhere).
    static let sharedFixtures: URL = {
        if let override = ProcessInfo.processInfo.environment["TFMT_SHARED_FIXTURES"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures")
    }()

    /// The names (without extension) of the committed Parquet fixtures.
    static var parquetFixtureNames: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
        return names.filter { $0.hasSuffix(".parquet") }.map { String($0.dropLast(".parquet".count)) }.sorted()
    }

    static func fixture(_ name: String, _ extension: String = "parquet") -> URL {
        fixtures.appendingPathComponent("\(name).\(`extension`)")
    }

    /// The file system path of a committed fixture.
    static func path(_ name: String, _ extension: String = "parquet") -> String {
        fixture(name, `extension`).path
    }
}
