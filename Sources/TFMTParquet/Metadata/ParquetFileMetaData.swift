import TFMTCore

/// The decoded footer of a Parquet file (Parquet's `FileMetaData`).
public struct ParquetFileMetaData: Sendable, Hashable {
    public var version: Int32 = 0
    /// The schema, flattened depth first; ``ParquetSchema`` turns it into a tree.
    public var schema: [ParquetSchemaElement] = []
    public var numRows: Int64 = 0
    public var rowGroups: [ParquetRowGroup] = []
    public var keyValueMetadata: [ParquetKeyValue] = []
    public var createdBy: String?

    /// Decodes the footer from `bytes`; `baseOffset` is the footer's offset in the file, for error messages.
    static func decode(
        _ bytes: [UInt8],
        baseOffset: Int,
        limits: ParquetLimits
    ) throws(ParquetFailure) -> ParquetFileMetaData {
        var reader = ThriftCompactReader(ByteReader(bytes, baseOffset: baseOffset), maxDepth: limits.maxThriftDepth)
        var meta = ParquetFileMetaData()
        var sawSchema = false
        try reader.readStruct { reader, id, type throws(ParquetFailure) in
            switch (id, type) {
            case (1, .i32): meta.version = try reader.readI32()
            case (2, .list):
                sawSchema = true
                let offset = reader.fileOffset
                try reader.readList { reader, type throws(ParquetFailure) in
                    guard type == .struct else {
                        throw reader.malformed("schema list holds \(type) instead of structs", offset: offset)
                    }
                    guard meta.schema.count < limits.maxSchemaElements else {
                        throw ParquetFailure(
                            .parquetLimitExceeded,
                            "the schema has more than \(limits.maxSchemaElements) elements",
                            offset: reader.fileOffset,
                            details: ["limit": .int(Int64(limits.maxSchemaElements))]
                        )
                    }
                    meta.schema.append(try ParquetSchemaElement.decode(&reader))
                }
            case (3, .i64): meta.numRows = try reader.readI64()
            case (4, .list):
                try reader.readList { reader, type throws(ParquetFailure) in
                    if type == .struct {
                        meta.rowGroups.append(try ParquetRowGroup.decode(&reader))
                    } else {
                        try reader.skipElement(type)
                    }
                }
            case (5, .list):
                try reader.readList { reader, type throws(ParquetFailure) in
                    if type == .struct {
                        meta.keyValueMetadata.append(try ParquetKeyValue.decode(&reader))
                    } else {
                        try reader.skipElement(type)
                    }
                }
            case (6, .binary): meta.createdBy = try reader.readString()
            default: try reader.skip(type)
            }
        }
        guard sawSchema, !meta.schema.isEmpty else {
            throw ParquetFailure(.parquetSchemaInvalid, "the footer has no schema", offset: baseOffset)
        }
        return meta
    }
}
