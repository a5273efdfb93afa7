import TFMTCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a path is, told apart from the ways it can fail to be anything: missing, a loop of symbolic links, or hidden
/// behind a folder the daemon may not search.
enum PathProbe {
    /// What was found at a path.
    enum Kind: Sendable, Hashable {
        case file
        case directory
    }

    /// What `path` is (symbolic links followed), or `nil` when nothing is there.
    ///
    /// - Throws: ``TFMTError/Code/icebergSymbolicLinkLoop`` for a loop of symbolic links,
    ///   ``TFMTError/Code/tablePathUnreadable`` when a folder on the way may not be searched or the path cannot be
    ///   examined for another reason.
    static func kind(at path: String) throws(TFMTError) -> Kind? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            switch code {
            case ENOENT, ENOTDIR:
                return nil
            case ELOOP:
                throw .icebergSymbolicLinkLoop(path)
            default:
                throw .icebergPathUnexaminable(path, reason: String(cString: strerror(code)))
            }
        }
        return info.st_mode & S_IFMT == S_IFDIR ? .directory : .file
    }
}
