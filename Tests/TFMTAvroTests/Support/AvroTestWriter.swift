/// Writes Avro's binary encoding by hand, so tests can build the malformed files no real writer produces.
struct AvroTestWriter {
    private(set) var bytes: [UInt8] = []

    mutating func long(_ value: Int64) {
        var raw = UInt64(bitPattern: (value << 1) ^ (value >> 63))
        while raw >= 0x80 {
            bytes.append(UInt8(raw & 0x7F) | 0x80)
            raw >>= 7
        }
        bytes.append(UInt8(raw))
    }

    mutating func string(_ text: String) {
        long(Int64(text.utf8.count))
        bytes += Array(text.utf8)
    }

    mutating func raw(_ more: [UInt8]) { bytes += more }

    static let sync: [UInt8] = Array(0..<16)

    /// A container header with the given schema, codec and metadata entries.
    static func header(schema: String, codec: String = "null", sync: [UInt8] = sync) -> [UInt8] {
        var writer = AvroTestWriter()
        writer.raw([0x4F, 0x62, 0x6A, 0x01])
        writer.long(2)
        writer.string("avro.schema")
        writer.string(schema)
        writer.string("avro.codec")
        writer.string(codec)
        writer.long(0)
        writer.raw(sync)
        return writer.bytes
    }

    /// A block: record count, byte size, data, sync marker.
    static func block(count: Int64, data: [UInt8], size: Int64? = nil, sync: [UInt8] = sync) -> [UInt8] {
        var writer = AvroTestWriter()
        writer.long(count)
        writer.long(size ?? Int64(data.count))
        writer.raw(data)
        writer.raw(sync)
        return writer.bytes
    }
}
