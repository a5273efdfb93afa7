import TFMTCore

/// One leaf column's data within a row group (Parquet's `ColumnChunk`).
public struct ParquetColumnChunk: Sendable, Hashable {
    /// Set when the chunk lives in another file, which this reader does not follow.
    public var filePath: String?
    public var fileOffset: Int64 = 0
    public var metaData: ParquetColumnMetaData?

    static func decode(_ reader: inout ThriftCompactReader) throws(ParquetFailure) -> ParquetColumnChunk {
        var chunk = ParquetColumnChunk()
        try reader.readStruct { reader, id, type throws(ParquetFailure) in
            switch (id, type) {
            case (1, .binary): chunk.filePath = try reader.readString()
            case (2, .i64): chunk.fileOffset = try reader.readI64()
            case (3, .struct): chunk.metaData = try ParquetColumnMetaData.decode(&reader)
            default: try reader.skip(type)
            }
        }
        return chunk
    }
}
