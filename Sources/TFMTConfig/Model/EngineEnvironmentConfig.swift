import TFMTCore

/// One entry of `engines`: a named engine environment that tables are checked against.
///
/// ```yaml
/// engines:
///   - name: prod-spark
///     engine: spark
///     version: 3.5.3
///     scala: "2.12"
///     java: 17
///     scan: /opt/spark/jars
///     assume: {delta-spark_2.12: 3.2.0}
/// ```
public struct EngineEnvironmentConfig: Sendable, Hashable {
    /// `name`: unique among the engines, `[a-z0-9][a-z0-9._-]*`; `tables.watch` and `tfmtctl check --env` refer to
    /// it.
    public var name: String
    /// `engine`: the engine's name in lower case (`spark`, `flink`, `trino`, `python`, `hive`, `duckdb`, `polars`…).
    public var engine: String
    /// `version`: the engine's version, read from the YAML text so `3.10` stays `3.10`.
    public var version: Version
    /// `scala`: the Scala binary version, for JVM engines built per Scala version.
    public var scala: Version?
    /// `java`: the Java major version, 8 through 30 (`1.8` is read as 8).
    public var java: Int?
    /// `python`: the Python version, for Python environments.
    public var python: Version?
    /// `scan`: a normalized absolute directory whose jars or Python distributions are scanned for runtimes.
    public var scan: String?
    /// `assume`: artifacts taken as installed without scanning, like `--with ARTIFACT=VERSION`.
    public var assume: [String: Version]

    /// Creates an engine environment.
    public init(
        name: String,
        engine: String,
        version: Version,
        scala: Version? = nil,
        java: Int? = nil,
        python: Version? = nil,
        scan: String? = nil,
        assume: [String: Version] = [:]
    ) {
        self.name = name
        self.engine = engine
        self.version = version
        self.scala = scala
        self.java = java
        self.python = python
        self.scan = scan
        self.assume = assume
    }

    /// The range `java` may take.
    public static let javaRange = 8...30

    /// The engine as the compatibility checks take it: `spark@3.5.3 (Scala 2.12, Java 17)`.
    public var target: EngineTarget {
        EngineTarget(engine: engine, version: version, scala: scala, java: java, python: python)
    }
}
