import TFMTCore

/// Upper bounds the reader enforces on what a file may ask of it.
///
/// Real table metadata stays orders of magnitude below the defaults; they exist so that a corrupt or hostile file
/// fails with ``TFMTError/Code/parquetLimitExceeded`` instead of exhausting memory or the stack.
public struct ParquetLimits: Sendable, Hashable {
    /// The largest footer (FileMetaData) in bytes.
    public var maxFooterSize: Int = 64 << 20
    /// How deep Thrift structures, lists and maps may nest.
    public var maxThriftDepth: Int = 32
    /// The most schema elements.
    public var maxSchemaElements: Int = 100_000
    /// How deep the schema tree may nest; at most 120 is honoured, so that levels fit in a byte.
    public var maxSchemaDepth: Int = 64
    /// The largest page, compressed or not, in bytes.
    public var maxPageSize: Int = 256 << 20
    /// The most level entries (values, nulls and repeats) a column chunk may declare.
    public var maxValuesPerColumnChunk: Int = 64 << 20

    /// The defaults.
    public init() {}

    /// The defaults.
    public static let `default` = ParquetLimits()
}
