import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A fresh folder with a short path under `/tmp` (`/tmp/tfmt-bench-XXXXXX`), so Unix socket paths inside it stay
/// well under the 107 bytes `sun_path` allows.
public struct TemporaryFolder: Sendable {
    /// The folder's absolute path.
    public let path: String

    /// Creates the folder, mode 0700.
    public init() throws {
        var template = Array("/tmp/tfmt-bench-XXXXXX".utf8CString)
        let created = template.withUnsafeMutableBufferPointer { buffer -> String? in
            guard let base = buffer.baseAddress, mkdtemp(base) != nil else { return nil }
            return String(cString: base)
        }
        guard let created else {
            throw BenchmarkFailure("cannot create a temporary folder: \(String(cString: strerror(errno)))")
        }
        path = created
    }

    /// The path of `name` inside the folder.
    public func file(_ name: String) -> String { path + "/" + name }

    /// Writes `contents` to `name` inside the folder and returns the file's path.
    @discardableResult
    public func write(_ contents: String, to name: String) throws -> String {
        let destination = file(name)
        try Data(contents.utf8).write(to: URL(fileURLWithPath: destination))
        return destination
    }

    /// Removes the folder and everything in it.
    public func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
