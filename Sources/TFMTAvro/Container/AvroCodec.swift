import TFMTCompression

/// The block codecs of Avro object container files that tfmt reads.
public enum AvroCodec: String, Sendable, Hashable, CaseIterable {
    case null
    case deflate
    /// Snappy; each block ends with the big-endian CRC-32 of its uncompressed data.
    case snappy
    case zstandard

    /// The codec that decompresses a block.
    var compression: CompressionCodec {
        switch self {
        case .null: .uncompressed
        case .deflate: .deflate
        case .snappy: .snappy
        case .zstandard: .zstd
        }
    }
}
