import Foundation

/// Writes the small Avro object containers the layout-2 tests need: one `HoodieCommitMetadata`-shaped record with
/// `extraMetadata` and `operationType`, uncompressed (the same encoding Hudi 1.x writes, minus the write stats).
enum AvroContainerWriter {
    /// The writer schema: the two fields of `HoodieCommitMetadata` the plugin reads.
    static let commitSchema = """
        {"type":"record","name":"HoodieCommitMetadata","namespace":"org.apache.hudi.avro.model","fields":[\
        {"name":"extraMetadata","type":["null",{"type":"map","values":"string"}],"default":null},\
        {"name":"operationType","type":["null","string"],"default":null}]}
        """

    /// A container with one commit-metadata record.
    static func commitMetadata(extraMetadata: [String: String], operationType: String?) -> Data {
        var record = Data()
        record.append(long(1))
        record.append(long(Int64(extraMetadata.count)))
        for (key, value) in extraMetadata.sorted(by: { $0.key < $1.key }) {
            record.append(string(key))
            record.append(string(value))
        }
        record.append(long(0))
        if let operationType {
            record.append(long(1))
            record.append(string(operationType))
        } else {
            record.append(long(0))
        }
        return container(schema: commitSchema, records: [record])
    }

    /// A container file around already-encoded records.
    static func container(schema: String, records: [Data]) -> Data {
        let sync = Data((0..<16).map { UInt8($0 * 7 + 3) })
        var file = Data("Obj".utf8) + Data([1])
        file.append(long(2))
        file.append(string("avro.schema"))
        file.append(bytes(Data(schema.utf8)))
        file.append(string("avro.codec"))
        file.append(bytes(Data("null".utf8)))
        file.append(long(0))
        file.append(sync)
        let body = records.reduce(Data(), +)
        file.append(long(Int64(records.count)))
        file.append(long(Int64(body.count)))
        file.append(body)
        file.append(sync)
        return file
    }

    static func long(_ value: Int64) -> Data {
        var zigzag = UInt64(bitPattern: (value << 1) ^ (value >> 63))
        var data = Data()
        repeat {
            var byte = UInt8(zigzag & 0x7F)
            zigzag >>= 7
            if zigzag != 0 { byte |= 0x80 }
            data.append(byte)
        } while zigzag != 0
        return data
    }

    static func bytes(_ value: Data) -> Data { long(Int64(value.count)) + value }

    static func string(_ value: String) -> Data { bytes(Data(value.utf8)) }
}
