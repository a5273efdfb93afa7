import TFMTCore

/// One entry of the flattened schema in the footer (Parquet's `SchemaElement`).
public struct ParquetSchemaElement: Sendable, Hashable {
    /// The physical type; `nil` for groups.
    public var type: ParquetPhysicalType?
    /// The byte length of `FIXED_LEN_BYTE_ARRAY` values.
    public var typeLength: Int32?
    /// The repetition; `nil` only for the root.
    public var repetition: ParquetRepetition?
    public var name: String
    /// The number of children of a group; `nil` for leaves.
    public var numChildren: Int32?
    public var convertedType: ParquetConvertedType?
    public var scale: Int32?
    public var precision: Int32?
    public var fieldID: Int32?
    public var logicalType: ParquetLogicalType?

    static func decode(_ reader: inout ThriftCompactReader) throws(ParquetFailure) -> ParquetSchemaElement {
        let start = reader.fileOffset
        var element = ParquetSchemaElement(name: "")
        var sawName = false
        try reader.readStruct { reader, id, type throws(ParquetFailure) in
            switch (id, type) {
            case (1, .i32):
                let offset = reader.fileOffset
                let raw = try reader.readI32()
                guard let physical = ParquetPhysicalType(rawValue: raw) else {
                    throw ParquetFailure(.parquetSchemaInvalid, "unknown physical type \(raw)", offset: offset)
                }
                element.type = physical
            case (2, .i32): element.typeLength = try reader.readI32()
            case (3, .i32):
                let offset = reader.fileOffset
                let raw = try reader.readI32()
                guard let repetition = ParquetRepetition(rawValue: raw) else {
                    throw ParquetFailure(.parquetSchemaInvalid, "unknown repetition type \(raw)", offset: offset)
                }
                element.repetition = repetition
            case (4, .binary):
                element.name = try reader.readString()
                sawName = true
            case (5, .i32): element.numChildren = try reader.readI32()
            case (6, .i32): element.convertedType = ParquetConvertedType(rawValue: try reader.readI32())
            case (7, .i32): element.scale = try reader.readI32()
            case (8, .i32): element.precision = try reader.readI32()
            case (9, .i32): element.fieldID = try reader.readI32()
            case (10, .struct): element.logicalType = try ParquetLogicalType.decode(&reader)
            default: try reader.skip(type)
            }
        }
        guard sawName else {
            throw ParquetFailure(.parquetSchemaInvalid, "a schema element has no name", offset: start)
        }
        return element
    }
}
