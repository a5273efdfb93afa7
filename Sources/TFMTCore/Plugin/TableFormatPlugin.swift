/// A table-format plugin: it recognises and reads tables of one format and knows the format's releases.
///
/// Built-in plugins are compiled into the daemon; external plugins run as child processes behind a proxy that
/// conforms to this protocol. The daemon only talks to plugins through it.
public protocol TableFormatPlugin: Sendable {
    /// Identity, version, format, capabilities and the plugin API version it was built for.
    var metadata: PluginMetadata { get }

    /// The plugin API range it works with, the plugins it needs and the runtime artifacts it knows.
    var dependencies: DependencySpec { get }

    /// The format's release catalog.
    var catalog: ReleaseCatalog { get }

    /// Prepares the plugin before it serves requests. Called once, in dependency order.
    func initialize(context: PluginContext) async throws

    /// Releases what ``initialize(context:)`` acquired. Called on disable, unregister and daemon shutdown.
    func shutdown() async

    /// Whether `path` holds a table of this format.
    ///
    /// - Returns: What was found, or `nil` when the path is not a table of this format.
    /// - Throws: ``TFMTError`` when the path cannot be examined (unreadable, not found).
    func detect(at path: String) async throws(TFMTError) -> Detection?

    /// Reads a table's metadata into the normalized record.
    ///
    /// - Throws: ``TFMTError`` in the `TBL` area when the path is not a table of this format or its metadata is
    ///   corrupt.
    func inspect(at path: String, options: InspectOptions) async throws(TFMTError) -> TableRecord

    /// The minimum release of every runtime the catalog knows that reads and writes a table like `record`.
    func requirements(for record: TableRecord) -> TableRequirements

    /// What the runtimes installed in `environment` can read and write, according to the catalog.
    func capabilities(of environment: RuntimeEnvironment) -> [FormatCapabilities]

    /// Which of the format's runtimes an inventory holds, and what is wrong there.
    func scan(_ inventory: ArtifactInventory, target: EngineTarget?) -> ScanReport
}

/// What the host gives a plugin when it starts it.
public struct PluginContext: Sendable {
    /// The plugin's own settings from the configuration.
    public var settings: [String: JSONValue]

    public init(settings: [String: JSONValue] = [:]) {
        self.settings = settings
    }
}

/// What ``TableFormatPlugin/detect(at:)`` found.
public struct Detection: Sendable, Hashable, Codable {
    public var format: TableFormat
    /// The table's root folder, absolute.
    public var location: String
    /// What on disk gave the format away (`_delta_log with 12 commits`).
    public var evidence: String

    public init(format: TableFormat, location: String, evidence: String) {
        self.format = format
        self.location = location
        self.evidence = evidence
    }
}

/// How much ``TableFormatPlugin/inspect(at:options:)`` reads.
public struct InspectOptions: Sendable, Hashable, Codable {
    /// Read beyond the table's top-level metadata (Iceberg manifests, Hudi commit metadata) for details such as
    /// delete-file kinds.
    public var detail: Bool

    public init(detail: Bool = false) {
        self.detail = detail
    }
}

extension TableFormatPlugin {
    public func initialize(context: PluginContext) async throws {}

    public func shutdown() async {}

    /// Capabilities straight from the catalog: each installed runtime of this format reads and writes the features
    /// whose first reading (writing) release is at or below the installed version.
    public func capabilities(of environment: RuntimeEnvironment) -> [FormatCapabilities] {
        let catalog = self.catalog
        return environment.installed.compactMap { installed in
            guard catalog.runtime(installed.runtime) != nil else { return nil }
            let features = catalog.features.filter { $0.runtime == installed.runtime }
            return FormatCapabilities(
                runtime: installed.runtime,
                version: installed.version,
                read: features.filter { $0.read.map { $0 <= installed.version } ?? false }.map(\.feature).sorted(),
                write: features.filter { $0.write.map { $0 <= installed.version } ?? false }.map(\.feature).sorted()
            )
        }
    }

    /// Runtimes recognised by artifact name: an inventory entry is a runtime of this format when the catalog lists
    /// an artifact of that name (with `{scala}` matching any Scala suffix) for the runtime.
    public func scan(_ inventory: ArtifactInventory, target: EngineTarget?) -> ScanReport {
        let catalog = self.catalog
        var runtimes: [InstalledRuntime] = []
        for artifact in inventory.artifacts {
            guard let version = artifact.version,
                let runtime = catalog.runtimeID(forArtifactNamed: artifact.name, ecosystem: artifact.ecosystem)
            else { continue }
            runtimes.append(
                InstalledRuntime(runtime: runtime, version: version, artifact: artifact.name, origin: artifact.path)
            )
        }
        return ScanReport(runtimes: runtimes)
    }
}

extension ReleaseCatalog {
    /// The runtime family whose releases name an artifact `name` in `ecosystem`.
    public func runtimeID(forArtifactNamed name: String, ecosystem: ArtifactEcosystem) -> String? {
        for release in releases {
            for support in release.engines {
                guard let artifact = support.artifact, artifact.ecosystem == ecosystem else { continue }
                if Self.artifactName(artifact.name, matches: name, scalaVersions: support.scala) {
                    return release.runtime
                }
            }
        }
        if ecosystem == .pypi, let runtime = runtimes.first(where: { $0.ecosystem == .pypi && $0.id == name }) {
            return runtime.id
        }
        return nil
    }

    private static func artifactName(_ pattern: String, matches name: String, scalaVersions: [String]) -> Bool {
        guard pattern.contains("{scala}") else { return pattern == name }
        return scalaVersions.contains { pattern.replacingScalaPlaceholder(with: $0) == name }
    }
}

extension String {
    fileprivate func replacingScalaPlaceholder(with scala: String) -> String {
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: "{scala}") {
            result += rest[..<range.lowerBound] + scala
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
