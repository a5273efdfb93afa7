/// The bounds a reader holds a file to, so that a damaged or hostile file fails fast instead of exhausting memory,
/// stack or time.
///
/// The defaults are far above what table metadata needs: Iceberg manifests nest about five levels deep and their
/// blocks hold well under a megabyte.
public struct AvroLimits: Sendable, Hashable {
    /// The deepest nesting of schema types, and of values while decoding (recursive schemas can nest at run time).
    public var maxNestingDepth = 64
    /// The most types one schema may define.
    public var maxSchemaNodes = 10_000
    /// The most bytes the header's metadata may take.
    public var maxHeaderBytes = 16 << 20
    /// The most bytes one block's compressed data may take.
    public var maxBlockBytes = 64 << 20
    /// The most bytes one block may decompress to.
    public var maxDecompressedBlockBytes = 256 << 20
    /// The most values that take no bytes at all (nulls, empty records) one decode may produce. A count in the file
    /// is otherwise bounded by the bytes left; these values are not, so they have their own budget.
    public var maxEmptyValues = 1 << 20

    /// The default limits.
    public init() {}
}
