/// Checks and normalizes the file-system paths the configuration names.
///
/// Normalizing is lexical (`/data//sales/./x/..` → `/data/sales`): the daemon compares watched tables with
/// `tables.roots` before the paths exist, and it resolves symbolic links again when it opens them.
enum PathSyntax {
    /// Whether `path` starts at the root directory.
    static func isAbsolute(_ path: String) -> Bool { path.hasPrefix("/") }

    /// `path` without empty and `.` components, with `..` applied, and without a trailing slash.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(part)
            }
        }
        let body = parts.joined(separator: "/")
        return isAbsolute(path) ? "/" + body : body
    }

    /// Whether `path` is `root` or lies below it; both must be normalized.
    static func path(_ path: String, isInside root: String) -> Bool {
        root == "/" || path == root || path.hasPrefix(root + "/")
    }

    /// `path` resolved against `directory` when it is relative.
    static func resolve(_ path: String, against directory: String) -> String {
        isAbsolute(path) ? path : normalized(directory + "/" + path)
    }
}
