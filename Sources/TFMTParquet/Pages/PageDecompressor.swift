import TFMTCompression
import TFMTCore

/// Turns a compressed page body into its uncompressed bytes.
enum PageDecompressor {
    /// The shared codec for a Parquet codec number, or `nil` when there is none (LZO, Brotli, Hadoop-framed LZ4).
    static func codec(for parquet: ParquetCompressionCodec) -> CompressionCodec? {
        switch parquet {
        case .uncompressed: return .uncompressed
        case .snappy: return .snappy
        case .gzip: return .gzip
        case .zstd: return .zstd
        case .lz4Raw: return .lz4Raw
        default: return nil
        }
    }

    /// Decompresses `range` of `bytes` to exactly `uncompressedSize` bytes, bounded by `limit`.
    ///
    /// Uncompressed pages are returned as a view of the chunk's bytes without copying; offsets in failures are
    /// those of the compressed page in the file.
    static func decompress(
        _ bytes: [UInt8],
        range: Range<Int>,
        codec parquetCodec: ParquetCompressionCodec,
        uncompressedSize: Int,
        limit: Int,
        fileOffset: Int
    ) throws(ParquetFailure) -> ByteReader {
        if parquetCodec == .uncompressed {
            return ByteReader(bytes, baseOffset: fileOffset - range.lowerBound, range: range)
        }
        guard let codec = codec(for: parquetCodec) else {
            throw ParquetFailure(
                .parquetUnsupported,
                "compression codec \(parquetCodec) is not supported",
                offset: fileOffset,
                details: ["codec": .string(parquetCodec.description)]
            )
        }
        do {
            let output = try Decompressor.decompress(
                bytes[range],
                codec: codec,
                expectedSize: uncompressedSize,
                limit: limit
            )
            return ByteReader(output, baseOffset: fileOffset)
        } catch {
            throw ParquetFailure(
                .parquetDecompressionFailed,
                "\(parquetCodec) page of \(range.count) bytes could not be decompressed: \(error.reason)",
                offset: fileOffset,
                details: ["codec": .string(parquetCodec.description), "reason": .string(error.reason)]
            )
        }
    }
}
