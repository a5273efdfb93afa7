import TFMTCore

/// Decodes BYTE_STREAM_SPLIT values: byte k of every value is stored together, stream after stream.
enum ByteStreamSplitDecoder {
    static func decode(
        _ reader: inout ByteReader,
        count: Int,
        leaf: ParquetLeafDescriptor
    ) throws(ParquetFailure) -> [ParquetValue] {
        guard let size = leaf.fixedSize, leaf.physicalType != .int96 else {
            throw ParquetFailure(
                .parquetEncodingCorrupt,
                "BYTE_STREAM_SPLIT does not apply to \(leaf.physicalType.name)",
                offset: reader.fileOffset
            )
        }
        let (total, overflow) = count.multipliedReportingOverflow(by: size)
        guard !overflow, total <= reader.remaining else {
            throw ParquetFailure(
                .parquetEncodingCorrupt,
                "\(count) BYTE_STREAM_SPLIT values cannot fit the \(reader.remaining) bytes left",
                offset: reader.fileOffset
            )
        }
        let streams = try reader.readBytes(total, "BYTE_STREAM_SPLIT values")
        let base = streams.startIndex
        var values: [ParquetValue] = []
        values.reserveCapacity(count)
        var scratch = [UInt8](repeating: 0, count: size)
        for index in 0..<count {
            for byte in 0..<size { scratch[byte] = streams[base + byte * count + index] }
            values.append(leaf.makeFixedValue(scratch[...]))
        }
        return values
    }
}
