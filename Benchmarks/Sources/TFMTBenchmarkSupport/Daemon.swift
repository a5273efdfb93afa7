import Foundation
import TFMTRPC

#if canImport(Glibc)
import Glibc
#endif

/// A real tfmtd started for a benchmark: its own folder under `/tmp` holding the configuration, the socket, the
/// state folder, the log and a datagram socket standing in for systemd's `NOTIFY_SOCKET`.
///
/// The daemon gets the benchmark's environment minus anything a service manager or the benchmark runner set:
/// `LD_PRELOAD` in particular, which the benchmark plugin uses to load its malloc interposer into the benchmark
/// process and which must not slow the daemon down.
public final class Daemon: @unchecked Sendable {
    /// The folder holding the daemon's files.
    public let folder: TemporaryFolder
    /// The socket the daemon listens on.
    public let socketPath: String
    /// The binary that runs.
    public let executable: String
    /// Receives `READY=1`, `STOPPING=1`, … from the daemon.
    public let notify: NotifySocket
    private let logPath: String
    private let process: Process

    /// The configuration written for the daemon: every key has a default, so this only quietens the log and keeps
    /// the host's `/etc/tfmt/tfmtd.yaml` out of the measurement.
    public static let configuration = "logLevel: warning\n"

    /// Prepares the folder and the notify socket; ``start()`` runs the daemon.
    ///
    /// - Parameter watchdog: Sets `WATCHDOG_USEC`, as systemd does with `WatchdogSec=`.
    public init(watchdog: Duration? = nil) throws {
        folder = try TemporaryFolder()
        executable = try RepositoryPaths.tfmtd()
        socketPath = folder.file("tfmtd.sock")
        logPath = folder.file("tfmtd.log")
        notify = try NotifySocket(path: folder.file("notify.sock"))
        let configurationPath = try folder.write(Self.configuration, to: "tfmtd.yaml")

        var environment = ProcessInfo.processInfo.environment
        for name in [
            "LD_PRELOAD", "NOTIFY_SOCKET", "LISTEN_FDS", "LISTEN_PID", "LISTEN_FDNAMES", "WATCHDOG_USEC",
            "WATCHDOG_PID", "TFMT_SOCKET",
        ] {
            environment[name] = nil
        }
        environment["NOTIFY_SOCKET"] = notify.path
        if let watchdog {
            let (seconds, attoseconds) = watchdog.components
            environment["WATCHDOG_USEC"] = String(seconds * 1_000_000 + attoseconds / 1_000_000_000_000)
        }
        process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "--config", configurationPath, "--socket", socketPath, "--state-dir", folder.file("state"),
        ]
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        folder.remove()
    }

    /// The daemon's process id; valid once started.
    public var pid: Int32 { process.processIdentifier }

    /// Execs the daemon; returns at once, without waiting for it to be ready.
    public func start() throws {
        guard FileManager.default.createFile(atPath: logPath, contents: nil),
            let log = FileHandle(forWritingAtPath: logPath)
        else { throw BenchmarkFailure("cannot create \(logPath)") }
        process.standardOutput = log
        process.standardError = log
        do {
            try process.run()
        } catch {
            throw BenchmarkFailure("cannot start \(executable): \(error)")
        }
        try? log.close()
    }

    /// Waits for `READY=1` on the notify socket.
    ///
    /// - Throws: ``BenchmarkFailure`` with the daemon's log when it does not arrive within `timeout`.
    public func waitUntilReady(timeout: Duration = .seconds(20)) throws {
        guard notify.waitFor("READY=1", timeout: timeout) != nil else {
            throw BenchmarkFailure(
                "tfmtd sent no READY=1 within \(timeout) (running: \(process.isRunning))\n--- tfmtd log ---\n\(log)"
            )
        }
    }

    /// Starts the daemon and waits until it is ready.
    public static func started(watchdog: Duration? = nil) throws -> Daemon {
        let daemon = try Daemon(watchdog: watchdog)
        try daemon.start()
        try daemon.waitUntilReady()
        return daemon
    }

    /// Stops the daemon with `SIGTERM` (then `SIGKILL` after `deadline`) and waits for it to exit.
    ///
    /// - Returns: The exit status.
    @discardableResult
    public func stop(deadline: Duration = .seconds(15)) async -> Int32 {
        guard process.isRunning else { return process.terminationStatus }
        kill(process.processIdentifier, SIGTERM)
        let clock = ContinuousClock()
        let end = clock.now + deadline
        while process.isRunning, clock.now < end {
            try? await Task.sleep(for: .milliseconds(2))
        }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            while process.isRunning { try? await Task.sleep(for: .milliseconds(2)) }
        }
        return process.terminationStatus
    }

    /// What the daemon wrote to standard error so far.
    public var log: String {
        (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "(no log)"
    }
}
