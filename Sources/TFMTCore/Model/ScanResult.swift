/// What a scan found: the format runtimes in a folder and what is wrong there.
public struct ScanResult: Sendable, Hashable, Codable {
    /// The folder scanned.
    public var directory: String
    /// The engine the folder belongs to, when given.
    public var target: EngineTarget?
    /// The format runtimes recognised by the plugins.
    public var runtimes: [InstalledRuntime]
    /// Every artifact found, runtime or not.
    public var artifacts: [FoundArtifact]
    /// What is wrong, each a structured error naming the jar, what was expected and found, and what to use instead.
    public var findings: [TFMTError]

    public init(
        directory: String,
        target: EngineTarget?,
        runtimes: [InstalledRuntime],
        artifacts: [FoundArtifact],
        findings: [TFMTError]
    ) {
        self.directory = directory
        self.target = target
        self.runtimes = runtimes
        self.artifacts = artifacts
        self.findings = findings
    }
}
