import Foundation
import TFMTCore

/// Chooses, per format, the newest release whose artifact supports the engine's version, Scala and Java (or Python),
/// and that reads every given table; explains, when nothing fits, why each candidate fell short.
///
/// Deterministic: releases are tried newest first, pre-releases only when no final release fits.
public enum Resolver {
    /// A table that must stay readable, with what its plugin requires.
    public struct TableConstraint: Sendable {
        public var location: String
        public var format: TableFormat
        public var requirements: TableRequirements

        public init(location: String, format: TableFormat, requirements: TableRequirements) {
            self.location = location
            self.format = format
            self.requirements = requirements
        }
    }

    /// Resolves `formats` (every plugin's format when empty) for `target`.
    public static func resolve(
        target: EngineTarget,
        formats: [TableFormat],
        tables: [TableConstraint],
        plugins: [any TableFormatPlugin]
    ) -> ResolveResult {
        var choices: [ResolvedArtifact] = []
        var unresolved: [TFMTError] = []
        // Without a list, every format with a runtime for the engine; a format asked for by name must resolve.
        let wanted =
            formats.isEmpty
            ? plugins.filter { plugin in plugin.catalog.runtimes.contains { $0.engine == target.engine } }
                .map(\.metadata.format)
            : formats
        for format in wanted {
            guard let plugin = plugins.first(where: { $0.metadata.format == format }) else {
                unresolved.append(
                    TFMTError(
                        .noCompatibleRelease,
                        "no active plugin knows \(format.displayName) releases",
                        context: ["format": .string(format.rawValue)],
                        resolution: ["Enable the \(format.displayName) plugin (tfmtctl plugins list)."]
                    )
                )
                continue
            }
            let catalog = plugin.catalog
            let runtimes = catalog.runtimes.filter { $0.engine == target.engine }
            if runtimes.isEmpty {
                unresolved.append(
                    TFMTError(
                        .noCompatibleRelease,
                        "the \(format.displayName) catalog has no runtime for \(target.engine)",
                        context: [
                            "format": .string(format.rawValue), "engine": .string(target.engine),
                            "catalogued": JSONValue(Array(Set(catalog.runtimes.map(\.engine))).sorted()),
                        ],
                        resolution: [
                            "Resolve for an engine the catalog covers: "
                                + Set(catalog.runtimes.map(\.engine)).sorted().joined(separator: ", ") + "."
                        ]
                    )
                )
                continue
            }
            let constraints = tables.filter { $0.format == format }
            for runtime in runtimes {
                switch choose(runtime, format: format, catalog: catalog, target: target, tables: constraints) {
                case .success(let choice): choices.append(choice)
                case .failure(let error): unresolved.append(error)
                }
            }
        }
        let warnings = KnownClashes.findings(
            in: choices.map {
                FoundArtifact(
                    path: $0.artifact.description,
                    ecosystem: $0.artifact.ecosystem,
                    name: $0.artifact.name,
                    version: $0.version
                )
            },
            jars: []
        )
        return ResolveResult(target: target, choices: choices, unresolved: unresolved, warnings: warnings)
    }

    /// Why one release does not fit.
    private enum Shortfall: Hashable {
        case engine(supported: [String])
        case scala(built: [String])
        case java(VersionRequirement)
        case python(VersionRequirement)
        case table(location: String, minimum: Version?, because: [String])
    }

    private static func choose(
        _ family: CatalogRuntime,
        format: TableFormat,
        catalog: ReleaseCatalog,
        target: EngineTarget,
        tables: [TableConstraint]
    ) -> Result<ResolvedArtifact, TFMTError> {
        let runtime = family.id
        let releases = catalog.releases(of: runtime).reversed()
        var evaluated: [(CatalogRelease, [Shortfall], EngineSupport?)] = []
        for release in releases {
            let (shortfalls, support) = evaluate(release, target: target, tables: tables, family: family)
            evaluated.append((release, shortfalls, support))
        }
        let fitting = evaluated.filter { $0.1.isEmpty }
        if let pick = fitting.first(where: { !$0.0.version.isPrerelease }) ?? fitting.first, let support = pick.2,
            let artifact = support.artifact
        {
            let scala = target.scala.map { "\($0.major).\($0.minor)" } ?? support.scala.last ?? ""
            var coordinate = artifact
            coordinate.name = artifact.name.replacingOccurrences(of: "{scala}", with: scala)
            return .success(
                ResolvedArtifact(
                    format: format,
                    runtime: runtime,
                    version: pick.0.version,
                    artifact: coordinate,
                    source: pick.0.source,
                    uncertain: pick.0.uncertain
                )
            )
        }
        return .failure(explain(runtime, format: format, target: target, evaluated: evaluated))
    }

