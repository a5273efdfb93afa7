/// A named engine environment: the engine, where its runtimes are installed, and runtimes taken as installed.
public struct EngineEnvironment: Sendable, Hashable, Codable {
    /// The name the configuration and `--env` use.
    public var name: String
    /// The engine.
    public var target: EngineTarget
    /// A jar folder or Python environment to scan for runtimes.
    public var scan: String?
    /// Artifacts taken as installed without scanning, by artifact name (`delta-spark_2.12`) or family.
    public var assume: [String: Version]

    public init(name: String, target: EngineTarget, scan: String? = nil, assume: [String: Version] = [:]) {
        self.name = name
        self.target = target
        self.scan = scan
        self.assume = assume
    }
}

/// What an environment can do: the runtimes found or assumed, and per runtime the features it reads and writes
/// according to the catalogs.
public struct EngineEnvironmentReport: Sendable, Hashable, Codable {
    public var environment: EngineEnvironment
    /// Runtimes of every format, found by a scan or assumed.
    public var runtimes: [InstalledRuntime]
    /// What each of those runtimes reads and writes, by format.
    public var capabilities: [FormatCapabilitiesEntry]
    /// What the scan found wrong.
    public var findings: [TFMTError]

    public init(
        environment: EngineEnvironment,
        runtimes: [InstalledRuntime],
        capabilities: [FormatCapabilitiesEntry],
        findings: [TFMTError]
    ) {
        self.environment = environment
        self.runtimes = runtimes
        self.capabilities = capabilities
        self.findings = findings
    }
}

/// One runtime's capabilities, with its format.
public struct FormatCapabilitiesEntry: Sendable, Hashable, Codable {
    public var format: TableFormat
    public var capabilities: FormatCapabilities

    public init(format: TableFormat, capabilities: FormatCapabilities) {
        self.format = format
        self.capabilities = capabilities
    }
}
