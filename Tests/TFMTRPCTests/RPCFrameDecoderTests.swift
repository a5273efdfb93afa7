import NIOCore
import NIOEmbedded
import NIOTestUtils
import TFMTRPC
import Testing

@Suite("Frame decoder")
struct RPCFrameDecoderTests {
    static func frame(_ text: String) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.writeRPCFrame(ByteBuffer(string: text))
        return buffer
    }

    @Test("splits frames whatever the byte boundaries")
    func everySplit() throws {
        var input = Self.frame(#"{"a":1}"#)
        input.writeImmutableBuffer(Self.frame(""))
        input.writeImmutableBuffer(Self.frame(String(repeating: "x", count: 300)))
        try ByteToMessageDecoderVerifier.verifyDecoder(
            inputOutputPairs: [
                (
                    input,
                    [
                        ByteBuffer(string: #"{"a":1}"#), ByteBuffer(),
                        ByteBuffer(string: String(repeating: "x", count: 300)),
                    ]
                )
            ],
            decoderFactory: { RPCFrameDecoder(maximumFrameSize: 1024) }
        )
    }

    @Test("refuses a frame whose header announces more than the maximum, before its bytes arrive")
    func tooLarge() throws {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(RPCFrameDecoder(maximumFrameSize: 16)))
        var header = ByteBuffer()
        header.writeInteger(UInt32(17), endianness: .big)
        #expect(throws: RPCFramingError.frameTooLarge(announced: 17, maximum: 16)) {
            try channel.writeInbound(header)
        }
    }

    @Test("a frame of exactly the maximum is accepted")
    func exactlyMaximum() throws {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(RPCFrameDecoder(maximumFrameSize: 4)))
        try channel.writeInbound(Self.frame("abcd"))
        #expect(try channel.readInbound(as: ByteBuffer.self) == ByteBuffer(string: "abcd"))
        #expect(try channel.finish().isClean)
    }

    @Test("a stream that ends inside a frame is reported as truncated")
    func truncated() throws {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(RPCFrameDecoder(maximumFrameSize: 64)))
        var partial = Self.frame("abcdef")
        partial.moveWriterIndex(to: partial.writerIndex - 2)
        try channel.writeInbound(partial)
        #expect(throws: RPCFramingError.truncatedFrame(bufferedBytes: 8)) { try channel.finish() }
    }

    @Test("a length header over 2^31 does not trap")
    func hugeHeader() throws {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(RPCFrameDecoder()))
        var header = ByteBuffer()
        header.writeInteger(UInt32.max, endianness: .big)
        #expect(throws: RPCFramingError.self) { try channel.writeInbound(header) }
    }
}
