import TFMTCore

/// Decodes the records of an object container file one at a time, block by block; only the current block is held
/// in memory. Stop calling ``next()`` to stop reading.
public struct AvroRecordIterator: Sendable {
    private var blocks: AvroBlockIterator
    private var reader: AvroValueReader
    private let compressed: Bool
    private var cursor = AvroByteCursor([UInt8](), location: AvroLocation(path: "", fileOffset: 0))
    private var recordsLeft = 0
    /// Where the record last returned starts, for errors about it.
    private var recordStart = 0

    init(blocks: AvroBlockIterator, header: AvroContainerHeader, limits: AvroLimits) {
        self.blocks = blocks
        self.reader = AvroValueReader(schema: header.schema, limits: limits)
        self.compressed = header.codec != .null
    }

    /// The next record, or nil after the last one.
    public mutating func next() throws(TFMTError) -> AvroValue? {
        while recordsLeft == 0 {
            guard cursor.isAtEnd else {
                throw cursor.error(
                    .avroCorrupt,
                    "\(cursor.remaining) bytes follow the last record of the block",
                    ["remainingBytes": .int(Int64(cursor.remaining))]
                )
            }
            guard let block = try blocks.next() else { return nil }
            let location = AvroLocation(
                path: blocks.path,
                fileOffset: block.dataOffset,
                block: block.index,
                decompressed: compressed
            )
            cursor = AvroByteCursor(block.data, location: location)
            recordsLeft = block.recordCount
        }
        let start = cursor.position
        recordStart = start
        let value = try reader.read(0, from: &cursor, depth: 1)
        if cursor.position == start { try reader.chargeEmptyValue(cursor) }
        recordsLeft -= 1
        return value
    }

    /// The next record decoded into `type`, or nil after the last one.
    ///
    /// A record that does not fit `type` throws ``TFMTError/Code/avroTypeMismatch`` naming the file and the offset
    /// where the record starts.
    public mutating func next<T: Decodable>(as type: T.Type) throws(TFMTError) -> T? {
        guard let value = try next() else { return nil }
        do {
            return try AvroValueDecoder().decode(type, from: value, source: cursor.location.path)
        } catch {
            var located = error
            located.context.merge(cursor.location.context(at: recordStart)) { own, _ in own }
            throw located
        }
    }
}
