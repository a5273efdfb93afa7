import TFMTCore

/// The built-in Iceberg release catalog, decoded once from ``IcebergCatalogData/json``.
enum IcebergCatalog {
    /// The decoded catalog, or why decoding failed (a test keeps it from failing).
    static let decoded = ReleaseCatalog.decode(
        json: IcebergCatalogData.json,
        format: .iceberg,
        origin: "the built-in Iceberg catalog"
    )

    /// The built-in catalog, or the runtime families alone should the embedded JSON not decode.
    static let builtin = ReleaseCatalog.orFallback(decoded, format: .iceberg, fallbackRuntimes: fallbackRuntimes)

    /// The runtime families the plugin knows even without catalog data.
    private static let fallbackRuntimes = [
        CatalogRuntime(
            id: "iceberg-spark-runtime",
            ecosystem: .maven,
            engine: "spark",
            summary: "Iceberg runtime for Apache Spark",
            source: "apache/iceberg:site/docs/multi-engine-support.md@HEAD"
        ),
        CatalogRuntime(
            id: "iceberg-flink-runtime",
            ecosystem: .maven,
            engine: "flink",
            summary: "Iceberg runtime for Apache Flink",
            source: "apache/iceberg:site/docs/multi-engine-support.md@HEAD"
        ),
        CatalogRuntime(
            id: "pyiceberg",
            ecosystem: .pypi,
            engine: "python",
            summary: "PyIceberg",
            source: "apache/iceberg-python:pyproject.toml@HEAD"
        ),
    ]
}
