import Foundation
import HudiPlugin
import TFMTCore

/// Where the shared fixtures and the repository are, and scratch folders for synthetic tables.
enum HudiTestSupport {
    /// The repository root: this file is `Tests/HudiPluginTests/Support/HudiTestSupport.swift`.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `../shared/fixtures/hudi` beside the repository, or `$TFMT_SHARED_FIXTURES/hudi`; `nil` when absent.
    static var hudiFixtures: URL? {
        let base: URL
        if let override = ProcessInfo.processInfo.environment["TFMT_SHARED_FIXTURES"], !override.isEmpty {
            base = URL(fileURLWithPath: override)
        } else {
            base = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures")
        }
        let hudi = base.appendingPathComponent("hudi")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: hudi.path, isDirectory: &isDirectory), isDirectory.boolValue
        else { return nil }
        return hudi
    }

    /// The fixture cases, by folder name; empty when the fixtures are absent.
    static var fixtureCases: [String] {
        guard let root = hudiFixtures,
            let names = try? FileManager.default.contentsOfDirectory(atPath: root.path)
        else { return [] }
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Runs `body` with a fresh folder that is removed afterwards.
    static func withScratchDirectory<T>(_ body: (String) async throws -> T) async throws -> T {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tfmt-hudi-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try await body(path)
    }

    /// Writes `contents` at `relative` inside `root`, creating folders.
    static func write(_ contents: some DataProtocol, at relative: String, in root: String) throws {
        let url = URL(fileURLWithPath: root).appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents).write(to: url)
    }

    /// Writes text at `relative` inside `root`.
    static func write(_ text: String, at relative: String, in root: String) throws {
        try write(Data(text.utf8), at: relative, in: root)
    }
}
