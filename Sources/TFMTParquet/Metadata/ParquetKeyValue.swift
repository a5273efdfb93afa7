import TFMTCore

/// One entry of the file's key-value metadata (for example the Arrow schema pyarrow stores).
public struct ParquetKeyValue: Sendable, Hashable {
    public var key: String
    public var value: String?

    static func decode(_ reader: inout ThriftCompactReader) throws(ParquetFailure) -> ParquetKeyValue {
        var entry = ParquetKeyValue(key: "", value: nil)
        try reader.readStruct { reader, id, type throws(ParquetFailure) in
            switch (id, type) {
            case (1, .binary): entry.key = try reader.readString()
            case (2, .binary): entry.value = try reader.readString()
            default: try reader.skip(type)
            }
        }
        return entry
    }
}
