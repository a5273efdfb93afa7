import TFMTCore

/// Whether a schema field must appear, may be absent, or may repeat (Parquet's `FieldRepetitionType`).
public enum ParquetRepetition: Int32, Sendable, Hashable, CaseIterable {
    case required = 0
    case optional = 1
    case repeated = 2
}
