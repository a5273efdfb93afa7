/// A format's release catalog: which releases exist, what they run on, which artifacts carry them and which table
/// features each reads and writes. Data, not code: plugins ship one, and a newer catalog file can replace it.
///
/// Every fact carries its source (the repository file, release note or page it was read from) and keeps an
/// `uncertain` mark where the reference material gives one.
public struct ReleaseCatalog: Sendable, Hashable, Codable {
    /// The schema version of the catalog document itself.
    public var schemaVersion: Int
    /// The format the catalog describes.
    public var format: TableFormat
    /// Where the catalog as a whole comes from (the reference material and its snapshot date).
    public var provenance: String
    /// The runtime families the catalog knows (`delta-spark`, `deltalake`, …).
    public var runtimes: [CatalogRuntime]
    /// Releases of those runtimes.
    public var releases: [CatalogRelease]
    /// Feature support: the first release of a runtime that reads and writes each feature.
    public var features: [CatalogFeature]

    /// The schema version this build reads and writes.
    public static let currentSchemaVersion = 1

    public init(
        schemaVersion: Int = ReleaseCatalog.currentSchemaVersion,
        format: TableFormat,
        provenance: String,
        runtimes: [CatalogRuntime] = [],
        releases: [CatalogRelease] = [],
        features: [CatalogFeature] = []
    ) {
        self.schemaVersion = schemaVersion
        self.format = format
        self.provenance = provenance
        self.runtimes = runtimes
        self.releases = releases
        self.features = features
    }

    /// The runtime family with this id.
    public func runtime(_ id: String) -> CatalogRuntime? {
        runtimes.first { $0.id == id }
    }

    /// The releases of one runtime family, oldest first.
    public func releases(of runtime: String) -> [CatalogRelease] {
        releases.filter { $0.runtime == runtime }.sorted { $0.version < $1.version }
    }
}

/// A family of runtime artifacts, such as `delta-spark` (Maven, for Spark) or `deltalake` (PyPI).
public struct CatalogRuntime: Sendable, Hashable, Codable {
    /// The family's id, used by requirements and `--with`.
    public var id: String
    /// Where its artifacts are published.
    public var ecosystem: ArtifactEcosystem
    /// The engine it plugs into (`spark`, `flink`, `trino`, `python`, …).
    public var engine: String
    /// One line for people.
    public var summary: String
    /// Where the fact comes from.
    public var source: String

    public init(id: String, ecosystem: ArtifactEcosystem, engine: String, summary: String, source: String) {
        self.id = id
        self.ecosystem = ecosystem
        self.engine = engine
        self.summary = summary
        self.source = source
    }
}

/// One release of a runtime family.
public struct CatalogRelease: Sendable, Hashable, Codable {
    /// The runtime family's id.
    public var runtime: String
    /// The release version.
    public var version: Version
    /// `YYYY-MM` or `YYYY-MM-DD`, when known.
    public var released: String?
    /// The engine versions it supports, each with its Scala builds and artifact.
    public var engines: [EngineSupport]
    /// The Java versions it runs on, when known.
    public var java: VersionRequirement?
    /// The Python versions it supports, for Python packages.
    public var python: VersionRequirement?
    /// Format-specific facts (`maxReaderVersion`, `writesTableVersion`, `formatVersions`, …).
    public var attributes: [String: JSONValue]
    /// Where the facts come from.
    public var source: String
    /// Whether the reference material marks any of these facts uncertain.
    public var uncertain: Bool
    /// Caveats worth showing.
    public var notes: String?

    public init(
        runtime: String,
        version: Version,
        released: String? = nil,
        engines: [EngineSupport] = [],
        java: VersionRequirement? = nil,
        python: VersionRequirement? = nil,
        attributes: [String: JSONValue] = [:],
        source: String,
        uncertain: Bool = false,
        notes: String? = nil
    ) {
        self.runtime = runtime
        self.version = version
        self.released = released
        self.engines = engines
        self.java = java
        self.python = python
        self.attributes = attributes
        self.source = source
        self.uncertain = uncertain
        self.notes = notes
    }
}

/// An engine version a release supports, with the Scala builds and the artifact that carries it.
public struct EngineSupport: Sendable, Hashable, Codable {
    /// The engine (`spark`, `flink`, …).
    public var engine: String
    /// The engine versions, usually one minor (`3.5`).
    public var versions: VersionRequirement
    /// The Scala binary versions built for it; empty for engines without Scala builds.
    public var scala: [String]
    /// The artifact for this engine; `{scala}` in its name stands for the Scala binary version.
    public var artifact: ArtifactCoordinate?

    public init(engine: String, versions: VersionRequirement, scala: [String] = [], artifact: ArtifactCoordinate? = nil)
    {
        self.engine = engine
        self.versions = versions
        self.scala = scala
        self.artifact = artifact
    }
}

/// A concrete artifact: Maven coordinates or a Python package and version.
public struct ArtifactCoordinate: Sendable, Hashable, Codable, CustomStringConvertible {
    public var ecosystem: ArtifactEcosystem
    public var group: String?
    public var name: String
    public var version: String

    public init(ecosystem: ArtifactEcosystem, group: String? = nil, name: String, version: String) {
        self.ecosystem = ecosystem
        self.group = group
        self.name = name
        self.version = version
    }

    /// `io.delta:delta-spark_2.12:3.2.0` for Maven, `deltalake==0.18.2` for PyPI.
    public var description: String {
        switch ecosystem {
        case .maven: return "\(group ?? "?"):\(name):\(version)"
        case .pypi: return "\(name)==\(version)"
        case .crates: return "\(name)@\(version)"
        }
    }
}

/// The first release of a runtime that reads and writes a table feature.
public struct CatalogFeature: Sendable, Hashable, Codable {
    /// The feature, by its format's own name (`deletionVectors`, `v3`, `tableVersion8`, …).
    public var feature: String
    /// The runtime family.
    public var runtime: String
    /// The first release that reads tables using the feature; `nil` when none does.
    public var read: Version?
    /// The first release that writes tables using the feature; `nil` when none does.
    public var write: Version?
    /// Where the fact comes from.
    public var source: String
    /// Whether the reference material marks the fact uncertain.
    public var uncertain: Bool
    /// Caveats worth showing.
    public var notes: String?

    public init(
        feature: String,
        runtime: String,
        read: Version?,
        write: Version?,
        source: String,
        uncertain: Bool = false,
        notes: String? = nil
    ) {
        self.feature = feature
        self.runtime = runtime
        self.read = read
        self.write = write
        self.source = source
        self.uncertain = uncertain
        self.notes = notes
    }
}
