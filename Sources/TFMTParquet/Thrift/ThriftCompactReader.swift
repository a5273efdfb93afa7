import TFMTCore

/// A reader of the Thrift compact protocol, enough for Parquet's FileMetaData and PageHeader.
///
/// It is strict about bounds and lenient about content: unknown fields of any type are skipped, so files from newer
/// writers still read, while nesting deeper than ``maxDepth`` and collections larger than the bytes left are
/// rejected before anything is allocated.
struct ThriftCompactReader: Sendable {
    var bytes: ByteReader
    /// How deep structs, lists and maps may nest; Parquet's own metadata needs about eight levels.
    let maxDepth: Int
    private var depth = 0

    init(_ bytes: ByteReader, maxDepth: Int = 32) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    var fileOffset: Int { bytes.fileOffset }

    func malformed(_ message: String, offset: Int? = nil) -> ParquetFailure {
        ParquetFailure(.parquetThriftMalformed, message, offset: offset ?? bytes.fileOffset)
    }

    private mutating func enter() throws(ParquetFailure) {
        depth += 1
        guard depth <= maxDepth else {
            throw ParquetFailure(
                .parquetLimitExceeded,
                "Thrift structures nest deeper than \(maxDepth) levels",
                offset: bytes.fileOffset,
                details: ["limit": .int(Int64(maxDepth))]
            )
        }
    }

    private mutating func leave() { depth -= 1 }

    /// Wraps truncation of the underlying bytes as malformed Thrift, keeping the offset.
    private func thrift(_ failure: ParquetFailure) -> ParquetFailure {
        guard failure.code == .parquetPageCorrupt else { return failure }
        var copy = failure
        copy.code = .parquetThriftMalformed
        copy.message = "Thrift data is truncated: " + failure.message
        return copy
    }

    // MARK: Structs

    /// Reads a struct, calling `body` for each field with its id and type; `body` must consume the value (read it or
    /// call ``skip(_:)``). Boolean fields carry their value in the type, read with ``readBool(_:)``.
    mutating func readStruct(
        _ body: (inout ThriftCompactReader, Int16, ThriftCompactType) throws(ParquetFailure) -> Void
    ) throws(ParquetFailure) {
        try enter()
        defer { leave() }
        var lastID: Int16 = 0
        while true {
            let headerOffset = bytes.fileOffset
            let header: UInt8
            do { header = try bytes.readByte("Thrift field header") } catch { throw thrift(error) }
            guard let type = ThriftCompactType(rawValue: header & 0x0F) else {
                throw malformed("unknown Thrift type \(header & 0x0F) in a field header", offset: headerOffset)
            }
            if type == .stop { return }
            let delta = header >> 4
            let id: Int16
            if delta == 0 {
                let raw = try readZigZag("Thrift field id")
                guard let narrow = Int16(exactly: raw) else {
                    throw malformed("Thrift field id \(raw) does not fit 16 bits", offset: headerOffset)
                }
                id = narrow
            } else {
                let (sum, overflow) = lastID.addingReportingOverflow(Int16(delta))
                guard !overflow else { throw malformed("Thrift field id overflows", offset: headerOffset) }
                id = sum
            }
            lastID = id
            try body(&self, id, type)
        }
    }

    /// The value of a Boolean struct field, given the type from its header.
    func readBool(_ type: ThriftCompactType) -> Bool { type == .booleanTrue }

    // MARK: Scalars

    private mutating func readZigZag(_ what: String) throws(ParquetFailure) -> Int64 {
        do { return try bytes.readZigZag(what) } catch { throw thrift(error) }
    }

    mutating func readI64() throws(ParquetFailure) -> Int64 { try readZigZag("Thrift i64") }

    mutating func readI32() throws(ParquetFailure) -> Int32 {
        let start = bytes.fileOffset
        let value = try readZigZag("Thrift i32")
        guard let narrow = Int32(exactly: value) else { throw malformed("Thrift i32 out of range", offset: start) }
        return narrow
    }

    mutating func readI16() throws(ParquetFailure) -> Int16 {
        let start = bytes.fileOffset
        let value = try readZigZag("Thrift i16")
        guard let narrow = Int16(exactly: value) else { throw malformed("Thrift i16 out of range", offset: start) }
        return narrow
    }

    mutating func readByte() throws(ParquetFailure) -> UInt8 {
        do { return try bytes.readByte("Thrift byte") } catch { throw thrift(error) }
    }

    mutating func readDouble() throws(ParquetFailure) -> Double {
        do { return Double(bitPattern: try bytes.readUInt64LE("Thrift double")) } catch { throw thrift(error) }
    }

