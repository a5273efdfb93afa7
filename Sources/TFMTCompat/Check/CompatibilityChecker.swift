import TFMTCore

/// Joins a table's requirements with an engine's runtimes into a verdict for reading and for writing.
///
/// The plugin's requirements say, per runtime family, the oldest release that reads and writes the table and the
/// features that force it; the engine's runtimes say what is installed. A runtime at or above the minimum passes;
/// below it, each forcing feature is listed with the first release that handles it.
public enum CompatibilityChecker {
    /// Checks `record` (read by `plugin`) against the engine `target` with `runtimes` installed.
    ///
    /// - Throws: ``TFMTError/Code/noRuntimeCatalogued`` when the plugin's catalog has no runtime for the engine,
    ///   since a verdict would then be a guess.
    public static func check(
        _ record: TableRecord,
        plugin: any TableFormatPlugin,
        engineName: String?,
        target: EngineTarget,
        runtimes: [InstalledRuntime]
    ) throws(TFMTError) -> CheckResult {
        let catalog = plugin.catalog
        let engineRuntimes = Set(catalog.runtimes.filter { $0.engine == target.engine }.map(\.id))
        guard !engineRuntimes.isEmpty else {
            throw TFMTError(
                .noRuntimeCatalogued,
                "no \(record.format.displayName) runtime for \(target.engine) is in the catalog",
                context: [
                    "engine": .string(target.engine), "format": .string(record.format.rawValue),
                    "catalogued": JSONValue(Array(Set(catalog.runtimes.map(\.engine))).sorted()),
                ],
                resolution: [
                    "Check against an engine the catalog covers (\(Set(catalog.runtimes.map(\.engine)).sorted().joined(separator: ", "))).",
                    "Engines' own connectors (Trino, DuckDB, Polars…) are not catalogued in this build.",
                ]
            )
        }
        let installed = runtimes.filter { engineRuntimes.contains($0.runtime) }
        let requirements = plugin.requirements(for: record)
        return CheckResult(
            table: .init(format: record.format, location: record.location, snapshot: record.snapshot),
            engine: .init(name: engineName, target: target, runtimes: installed),
            read: verdict(
                requirements.read,
                installed: installed,
                engineRuntimes: engineRuntimes,
                catalog: catalog,
                mode: .read
            ),
            write: verdict(
                requirements.write,
                installed: installed,
                engineRuntimes: engineRuntimes,
                catalog: catalog,
                mode: .write
            )
        )
    }

    private enum Mode {
        case read
        case write
    }

    private static func verdict(
        _ requirements: [RuntimeRequirement],
        installed: [InstalledRuntime],
        engineRuntimes: Set<String>,
        catalog: ReleaseCatalog,
        mode: Mode
    ) -> CheckResult.Verdict {
        let relevant = requirements.filter { engineRuntimes.contains($0.runtime) }
        guard !installed.isEmpty else {
            // Nothing of the format is installed: say what to install.
            let options = relevant.map { requirement in
                requirement.minimum.map { "\(requirement.runtime) >= \($0)" }
                    ?? "no known \(requirement.runtime) release"
            }
            return .init(
                ok: false,
                missing: [
                    .init(
                        feature: "runtime",
                        requires: options.isEmpty ? "no known runtime" : options.joined(separator: " or ")
                    )
                ]
            )
        }
        var missing: [CheckResult.Missing] = []
        var ok = false
        for runtime in installed {
            guard let requirement = relevant.first(where: { $0.runtime == runtime.runtime }) else { continue }
            if let minimum = requirement.minimum, runtime.version >= minimum {
                ok = true
                continue
            }
            let because = requirement.because.isEmpty ? ["baseline"] : requirement.because
            for feature in because {
                let fact = catalog.features.first { $0.feature == feature && $0.runtime == runtime.runtime }
                let first = mode == .read ? fact?.read : fact?.write
                let requires: String
                if let release = first ?? requirement.minimum {
                    requires = "\(runtime.runtime) >= \(release) (installed \(runtime.version))"
                } else {
                    requires = "no known \(runtime.runtime) release"
                }
                missing.append(.init(feature: feature, requires: requires))
            }
        }
        return .init(ok: ok, missing: ok ? [] : missing)
    }
}
