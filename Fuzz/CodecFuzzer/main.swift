// libFuzzer target for one codec, chosen at build time with -D FUZZ_CODEC_<name> (scripts/fuzz builds one binary
// per codec). Any input must either decompress within the limit or throw a CompressionError.

import TFMTCompression

#if FUZZ_CODEC_SNAPPY
private let codec = CompressionCodec.snappy
#elseif FUZZ_CODEC_ZSTD
private let codec = CompressionCodec.zstd
#elseif FUZZ_CODEC_GZIP
private let codec = CompressionCodec.gzip
#elseif FUZZ_CODEC_LZ4RAW
private let codec = CompressionCodec.lz4Raw
#else
private let codec = CompressionCodec.deflate
#endif

private let limit = 1 << 20

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    guard let output = try? Decompressor.decompress(input, codec: codec, expectedSize: nil, limit: limit) else {
        return 0
    }
    precondition(output.count <= limit, "output past the limit")
    // The stated-size path must agree with the unbounded one.
    let again = try? Decompressor.decompress(input, codec: codec, expectedSize: output.count, limit: limit)
    precondition(again == output, "decoding with the stated size differs")
    if output.count > 0 {
        precondition(
            (try? Decompressor.decompress(input, codec: codec, expectedSize: nil, limit: output.count - 1)) == nil,
            "decoding with a smaller limit succeeded"
        )
    }
    _ = CRC32.checksum(output)
    return 0
}
