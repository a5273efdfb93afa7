import Foundation
import TFMTCore

#if canImport(Glibc)
import Glibc
#endif

/// A client socket that writes arbitrary bytes to tfmtd and reads frames back, for the inputs a well-behaved client
/// never sends: truncated frames, oversized lengths, bytes that are not UTF-8 or not JSON.
///
/// The socket is non-blocking; reads poll with a deadline and sleep between attempts, so no thread is held.
final class RawConnection {
    /// What a read found.
    enum Event: Equatable {
        case frame([UInt8])
        /// The daemon closed the connection (or reset it).
        case closed
    }

    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private var sawEnd = false

    /// Connects to the socket at `path`.
    init(socketPath path: String) throws {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw E2EFailure("socket(AF_UNIX, SOCK_STREAM): \(Self.lastError())") }
        let connected = try UnixSocketAddress.with(path) { address, length in connect(descriptor, address, length) }
        guard connected == 0 else {
            let reason = Self.lastError()
            Glibc.close(descriptor)
            throw E2EFailure("cannot connect to \(path): \(reason)")
        }
        _ = fcntl(descriptor, F_SETFL, O_NONBLOCK)
        self.descriptor = descriptor
    }

    deinit {
        if descriptor >= 0 { Glibc.close(descriptor) }
    }

    /// Writes `bytes` as they are.
    func write(_ bytes: [UInt8]) async throws {
        var offset = 0
        let deadline = ContinuousClock.now + .seconds(10)
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes {
                send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if written > 0 {
                offset += written
            } else if written < 0, errno == EAGAIN || errno == EWOULDBLOCK, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(5))
            } else {
                throw E2EFailure("write failed after \(offset) of \(bytes.count) bytes: \(Self.lastError())")
            }
        }
    }

    /// Writes `payload` as one frame: its length as 4 big-endian bytes, then the bytes.
    func writeFrame(_ payload: [UInt8]) async throws {
        try await write(Self.frame(payload))
    }

    /// Writes `json` as one frame.
    func writeFrame(_ json: String) async throws {
        try await writeFrame(Array(json.utf8))
    }

    /// Sends a request and returns the next frame, decoded.
    func call(_ json: String, timeout: Duration = .seconds(10)) async throws -> JSONValue {
        try await writeFrame(json)
        return try await readJSON(timeout: timeout)
    }

    /// Reads the next frame or the end of the connection.
    func read(timeout: Duration = .seconds(10)) async throws -> Event {
        try await Polling.until("a frame or the end of the connection", timeout: timeout, interval: .milliseconds(5)) {
            if let frame = takeFrame() { return .frame(frame) }
            if sawEnd { return .closed }
            fill()
            if let frame = takeFrame() { return .frame(frame) }
            return sawEnd ? .closed : nil
        }
    }

    /// Reads the next frame and decodes it as JSON.
    func readJSON(timeout: Duration = .seconds(10)) async throws -> JSONValue {
        switch try await read(timeout: timeout) {
        case .frame(let bytes):
            do {
                return try JSONDecoder().decode(JSONValue.self, from: Data(bytes))
            } catch {
                throw E2EFailure("the daemon sent a frame that is not JSON: \(String(decoding: bytes, as: UTF8.self))")
            }
        case .closed:
            throw E2EFailure("the daemon closed the connection instead of answering")
        }
    }

    /// Reads until the daemon closes the connection and returns the frames it sent before.
    func readUntilClosed(timeout: Duration = .seconds(10)) async throws -> [JSONValue] {
        var frames: [JSONValue] = []
        while case .frame(let bytes) = try await read(timeout: timeout) {
            frames.append((try? JSONDecoder().decode(JSONValue.self, from: Data(bytes))) ?? .string("<not JSON>"))
        }
        return frames
    }

    /// Closes the sending half: the daemon reads the end of the stream, the connection can still be read.
    func shutdownWrite() {
        shutdown(descriptor, Int32(SHUT_WR))
    }

    /// Closes the connection.
    func close() {
        if descriptor >= 0 { Glibc.close(descriptor) }
        descriptor = -1
    }

    /// `payload` with its 4-byte big-endian length in front.
    static func frame(_ payload: [UInt8]) -> [UInt8] {
        let length = UInt32(payload.count)
        return [UInt8(length >> 24), UInt8(length >> 16 & 0xff), UInt8(length >> 8 & 0xff), UInt8(length & 0xff)]
            + payload
    }

    /// Reads what the socket holds now, without waiting.
    private func fill() {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while !sawEnd {
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                buffer.append(contentsOf: chunk.prefix(count))
            } else if count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
                sawEnd = true  // end of stream, or reset by the peer
            } else {
                return
            }
        }
    }

    private func takeFrame() -> [UInt8]? {
        guard buffer.count >= 4 else { return nil }
        let length = buffer.prefix(4).reduce(0) { $0 << 8 | Int($1) }
        guard buffer.count >= 4 + length else { return nil }
        let frame = Array(buffer[4..<(4 + length)])
        buffer.removeFirst(4 + length)
        return frame
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}
