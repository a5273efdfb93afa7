import Foundation
import Logging
import ServiceLifecycle
import TFMTBuiltinPlugins
import TFMTConfig
import TFMTCore
import TFMTRPC
import UnixSignals

/// Assembles and runs tfmtd: configuration, plugins, the socket server, systemd notifications, the watchdog and
/// reloads, under one service group that stops gracefully on `SIGTERM` and `SIGINT`.
public enum Daemon {
    /// Runs the daemon until it is asked to stop.
    ///
    /// - Throws: ``TFMTError`` when it cannot start: a bad configuration, a socket in use, a failed bind.
    public static func run(_ options: DaemonOptions) async throws(TFMTError) {
        let (configuration, file) = try DaemonContext.loadConfiguration(options)
        let level = SharedLogLevel(Logger.Level(configuration.logLevel))
        LoggingSystem.bootstrap { label in SyslogLogHandler(label: label, level: level) }
        let logger = Logger(label: "tfmtd")
        let notifier = SystemdNotifier()

        let context = DaemonContext(
            configuration: configuration,
            configurationFile: file,
            options: options,
            registry: PluginRegistry(),
            notifier: notifier,
            logLevel: level,
            logger: logger
        )
        logger.info(
            "starting",
            metadata: ["version": "\(TFMTVersion.current)", "configuration": "\(file ?? "defaults")"]
        )
        try await context.startPlugins(BuiltinPlugins.all)

        let inherited = notifier.listenDescriptors().first
        // A socket systemd passes may live elsewhere than the configured path; report the one actually served.
        let socketPath = inherited.flatMap(SocketPath.boundPath(of:)) ?? configuration.socket.path
        let watcher = TableWatcher(context: context, logger: logger)
        let dispatcher = DaemonMethods.dispatcher(context: context, socketPath: socketPath, watcher: watcher)
        let server = RPCServer(
            configuration: .init(
                socketPath: socketPath,
                socketMode: configuration.socket.mode,
                maximumFrameSize: configuration.socket.maxFrameSize,
                maxConnections: configuration.limits.maxConnections,
                maxInFlightPerConnection: configuration.limits.maxInFlightPerConnection,
                idleTimeout: configuration.limits.idleTimeout,
                inheritedDescriptor: inherited
            ),
            dispatcher: dispatcher,
            logger: logger,
            onListening: { await context.announceReady() },
            onShutdown: {
                notifier.stopping()
                logger.notice("stopping")
            }
        )

        // Services stop in reverse order: the server first (it stops accepting and finishes what is in flight),
        // then the reloader and the watchdog.
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = []
        if let interval = notifier.watchdogInterval() {
            let watchdog = WatchdogService(interval: interval, notifier: notifier, logger: logger) {
                guard server.isListening else { return false }
                let probe = Data(#"{"jsonrpc":"2.0","id":0,"method":"daemon.status"}"#.utf8)
                guard let answer = await dispatcher.handle(probe, peer: .current) else { return false }
                return (try? JSONDecoder().decode(JSONRPCResponseHeader.self, from: answer).error) == nil
            }
            services.append(.init(service: watchdog))
        }
        services.append(.init(service: ReloadService(context: context, logger: logger)))
        services.append(.init(service: TableWatchService(watcher: watcher)))
        services.append(.init(service: server))

        var groupConfiguration = ServiceGroupConfiguration(
            services: services,
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger
        )
        groupConfiguration.maximumGracefulShutdownDuration = configuration.limits.shutdownGracePeriod
        let group = ServiceGroup(configuration: groupConfiguration)
        do {
            try await group.run()
        } catch let error as TFMTError {
            throw error
        } catch {
            throw TFMTError(
                .rpcInternalError,
                "tfmtd stopped unexpectedly: \(error)",
                context: ["reason": .string("\(error)")],
                resolution: ["Read the log above for the failing part; report a bug if it is not a setup problem."]
            )
        }
        logger.notice("stopped")
    }
}
