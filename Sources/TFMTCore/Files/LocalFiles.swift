#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file-system questions plugins ask of a table folder, answered with structured errors.
public enum LocalFiles {
    /// What a path is.
    public enum Kind: Sendable, Hashable {
        case file
        case directory
    }

    /// What `path` is, or `nil` when nothing is there (symbolic links are followed).
    public static func kind(at path: String) -> Kind? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT == S_IFDIR ? .directory : .file
    }

    /// The names in a directory, sorted, without `.` and `..`.
    ///
    /// - Throws: ``TFMTError/Code/tablePathUnreadable`` when the directory cannot be listed.
    public static func contents(ofDirectory path: String) throws(TFMTError) -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: path).sorted()
        } catch {
            throw unreadable(path, error)
        }
    }

    /// The whole file, when it is no larger than `limit` bytes.
    ///
    /// - Throws: ``TFMTError/Code/tablePathUnreadable`` when it cannot be read or is larger than `limit`.
    public static func read(_ path: String, limit: Int) throws(TFMTError) -> [UInt8] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            throw unreadable(path, error)
        }
        guard data.count <= limit else {
            throw TFMTError(
                .tablePathUnreadable,
                "\(path) is \(data.count) bytes, more than the \(limit) bytes allowed for it",
                context: ["path": .string(path), "size": .int(Int64(data.count)), "limit": .int(Int64(limit))],
                resolution: ["Check that the file is what it claims to be; metadata files of this kind are small."]
            )
        }
        return [UInt8](data)
    }

    /// `path` made absolute against the current directory, with `.` and `..` removed and symbolic links resolved.
    public static func absolute(_ path: String) -> String {
        let base = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: base).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// `name` inside the folder `directory`.
    public static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    private static func unreadable(_ path: String, _ error: any Error) -> TFMTError {
        TFMTError(
            .tablePathUnreadable,
            "cannot read \(path)",
            context: ["path": .string(path), "reason": .string(String(describing: error))],
            resolution: [
                "Check that the path exists and that the user running tfmtd may read it (ls -ld \(path)).",
                "Under systemd, check ReadOnlyPaths= and ProtectHome= in the tfmtd unit.",
            ]
        )
    }
}
