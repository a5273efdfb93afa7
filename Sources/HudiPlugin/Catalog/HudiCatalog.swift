import TFMTCore

/// The built-in Hudi release catalog, decoded once from the JSON that `scripts/catalogs/hudi.py` generates (the same
/// document as `catalogs/hudi.json`, embedded so that the binaries need no resource bundle).
enum HudiCatalog {
    /// The runtime family of the Spark bundles.
    static let sparkBundle = "hudi-spark-bundle"
    /// The runtime family of the Flink bundles.
    static let flinkBundle = "hudi-flink-bundle"
    /// hudi-rs on PyPI.
    static let hudiRS = "hudi"

    /// The embedded catalog, decoded once; should it ever fail to decode (a test guards against that), a catalog that
    /// knows the runtime families but no releases, whose provenance says what went wrong.
    static let embedded = ReleaseCatalog.orFallback(
        decode(HudiCatalogData.json),
        format: .hudi,
        fallbackRuntimes: fallbackRuntimes
    )

    /// Decodes a Hudi catalog document.
    static func decode(_ json: String) -> Result<ReleaseCatalog, TFMTError> {
        ReleaseCatalog.decode(json: json, format: .hudi, origin: "the built-in Hudi catalog")
    }

    /// The runtime families the plugin knows even without catalog data.
    private static let fallbackRuntimes = [
        CatalogRuntime(
            id: sparkBundle,
            ecosystem: .maven,
            engine: "spark",
            summary: "Hudi bundle for Apache Spark",
            source: "HudiPlugin fallback"
        ),
        CatalogRuntime(
            id: flinkBundle,
            ecosystem: .maven,
            engine: "flink",
            summary: "Hudi bundle for Apache Flink",
            source: "HudiPlugin fallback"
        ),
        CatalogRuntime(
            id: hudiRS,
            ecosystem: .pypi,
            engine: "python",
            summary: "hudi-rs Python bindings",
            source: "HudiPlugin fallback"
        ),
    ]
}
