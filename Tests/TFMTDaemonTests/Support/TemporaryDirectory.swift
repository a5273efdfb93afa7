import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A fresh folder with a short path under `/tmp` (`/tmp/tfmt-XXXXXX`), so the Unix socket paths inside it stay well
/// under the 107 bytes `sun_path` allows.
struct TemporaryDirectory: Sendable {
    /// The folder's absolute path.
    let path: String

    /// Creates the folder with `mode` (`0o777` lets another user, such as `nobody`, reach a socket inside).
    init(mode: mode_t = 0o700) throws {
        var template = Array("/tmp/tfmt-XXXXXX".utf8CString)
        let created = template.withUnsafeMutableBufferPointer { buffer -> String? in
            guard let base = buffer.baseAddress, mkdtemp(base) != nil else { return nil }
            return String(cString: base)
        }
        guard let created else {
            throw E2EFailure("cannot create a temporary folder: \(String(cString: strerror(errno)))")
        }
        guard chmod(created, mode) == 0 else {
            throw E2EFailure("cannot chmod \(created): \(String(cString: strerror(errno)))")
        }
        path = created
    }

    /// The path of `name` inside the folder.
    func file(_ name: String) -> String { path + "/" + name }

    /// Writes `contents` to `name` inside the folder, replacing what is there, and returns the file's path.
    @discardableResult
    func write(_ contents: String, to name: String) throws -> String {
        let destination = file(name)
        try Data(contents.utf8).write(to: URL(fileURLWithPath: destination))
        return destination
    }

    /// Removes the folder and everything in it.
    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
