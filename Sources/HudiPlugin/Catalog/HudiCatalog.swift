import TFMTCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The built-in Hudi release catalog, decoded once from the JSON that `scripts/catalogs/hudi.py` generates (the same
/// document as `catalogs/hudi.json`, embedded so that the binaries need no resource bundle).
enum HudiCatalog {
    /// The runtime family of the Spark bundles.
    static let sparkBundle = "hudi-spark-bundle"
    /// The runtime family of the Flink bundles.
    static let flinkBundle = "hudi-flink-bundle"
    /// hudi-rs on PyPI.
    static let hudiRS = "hudi"

    /// The embedded catalog; should it ever fail to decode (a test guards against that), a catalog that knows the
    /// three runtime families but no releases, whose provenance says what went wrong.
    static let embedded: ReleaseCatalog = {
        switch decode(HudiCatalogData.json) {
        case .success(let catalog): return catalog
        case .failure(let reason):
            return ReleaseCatalog(
                format: .hudi,
                provenance: "the embedded Hudi catalog could not be decoded: \(reason)",
                runtimes: [
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
            )
        }
    }()

    /// Decodes a catalog document.
    static func decode(_ json: String) -> Result<ReleaseCatalog, CatalogDecodingFailure> {
        do {
            return .success(try JSONDecoder().decode(ReleaseCatalog.self, from: Data(json.utf8)))
        } catch {
            return .failure(CatalogDecodingFailure(description: String(describing: error)))
        }
    }

    /// Why a catalog document did not decode.
    struct CatalogDecodingFailure: Error, Sendable, CustomStringConvertible {
        var description: String
    }
}