    private static func evaluate(
        _ release: CatalogRelease,
        target: EngineTarget,
        tables: [TableConstraint],
        family: CatalogRuntime
    ) -> ([Shortfall], EngineSupport?) {
        let runtime = family.id
        var shortfalls: [Shortfall] = []
        var forEngine = release.engines.filter { $0.engine == target.engine }
        // A Python package release may state only its Python range; the package itself is the artifact.
        if forEngine.isEmpty, family.ecosystem == .pypi {
            forEngine = [
                EngineSupport(
                    engine: target.engine,
                    versions: release.python ?? .any,
                    artifact: ArtifactCoordinate(ecosystem: .pypi, name: runtime, version: release.version.description)
                )
            ]
        }
        let matching = forEngine.filter { $0.versions.contains(target.version) }
        var support = matching.first
        if matching.isEmpty {
            var seen: Set<String> = []
            let supported = forEngine.map(\.versions.description).filter { seen.insert($0).inserted }
            shortfalls.append(.engine(supported: supported))
        } else if let scala = target.scala.map({ "\($0.major).\($0.minor)" }) {
            let withScala = matching.filter { $0.scala.isEmpty || $0.scala.contains(scala) }
            if withScala.isEmpty {
                shortfalls.append(.scala(built: Array(Set(matching.flatMap(\.scala))).sorted()))
            } else {
                support = withScala.first
            }
        }
        if let java = target.java, let range = release.java, let version = Version("\(java)"), !range.contains(version)
        {
            shortfalls.append(.java(range))
        }
        if let python = target.python ?? (target.engine == "python" ? target.version : nil), let range = release.python,
            !range.contains(python)
        {
            shortfalls.append(.python(range))
        }
        for table in tables {
            guard let requirement = table.requirements.read.first(where: { $0.runtime == runtime }) else { continue }
            if let minimum = requirement.minimum, release.version >= minimum { continue }
            shortfalls.append(
                .table(location: table.location, minimum: requirement.minimum, because: requirement.because)
            )
        }
        return (shortfalls, support)
    }

    /// The chain of reasons, PubGrub style: the newest release for the engine and why it fails, then why the newer
    /// ones fail, then the steps that would open a way.
    private static func explain(
        _ runtime: String,
        format: TableFormat,
        target: EngineTarget,
        evaluated: [(CatalogRelease, [Shortfall], EngineSupport?)]
    ) -> TFMTError {
        var reasons: [String] = []
        var steps: [String] = []
        let engineOK = evaluated.filter {
            !$0.1.contains(where: { if case .engine = $0 { return true } else { return false } })
        }
        if let newestForEngine = engineOK.first {
            let (release, shortfalls, _) = newestForEngine
            for shortfall in shortfalls {
                switch shortfall {
                case .scala(let built):
                    reasons.append(
                        "\(runtime) \(release.version) for \(target.engine) \(target.version) is built for Scala \(built.joined(separator: ", ")) only"
                    )
                    if let scala = built.last { steps.append("Use Scala \(scala).") }
                case .java(let range):
                    reasons.append(
                        "\(runtime) \(release.version) needs Java \(range) and the engine runs Java \(target.java ?? 0)"
                    )
                    steps.append(
                        "Move the engine to Java \(range.lowerBound?.version.description ?? range.description)."
                    )
                case .python(let range):
                    reasons.append("\(runtime) \(release.version) needs Python \(range)")
                    steps.append("Use Python \(range.lowerBound?.version.description ?? range.description) or newer.")
                case .table(let location, let minimum, let because):
                    let need = minimum.map { "\(runtime) >= \($0)" } ?? "a \(runtime) release no catalog lists"
                    reasons.append("the table at \(location) needs \(need) because \(because.joined(separator: ", "))")
                    if let minimum {
                        steps.append("Run an engine version that \(runtime) \(minimum) or newer supports.")
                    }
                case .engine:
                    break
                }
            }
        } else {
            reasons.append("no \(runtime) release in the catalog supports \(target.engine) \(target.version)")
        }
        if let newest = evaluated.first, engineOK.first?.0.version != newest.0.version,
            case .engine(let supported)? = newest.1.first(where: {
                if case .engine = $0 { return true } else { return false }
            })
        {
            reasons.append(
                supported.isEmpty
                    ? "the newer \(runtime) \(newest.0.version) lists no \(target.engine) support"
                    : "the newer \(runtime) \(newest.0.version) supports \(target.engine) \(supported.joined(separator: ", ")) only"
            )
            if let supported = supported.first {
                steps.append("Move to \(target.engine) \(supported) to use \(runtime) \(newest.0.version).")
            }
        }
        return TFMTError(
            .noCompatibleRelease,
            "because " + reasons.joined(separator: ", and ") + ", no \(runtime) release fits \(target)",
            context: [
                "format": .string(format.rawValue), "runtime": .string(runtime), "engine": .string(target.description),
                "reasons": JSONValue(reasons),
            ],
            resolution: steps.isEmpty
                ? ["Change the engine version, Scala or Java to one the catalog lists for \(runtime)."] : steps
        )
    }
}
