import TFMTCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The built-in Iceberg release catalog, decoded once from ``IcebergCatalogData/json``.
enum IcebergCatalog {
    /// The decoded catalog, or why decoding failed (a test keeps it from failing).
    static let decoded: Result<ReleaseCatalog, TFMTError> = decode(IcebergCatalogData.json)

    /// The built-in catalog. Should the embedded JSON ever fail to decode, a catalog with the runtime families and no
    /// releases stands in, its provenance saying why, so the plugin keeps working and the failure stays visible.
    static let builtin: ReleaseCatalog = {
        switch decoded {
        case .success(let catalog):
            return catalog
        case .failure(let error):
            return ReleaseCatalog(
                format: .iceberg,
                provenance: "the built-in Iceberg catalog could not be decoded: \(error.message)",
                runtimes: fallbackRuntimes
            )
        }
    }()

    /// Decodes a catalog document.
    static func decode(_ json: String) -> Result<ReleaseCatalog, TFMTError> {
        do {
            return .success(try JSONDecoder().decode(ReleaseCatalog.self, from: Data(json.utf8)))
        } catch {
            return .failure(
                TFMTError(
                    .icebergMetadataCorrupt,
                    "the Iceberg release catalog is not a valid catalog document: \(error)",
                    resolution: ["Regenerate it with scripts/catalogs/iceberg.py."]
                )
            )
        }
    }

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
