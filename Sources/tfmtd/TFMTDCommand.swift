import ArgumentParser
import Foundation
import TFMTCore
import TFMTDaemon

/// `tfmtd`: the daemon, in the foreground, systemd style.
@main
struct TFMTDCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tfmtd",
        abstract: "The tfmt daemon: table-format compatibility over a Unix socket.",
        discussion: """
            Runs in the foreground and logs to standard error with syslog priorities. Stops cleanly on SIGTERM or \
            SIGINT and reloads its configuration on SIGHUP. TFMT_SOCKET overrides the socket path of the file; \
            --socket overrides both.
            """,
        version: TFMTVersion.current
    )

    @Option(name: .long, help: "The configuration file (default /etc/tfmt/tfmtd.yaml when it exists).")
    var config: String?

    @Option(name: .long, help: "The Unix socket to listen on.")
    var socket: String?

    @Option(name: .customLong("state-dir"), help: "The folder for state that survives restarts.")
    var stateDirectory: String?

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel: String?

    func run() async throws {
        let options = DaemonOptions(
            configurationFile: config,
            socketPath: socket,
            stateDirectory: stateDirectory,
            logLevel: logLevel,
            environment: ProcessInfo.processInfo.environment
        )
        do {
            try await Daemon.run(options)
        } catch {
            FileHandle.standardError.write(Data((error.rendered() + "\n").utf8))
            throw ExitCode(1)
        }
    }
}
