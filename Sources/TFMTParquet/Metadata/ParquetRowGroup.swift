import TFMTCore

/// A horizontal slice of the file: one column chunk per leaf column (Parquet's `RowGroup`).
public struct ParquetRowGroup: Sendable, Hashable {
    public var columns: [ParquetColumnChunk] = []
    public var totalByteSize: Int64 = 0
    public var numRows: Int64 = 0

    static func decode(_ reader: inout ThriftCompactReader) throws(ParquetFailure) -> ParquetRowGroup {
        var group = ParquetRowGroup()
        try reader.readStruct { reader, id, type throws(ParquetFailure) in
            switch (id, type) {
            case (1, .list):
                try reader.readList { reader, type throws(ParquetFailure) in
                    if type == .struct {
                        group.columns.append(try ParquetColumnChunk.decode(&reader))
                    } else {
                        try reader.skipElement(type)
                    }
                }
            case (2, .i64): group.totalByteSize = try reader.readI64()
            case (3, .i64): group.numRows = try reader.readI64()
            default: try reader.skip(type)
            }
        }
        return group
    }
}
