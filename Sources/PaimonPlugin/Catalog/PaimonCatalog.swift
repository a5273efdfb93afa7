import TFMTCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The built-in Paimon release catalog, decoded once from ``PaimonCatalogData/json``.
enum PaimonCatalog {
    /// The decoded catalog, or why decoding failed (a test keeps it from failing).
    static let decoded: Result<ReleaseCatalog, TFMTError> = decode(PaimonCatalogData.json)

    /// The built-in catalog. Should the embedded JSON ever fail to decode, a catalog with the runtime families and no
    /// releases stands in, its provenance saying why, so the plugin keeps working and the failure stays visible.
    static let builtin: ReleaseCatalog = {
        switch decoded {
        case .success(let catalog):
            return catalog
        case .failure(let error):
            return ReleaseCatalog(
                format: .paimon,
                provenance: "the built-in Paimon catalog could not be decoded: \(error.message)",
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
                    .paimonSchemaCorrupt,
                    "the Paimon release catalog is not a valid catalog document: \(error)",
                    resolution: ["Regenerate it with scripts/catalogs/paimon.py."]
                )
            )
        }
    }

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
