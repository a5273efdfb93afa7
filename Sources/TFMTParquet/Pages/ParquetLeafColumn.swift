import TFMTCore

/// One leaf column of one row group, decoded: its levels and its non-null values.
struct ParquetLeafColumn: Sendable {
    /// Definition levels, one per entry; empty when the column's maximum definition level is 0.
    var definitionLevels: [UInt8] = []
    /// Repetition levels, one per entry; empty when the column's maximum repetition level is 0.
    var repetitionLevels: [UInt8] = []
    /// The values of the entries whose definition level is the maximum, in order.
    var values: [ParquetValue] = []
    /// The number of entries (values, nulls and empty lists).
    var count = 0
}
