/// An engine environment as a plugin sees it: the engine, and the runtimes of the plugin's format that are
/// installed there (from a scan) or assumed (`--with ARTIFACT=VERSION`).
public struct RuntimeEnvironment: Sendable, Hashable, Codable {
    /// The engine, when known.
    public var target: EngineTarget?
    /// The runtimes installed or assumed.
    public var installed: [InstalledRuntime]

    public init(target: EngineTarget?, installed: [InstalledRuntime]) {
        self.target = target
        self.installed = installed
    }
}

/// A runtime found in, or assumed for, an environment.
public struct InstalledRuntime: Sendable, Hashable, Codable {
    /// The runtime family as the catalog names it.
    public var runtime: String
    /// The installed release.
    public var version: Version
    /// The artifact it was found as (`delta-spark_2.12`), when known.
    public var artifact: String?
    /// Where it was found (a jar's path, a `dist-info` folder) or `--with`.
    public var origin: String

    public init(runtime: String, version: Version, artifact: String? = nil, origin: String) {
        self.runtime = runtime
        self.version = version
        self.artifact = artifact
        self.origin = origin
    }
}

/// What one installed runtime can do with tables of a format, according to the catalog.
public struct FormatCapabilities: Sendable, Hashable, Codable {
    public var runtime: String
    public var version: Version
    /// Features it reads.
    public var read: [String]
    /// Features it writes.
    public var write: [String]

    public init(runtime: String, version: Version, read: [String], write: [String]) {
        self.runtime = runtime
        self.version = version
        self.read = read
        self.write = write
    }
}

/// What a directory holds, read once by the scanner and handed to every plugin: jars with their Maven
/// coordinates and class-file level, or Python distributions.
public struct ArtifactInventory: Sendable, Hashable, Codable {
    /// The directory scanned.
    public var directory: String
    /// The artifacts found there.
    public var artifacts: [FoundArtifact]

    public init(directory: String, artifacts: [FoundArtifact]) {
        self.directory = directory
        self.artifacts = artifacts
    }
}

/// One artifact found by a scan.
public struct FoundArtifact: Sendable, Hashable, Codable {
    /// The jar or `dist-info` folder.
    public var path: String
    public var ecosystem: ArtifactEcosystem
    /// The Maven group id, when the jar says.
    public var group: String?
    /// The Maven artifactId or Python package name.
    public var name: String
    /// The version, when it could be read.
    public var version: Version?
    /// The highest class-file major version inside a jar (52 = Java 8, 61 = Java 17).
    public var classFileMajor: Int?

    public init(
        path: String,
        ecosystem: ArtifactEcosystem,
        group: String? = nil,
        name: String,
        version: Version?,
        classFileMajor: Int? = nil
    ) {
        self.path = path
        self.ecosystem = ecosystem
        self.group = group
        self.name = name
        self.version = version
        self.classFileMajor = classFileMajor
    }
}

/// A plugin's reading of an inventory: its runtimes found, and what is wrong there.
public struct ScanReport: Sendable, Hashable, Codable {
    public var runtimes: [InstalledRuntime]
    public var findings: [TFMTError]

    public init(runtimes: [InstalledRuntime] = [], findings: [TFMTError] = []) {
        self.runtimes = runtimes
        self.findings = findings
    }
}
