import Foundation
import TFMTRPC

#if canImport(Glibc)
import Glibc
#endif

/// A real `tfmtd` started for one test: its own temporary folder, a configuration file, a socket, and a datagram
/// socket standing in for systemd's `NOTIFY_SOCKET`.
///
/// Use ``run(configuration:environment:watchdog:directoryMode:_:)``: it waits for `READY=1`, hands the daemon to the
/// test, and stops it and removes the folder afterwards, whether the test passed or not.
final class DaemonProcess {
    /// The folder holding the configuration, the sockets, the state and the log.
    let directory: TemporaryDirectory
    /// The socket the daemon listens on.
    let socketPath: String
    /// The configuration file passed with `--config`.
    let configurationPath: String
    /// Every message the daemon sent to `NOTIFY_SOCKET`.
    let notify: NotifyListener
    private let process: Process
    private let logPath: String

    /// The configuration used when a test gives none; every key has a default, so this only pins the log level and
    /// keeps the host's `/etc/tfmt/tfmtd.yaml` out of the test.
    static let defaultConfiguration = "logLevel: info\n"

    private init(
        directory: TemporaryDirectory,
        process: Process,
        notify: NotifyListener,
        socketPath: String,
        configurationPath: String,
        logPath: String
    ) {
        self.directory = directory
        self.process = process
        self.notify = notify
        self.socketPath = socketPath
        self.configurationPath = configurationPath
        self.logPath = logPath
    }

