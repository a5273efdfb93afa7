/// Decompresses the blocks and pages of table metadata files, with every size checked.
///
/// All codecs share one contract: the output never grows past `limit` (a decompression bomb fails as soon as it
/// would), a size the container states is enforced exactly, and corrupt or truncated input throws
/// ``CompressionError`` — it never traps and never reads outside the input.
public enum Decompressor {
    /// Decompresses `input`.
    ///
    /// `input` is any collection of bytes; arrays, array slices and `Data` are read in place (zero copy), other
    /// collections are copied into an array first.
    ///
    /// - Parameters:
    ///   - input: The compressed bytes, exactly one block or page (trailing bytes are corruption, except after a raw
    ///     deflate stream; see ``CompressionCodec/deflate``).
    ///   - codec: How `input` is compressed.
    ///   - expectedSize: The uncompressed size the container states, when it states one. The output must have
    ///     exactly this many bytes; a mismatch is corruption.
    ///   - limit: The most bytes the caller accepts, always enforced; `expectedSize` above it fails at once.
    /// - Returns: The uncompressed bytes.
    /// - Throws: ``CompressionError`` when the input is corrupt or truncated, or the output would pass a bound.
    public static func decompress(
        _ input: some Collection<UInt8>,
        codec: CompressionCodec,
        expectedSize: Int?,
        limit: Int
    ) throws(CompressionError) -> [UInt8] {
        guard limit >= 0 else {
            throw CompressionError(codec: codec, reason: "the output limit \(limit) is negative")
        }
        var bound = limit
        if let expectedSize {
            guard expectedSize >= 0 else {
                throw CompressionError(codec: codec, reason: "the stated size \(expectedSize) is negative")
            }
            guard expectedSize <= limit else {
                throw CompressionError(
                    codec: codec,
                    reason: "the stated size of \(expectedSize) bytes exceeds the limit of \(limit) bytes"
                )
            }
            bound = expectedSize
        }
        let inPlace = input.withContiguousStorageIfAvailable { buffer in
            Result { () throws(CompressionError) in
                try decompress(buffer, codec: codec, expectedSize: expectedSize, bound: bound)
            }
        }
        let output: [UInt8]
        if let inPlace {
            output = try inPlace.get()
        } else {
            let copy = Array(input)
            output = try copy.withUnsafeBufferPointer { buffer throws(CompressionError) in
                try decompress(buffer, codec: codec, expectedSize: expectedSize, bound: bound)
            }
        }
        if let expectedSize, output.count != expectedSize {
            throw CompressionError(
                codec: codec,
                reason: "decompressed to \(output.count) bytes but the container states \(expectedSize)"
            )
        }
        return output
    }

    private static func decompress(
        _ input: UnsafeBufferPointer<UInt8>,
        codec: CompressionCodec,
        expectedSize: Int?,
        bound: Int
    ) throws(CompressionError) -> [UInt8] {
        switch codec {
        case .uncompressed:
            guard input.count <= bound else {
                throw CompressionError(
                    codec: codec,
                    reason: "\(input.count) bytes exceed the bound of \(bound) bytes"
                )
            }
            return Array(input)
        case .snappy:
            return try SnappyDecoder.decompress(input, bound: bound)
        case .lz4Raw:
            return try LZ4RawDecoder.decompress(input, bound: bound, sizeHint: expectedSize)
        case .zstd:
            return try ZstdDecoder.decompress(input, bound: bound, sizeHint: expectedSize)
        case .gzip, .deflate:
            return try ZlibDecoder.decompress(input, codec: codec, bound: bound, sizeHint: expectedSize)
        }
    }
}

/// Grows output buffers geometrically towards a bound, starting from what the caller or the data suggests.
enum OutputSizing {
    /// The first buffer size: the stated size when known, else a multiple of the input, never above `bound`.
    static func initialCapacity(inputCount: Int, sizeHint: Int?, bound: Int) -> Int {
        if let sizeHint { return min(sizeHint, bound) }
        let (guess, overflow) = inputCount.multipliedReportingOverflow(by: 4)
        return min(overflow ? bound : max(guess, 4096), bound)
    }

    /// The next buffer size after `current` bytes filled up.
    static func grown(_ current: Int, bound: Int) -> Int {
        let (doubled, overflow) = current.multipliedReportingOverflow(by: 2)
        return min(overflow ? bound : max(doubled, 4096), bound)
    }
}
