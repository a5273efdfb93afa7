import TFMTCore

/// Reads Avro's binary encoding from a byte collection, checking every length against the bytes actually there.
///
/// Generic so the header and block framing can be read straight from a memory-mapped `Data` and decompressed blocks
/// from an array; both index from `startIndex` with `Int` indices.
struct AvroByteCursor<Bytes: RandomAccessCollection<UInt8>>: Sendable
where Bytes.Index == Int, Bytes: Sendable {
    let bytes: Bytes
    /// The index of the next byte to read.
    private(set) var index: Int
    let location: AvroLocation

    init(_ bytes: Bytes, location: AvroLocation) {
        self.bytes = bytes
        self.index = bytes.startIndex
        self.location = location
    }

    /// The position of the next byte, counted from the start of the buffer.
    var position: Int { index - bytes.startIndex }

    /// The bytes not yet read.
    var remaining: Int { bytes.endIndex - index }

    var isAtEnd: Bool { index >= bytes.endIndex }

    /// An error at the current position.
    func error(_ code: TFMTError.Code, _ message: String, _ extra: [String: JSONValue] = [:]) -> TFMTError {
        location.error(code, message, at: position, extra)
    }

    func truncated(_ what: String) -> TFMTError {
        error(.avroTruncated, "the data ends inside \(what)", ["remainingBytes": .int(Int64(remaining))])
    }

    mutating func readByte(_ what: @autoclosure () -> String) throws(TFMTError) -> UInt8 {
        guard index < bytes.endIndex else { throw truncated(what()) }
        let byte = bytes[index]
        index += 1
        return byte
    }

    /// A zig-zag varint of at most 10 bytes whose value fits 64 bits.
    mutating func readLong(_ what: @autoclosure () -> String) throws(TFMTError) -> Int64 {
        let start = index
        var raw: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard index < bytes.endIndex else { throw truncated(what()) }
            let byte = bytes[index]
            index += 1
            // The tenth byte carries only the top bit of a 64-bit value.
            if shift == 63 && byte > 1 {
                index = start
                throw error(.avroCorrupt, "\(what()) is a varint that overflows 64 bits")
            }
            raw |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { break }
            shift += 7
        }
        return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    /// A zig-zag varint of at most 5 bytes whose value fits 32 bits.
    mutating func readInt(_ what: @autoclosure () -> String) throws(TFMTError) -> Int32 {
        let start = index
        var raw: UInt32 = 0
        var shift: UInt32 = 0
        while true {
            guard index < bytes.endIndex else { throw truncated(what()) }
            let byte = bytes[index]
            index += 1
            if shift == 28 && byte > 0x0F {
                index = start
                throw error(.avroCorrupt, "\(what()) is a varint that overflows 32 bits")
            }
            raw |= UInt32(byte & 0x7F) << shift
            if byte & 0x80 == 0 { break }
            shift += 7
        }
        return Int32(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    /// A long that counts bytes which must follow: not negative and not more than remain.
    mutating func readLength(_ what: @autoclosure () -> String) throws(TFMTError) -> Int {
        let start = index
        let value = try readLong(what())
        guard value >= 0 else {
            index = start
            throw error(.avroCorrupt, "\(what()) has the negative length \(value)", ["length": .int(value)])
        }
        guard value <= Int64(remaining) else {
            index = start
            throw error(
                .avroTruncated,
                "\(what()) has the length \(value) but only \(remaining) bytes remain",
                ["length": .int(value), "remainingBytes": .int(Int64(remaining))]
            )
        }
        return Int(value)
    }

    /// The next `count` bytes; `count` must already be checked against ``remaining``.
    mutating func readSlice(_ count: Int, _ what: @autoclosure () -> String) throws(TFMTError) -> Bytes.SubSequence {
        guard count >= 0, count <= remaining else { throw truncated(what()) }
        let slice = bytes[index..<index + count]
        index += count
        return slice
    }

    mutating func readUInt32LittleEndian(_ what: @autoclosure () -> String) throws(TFMTError) -> UInt32 {
        guard remaining >= 4 else { throw truncated(what()) }
        var value: UInt32 = 0
        for shift in stride(from: 0, to: 32, by: 8) {
            value |= UInt32(bytes[index]) << UInt32(shift)
            index += 1
        }
        return value
    }

    mutating func readUInt64LittleEndian(_ what: @autoclosure () -> String) throws(TFMTError) -> UInt64 {
        guard remaining >= 8 else { throw truncated(what()) }
        var value: UInt64 = 0
        for shift in stride(from: 0, to: 64, by: 8) {
            value |= UInt64(bytes[index]) << UInt64(shift)
            index += 1
        }
        return value
    }

    /// A length-prefixed UTF-8 string; invalid UTF-8 is a datum error, not replaced silently.
    mutating func readString(_ what: @autoclosure () -> String) throws(TFMTError) -> String {
        let length = try readLength(what())
        let start = index
        let slice = try readSlice(length, what())
        guard let text = String(validating: slice, as: UTF8.self) else {
            index = start
            throw error(.avroDatumInvalid, "\(what()) is not valid UTF-8")
        }
        return text
    }

    /// Length-prefixed bytes, copied out of the buffer.
    mutating func readBytes(_ what: @autoclosure () -> String) throws(TFMTError) -> [UInt8] {
        let length = try readLength(what())
        return Array(try readSlice(length, what()))
    }
}
