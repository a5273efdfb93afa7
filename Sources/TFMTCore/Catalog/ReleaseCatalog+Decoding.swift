#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension ReleaseCatalog {
    /// Decodes a catalog document (the JSON a plugin embeds, and that `catalogs/<format>.json` holds) and checks
    /// that it is for `format` in a schema version this build reads.
    ///
    /// - Parameter origin: Where the document came from, for the error (`the built-in Delta catalog`, a file path).
    public static func decode(json: String, format: TableFormat, origin: String) -> Result<ReleaseCatalog, TFMTError> {
        let catalog: ReleaseCatalog
        do {
            catalog = try JSONDecoder().decode(ReleaseCatalog.self, from: Data(json.utf8))
        } catch {
            return .failure(invalid(origin, format: format, reason: "not a catalog document: \(error)"))
        }
        guard catalog.schemaVersion == currentSchemaVersion else {
            return .failure(
                invalid(
                    origin,
                    format: format,
                    reason: "schema version \(catalog.schemaVersion); this build reads \(currentSchemaVersion)"
                )
            )
        }
        guard catalog.format == format else {
            return .failure(invalid(origin, format: format, reason: "it describes \(catalog.format), not \(format)"))
        }
        return .success(catalog)
    }

    /// The catalog `decoded` holds, or — should it have failed — one that knows only `fallbackRuntimes`, whose
    /// provenance says why, so the plugin keeps working and the failure stays visible (`tfmtctl plugins show`).
    public static func orFallback(
        _ decoded: Result<ReleaseCatalog, TFMTError>,
        format: TableFormat,
        fallbackRuntimes: [CatalogRuntime]
    ) -> ReleaseCatalog {
        switch decoded {
        case .success(let catalog):
            return catalog
        case .failure(let error):
            return ReleaseCatalog(format: format, provenance: error.message, runtimes: fallbackRuntimes)
        }
    }

    private static func invalid(_ origin: String, format: TableFormat, reason: String) -> TFMTError {
        TFMTError(
            .catalogInvalid,
            "\(origin) could not be decoded: \(reason)",
            context: ["catalog": .string(origin), "format": .string(format.rawValue), "reason": .string(reason)],
            resolution: [
                "Regenerate the catalog with scripts/catalogs/\(format.rawValue).py from the reference material.",
                "A catalog file in the catalog folder must have schemaVersion \(currentSchemaVersion) and format "
                    + "\"\(format.rawValue)\".",
            ]
        )
    }
}
