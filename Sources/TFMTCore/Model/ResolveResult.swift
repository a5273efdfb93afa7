/// What `resolve` chose for an engine: per format, the newest release that fits, with exact coordinates; and for
/// each format where nothing fits, the reasons.
public struct ResolveResult: Sendable, Hashable, Codable {
    public var target: EngineTarget
    /// One choice per format (and runtime family) that resolved.
    public var choices: [ResolvedArtifact]
    /// A structured error per format that did not resolve, explaining the chain of reasons.
    public var unresolved: [TFMTError]
    /// Things to know about the choices together (formats known to clash in one engine).
    public var warnings: [TFMTError]

    public init(target: EngineTarget, choices: [ResolvedArtifact], unresolved: [TFMTError], warnings: [TFMTError]) {
        self.target = target
        self.choices = choices
        self.unresolved = unresolved
        self.warnings = warnings
    }
}

/// One chosen release and the artifact that carries it for the engine.
public struct ResolvedArtifact: Sendable, Hashable, Codable {
    public var format: TableFormat
    public var runtime: String
    public var version: Version
    /// The exact coordinates, Scala suffix filled in.
    public var artifact: ArtifactCoordinate
    /// Where the facts behind the choice come from.
    public var source: String
    /// Whether the reference marks any of those facts uncertain.
    public var uncertain: Bool

    public init(
        format: TableFormat,
        runtime: String,
        version: Version,
        artifact: ArtifactCoordinate,
        source: String,
        uncertain: Bool
    ) {
        self.format = format
        self.runtime = runtime
        self.version = version
        self.artifact = artifact
        self.source = source
        self.uncertain = uncertain
    }
}
