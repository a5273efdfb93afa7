import TFMTCore

#if canImport(Glibc)
import Glibc
#endif

/// Prepares a socket path for binding: creates the parent folder, refuses when a live daemon answers there, removes
/// a stale socket left by a daemon that died, and never removes anything that is not a socket.
enum SocketPath {
    static func prepare(_ path: String) throws(TFMTError) {
        guard path.utf8.count <= 107 else {
            throw TFMTError(
                .socketBindFailed,
                "the socket path is \(path.utf8.count) bytes; Unix sockets allow at most 107",
                context: ["socket": .string(path)],
                resolution: ["Choose a shorter socket path (socket.path in the configuration, or --socket)."]
            )
        }
        try createParent(of: path)
        var info = stat()
        guard lstat(path, &info) == 0 else { return }  // nothing there
        guard info.st_mode & S_IFMT == S_IFSOCK else {
            throw TFMTError(
                .socketBindFailed,
                "\(path) exists and is not a socket; tfmtd will not replace it",
                context: ["socket": .string(path)],
                resolution: ["Move the file away or choose another socket path (--socket or socket.path)."]
            )
        }
        if isLive(path) {
            throw TFMTError(
                .socketInUse,
                "another tfmtd already answers on \(path)",
                context: ["socket": .string(path)],
                resolution: [
                    "Use the running daemon (tfmtctl --socket \(path) status), or stop it first.",
                    "To run a second daemon, give it its own socket with --socket PATH.",
                ]
            )
        }
        unlink(path)  // a stale socket: its daemon is gone
    }

    /// Whether something accepts connections on the socket at `path`.
    static func isLive(_ path: String) -> Bool {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in bytes.prefix(buffer.count - 1).enumerated() { buffer[index] = byte }
        }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        return result == 0
    }

    /// The path a listening Unix socket is bound to (for a socket systemd passes), or `nil` when it has none.
    static func boundPath(of descriptor: Int32) -> String? {
        var address = sockaddr_un()
        var length = socklen_t(MemoryLayout<sockaddr_un>.size)
        let result = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard result == 0, address.sun_family == sa_family_t(AF_UNIX) else { return nil }
        let path = withUnsafeBytes(of: &address.sun_path) { buffer in
            String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self)
        }
        // An abstract or unnamed socket has no path to report.
        return path.hasPrefix("/") ? path : nil
    }

    private static func createParent(of path: String) throws(TFMTError) {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return }
        let parent = String(path[..<slash])
        var partial = ""
        for component in parent.split(separator: "/") {
            partial += "/" + component
            if mkdir(partial, 0o755) != 0 && errno != EEXIST {
                let reason = String(cString: strerror(errno))
                throw TFMTError(
                    .socketBindFailed,
                    "cannot create the socket's folder \(partial): \(reason)",
                    context: ["socket": .string(path), "folder": .string(partial), "reason": .string(reason)],
                    resolution: [
                        "Create the folder with write access for the user running tfmtd, or choose another socket "
                            + "path; under systemd, RuntimeDirectory=tfmt creates /run/tfmt."
                    ]
                )
            }
        }
    }
}
