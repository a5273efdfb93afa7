import TFMTCore

/// Decodes DELTA_LENGTH_BYTE_ARRAY (lengths, then the bytes back to back) and DELTA_BYTE_ARRAY (prefix lengths
/// shared with the previous value, then suffixes as DELTA_LENGTH_BYTE_ARRAY).
enum DeltaByteArrayDecoder {
    static func decodeLengthPrefixed(
        _ reader: inout ByteReader,
        count: Int,
        leaf: ParquetLeafDescriptor
    ) throws(ParquetFailure) -> [ParquetValue] {
        try slices(&reader, count: count).map { leaf.makeBytesValue($0) }
    }

    /// The raw values of a DELTA_LENGTH_BYTE_ARRAY run, each checked against the bytes present.
    private static func slices(_ reader: inout ByteReader, count: Int) throws(ParquetFailure) -> [ArraySlice<UInt8>] {
        let lengths = try DeltaBinaryPackedDecoder.decode(
            &reader,
            count: count,
            what: "DELTA_LENGTH_BYTE_ARRAY lengths"
        )
        var result: [ArraySlice<UInt8>] = []
        result.reserveCapacity(lengths.count)
        for length in lengths {
            guard length >= 0, length <= Int64(reader.remaining) else {
                throw ParquetFailure(
                    .parquetEncodingCorrupt,
                    "byte array length \(length) runs past the \(reader.remaining) bytes left",
                    offset: reader.fileOffset
                )
            }
            result.append(try reader.readBytes(Int(length)))
        }
        return result
    }

    static func decodeIncremental(
        _ reader: inout ByteReader,
        count: Int,
        leaf: ParquetLeafDescriptor,
        maxOutputBytes: Int
    ) throws(ParquetFailure) -> [ParquetValue] {
        let start = reader.fileOffset
        let prefixes = try DeltaBinaryPackedDecoder.decode(&reader, count: count, what: "DELTA_BYTE_ARRAY prefixes")
        let suffixes = try slices(&reader, count: count)
        var values: [ParquetValue] = []
        values.reserveCapacity(count)
        var previous: [UInt8] = []
        var produced = 0
        for (prefix, suffix) in zip(prefixes, suffixes) {
            guard prefix >= 0, prefix <= Int64(previous.count) else {
                throw ParquetFailure(
                    .parquetEncodingCorrupt,
                    "DELTA_BYTE_ARRAY prefix length \(prefix) exceeds the previous value's \(previous.count) bytes",
                    offset: start
                )
            }
            // Shared prefixes let a few bytes describe a great deal of output, so the total is capped.
            produced += Int(prefix) + suffix.count
            guard produced <= maxOutputBytes else {
                throw ParquetFailure(
                    .parquetLimitExceeded,
                    "DELTA_BYTE_ARRAY values expand beyond \(maxOutputBytes) bytes",
                    offset: start,
                    details: ["limit": .int(Int64(maxOutputBytes))]
                )
            }
            var value = Array(previous[0..<Int(prefix)])
            value.append(contentsOf: suffix)
            values.append(leaf.physicalType == .fixedLenByteArray ? .fixed(value) : leaf.makeBytesValue(value[...]))
            previous = value
        }
        return values
    }
}
