import Logging
import ServiceLifecycle

/// Pings systemd's watchdog at half the interval it asks for — but only while a health check passes, so a daemon
/// whose server has stopped answering is restarted instead of kept alive by a timer.
struct WatchdogService: Service, CustomStringConvertible {
    let interval: Duration
    let notifier: SystemdNotifier
    let logger: Logger
    let isHealthy: @Sendable () async -> Bool

    var description: String { "WatchdogService(interval: \(interval))" }

    func run() async throws {
        let period = interval / 2
        logger.info("watchdog enabled", metadata: ["interval": "\(interval)"])
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                // Sleep first: the server may still be binding when the group starts this service.
                try? await Task.sleep(for: period)
                guard !Task.isCancelled else { return }
                if await isHealthy() {
                    notifier.watchdog()
                } else {
                    logger.error("health check failed; not pinging the watchdog")
                }
            }
        }
    }
}
