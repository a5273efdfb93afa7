import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// A datagram socket that stands in for systemd's `NOTIFY_SOCKET` and records every message tfmtd sends, in order.
///
/// Reads never block a thread: ``waitFor(_:after:timeout:where:)`` drains what has arrived and polls again a few
/// milliseconds later.
final class NotifyListener: Sendable {
    /// The socket's path, for `NOTIFY_SOCKET`.
    let path: String
    private let descriptor: Int32
    private let received = Mutex<[NotifyMessage]>([])

    /// Binds a datagram socket at `path`.
    init(path: String) throws {
        let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw E2EFailure("socket(AF_UNIX, SOCK_DGRAM): \(Self.lastError())") }
        let bound = try UnixSocketAddress.with(path) { address, length in bind(descriptor, address, length) }
        guard bound == 0, fcntl(descriptor, F_SETFL, O_NONBLOCK) == 0 else {
            let reason = Self.lastError()
            close(descriptor)
            throw E2EFailure("cannot bind the notify socket \(path): \(reason)")
        }
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Every message received so far.
    var messages: [NotifyMessage] {
        drain()
        return received.withLock { $0 }
    }

    /// How many messages have been received so far; pass it as `after` to wait only for what comes next.
    var count: Int { messages.count }

    /// Waits for the first message after the first `after` ones that satisfies `predicate`.
    ///
    /// - Returns: The message and its index, to wait for what follows it.
    @discardableResult
    func waitFor(
        _ what: String,
        after: Int = 0,
        timeout: Duration = .seconds(10),
        where predicate: (NotifyMessage) -> Bool
    ) async throws -> (index: Int, message: NotifyMessage) {
        do {
            return try await Polling.until(what, timeout: timeout) {
                let all = messages
                guard after < all.count else { return nil }
                return all.indices[after...].first { predicate(all[$0]) }.map { ($0, all[$0]) }
            }
        } catch let failure as E2EFailure {
            throw E2EFailure("\(failure); received: \(messages.map(\.description))")
        }
    }

    /// Waits for a message that sets `key` (to `1` unless `value` says otherwise).
    @discardableResult
    func waitFor(
        _ key: String,
        _ value: String = "1",
        after: Int = 0,
        timeout: Duration = .seconds(10)
    ) async throws -> (index: Int, message: NotifyMessage) {
        try await waitFor("\(key)=\(value)", after: after, timeout: timeout) { $0.has(key, value) }
    }

    /// Reads every datagram waiting on the socket; under the lock, so concurrent readers keep the order.
    private func drain() {
        received.withLock { received in
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
                guard count > 0 else { return }
                received.append(
                    NotifyMessage(text: String(decoding: buffer.prefix(count), as: UTF8.self), receivedAt: .now)
                )
            }
        }
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}
