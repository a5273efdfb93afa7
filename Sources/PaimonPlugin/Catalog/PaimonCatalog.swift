import TFMTCore

/// The built-in Paimon release catalog, decoded once from ``PaimonCatalogData/json``.
enum PaimonCatalog {
    /// The decoded catalog, or why decoding failed (a test keeps it from failing).
    static let decoded = ReleaseCatalog.decode(
        json: PaimonCatalogData.json,
        format: .paimon,
        origin: "the built-in Paimon catalog"
    )

    /// The built-in catalog, or the runtime families alone should the embedded JSON not decode.
    static let builtin = ReleaseCatalog.orFallback(decoded, format: .paimon, fallbackRuntimes: fallbackRuntimes)

    /// The runtime families the plugin knows even without catalog data.
    static let fallbackRuntimes = [
        CatalogRuntime(
            id: "paimon-flink",
            ecosystem: .maven,
            engine: "flink",
            summary: "Paimon connector for Apache Flink",
            source: "apache/paimon:paimon-flink/pom.xml"
        ),
        CatalogRuntime(
            id: "paimon-spark",
            ecosystem: .maven,
            engine: "spark",
            summary: "Paimon connector for Apache Spark",
            source: "apache/paimon:paimon-spark/pom.xml"
        ),
        CatalogRuntime(
            id: "paimon-hive-connector",
            ecosystem: .maven,
            engine: "hive",
            summary: "Paimon connector for Apache Hive",
            source: "apache/paimon:paimon-hive/pom.xml"
        ),
        CatalogRuntime(
            id: "pypaimon",
            ecosystem: .pypi,
            engine: "python",
            summary: "pypaimon",
            source: "apache/paimon:paimon-python/setup.py"
        ),
    ]
}
