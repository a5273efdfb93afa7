import TFMTCore

/// A bounds-checked cursor over bytes read from a file.
///
/// Every read checks the remaining byte count first, so a length taken from the file can never index past the end;
/// `baseOffset` maps positions back to offsets in the file for error messages.
struct ByteReader: Sendable {
    let bytes: [UInt8]
    /// The offset in the file of `bytes[0]`, for error messages.
    let baseOffset: Int
    private(set) var position: Int
    let end: Int

    init(_ bytes: [UInt8], baseOffset: Int = 0) {
        self.bytes = bytes
        self.baseOffset = baseOffset
        self.position = 0
        self.end = bytes.count
    }

    init(_ bytes: [UInt8], baseOffset: Int, range: Range<Int>) {
        self.bytes = bytes
        self.baseOffset = baseOffset
        self.position = max(0, min(range.lowerBound, bytes.count))
        self.end = max(self.position, min(range.upperBound, bytes.count))
    }

    var remaining: Int { end - position }
    var isAtEnd: Bool { position >= end }
    /// The current position as an offset in the file.
    var fileOffset: Int { baseOffset &+ position }

    func truncated(_ what: String, needed: Int) -> ParquetFailure {
        ParquetFailure(
            .parquetPageCorrupt,
            "\(what) needs \(needed) bytes but only \(remaining) remain",
            offset: fileOffset
        )
    }

    mutating func readByte(_ what: String = "value") throws(ParquetFailure) -> UInt8 {
        guard position < end else { throw truncated(what, needed: 1) }
        let byte = bytes[position]
        position += 1
        return byte
    }

    /// Reads `count` bytes, which must be present.
    mutating func readBytes(_ count: Int, _ what: String = "value") throws(ParquetFailure) -> ArraySlice<UInt8> {
        guard count >= 0, count <= remaining else { throw truncated(what, needed: count) }
        let slice = bytes[position..<(position + count)]
        position += count
        return slice
    }

    /// Skips `count` bytes, which must be present.
    mutating func skip(_ count: Int, _ what: String = "value") throws(ParquetFailure) {
        guard count >= 0, count <= remaining else { throw truncated(what, needed: count) }
        position += count
    }

    mutating func readUInt32LE(_ what: String = "value") throws(ParquetFailure) -> UInt32 {
        guard remaining >= 4 else { throw truncated(what, needed: 4) }
        let p = position
        position += 4
        return UInt32(bytes[p]) | UInt32(bytes[p + 1]) << 8 | UInt32(bytes[p + 2]) << 16 | UInt32(bytes[p + 3]) << 24
    }

    mutating func readUInt64LE(_ what: String = "value") throws(ParquetFailure) -> UInt64 {
        let low = try readUInt32LE(what)
        let high = try readUInt32LE(what)
        return UInt64(low) | UInt64(high) << 32
    }

    /// Reads an unsigned LEB128 varint of at most 10 bytes; longer or overflowing encodings are corrupt.
    mutating func readVarint(_ what: String = "varint") throws(ParquetFailure) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let start = fileOffset
            let byte = try readByte(what)
            if shift == 63 && byte > 1 {
                throw ParquetFailure(.parquetEncodingCorrupt, "\(what) overflows 64 bits", offset: start)
            }
            result |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return result }
            shift += 7
            if shift > 63 {
                throw ParquetFailure(.parquetEncodingCorrupt, "\(what) is longer than 10 bytes", offset: start)
            }
        }
    }

    /// Reads a zigzag-encoded signed varint.
    mutating func readZigZag(_ what: String = "varint") throws(ParquetFailure) -> Int64 {
        let raw = try readVarint(what)
        return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }
}
