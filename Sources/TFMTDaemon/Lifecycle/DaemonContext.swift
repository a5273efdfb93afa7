import Foundation
import Logging
import TFMTCompat
import TFMTConfig
import TFMTCore
import TFMTRPC

/// The daemon's state that requests read and change: the configuration in force, the plugin registry and what
/// systemd was last told.
public actor DaemonContext {
    /// The configuration in force.
    public private(set) var configuration: TFMTConfiguration
    /// The file it came from, or `nil` when the daemon runs on defaults.
    public private(set) var configurationFile: String?
    /// The plugins.
    public let registry: PluginRegistry
    /// The last `STATUS=` line.
    public private(set) var statusLine = "starting"

    private let options: DaemonOptions
    private let notifier: SystemdNotifier
    private let logLevel: SharedLogLevel
    private let logger: Logger
    private let startedAt = ContinuousClock.now
    private let startedAtWallClock = Date()

    init(
        configuration: TFMTConfiguration,
        configurationFile: String?,
        options: DaemonOptions,
        registry: PluginRegistry,
        notifier: SystemdNotifier,
        logLevel: SharedLogLevel,
        logger: Logger
    ) {
        self.configuration = configuration
        self.configurationFile = configurationFile
        self.options = options
        self.registry = registry
        self.notifier = notifier
        self.logLevel = logLevel
        self.logger = logger
    }

    /// Reads the configuration named by the options: `--config` must exist; without it the default file is read
    /// when present. Flags and `TFMT_SOCKET` are applied on top.
    static func loadConfiguration(_ options: DaemonOptions) throws(TFMTError) -> (TFMTConfiguration, String?) {
        let file: String?
        let base: TFMTConfiguration
        if let path = options.configurationFile {
            base = try ConfigurationLoader.load(path: path)
            file = path
        } else if let loaded = try ConfigurationLoader.loadIfPresent(path: ConfigurationLoader.defaultPath) {
            base = loaded
            file = ConfigurationLoader.defaultPath
        } else {
            base = .default
            file = nil
        }
        let configuration = try base.withOverrides(
            socketPath: options.socketPath,
            stateDirectory: options.stateDirectory,
            logLevel: options.logLevel,
            environment: options.environment
        )
        return (configuration, file)
    }

    /// Registers the built-ins, disables those the configuration lists, and activates the rest.
    func startPlugins(_ plugins: [any TableFormatPlugin]) async throws(TFMTError) {
        for plugin in plugins {
            try await registry.register(plugin, origin: .builtin)
        }
        for id in configuration.plugins.disabled {
            do {
                try await registry.disable(id)
            } catch {
                logger.warning("cannot disable a plugin the configuration lists", metadata: ["error": "\(error)"])
            }
        }
        let settings = configuration.plugins.settings
        let infos = await registry.activate { PluginContext(settings: settings[$0] ?? [:]) }
        for info in infos where info.state == .failed {
            logger.error(
                "plugin failed",
                metadata: ["plugin": "\(info.id)", "errors": "\(info.errors.map(\.description))"]
            )
        }
    }

    /// Tells systemd the daemon is ready, with a status line summarising the plugins.
    func announceReady() async {
        statusLine = await summary()
        notifier.ready(status: statusLine)
        logger.notice("ready", metadata: ["status": "\(statusLine)"])
    }

    /// Re-reads the configuration file. A bad file keeps the configuration in force, is reported in `STATUS=` and
    /// thrown to the caller; either way systemd hears `RELOADING=1` and then `READY=1`.
    @discardableResult
    func reload() async throws(TFMTError) -> RPCMethods.DaemonReload.Result {
        notifier.reloading()
        logger.notice("reloading the configuration", metadata: ["file": "\(configurationFile ?? "none")"])
        let loaded: (TFMTConfiguration, String?)
        do {
            loaded = try Self.loadConfiguration(options)
        } catch {
            statusLine = "reload failed, running the previous configuration: \(error.description)"
            notifier.ready(status: statusLine)
            logger.error("reload failed; the previous configuration stays in force", metadata: ["error": "\(error)"])
            throw error
        }
        let (next, file) = loaded
        if next.socket != configuration.socket {
            logger.warning("socket settings change only on restart", metadata: ["socket": "\(next.socket.path)"])
        }
        await applyPluginChanges(from: configuration.plugins, to: next.plugins)
        configuration = next
        configurationFile = file
        logLevel.value = Logger.Level(next.logLevel)
        statusLine = await summary()
        notifier.ready(status: statusLine)
        logger.notice("configuration reloaded", metadata: ["status": "\(statusLine)"])
        return .init(configurationFile: file, reloadedAt: Self.iso8601(Date()))
    }

    /// What `daemon.status` reports.
    func status(socket: String) async -> RPCMethods.DaemonStatus.Result {
        let counts = await registry.countsByState()
        let uptime = startedAt.duration(to: .now)
        return .init(
            version: TFMTVersion.current,
            pid: ProcessInfo.processInfo.processIdentifier,
            startedAt: Self.iso8601(startedAtWallClock),
            uptimeSeconds: Double(uptime.components.seconds) + Double(uptime.components.attoseconds) / 1e18,
            socket: socket,
            configurationFile: configurationFile,
            status: statusLine,
            plugins: Dictionary(uniqueKeysWithValues: counts.map { ($0.key.rawValue, $0.value) })
        )
    }

    /// The real path of a table path a client sent, checked against the configured table roots.
    func resolveTablePath(_ path: String) throws(TFMTError) -> String {
        try TablePath.resolve(path, roots: configuration.tables.roots)
    }

    /// The engine environments of the configuration in force.
    func engineEnvironments() -> [EngineEnvironment] {
        configuration.engines.map {
            EngineEnvironment(name: $0.name, target: $0.target, scan: $0.scan, assume: $0.assume)
        }
    }

    /// The configured engine environment called `name`.
    ///
    /// - Throws: ``TFMTError/Code/engineNotFound`` listing the configured names.
    func engineEnvironment(named name: String) throws(TFMTError) -> EngineEnvironment {
        let environments = engineEnvironments()
        guard let environment = environments.first(where: { $0.name == name }) else {
            throw TFMTError(
                .engineNotFound,
                "no engine environment called '\(name)' is configured",
                context: ["engine": .string(name), "configured": JSONValue(environments.map(\.name))],
                resolution: [
                    "Use one of the names tfmtctl engines list shows, or add the engine under engines: in the "
                        + "configuration and reload."
                ]
            )
        }
        return environment
    }

    /// Whether a peer may call mutating methods under the configuration in force.
    func mayMutate(_ peer: PeerCredentials) -> Bool {
        AccessPolicy(adminGroup: configuration.adminGroup.isEmpty ? nil : configuration.adminGroup).mayMutate(peer)
    }

    private func applyPluginChanges(from old: TFMTConfiguration.Plugins, to new: TFMTConfiguration.Plugins) async {
        for id in Set(new.disabled).subtracting(old.disabled).sorted() {
            do { try await registry.disable(id) } catch {
                logger.warning("cannot disable a plugin the configuration lists", metadata: ["error": "\(error)"])
            }
        }
        for id in Set(old.disabled).subtracting(new.disabled).sorted() {
            do { try await registry.enable(id) } catch {
                logger.warning("cannot enable a plugin", metadata: ["error": "\(error)"])
            }
        }
    }

    private func summary() async -> String {
        let counts = await registry.countsByState()
        let active = counts[.active, default: 0]
        let total = counts.values.reduce(0, +)
        let failed = counts[.failed, default: 0]
        return "serving \(active) of \(total) plugins" + (failed > 0 ? ", \(failed) failed" : "")
    }

    static func iso8601(_ date: Date) -> String {
        Timestamp.iso8601(epochMilliseconds: Int64(date.timeIntervalSince1970 * 1000)) ?? "unknown"
    }
}

extension Logger.Level {
    init(_ level: TFMTConfiguration.LogLevel) {
        self = Logger.Level(rawValue: level.rawValue) ?? .info
    }
}
