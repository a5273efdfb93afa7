import NIOCore

/// Splits a byte stream into frames: a 4-byte unsigned big-endian length N, then N bytes of UTF-8 JSON.
///
/// swift-nio-extras' `LengthFieldBasedFrameDecoder` only stops at `Int32.max`, and capping the buffer instead lets a
/// peer make us buffer up to the cap before anything is said. This decoder refuses a frame the moment its header
/// announces more than ``maximumFrameSize``, so the server can answer with an error and close at once. Outbound frames
/// use nio-extras' `LengthFieldPrepender`.
public struct RPCFrameDecoder: NIOSingleStepByteToMessageDecoder, Sendable {
    public typealias InboundOut = ByteBuffer

    /// The largest frame accepted, in bytes of JSON (the 4-byte header excluded).
    public let maximumFrameSize: Int

    /// The default maximum frame size, 16 MiB.
    public static let defaultMaximumFrameSize = 16 * 1024 * 1024

    public init(maximumFrameSize: Int = RPCFrameDecoder.defaultMaximumFrameSize) {
        self.maximumFrameSize = maximumFrameSize
    }

    public mutating func decode(buffer: inout ByteBuffer) throws -> ByteBuffer? {
        guard let length = buffer.getInteger(at: buffer.readerIndex, endianness: .big, as: UInt32.self) else {
            return nil
        }
        guard length <= maximumFrameSize else {
            throw RPCFramingError.frameTooLarge(announced: Int(length), maximum: maximumFrameSize)
        }
        guard buffer.readableBytes >= 4 + Int(length) else { return nil }
        buffer.moveReaderIndex(forwardBy: 4)
        return buffer.readSlice(length: Int(length))
    }

    public mutating func decodeLast(buffer: inout ByteBuffer, seenEOF: Bool) throws -> ByteBuffer? {
        if let frame = try decode(buffer: &buffer) { return frame }
        if buffer.readableBytes > 0 {
            throw RPCFramingError.truncatedFrame(bufferedBytes: buffer.readableBytes)
        }
        return nil
    }
}

/// Why a byte stream could not be split into frames. After any of these the connection is out of step and must be
/// closed.
public enum RPCFramingError: Error, Sendable, Hashable {
    /// A header announced a frame larger than the maximum.
    case frameTooLarge(announced: Int, maximum: Int)
    /// The stream ended inside a frame.
    case truncatedFrame(bufferedBytes: Int)
}

extension ByteBuffer {
    /// Appends `payload` as one frame (length header, then the bytes), for writers that bypass the channel pipeline.
    public mutating func writeRPCFrame(_ payload: ByteBuffer) {
        writeInteger(UInt32(payload.readableBytes), endianness: .big)
        writeImmutableBuffer(payload)
    }
}
