import TFMTCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the configuration file's bytes with POSIX calls, so every failure names its cause (missing, a directory,
/// permission denied, too large) and a huge or endless file (`/dev/zero`) is never read whole.
enum ConfigFile {
    enum Failure: Error {
        case missing
        case unreadable(TFMTError)
    }

    /// The file's bytes, at most `limit` of them.
    static func read(path: String, limit: Int) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT { return .failure(.missing) }
            return .failure(.unreadable(unreadable(path, reason: describe(errno: code), errno: code)))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let code = errno
            return .failure(.unreadable(unreadable(path, reason: describe(errno: code), errno: code)))
        }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            let isDirectory = (status.st_mode & S_IFMT) == S_IFDIR
            return .failure(
                .unreadable(unreadable(path, reason: isDirectory ? "it is a directory" : "it is not a regular file"))
            )
        }
        guard Int(status.st_size) <= limit else {
            return .failure(.unreadable(tooLarge(path, size: Int(status.st_size), limit: limit)))
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress, buffer.count)
            }
            if count == 0 { break }
            if count < 0 {
                let code = errno
                if code == EINTR { continue }
                return .failure(.unreadable(unreadable(path, reason: describe(errno: code), errno: code)))
            }
            bytes.append(contentsOf: chunk.prefix(count))
            // The file may grow between fstat and read; the limit holds either way.
            if bytes.count > limit {
                return .failure(.unreadable(tooLarge(path, size: bytes.count, limit: limit)))
            }
        }
        return .success(bytes)
    }

    static func tooLarge(_ path: String, size: Int, limit: Int) -> TFMTError {
        TFMTError(
            .configFileTooLarge,
            "the configuration file is \(ByteSizeSyntax.format(size)), more than the \(ByteSizeSyntax.format(limit)) tfmt reads",
            context: ["file": .string(path), "found": JSONValue(size), "range": .string("at most \(limit) bytes")],
            resolution: [
                "Check that \(path) is the configuration file you meant; a tfmt configuration is a few kilobytes.",
                "Remove what does not belong in it (logs, data, generated lists).",
            ]
        )
    }

    private static func unreadable(_ path: String, reason: String, errno code: Int32? = nil) -> TFMTError {
        var context: [String: JSONValue] = ["file": .string(path), "reason": .string(reason)]
        if let code { context["errno"] = JSONValue(Int(code)) }
        var resolution: [String] = []
        if code == EACCES || code == EPERM {
            resolution.append(
                "Let the daemon's user read \(path), for example: chgrp tfmt \(path) && chmod 0640 \(path)."
            )
        } else {
            resolution.append("Point --config at the YAML configuration file, for example /etc/tfmt/tfmtd.yaml.")
        }
        resolution.append("Run tfmtd without --config to start with the built-in defaults.")
        return TFMTError(
            .configFileUnreadable,
            "cannot read the configuration file \(path): \(reason)",
            context: context,
            resolution: resolution
        )
    }

    static func missing(_ path: String) -> TFMTError {
        TFMTError(
            .configFileUnreadable,
            "cannot read the configuration file \(path): it does not exist",
            context: ["file": .string(path), "reason": "it does not exist"],
            resolution: [
                "Create \(path) (config/tfmtd.example.yaml in the sources lists every key), or correct the path given "
                    + "to --config.",
                "Run tfmtd without --config to start with the built-in defaults.",
            ]
        )
    }

    private static func describe(errno code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "permission denied"
        case ENOTDIR: return "a component of the path is not a directory"
        case ELOOP: return "too many symbolic links"
        case ENAMETOOLONG: return "the path is too long"
        case EISDIR: return "it is a directory"
        default: return String(cString: strerror(code))
        }
    }
}

/// `read(2)`; the enum's own `read(path:limit:)` hides the C function's name inside it.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(descriptor, buffer, count)
    #elseif canImport(Musl)
    Musl.read(descriptor, buffer, count)
    #else
    Darwin.read(descriptor, buffer, count)
    #endif
}
