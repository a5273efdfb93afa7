import Logging
import ServiceLifecycle
import UnixSignals

/// Reloads the configuration on `SIGHUP`, as `systemctl reload` (through `ExecReload=`) asks.
struct ReloadService: Service, CustomStringConvertible {
    let context: DaemonContext
    let logger: Logger

    var description: String { "ReloadService" }

    func run() async throws {
        for await _ in await UnixSignalsSequence(trapping: .sighup).cancelOnGracefulShutdown() {
            do {
                try await context.reload()
            } catch {
                // Already logged and reported in STATUS=; the daemon keeps running on the previous configuration.
            }
        }
    }
}
