#if canImport(Glibc)
import Glibc
#endif

/// A datagram socket standing in for systemd's `NOTIFY_SOCKET`: the daemon sends `READY=1` and friends to it.
///
/// ``waitFor(_:timeout:)`` blocks in `poll(2)`, so a message is seen the moment it arrives rather than at the next
/// tick of a polling loop; that matters when the wait itself is what is measured.
public final class NotifySocket: Sendable {
    /// The socket's path, for `NOTIFY_SOCKET`.
    public let path: String
    private let descriptor: Int32

    /// Binds a datagram socket at `path`, replacing a leftover file there.
    public init(path: String) throws {
        unlink(path)
        let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw BenchmarkFailure("socket(AF_UNIX, SOCK_DGRAM): \(lastError())") }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            close(descriptor)
            throw BenchmarkFailure("the socket path \(path) is too long")
        }
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in bytes.enumerated() { buffer[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard bound == 0 else {
            let reason = lastError()
            close(descriptor)
            throw BenchmarkFailure("cannot bind the notify socket \(path): \(reason)")
        }
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
        unlink(path)
    }

    /// Discards every message already waiting.
    public func drain() {
        while receive(timeoutMilliseconds: 0) != nil {}
    }

    /// Waits until a message carrying the line `line` (such as `READY=1`) arrives, or until `timeout` passes.
    ///
    /// - Returns: Every message received while waiting, the matching one last; `nil` on timeout.
    public func waitFor(_ line: String, timeout: Duration) -> [String]? {
        let deadline = ContinuousClock.now + timeout
        var received: [String] = []
        while true {
            let remaining = ContinuousClock.now.duration(to: deadline)
            guard remaining > .zero else { return nil }
            let milliseconds = Int32(min(remaining.components.seconds * 1000 + 1, 1000))
            guard let message = receive(timeoutMilliseconds: milliseconds) else { continue }
            received.append(message)
            if message.split(separator: "\n").contains(where: { $0 == line }) { return received }
        }
    }

    /// One datagram, waiting at most `timeoutMilliseconds`.
    private func receive(timeoutMilliseconds: Int32) -> String? {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, timeoutMilliseconds) == 1 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
        guard count > 0 else { return nil }
        return String(decoding: buffer.prefix(count), as: UTF8.self)
    }
}

/// `strerror(errno)`, as text.
func lastError() -> String { String(cString: strerror(errno)) }
