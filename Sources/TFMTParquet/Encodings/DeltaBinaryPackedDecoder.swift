import TFMTCore

/// Decodes DELTA_BINARY_PACKED integers (INT32 and INT64 values, and the lengths inside the delta byte-array
/// encodings).
///
/// Deltas add with wrapping arithmetic, as the specification defines; the header's value count must equal the
/// count the page expects, so a small header cannot ask for unbounded work.
enum DeltaBinaryPackedDecoder {
    static func decode(_ reader: inout ByteReader, count: Int, what: String) throws(ParquetFailure) -> [Int64] {
        let headerOffset = reader.fileOffset
        let blockSize = try reader.readVarint("\(what) block size")
        let miniblocks = try reader.readVarint("\(what) miniblock count")
        let total = try reader.readVarint("\(what) value count")
        var previous = try reader.readZigZag("\(what) first value")
        guard blockSize > 0, blockSize % 128 == 0, blockSize <= 1 << 20, miniblocks > 0, miniblocks <= blockSize,
            blockSize % miniblocks == 0, (blockSize / miniblocks) % 32 == 0
        else {
            throw ParquetFailure(
                .parquetEncodingCorrupt,
                "\(what) has an invalid block layout (block size \(blockSize), \(miniblocks) miniblocks)",
                offset: headerOffset
            )
        }
        guard total == UInt64(count) else {
            throw ParquetFailure(
                .parquetEncodingCorrupt,
                "\(what) holds \(total) values where the page expects \(count)",
                offset: headerOffset
            )
        }
        var values: [Int64] = []
        guard count > 0 else { return values }
        values.reserveCapacity(min(count, 1 << 16))
        values.append(previous)
        let perMiniblock = Int(blockSize / miniblocks)
        let miniblockCount = Int(miniblocks)
        while values.count < count {
            let blockOffset = reader.fileOffset
            let minDelta = try reader.readZigZag("\(what) minimum delta")
            let widths = try reader.readBytes(miniblockCount, "\(what) bit widths")
            for width in widths {
                guard values.count < count else { break }
                let bitWidth = Int(width)
                guard bitWidth <= 64 else {
                    throw ParquetFailure(
                        .parquetEncodingCorrupt,
                        "\(what) miniblock bit width \(bitWidth) exceeds 64",
                        offset: blockOffset
                    )
                }
                let take = min(perMiniblock, count - values.count)
                let fullBytes = perMiniblock * bitWidth / 8
                let neededBytes = (take * bitWidth + 7) / 8
                guard neededBytes <= reader.remaining else {
                    throw ParquetFailure(
                        .parquetEncodingCorrupt,
                        "\(what) miniblock needs \(neededBytes) bytes but only \(reader.remaining) remain",
                        offset: reader.fileOffset
                    )
                }
                let start = reader.position
                reader.bytes.withUnsafeBufferPointer { buffer in
                    for index in 0..<take {
                        let delta = BitUnpacker.value(
                            in: buffer,
                            start: start,
                            bitOffset: index * bitWidth,
                            width: bitWidth
                        )
                        previous = previous &+ minDelta &+ Int64(bitPattern: delta)
                        values.append(previous)
                    }
                }
                // The last miniblock is padded to full size; tolerate writers that stop at the last value.
                try reader.skip(min(fullBytes, reader.remaining))
            }
        }
        return values
    }
}
