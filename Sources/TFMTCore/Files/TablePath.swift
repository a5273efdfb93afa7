#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a path a user gave into the real path of a table folder (or metadata file), or a structured error.
///
/// Symbolic links are followed so that a link cannot smuggle a path outside the configured table roots; a loop, a
/// missing path or one the daemon may not read each say so.
public enum TablePath {
    /// The real, absolute path of `path`.
    ///
    /// - Parameters:
    ///   - path: An absolute path (clients make relative paths absolute against their own working directory).
    ///   - roots: When not empty, the real path must lie under one of these folders.
    /// - Throws: ``TFMTError`` with ``TFMTError/Code/tablePathUnreadable`` (missing, loop, not readable) or
    ///   ``TFMTError/Code/pathOutsideTableRoots``.
    public static func resolve(_ path: String, roots: [String] = []) throws(TFMTError) -> String {
        guard path.hasPrefix("/") else {
            throw TFMTError(
                .tablePathUnreadable,
                "'\(path)' is not an absolute path",
                context: ["path": .string(path)],
                resolution: ["Give the table's absolute path; tfmtctl makes relative paths absolute for you."]
            )
        }
        guard let resolved = realPath(path) else {
            let code = errno
            let reason = String(cString: strerror(code))
            var resolution = ["Check the path: ls -ld \(path)."]
            if code == ELOOP {
                resolution = ["A symbolic link in \(path) points back at itself; fix or remove the link."]
            } else if code == EACCES {
                resolution = [
                    "Let the user running tfmtd read every folder on the path (ls -ld each one).",
                    "Under systemd, check ProtectHome= and ReadOnlyPaths= in the tfmtd unit.",
                ]
            }
            throw TFMTError(
                .tablePathUnreadable,
                "cannot resolve \(path): \(reason)",
                context: ["path": .string(path), "reason": .string(reason), "errno": .int(Int64(code))],
                resolution: resolution
            )
        }
        if !roots.isEmpty {
            let realRoots = roots.map { realPath($0) ?? $0 }
            guard realRoots.contains(where: { isInside(resolved, root: $0) }) else {
                throw TFMTError(
                    .pathOutsideTableRoots,
                    "\(resolved) is outside the folders tables may be read from",
                    context: ["path": .string(path), "resolved": .string(resolved), "roots": JSONValue(roots)],
                    resolution: [
                        "Inspect a table under one of: \(roots.joined(separator: ", ")).",
                        "Or add its folder to tables.roots in the configuration and reload (systemctl reload tfmtd).",
                    ]
                )
            }
        }
        return resolved
    }

    /// Whether `path` is `root` or lies below it (component-wise, so `/data2` is not inside `/data`).
    public static func isInside(_ path: String, root: String) -> Bool {
        let trimmedRoot = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
        return path == trimmedRoot || path.hasPrefix(trimmedRoot == "/" ? "/" : trimmedRoot + "/")
    }

    private static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
