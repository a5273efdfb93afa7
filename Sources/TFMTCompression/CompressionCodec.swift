/// A block compression codec used inside table metadata files.
///
/// The raw values are tfmt's own names; each container maps its codec identifiers onto these (Avro's
/// `avro.codec` metadata, Parquet's `CompressionCodec` enum).
public enum CompressionCodec: String, Sendable, Hashable, CaseIterable {
    /// Stored as is.
    case uncompressed
    /// The raw snappy block format (no framing). Avro's snappy codec appends a CRC-32 after the block; strip and
    /// check it with ``CRC32`` before calling ``Decompressor``.
    case snappy
    /// A gzip stream, as Parquet's GZIP codec writes it. A zlib-wrapped stream is accepted too, and several gzip
    /// members in a row are decoded one after the other.
    case gzip
    /// Raw deflate (RFC 1951, no zlib or gzip header), as Avro's `deflate` codec writes it. Bytes after the final
    /// deflate block are ignored, as Java's `Inflater` does: fastavro leaves three bytes of a zlib checksum there.
    case deflate
    /// One or more Zstandard frames.
    case zstd
    /// The LZ4 block format without any framing, as Parquet's LZ4_RAW codec writes it.
    case lz4Raw
}
