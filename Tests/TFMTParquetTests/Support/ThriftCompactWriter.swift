/// A minimal Thrift compact-protocol writer for crafting footers and page headers in tests.
struct ThriftCompactWriter {
    var bytes: [UInt8] = []
    private var lastIDs: [Int16] = [0]

    mutating func varint(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func zigzag(_ value: Int64) {
        varint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    mutating func fieldHeader(_ id: Int16, type: UInt8) {
        let delta = id - lastIDs[lastIDs.count - 1]
        if delta > 0 && delta <= 15 {
            bytes.append(UInt8(delta) << 4 | type)
        } else {
            bytes.append(type)
            zigzag(Int64(id))
        }
        lastIDs[lastIDs.count - 1] = id
    }

    mutating func i32(_ id: Int16, _ value: Int32) {
        fieldHeader(id, type: 5)
        zigzag(Int64(value))
    }

    mutating func i64(_ id: Int16, _ value: Int64) {
        fieldHeader(id, type: 6)
        zigzag(value)
    }

    mutating func bool(_ id: Int16, _ value: Bool) {
        fieldHeader(id, type: value ? 1 : 2)
    }

    mutating func string(_ id: Int16, _ value: String) {
        fieldHeader(id, type: 8)
        varint(UInt64(value.utf8.count))
        bytes.append(contentsOf: value.utf8)
    }

    mutating func beginStruct(_ id: Int16) {
        fieldHeader(id, type: 12)
        lastIDs.append(0)
    }

    /// Ends a struct started with ``beginStruct(_:)`` or a list element started with ``beginElement()``.
    mutating func endStruct() {
        bytes.append(0)
        lastIDs.removeLast()
    }

    mutating func listHeader(_ id: Int16, elementType: UInt8, count: Int) {
        fieldHeader(id, type: 9)
        if count < 15 {
            bytes.append(UInt8(count) << 4 | elementType)
        } else {
            bytes.append(0xF0 | elementType)
            varint(UInt64(count))
        }
    }

    /// Starts a struct that is a list element.
    mutating func beginElement() { lastIDs.append(0) }

    mutating func stop() { bytes.append(0) }
}

/// A schema element for ``ThriftCompactWriter``-built footers.
struct TestSchemaElement {
    var name: String
    var type: Int32?
    var repetition: Int32?
    var children: Int32?
    var converted: Int32?
}

extension ThriftCompactWriter {
    /// A FileMetaData with `schema` and no row groups.
    static func footer(schema: [TestSchemaElement], numRows: Int64 = 0) -> [UInt8] {
        var writer = ThriftCompactWriter()
        writer.i32(1, 1)
        writer.listHeader(2, elementType: 12, count: schema.count)
        for element in schema {
            writer.beginElement()
            if let type = element.type { writer.i32(1, type) }
            if let repetition = element.repetition { writer.i32(3, repetition) }
            writer.string(4, element.name)
            if let children = element.children { writer.i32(5, children) }
            if let converted = element.converted { writer.i32(6, converted) }
            writer.endStruct()
        }
        writer.i64(3, numRows)
        writer.listHeader(4, elementType: 12, count: 0)
        writer.stop()
        return writer.bytes
    }

    /// A whole file: magic, `body`, the footer, its length and the magic.
    static func file(body: [UInt8] = [], footer: [UInt8]) -> [UInt8] {
        var file = Array("PAR1".utf8) + body + footer
        let length = UInt32(footer.count)
        file += [UInt8(length & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length >> 16 & 0xFF), UInt8(length >> 24)]
        return file + Array("PAR1".utf8)
    }
}
