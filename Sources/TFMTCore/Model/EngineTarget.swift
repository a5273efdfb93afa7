/// An engine a table must work with: `spark@3.5.3` with Scala 2.12 on Java 17, `trino@476`, `python@3.11`.
public struct EngineTarget: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The engine's name in lower case: `spark`, `flink`, `trino`, `python`, `hive`, `duckdb`, `polars`, ….
    public var engine: String
    /// The engine's version.
    public var version: Version
    /// The Scala binary version, for JVM engines built per Scala version (`2.12`, `2.13`).
    public var scala: Version?
    /// The Java major version the engine runs on.
    public var java: Int?
    /// The Python version, for Python environments.
    public var python: Version?

    public init(engine: String, version: Version, scala: Version? = nil, java: Int? = nil, python: Version? = nil) {
        self.engine = engine
        self.version = version
        self.scala = scala
        self.java = java
        self.python = python
    }

    /// Parses `ENGINE@VERSION`, the form the command line and the configuration use.
    ///
    /// - Throws: ``TFMTError`` with code ``TFMTError/Code/engineTargetMalformed`` when the text has no `@`, the
    ///   engine name is empty or not lower-case letters and digits, or the version does not parse.
    public init(
        parsing text: String,
        scala: Version? = nil,
        java: Int? = nil,
        python: Version? = nil
    )
        throws(TFMTError)
    {
        let parts = text.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
        let resolution = ["Write the engine as ENGINE@VERSION, for example spark@3.5.3, flink@1.20 or trino@476."]
        guard parts.count == 2 else {
            throw TFMTError(
                .engineTargetMalformed,
                "'\(text)' names no engine version",
                context: ["engine": .string(text)],
                resolution: resolution
            )
        }
        let name = String(parts[0])
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) else {
            throw TFMTError(
                .engineTargetMalformed,
                "'\(name)' is not an engine name",
                context: ["engine": .string(text)],
                resolution: resolution
            )
        }
        guard let version = Version(String(parts[1])) else {
            throw TFMTError(
                .engineTargetMalformed,
                "'\(parts[1])' is not a version of \(name)",
                context: ["engine": .string(text)],
                resolution: resolution
            )
        }
        self.init(engine: name, version: version, scala: scala, java: java, python: python)
    }

    /// `spark@3.5.3 (Scala 2.12, Java 17)`.
    public var description: String {
        var details: [String] = []
        if let scala { details.append("Scala \(scala)") }
        if let java { details.append("Java \(java)") }
        if let python { details.append("Python \(python)") }
        let base = "\(engine)@\(version)"
        return details.isEmpty ? base : "\(base) (\(details.joined(separator: ", ")))"
    }
}
