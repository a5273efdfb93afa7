import TFMTCore

/// Everything `tfmtd` reads from its YAML file (`/etc/tfmt/tfmtd.yaml` unless `--config` names another).
///
/// Every key has a default, so ``default`` is a complete configuration and no file is needed to start. Values are
/// checked while the file is read (see ``ConfigurationLoader``), so a `TFMTConfiguration` built by the loader always
/// holds values in their documented ranges; `docs/configuration.md` lists every key.
public struct TFMTConfiguration: Sendable, Hashable {
    /// `socket`: where and how the daemon listens.
    public var socket: Socket
    /// `adminGroup`: the group whose members may call mutating methods, besides uid 0 and the daemon's own uid.
    public var adminGroup: String
    /// `stateDirectory`: an absolute directory for the daemon's state (metrics rings…).
    public var stateDirectory: String
    /// `logLevel`: the least severe level that is logged.
    public var logLevel: LogLevel
    /// `limits`: connection and request limits and timeouts.
    public var limits: Limits
    /// `plugins`: where external plugins are found and what they are given.
    public var plugins: Plugins
    /// `catalogs`: where extra release catalogs are read from.
    public var catalogs: Catalogs
    /// `metrics`: sampling, retention and persistence of the metrics rings.
    public var metrics: Metrics
    /// `alerts`: the alert rules evaluated over the metrics.
    public var alerts: Alerts
    /// `engines`: the engine environments tables are checked against, in file order, names unique.
    public var engines: [EngineEnvironmentConfig]
    /// `tables`: where tables may be inspected and which are watched.
    public var tables: Tables

    /// Creates a configuration; every argument defaults to the documented default.
    public init(
        socket: Socket = Socket(),
        adminGroup: String = "tfmt",
        stateDirectory: String = "/var/lib/tfmt",
        logLevel: LogLevel = .info,
        limits: Limits = Limits(),
        plugins: Plugins = Plugins(),
        catalogs: Catalogs = Catalogs(),
        metrics: Metrics = Metrics(),
        alerts: Alerts = Alerts(),
        engines: [EngineEnvironmentConfig] = [],
        tables: Tables = Tables()
    ) {
        self.socket = socket
        self.adminGroup = adminGroup
        self.stateDirectory = stateDirectory
        self.logLevel = logLevel
        self.limits = limits
        self.plugins = plugins
        self.catalogs = catalogs
        self.metrics = metrics
        self.alerts = alerts
        self.engines = engines
        self.tables = tables
    }

    /// The configuration the daemon runs with when there is no file, or the file is empty.
    public static let `default` = TFMTConfiguration()

    /// The engine environment called `name`, if one is configured.
    public func engine(named name: String) -> EngineEnvironmentConfig? {
        engines.first { $0.name == name }
    }

    /// Where the metrics rings are saved: ``Metrics/stateFile`` resolved against ``stateDirectory`` when it is
    /// relative. Computed on use so that `--state-dir` moves the state file along with the directory.
    public var metricsStateFilePath: String {
        PathSyntax.resolve(metrics.stateFile, against: stateDirectory)
    }
}