    deinit {
        // A safety net: `run` stops the daemon; if a test escaped it, no daemon outlives the test process.
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    // MARK: Starting and stopping

    /// Starts tfmtd, waits until it is ready, runs `body`, then stops the daemon and removes its folder.
    ///
    /// - Parameters:
    ///   - configuration: The YAML written to the configuration file.
    ///   - environment: Extra environment variables for the daemon.
    ///   - watchdog: Sets `WATCHDOG_USEC` to this interval.
    ///   - directoryMode: The temporary folder's mode; `0o777` lets other users reach the socket.
    static func run<Result>(
        configuration: String = defaultConfiguration,
        environment: [String: String] = [:],
        watchdog: Duration? = nil,
        directoryMode: mode_t = 0o700,
        _ body: (DaemonProcess) async throws -> Result
    ) async throws -> Result {
        try await withDirectory(mode: directoryMode) { directory in
            let daemon = try launch(
                in: directory,
                configuration: configuration,
                environment: environment,
                watchdog: watchdog
            )
            return try await daemon.supervise {
                try await daemon.waitUntilReady()
                return try await body(daemon)
            }
        }
    }

    /// Creates a temporary folder, runs `body`, and removes the folder.
    static func withDirectory<Result>(
        mode: mode_t = 0o700,
        _ body: (TemporaryDirectory) async throws -> Result
    ) async throws -> Result {
        let directory = try TemporaryDirectory(mode: mode)
        defer { directory.remove() }
        return try await body(directory)
    }

    /// Starts tfmtd in `directory` without waiting for it to be ready.
    ///
    /// - Parameters:
    ///   - name: Names this daemon's files in the folder (`NAME.yaml`, `NAME.log`, `NAME.notify`), so several
    ///     daemons can share a folder.
    ///   - socketName: The socket's file name inside the folder.
    ///   - wrapper: A program that runs tfmtd (such as `systemd-socket-activate`) and its arguments; the daemon's
    ///     command line follows them.
    ///   - extraArguments: More arguments for tfmtd.
    static func launch(
        in directory: TemporaryDirectory,
        configuration: String = defaultConfiguration,
        environment: [String: String] = [:],
        watchdog: Duration? = nil,
        name: String = "tfmtd",
        socketName: String = "tfmtd.sock",
        wrapper: [String] = [],
        extraArguments: [String] = []
    ) throws -> DaemonProcess {
        let configurationPath = try directory.write(configuration, to: name + ".yaml")
        let socketPath = directory.file(socketName)
        let notify = try NotifyListener(path: directory.file(name + ".notify"))

        var daemonEnvironment = ProcessInfo.processInfo.environment
        // Nothing the test runner itself may have been given by a service manager reaches the daemon.
        for name in [
            "NOTIFY_SOCKET", "LISTEN_FDS", "LISTEN_PID", "LISTEN_FDNAMES", "WATCHDOG_USEC", "WATCHDOG_PID",
            "TFMT_SOCKET",
        ] {
            daemonEnvironment[name] = nil
        }
        daemonEnvironment["NOTIFY_SOCKET"] = notify.path
        if let watchdog {
            let (seconds, attoseconds) = watchdog.components
            daemonEnvironment["WATCHDOG_USEC"] = String(seconds * 1_000_000 + attoseconds / 1_000_000_000_000)
        }
        daemonEnvironment.merge(environment) { _, new in new }

        let daemonCommand =
            [
                try Executables.tfmtd(), "--config", configurationPath, "--socket", socketPath, "--state-dir",
                directory.file("state"),
            ] + extraArguments
        let command = wrapper + daemonCommand

        let logPath = directory.file(name + ".log")
        let process: Process
        do {
            process = try ProcessLauncher.launch {
                guard FileManager.default.createFile(atPath: logPath, contents: nil),
                    let log = FileHandle(forWritingAtPath: logPath)
                else { throw E2EFailure("cannot create the log file \(logPath)") }
                let process = Process()
                process.executableURL = URL(fileURLWithPath: command[0])
                process.arguments = Array(command.dropFirst())
                process.environment = daemonEnvironment
                process.standardInput = FileHandle.nullDevice
                process.standardOutput = log
                process.standardError = log
                return process
            }
        } catch {
            throw E2EFailure("cannot start \(command[0]): \(error)")
        }
        return DaemonProcess(
            directory: directory,
            process: process,
            notify: notify,
            socketPath: socketPath,
            configurationPath: configurationPath,
            logPath: logPath
        )
    }

    /// Runs `body`, then stops the daemon, whether `body` succeeded or not. A failure says what the daemon logged.
    func supervise<Result>(_ body: () async throws -> Result) async throws -> Result {
        do {
            let result = try await body()
            await stop()
            return result
        } catch {
            await stop()
            throw E2EFailure("\(error)\n--- tfmtd log ---\n\(log)")
        }
    }

    /// Waits for `READY=1`; fails at once, with the log, if the daemon exits first.
    @discardableResult
    func waitUntilReady(timeout: Duration = .seconds(20)) async throws -> NotifyMessage {
        try await Polling.until("READY=1 from tfmtd", timeout: timeout) {
            if let ready = notify.messages.first(where: { $0.has("READY") }) { return ready }
            guard process.isRunning else {
                throw E2EFailure("tfmtd exited with status \(process.terminationStatus) before READY=1")
            }
            return nil
        }
    }

    /// Stops the daemon: `SIGTERM`, then `SIGKILL` if it has not exited after a while.
    func stop() async {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGTERM)
        if (try? await waitForExit(timeout: .seconds(15))) == nil {
            kill(process.processIdentifier, SIGKILL)
            _ = try? await waitForExit(timeout: .seconds(5))
        }
    }

    // MARK: Observing and signalling

    /// The process id (for `systemd-socket-activate`, the wrapper's, which execs tfmtd in place).
    var pid: Int32 { process.processIdentifier }

    /// Whether the process is still running.
    var isRunning: Bool { process.isRunning }

    /// What the daemon wrote to standard output and standard error.
    var log: String {
        (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "<no log>"
    }

    /// Sends `signal` to the daemon.
    func send(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// Waits for the process to exit.
    ///
    /// - Returns: The exit status, or the signal's number when a signal ended it (with `bySignal` set).
    func waitForExit(timeout: Duration = .seconds(15)) async throws -> (status: Int32, bySignal: Bool) {
        try await Polling.until("tfmtd to exit", timeout: timeout) { !process.isRunning }
        return (process.terminationStatus, process.terminationReason == .uncaughtSignal)
    }

    // MARK: Talking to it

    /// Opens a raw connection to the daemon's socket.
    func connect() throws -> RawConnection {
        try RawConnection(socketPath: socketPath)
    }

    /// Runs `body` with a connection of the project's client.
    func withClient<Result: Sendable>(_ body: (RPCClient) async throws -> Result) async throws -> Result {
        try await RPCClient.withConnection(socketPath: socketPath, body)
    }

    /// Replaces the configuration file's contents.
    func rewriteConfiguration(_ yaml: String) throws {
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: configurationPath))
    }
}