    /// Reads a binary field; its length is checked against the bytes left before anything is copied.
    mutating func readBinary() throws(ParquetFailure) -> [UInt8] {
        let start = bytes.fileOffset
        let length: UInt64
        do { length = try bytes.readVarint("Thrift binary length") } catch { throw thrift(error) }
        guard length <= UInt64(bytes.remaining) else {
            throw malformed(
                "Thrift binary of \(length) bytes runs past the \(bytes.remaining) bytes left",
                offset: start
            )
        }
        do { return Array(try bytes.readBytes(Int(length), "Thrift binary")) } catch { throw thrift(error) }
    }

    mutating func readString() throws(ParquetFailure) -> String {
        String(decoding: try readBinary(), as: UTF8.self)
    }

    // MARK: Collections

    /// Reads a list or set header; the size is checked against the bytes left (each element takes at least one).
    mutating func readListHeader() throws(ParquetFailure) -> (elementType: ThriftCompactType, count: Int) {
        let start = bytes.fileOffset
        let header = try readByte()
        guard let type = ThriftCompactType(rawValue: header & 0x0F), type != .stop else {
            throw malformed("unknown Thrift list element type \(header & 0x0F)", offset: start)
        }
        var count = UInt64(header >> 4)
        if count == 15 {
            do { count = try bytes.readVarint("Thrift list size") } catch { throw thrift(error) }
        }
        guard count <= UInt64(bytes.remaining) else {
            throw malformed(
                "Thrift list of \(count) elements cannot fit the \(bytes.remaining) bytes left",
                offset: start
            )
        }
        return (type, Int(count))
    }

    /// Reads a list, calling `element` once per element with the element type; `element` must consume it.
    mutating func readList(
        _ element: (inout ThriftCompactReader, ThriftCompactType) throws(ParquetFailure) -> Void
    ) throws(ParquetFailure) {
        try enter()
        defer { leave() }
        let (type, count) = try readListHeader()
        for _ in 0..<count {
            try element(&self, type)
        }
    }

    /// Reads a list of i32 values (such as encodings), skipping elements of another type.
    mutating func readI32List() throws(ParquetFailure) -> [Int32] {
        var values: [Int32] = []
        try readList { reader, type throws(ParquetFailure) in
            if type == .i32 { values.append(try reader.readI32()) } else { try reader.skipElement(type) }
        }
        return values
    }

    /// Reads a list of strings, skipping elements of another type.
    mutating func readStringList() throws(ParquetFailure) -> [String] {
        var values: [String] = []
        try readList { reader, type throws(ParquetFailure) in
            if type == .binary { values.append(try reader.readString()) } else { try reader.skipElement(type) }
        }
        return values
    }

    // MARK: Skipping

    /// Skips one value of `type`, whatever it contains, within the nesting limit.
    mutating func skip(_ type: ThriftCompactType) throws(ParquetFailure) {
        switch type {
        case .stop:
            throw malformed("unexpected Thrift stop type")
        case .booleanTrue, .booleanFalse:
            // Struct fields carry Booleans in the header; inside collections a Boolean takes one byte, which the
            // collection skipper consumes itself.
            return
        case .byte:
            _ = try readByte()
        case .i16, .i32, .i64:
            _ = try readZigZag("Thrift integer")
        case .double:
            do { try bytes.skip(8, "Thrift double") } catch { throw thrift(error) }
        case .binary:
            let start = bytes.fileOffset
            let length: UInt64
            do { length = try bytes.readVarint("Thrift binary length") } catch { throw thrift(error) }
            guard length <= UInt64(bytes.remaining) else {
                throw malformed("Thrift binary of \(length) bytes runs past the end", offset: start)
            }
            do { try bytes.skip(Int(length)) } catch { throw thrift(error) }
        case .list, .set:
            try enter()
            defer { leave() }
            let (elementType, count) = try readListHeader()
            for _ in 0..<count {
                try skipElement(elementType)
            }
        case .map:
            try enter()
            defer { leave() }
            let start = bytes.fileOffset
            let count: UInt64
            do { count = try bytes.readVarint("Thrift map size") } catch { throw thrift(error) }
            guard count > 0 else { return }
            guard count <= UInt64(bytes.remaining) else {
                throw malformed("Thrift map of \(count) entries cannot fit the bytes left", offset: start)
            }
            let types = try readByte()
            guard let keyType = ThriftCompactType(rawValue: types >> 4), keyType != .stop,
                let valueType = ThriftCompactType(rawValue: types & 0x0F), valueType != .stop
            else {
                throw malformed("unknown Thrift map key or value type", offset: start)
            }
            for _ in 0..<Int(count) {
                try skipElement(keyType)
                try skipElement(valueType)
            }
        case .struct:
            try readStruct { reader, _, fieldType throws(ParquetFailure) in try reader.skip(fieldType) }
        }
    }

    /// Skips one collection element; Booleans there are one byte each.
    mutating func skipElement(_ type: ThriftCompactType) throws(ParquetFailure) {
        if type.isBoolean {
            _ = try readByte()
        } else {
            try skip(type)
        }
    }
}
