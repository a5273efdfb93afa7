import TFMTCore

/// Decodes PLAIN-encoded values of every physical type.
enum PlainDecoder {
    /// Decodes `count` values; the count is checked against the bytes present before anything is reserved.
    static func decode(
        _ reader: inout ByteReader,
        count: Int,
        leaf: ParquetLeafDescriptor
    ) throws(ParquetFailure) -> [ParquetValue] {
        let start = reader.fileOffset
        var values: [ParquetValue] = []
        switch leaf.physicalType {
        case .boolean:
            guard count <= reader.remaining * 8 else { throw shortage(count, "BOOLEAN", reader, start) }
            values.reserveCapacity(count)
            let bytes = try reader.readBytes((count + 7) / 8, "PLAIN BOOLEAN values")
            for index in 0..<count {
                values.append(.bool(bytes[bytes.startIndex + index >> 3] >> UInt8(index & 7) & 1 == 1))
            }
        case .byteArray:
            // Each value takes at least its 4-byte length.
            guard count <= reader.remaining / 4 else { throw shortage(count, "BYTE_ARRAY", reader, start) }
            values.reserveCapacity(count)
            for _ in 0..<count {
                let lengthOffset = reader.fileOffset
                let length = try reader.readUInt32LE("BYTE_ARRAY length")
                guard length <= UInt32(reader.remaining) else {
                    throw ParquetFailure(
                        .parquetEncodingCorrupt,
                        "BYTE_ARRAY value of \(length) bytes runs past the \(reader.remaining) bytes left",
                        offset: lengthOffset
                    )
                }
                values.append(leaf.makeBytesValue(try reader.readBytes(Int(length))))
            }
        case .int32, .int64, .int96, .float, .double, .fixedLenByteArray:
            let size = leaf.fixedSize ?? 0
            let (total, overflow) = count.multipliedReportingOverflow(by: size)
            guard !overflow, total <= reader.remaining else {
                throw shortage(count, leaf.physicalType.name, reader, start)
            }
            values.reserveCapacity(count)
            let bytes = try reader.readBytes(total, "PLAIN values")
            var position = bytes.startIndex
            for _ in 0..<count {
                values.append(leaf.makeFixedValue(bytes[position..<(position + size)]))
                position += size
            }
        }
        return values
    }

    private static func shortage(_ count: Int, _ type: String, _ reader: ByteReader, _ start: Int) -> ParquetFailure {
        ParquetFailure(
            .parquetEncodingCorrupt,
            "\(count) PLAIN \(type) values cannot fit the \(reader.remaining) bytes left",
            offset: start
        )
    }
}
