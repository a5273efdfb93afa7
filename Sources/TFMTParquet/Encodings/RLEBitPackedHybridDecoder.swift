import TFMTCore

/// Decodes Parquet's RLE/bit-packed hybrid encoding, used for definition and repetition levels, dictionary
/// indices and RLE-encoded Booleans.
///
/// Runs are trusted only as far as the bytes and the requested count allow: a run header claiming more values than
/// are wanted is cut to the count, and output grows run by run rather than being allocated from a header.
struct RLEBitPackedHybridDecoder {
    var reader: ByteReader
    let bitWidth: Int

    init(_ reader: ByteReader, bitWidth: Int) throws(ParquetFailure) {
        guard (0...32).contains(bitWidth) else {
            throw ParquetFailure(
                .parquetEncodingCorrupt,
                "RLE/bit-packed bit width \(bitWidth) is outside 0...32",
                offset: reader.fileOffset
            )
        }
        self.reader = reader
        self.bitWidth = bitWidth
    }

    /// Decodes `count` values, each checked to be at most `maxValue`.
    mutating func decode<T: FixedWidthInteger>(
        count: Int,
        maxValue: UInt32,
        as _: T.Type,
        what: String
    ) throws(ParquetFailure) -> [T] {
        var output: [T] = []
        output.reserveCapacity(min(count, 1 << 16))
        let valueBytes = (bitWidth + 7) / 8
        while output.count < count {
            let headerOffset = reader.fileOffset
            let header: UInt64
            do {
                header = try reader.readVarint("\(what) run header")
            } catch {
                throw ParquetFailure(
                    .parquetEncodingCorrupt,
                    "\(what) end after \(output.count) of \(count) values",
                    offset: headerOffset
                )
            }
            let wanted = count - output.count
            if header & 1 == 0 {
                let runLength = header >> 1
                var value: UInt32 = 0
                let bytes = try reader.readBytes(valueBytes, "\(what) RLE value")
                for (shift, byte) in bytes.enumerated() { value |= UInt32(byte) << UInt32(8 * shift) }
                guard value <= maxValue else {
                    throw ParquetFailure(
                        .parquetEncodingCorrupt,
                        "\(what) value \(value) exceeds the maximum \(maxValue)",
                        offset: headerOffset
                    )
                }
                let take = runLength > UInt64(wanted) ? wanted : Int(runLength)
                output.append(contentsOf: repeatElement(T(truncatingIfNeeded: value), count: take))
            } else {
                let groups = header >> 1
                // A run of n groups holds 8n values in n * bitWidth bytes; only the wanted values are read, and a
                // final run may be cut short by the page end as long as those values are there.
                let (runValues, overflow) = groups.multipliedReportingOverflow(by: 8)
                guard !overflow else {
                    throw ParquetFailure(
                        .parquetEncodingCorrupt,
                        "\(what) bit-packed run is too long",
                        offset: headerOffset
                    )
                }
                let take = runValues > UInt64(wanted) ? wanted : Int(runValues)
                let neededBytes = (take * bitWidth + 7) / 8
                let runBytes =
                    groups > UInt64(reader.remaining) ? UInt64.max : groups * UInt64(bitWidth)
                guard neededBytes <= reader.remaining else {
                    throw ParquetFailure(
                        .parquetEncodingCorrupt,
                        "\(what) bit-packed run needs \(neededBytes) bytes but only \(reader.remaining) remain",
                        offset: headerOffset
                    )
                }
                let start = reader.position
                var failure: ParquetFailure?
                reader.bytes.withUnsafeBufferPointer { buffer in
                    for index in 0..<take {
                        let value = BitUnpacker.value(
                            in: buffer,
                            start: start,
                            bitOffset: index * bitWidth,
                            width: bitWidth
                        )
                        if value > UInt64(maxValue) {
                            failure = ParquetFailure(
                                .parquetEncodingCorrupt,
                                "\(what) value \(value) exceeds the maximum \(maxValue)",
                                offset: headerOffset
                            )
                            return
                        }
                        output.append(T(truncatingIfNeeded: value))
                    }
                }
                if let failure { throw failure }
                let consumed = runBytes <= UInt64(reader.remaining) ? Int(runBytes) : neededBytes
                try reader.skip(max(consumed, neededBytes))
            }
        }
        return output
    }
}
