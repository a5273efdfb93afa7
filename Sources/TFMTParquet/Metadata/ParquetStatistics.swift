import TFMTCore

/// Column chunk statistics; only the counts are decoded, the min/max bytes are skipped.
public struct ParquetStatistics: Sendable, Hashable {
    public var nullCount: Int64?
    public var distinctCount: Int64?

    static func decode(_ reader: inout ThriftCompactReader) throws(ParquetFailure) -> ParquetStatistics {
        var stats = ParquetStatistics()
        try reader.readStruct { reader, id, type throws(ParquetFailure) in
            switch (id, type) {
            case (3, .i64): stats.nullCount = try reader.readI64()
            case (4, .i64): stats.distinctCount = try reader.readI64()
            default: try reader.skip(type)
            }
        }
        return stats
    }
}
