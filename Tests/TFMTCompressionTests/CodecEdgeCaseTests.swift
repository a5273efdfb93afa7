import TFMTCompression
import Testing

@Suite("Codec edge cases")
struct CodecEdgeCaseTests {
    @Test("CRC-32 check values")
    func crc32() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([UInt8]()) == 0)
        var incremental = CRC32()
        incremental.update(with: Array("12345".utf8))
        incremental.update(with: "6789".utf8)
        #expect(incremental.checksum == 0xCBF4_3926)
    }

    @Test("uncompressed input passes through within the limit")
    func uncompressed() throws {
        let bytes: [UInt8] = [1, 2, 3]
        #expect(try Decompressor.decompress(bytes, codec: .uncompressed, expectedSize: 3, limit: 3) == bytes)
        #expect(throws: CompressionError(codec: .uncompressed, reason: "\(3) bytes exceed the bound of 2 bytes")) {
            try Decompressor.decompress(bytes, codec: .uncompressed, expectedSize: nil, limit: 2)
        }
    }

    @Test("negative and oversized stated sizes are refused up front", arguments: CompressionCodec.allCases)
    func statedSizes(codec: CompressionCodec) {
        #expect(throws: CompressionError.self) {
            try Decompressor.decompress([0], codec: codec, expectedSize: -1, limit: 10)
        }
        #expect(throws: CompressionError.self) {
            try Decompressor.decompress([0], codec: codec, expectedSize: 11, limit: 10)
        }
        #expect(throws: CompressionError.self) {
            try Decompressor.decompress([0], codec: codec, expectedSize: nil, limit: -1)
        }
    }

    @Test(
        "empty input is corrupt for every real codec",
        arguments: CompressionCodec.allCases.filter { $0 != .uncompressed }
    )
    func emptyInput(codec: CompressionCodec) {
        #expect(throws: CompressionError.self) {
            try Decompressor.decompress([UInt8](), codec: codec, expectedSize: nil, limit: 100)
        }
    }

    @Test(
        "corrupt snappy blocks",
        arguments: [
            [0x80, 0x80, 0x80, 0x80, 0x80, 0x01],  // preamble longer than five bytes
            [0xFF, 0xFF, 0xFF, 0xFF, 0x1F],  // length above 2^32-1
            [0x05, 0x01, 0x00],  // copy with offset 0... after nothing
            [0x05, 0x00, 0x61, 0x05, 0x05],  // copy from before the start
            [0x05, 0x10, 0x61],  // literal runs past the input
            [0x02, 0x08, 0x61, 0x62, 0x63],  // literal runs past the stated length
            [0x03, 0x00, 0x61],  // decodes short of the stated length
            [0x05, 0xF0],  // literal length extension truncated
            [0x7F, 0x00, 0x61],  // states far more than the input can expand to
        ] as [[UInt8]]
    )
    func corruptSnappy(block: [UInt8]) {
        #expect(throws: CompressionError.self) {
            try Decompressor.decompress(block, codec: .snappy, expectedSize: nil, limit: 1 << 20)
        }
    }

    @Test("a snappy copy may overlap its own output")
    func snappyOverlap() throws {
        // "a", then copy 9 bytes from offset 1: ten a's.
        let block: [UInt8] = [0x0A, 0x00, 0x61, 0x01 | (5 << 2), 0x01]
        #expect(
            try Decompressor.decompress(block, codec: .snappy, expectedSize: 10, limit: 10)
                == Array(repeating: 0x61, count: 10)
        )
    }

    @Test(
        "corrupt LZ4 blocks",
        arguments: [
            [0x10, 0x61, 0x00, 0x00],  // offset zero
            [0x10, 0x61, 0x05, 0x00],  // offset before the start
            [0x50, 0x61],  // literals past the input
            [0xF0, 0xFF, 0xFF],  // length extension truncated
            [0x10, 0x61, 0x01],  // offset truncated
        ] as [[UInt8]]
    )
    func corruptLZ4(block: [UInt8]) {
        #expect(throws: CompressionError.self) {
            try Decompressor.decompress(block, codec: .lz4Raw, expectedSize: nil, limit: 1 << 20)
        }
    }

    @Test("an LZ4 bomb stops at the limit")
    func lz4Bomb() {
        // One literal, then a match of 15 + 255 * 200 + 4 bytes at offset 1.
        let block: [UInt8] = [0x1F, 0x61, 0x01, 0x00] + Array(repeating: 0xFF, count: 200) + [0x00, 0x00]
        #expect(throws: CompressionError.self) {
            try Decompressor.decompress(block, codec: .lz4Raw, expectedSize: nil, limit: 1000)
        }
    }

    @Test("garbage is corrupt for the C-backed codecs", arguments: [CompressionCodec.zstd, .gzip, .deflate])
    func garbage(codec: CompressionCodec) {
        let garbage: [UInt8] = Array("this is not compressed data at all".utf8)
        #expect(throws: CompressionError.self) {
            try Decompressor.decompress(garbage, codec: codec, expectedSize: nil, limit: 1 << 20)
        }
    }

    @Test("trailing bytes after a deflate stream are ignored, after a gzip stream they are corruption")
    func trailingBytes() throws {
        // Raw deflate of "a": a single fixed-Huffman block, then three stray bytes as fastavro leaves them.
        let stream: [UInt8] = [0x4B, 0x04, 0x00]
        #expect(try Decompressor.decompress(stream, codec: .deflate, expectedSize: 1, limit: 10) == [0x61])
        #expect(try Decompressor.decompress(stream + [1, 2, 3], codec: .deflate, expectedSize: 1, limit: 1) == [0x61])
        // gzip of "a" (mtime 0), then a stray byte that cannot start another member.
        let gzip: [UInt8] = [
            0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0xFF, 0x4B, 0x04, 0x00, 0x43, 0xBE, 0xB7, 0xE8, 0x01,
            0x00, 0x00, 0x00,
        ]
        #expect(try Decompressor.decompress(gzip, codec: .gzip, expectedSize: 1, limit: 10) == [0x61])
        #expect(try Decompressor.decompress(gzip + gzip, codec: .gzip, expectedSize: 2, limit: 10) == [0x61, 0x61])
        #expect(throws: CompressionError.self) {
            try Decompressor.decompress(gzip + [0], codec: .gzip, expectedSize: 1, limit: 10)
        }
    }
}
