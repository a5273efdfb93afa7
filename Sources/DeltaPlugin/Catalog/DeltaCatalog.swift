import TFMTCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The built-in Delta release catalog, decoded once from the JSON that `scripts/catalogs/delta.py` generates
/// (the same document as `catalogs/delta.json`, embedded so that the binaries need no resource bundle).
enum DeltaCatalog {
    /// The embedded catalog; should it ever fail to decode (a test guards against that), a catalog that knows the
    /// two runtime families but no releases, whose provenance says what went wrong.
    static let embedded: ReleaseCatalog = {
        switch decode(DeltaCatalogData.json) {
        case .success(let catalog): return catalog
        case .failure(let reason):
            return ReleaseCatalog(
                format: .delta,
                provenance: "the embedded Delta catalog could not be decoded: \(reason)",
                runtimes: [
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
