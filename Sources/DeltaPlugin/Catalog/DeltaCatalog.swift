import TFMTCore

/// The built-in Delta release catalog, decoded once from the JSON that `scripts/catalogs/delta.py` generates
/// (the same document as `catalogs/delta.json`, embedded so that the binaries need no resource bundle).
enum DeltaCatalog {
    /// The embedded catalog, decoded once; should it ever fail to decode (a test guards against that), a catalog that
    /// knows the runtime families but no releases, whose provenance says what went wrong.
    static let embedded = ReleaseCatalog.orFallback(
        decode(DeltaCatalogData.json),
        format: .delta,
        fallbackRuntimes: fallbackRuntimes
    )

    /// Decodes a Delta catalog document.
    static func decode(_ json: String) -> Result<ReleaseCatalog, TFMTError> {
        ReleaseCatalog.decode(json: json, format: .delta, origin: "the built-in Delta catalog")
    }

    /// The runtime families the plugin knows even without catalog data.
    private static let fallbackRuntimes = [
        CatalogRuntime(
            id: "delta-spark",
            ecosystem: .maven,
            engine: "spark",
            summary: "Delta Lake for Apache Spark",
            source: "DeltaPlugin fallback"
        ),
        CatalogRuntime(
            id: "deltalake",
            ecosystem: .pypi,
            engine: "python",
            summary: "delta-rs Python bindings",
            source: "DeltaPlugin fallback"
        ),
    ]
}
