import TFMTCompression
import TFMTCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads the blocks of an object container file one at a time, checking each one's framing, size, compression,
/// checksum and sync marker. Stop calling ``next()`` to stop reading.
public struct AvroBlockIterator: Sendable {
    private var cursor: AvroByteCursor<Data>
    private let header: AvroContainerHeader
    private let limits: AvroLimits
    private var nextIndex = 0
    private var finished = false

    init(data: Data, path: String, header: AvroContainerHeader, limits: AvroLimits) {
        self.cursor = AvroByteCursor(data, location: AvroLocation(path: path, fileOffset: 0))
        _ = try? self.cursor.readSlice(header.size, "the header")
        self.header = header
        self.limits = limits
    }

    /// The path the blocks are read from.
    var path: String { cursor.location.path }

    /// The next block, or nil after the last one (and after an error).
    public mutating func next() throws(TFMTError) -> AvroBlock? {
        guard !finished, !cursor.isAtEnd else { return nil }
        do {
            let block = try readBlock()
            nextIndex += 1
            return block
        } catch {
            finished = true
            throw error
        }
    }

    private mutating func readBlock() throws(TFMTError) -> AvroBlock {
        let index = nextIndex
        let blockStart = cursor.position
        let count = try cursor.readLong("the record count of block \(index)")
        guard count >= 0 else {
            throw cursor.location.error(
                .avroCorrupt,
                "block \(index) has the negative record count \(count)",
                at: blockStart,
                ["block": .int(Int64(index))]
            )
        }
        let sizeStart = cursor.position
        let size = try cursor.readLength("the byte size of block \(index)")
        guard size <= limits.maxBlockBytes else {
            throw cursor.location.error(
                .avroLimitExceeded,
                "block \(index) takes \(size) bytes, more than the limit of \(limits.maxBlockBytes)",
                at: sizeStart,
                [
                    "block": .int(Int64(index)), "limit": .string("maxBlockBytes"),
                    "value": .int(Int64(limits.maxBlockBytes)),
                ]
            )
        }
        let dataOffset = cursor.position
        let compressed = try cursor.readSlice(size, "block \(index)")
        let data = try decompress(compressed, block: index, at: dataOffset)

        let syncStart = cursor.position
        let sync = try cursor.readSlice(16, "the sync marker after block \(index)")
        guard sync.elementsEqual(header.syncMarker) else {
            throw cursor.location.error(
                .avroSyncMismatch,
                "block \(index) is not followed by the file's sync marker",
                at: syncStart,
                ["block": .int(Int64(index))]
            )
        }
        return AvroBlock(
            index: index,
            fileOffset: blockStart,
            dataOffset: dataOffset,
            recordCount: Int(count),
            data: data
        )
    }

    private func decompress(_ compressed: Data, block: Int, at offset: Int) throws(TFMTError) -> [UInt8] {
        let codec = header.codec
        var payload = compressed
        var checksum: UInt32?
        if codec == .snappy {
            guard compressed.count >= 4 else {
                throw failure(.avroDecompressionFailed, "block \(block) is too short for its CRC-32", block, offset)
            }
            payload = compressed.prefix(compressed.count - 4)
            checksum = compressed.suffix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        }
        let output: [UInt8]
        do {
            output = try Decompressor.decompress(
                payload,
                codec: codec.compression,
                expectedSize: nil,
                limit: limits.maxDecompressedBlockBytes
            )
        } catch {
            throw failure(
                .avroDecompressionFailed,
                "block \(block) could not be decompressed: \(error.reason)",
                block,
                offset,
                ["codec": .string(codec.rawValue)]
            )
        }
        if let checksum {
            let actual = CRC32.checksum(output)
            guard actual == checksum else {
                throw failure(
                    .avroChecksumMismatch,
                    "block \(block) fails its CRC-32 check",
                    block,
                    offset,
                    ["expected": .string(Self.hex(checksum)), "found": .string(Self.hex(actual))]
                )
            }
        }
        return output
    }

    private func failure(
        _ code: TFMTError.Code,
        _ message: String,
        _ block: Int,
        _ offset: Int,
        _ extra: [String: JSONValue] = [:]
    ) -> TFMTError {
        cursor.location.error(code, message, at: offset, extra.merging(["block": .int(Int64(block))]) { $1 })
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
