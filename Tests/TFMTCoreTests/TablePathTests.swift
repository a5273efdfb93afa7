import Foundation
import Testing

@testable import TFMTCore

@Suite("Table paths")
struct TablePathTests {
    static func scratch() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tfmt-path-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path + "/data/sales", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: path + "/data2", withIntermediateDirectories: true)
        return path
    }

    @Test("resolves symbolic links to the real path")
    func followsLinks() throws {
        let root = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: root + "/data/sales")
        let resolved = try TablePath.resolve(root + "/link")
        #expect(resolved.hasSuffix("/data/sales"))
    }

    @Test("a link out of the table roots is refused")
    func linkOutsideRoots() throws {
        let root = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(atPath: root + "/data/escape", withDestinationPath: root + "/data2")
        let error = #expect(throws: TFMTError.self) {
            try TablePath.resolve(root + "/data/escape", roots: [root + "/data"])
        }
        #expect(error?.code == .pathOutsideTableRoots)
        #expect(try TablePath.resolve(root + "/data/sales", roots: [root + "/data/"]).hasSuffix("/data/sales"))
    }

    @Test("a symbolic link loop, a missing path and a relative path are structured errors")
    func failures() throws {
        let root = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(atPath: root + "/a", withDestinationPath: root + "/b")
        try FileManager.default.createSymbolicLink(atPath: root + "/b", withDestinationPath: root + "/a")
        for path in [root + "/a", root + "/missing", "relative/path"] {
            let error = #expect(throws: TFMTError.self) { try TablePath.resolve(path) }
            #expect(error?.code == .tablePathUnreadable, "\(path)")
            #expect(error?.resolution.isEmpty == false)
        }
    }

    @Test(
        "inside means component-wise",
        arguments: [
            ("/data/x", "/data", true), ("/data", "/data", true), ("/data2", "/data", false), ("/x", "/", true),
            ("/data/x", "/data/", true),
        ]
    )
    func inside(_ path: String, _ root: String, _ expected: Bool) {
        #expect(TablePath.isInside(path, root: root) == expected)
    }
}
