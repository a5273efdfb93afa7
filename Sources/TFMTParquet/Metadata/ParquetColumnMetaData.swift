import TFMTCore

/// Where a column chunk's pages are and how they are stored (Parquet's `ColumnMetaData`).
public struct ParquetColumnMetaData: Sendable, Hashable {
    public var type: ParquetPhysicalType?
    public var encodings: [ParquetEncoding] = []
    public var pathInSchema: [String] = []
    public var codec: ParquetCompressionCodec = .uncompressed
    /// The number of values, nulls and repeated entries included (the number of level entries).
    public var numValues: Int64 = 0
    public var totalUncompressedSize: Int64 = 0
    public var totalCompressedSize: Int64 = 0
    public var dataPageOffset: Int64 = 0
    public var indexPageOffset: Int64?
    public var dictionaryPageOffset: Int64?
    public var statistics: ParquetStatistics?

    static func decode(_ reader: inout ThriftCompactReader) throws(ParquetFailure) -> ParquetColumnMetaData {
        var meta = ParquetColumnMetaData()
        try reader.readStruct { reader, id, type throws(ParquetFailure) in
            switch (id, type) {
            case (1, .i32): meta.type = ParquetPhysicalType(rawValue: try reader.readI32())
            case (2, .list): meta.encodings = try reader.readI32List().map(ParquetEncoding.init(rawValue:))
            case (3, .list): meta.pathInSchema = try reader.readStringList()
            case (4, .i32): meta.codec = ParquetCompressionCodec(rawValue: try reader.readI32())
            case (5, .i64): meta.numValues = try reader.readI64()
            case (6, .i64): meta.totalUncompressedSize = try reader.readI64()
            case (7, .i64): meta.totalCompressedSize = try reader.readI64()
            case (9, .i64): meta.dataPageOffset = try reader.readI64()
            case (10, .i64): meta.indexPageOffset = try reader.readI64()
            case (11, .i64): meta.dictionaryPageOffset = try reader.readI64()
            case (12, .struct): meta.statistics = try ParquetStatistics.decode(&reader)
            default: try reader.skip(type)
            }
        }
        return meta
    }
}
