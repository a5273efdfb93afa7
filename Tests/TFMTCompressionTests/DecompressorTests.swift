import Foundation
import TFMTCompression
import Testing

@Suite("Decompressor against reference outputs")
struct DecompressorReferenceTests {
    @Test("the manifest lists every codec")
    func manifestCoversCodecs() {
        let codecs = Set(CompressionFixture.all.compactMap(\.compressionCodec))
        #expect(codecs == Set(CompressionCodec.allCases).subtracting([.uncompressed]))
    }

    @Test("decodes the reference output to the payload's size and CRC-32", arguments: CompressionFixture.all)
    func decodesReference(fixture: CompressionFixture) throws {
        let codec = try #require(fixture.compressionCodec)
        let input = try fixture.compressed()
        for expected in [fixture.size, nil] {
            let output = try Decompressor.decompress(input, codec: codec, expectedSize: expected, limit: 1 << 24)
            #expect(output.count == fixture.size)
            #expect(CRC32.checksum(output) == fixture.crc32)
        }
    }

    @Test("decodes an array slice and a non-contiguous collection alike", arguments: CompressionFixture.all)
    func decodesOtherCollections(fixture: CompressionFixture) throws {
        let codec = try #require(fixture.compressionCodec)
        let input = try fixture.compressed()
        let padded = [0xEE] + input + [0xEE]
        let slice = padded[1..<(padded.count - 1)]
        let fromSlice = try Decompressor.decompress(slice, codec: codec, expectedSize: fixture.size, limit: 1 << 24)
        let fromLazy = try Decompressor.decompress(
            input.lazy.map { $0 },
            codec: codec,
            expectedSize: fixture.size,
            limit: 1 << 24
        )
        #expect(fromSlice == fromLazy)
        #expect(CRC32.checksum(fromSlice) == fixture.crc32)
    }

    @Test("stops at the limit instead of producing more", arguments: CompressionFixture.all.filter { $0.size > 1000 })
    func stopsAtLimit(fixture: CompressionFixture) throws {
        let codec = try #require(fixture.compressionCodec)
        let input = try fixture.compressed()
        #expect(throws: CompressionError.self) {
            try Decompressor.decompress(input, codec: codec, expectedSize: nil, limit: fixture.size - 1)
        }
        // Exactly at the limit is fine.
        let output = try Decompressor.decompress(input, codec: codec, expectedSize: nil, limit: fixture.size)
        #expect(output.count == fixture.size)
    }

    @Test("a stated size that differs from the output is corruption", arguments: CompressionFixture.all)
    func statedSizeMismatch(fixture: CompressionFixture) throws {
        let codec = try #require(fixture.compressionCodec)
        let input = try fixture.compressed()
        #expect(throws: CompressionError.self) {
            try Decompressor.decompress(input, codec: codec, expectedSize: fixture.size + 1, limit: 1 << 24)
        }
        if fixture.size > 0 {
            #expect(throws: CompressionError.self) {
                try Decompressor.decompress(input, codec: codec, expectedSize: fixture.size - 1, limit: 1 << 24)
            }
        }
    }

    @Test(
        "every truncation throws",
        arguments: CompressionFixture.all.filter { $0.file.hasPrefix("text.") || $0.file.hasPrefix("runs.") }
    )
    func truncations(fixture: CompressionFixture) throws {
        let codec = try #require(fixture.compressionCodec)
        let input = try fixture.compressed()
        for length in 0..<input.count {
            #expect(throws: CompressionError.self, "prefix of \(length) bytes") {
                try Decompressor.decompress(
                    input.prefix(length),
                    codec: codec,
                    expectedSize: fixture.size,
                    limit: 1 << 24
                )
            }
        }
    }

    @Test("flipped bytes never trap", arguments: CompressionFixture.all.filter { $0.size > 0 && $0.size < 5000 })
    func mutations(fixture: CompressionFixture) throws {
        let codec = try #require(fixture.compressionCodec)
        let input = try fixture.compressed()
        var generator = SplitMix64(seed: UInt64(fixture.crc32))
        for _ in 0..<300 {
            var mutated = input
            let index = Int(generator.next() % UInt64(mutated.count))
            mutated[index] ^= UInt8(truncatingIfNeeded: generator.next() | 1)
            for expected in [fixture.size, nil] {
                // Either result is acceptable; what matters is that it returns or throws within its bounds.
                if let output = try? Decompressor.decompress(
                    mutated,
                    codec: codec,
                    expectedSize: expected,
                    limit: 1 << 16
                ) {
                    #expect(output.count <= 1 << 16)
                }
            }
        }
    }
}

/// A small deterministic generator, so a failing mutation reproduces.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
