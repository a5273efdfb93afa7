/// What a plugin needs to work.
public struct DependencySpec: Sendable, Hashable, Codable {
    /// The plugin API versions the plugin works with.
    public var pluginAPI: VersionRequirement
    /// Other plugins it needs, each with the versions it accepts.
    public var plugins: [PluginDependency]
    /// The runtime artifacts of its format that it knows (from its catalog), by artifact family.
    public var artifacts: [ArtifactReference]

    public init(
        pluginAPI: VersionRequirement,
        plugins: [PluginDependency] = [],
        artifacts: [ArtifactReference] = []
    ) {
        self.pluginAPI = pluginAPI
        self.plugins = plugins
        self.artifacts = artifacts
    }
}

/// A dependency on another plugin.
public struct PluginDependency: Sendable, Hashable, Codable {
    /// The id of the plugin depended on.
    public var id: String
    /// The versions of it that are accepted.
    public var requirement: VersionRequirement

    public init(id: String, requirement: VersionRequirement = .any) {
        self.id = id
        self.requirement = requirement
    }
}

/// A runtime artifact: a Maven artifact or a Python package.
public struct ArtifactReference: Sendable, Hashable, Codable {
    /// Where the artifact is published.
    public var ecosystem: ArtifactEcosystem
    /// The Maven group id, for Maven artifacts.
    public var group: String?
    /// The Maven artifactId or the Python package name, as DESIGN.md names artifacts (`delta-spark_2.12`,
    /// `iceberg-spark-runtime-3.5_2.12`, `deltalake`).
    public var name: String

    public init(ecosystem: ArtifactEcosystem, group: String? = nil, name: String) {
        self.ecosystem = ecosystem
        self.group = group
        self.name = name
    }
}

/// Where runtime artifacts are published.
public enum ArtifactEcosystem: String, Sendable, Hashable, Codable, CaseIterable {
    case maven
    case pypi
    case crates
}
