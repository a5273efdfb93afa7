import Foundation

/// Where the repository and the binaries the benchmarks start live.
public enum RepositoryPaths {
    /// The repository root: `TFMT_REPOSITORY_ROOT`, or the folder two levels above this package
    /// (`<root>/Benchmarks/Sources/TFMTBenchmarkSupport/RepositoryPaths.swift`).
    public static let root: String = {
        if let explicit = ProcessInfo.processInfo.environment["TFMT_REPOSITORY_ROOT"], !explicit.isEmpty {
            return explicit
        }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // TFMTBenchmarkSupport
            .deletingLastPathComponent()  // Sources
            .deletingLastPathComponent()  // Benchmarks
            .deletingLastPathComponent()  // the repository
            .path
    }()

    /// The tfmtd binary to start: `TFMTD`, else the main package's release build, else its debug build.
    ///
    /// - Throws: ``BenchmarkFailure`` when none exists, saying how to build one.
    public static func tfmtd() throws -> String {
        var candidates: [String] = []
        if let explicit = ProcessInfo.processInfo.environment["TFMTD"], !explicit.isEmpty {
            candidates.append(explicit)
        }
        candidates += [root + "/.build/release/tfmtd", root + "/.build/debug/tfmtd"]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw BenchmarkFailure(
                "no tfmtd binary (tried \(candidates.joined(separator: ", "))); build one with "
                    + "`swift build -c release --product tfmtd` in \(root), or run `make bench`"
            )
        }
        return found
    }

    /// Whether `path` is a release build, for the report.
    public static func isReleaseBuild(_ path: String) -> Bool {
        path.contains("/release/")
    }
}
