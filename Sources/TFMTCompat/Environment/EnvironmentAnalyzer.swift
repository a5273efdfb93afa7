import TFMTCore

/// Describes an engine environment: scans its folder (when it has one), adds the runtimes it assumes, and asks each
/// plugin what those runtimes read and write.
public enum EnvironmentAnalyzer {
    /// The report for `environment`.
    ///
    /// A folder that cannot be scanned becomes a finding, so one bad path does not hide what the environment
    /// assumes.
    public static func report(
        _ environment: EngineEnvironment,
        plugins: [any TableFormatPlugin]
    ) -> EngineEnvironmentReport {
        var runtimes: [InstalledRuntime] = []
        var findings: [TFMTError] = []
        if let folder = environment.scan {
            do {
                let scanned = try InventoryScanner.scan(folder)
                let result = ScanAnalyzer.analyze(scanned, target: environment.target, plugins: plugins)
                runtimes += result.runtimes
                findings += result.findings
            } catch {
                findings.append(error)
            }
        }
        for (artifact, version) in environment.assume.sorted(by: { $0.key < $1.key }) {
            guard let runtime = runtimeID(for: artifact, plugins: plugins) else {
                findings.append(unknownArtifact(artifact, environment: environment.name, plugins: plugins))
                continue
            }
            runtimes.append(InstalledRuntime(runtime: runtime, version: version, artifact: artifact, origin: "assumed"))
        }
        var capabilities: [FormatCapabilitiesEntry] = []
        for plugin in plugins {
            let installed = RuntimeEnvironment(target: environment.target, installed: runtimes)
            capabilities += plugin.capabilities(of: installed).map {
                FormatCapabilitiesEntry(format: plugin.metadata.format, capabilities: $0)
            }
        }
        return EngineEnvironmentReport(
            environment: environment,
            runtimes: runtimes,
            capabilities: capabilities,
            findings: findings
        )
    }

    /// The runtime family an artifact name or family name stands for, in any plugin's catalog.
    public static func runtimeID(for artifact: String, plugins: [any TableFormatPlugin]) -> String? {
        for plugin in plugins {
            let catalog = plugin.catalog
            if catalog.runtime(artifact) != nil { return artifact }
            for ecosystem in ArtifactEcosystem.allCases {
                if let runtime = catalog.runtimeID(forArtifactNamed: artifact, ecosystem: ecosystem) { return runtime }
            }
        }
        return nil
    }

    private static func unknownArtifact(
        _ artifact: String,
        environment: String,
        plugins: [any TableFormatPlugin]
    ) -> TFMTError {
        let known = plugins.flatMap { $0.catalog.runtimes.map(\.id) }
        return TFMTError(
            .unknownArtifact,
            "no catalog knows the artifact '\(artifact)' "
                + (environment == "--with" ? "given with --with" : "assumed by engine \(environment)"),
            context: [
                "artifact": .string(artifact), "engine": .string(environment), "knownRuntimes": JSONValue(known),
            ],
            resolution: [
                "Name the artifact by its Maven artifactId (delta-spark_2.12, iceberg-spark-runtime-3.5_2.12) or Python "
                    + "package (deltalake, pyiceberg), or by a runtime family: \(known.joined(separator: ", "))."
            ]
        )
    }
}
