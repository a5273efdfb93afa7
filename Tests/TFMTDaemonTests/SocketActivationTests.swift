import TFMTCore
import TFMTRPC
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// tfmtd adopting the listening socket systemd passes (`LISTEN_FDS`), driven by `systemd-socket-activate`.
@Suite("socket activation", .timeLimit(.minutes(1)))
struct SocketActivationTests {
    @Test("under systemd-socket-activate tfmtd serves the passed socket and never binds its own")
    func servesThePassedSocket() async throws {
        let activate = try Executables.requiredTool("systemd-socket-activate", package: "systemd")
        try await DaemonProcess.withDirectory { directory in
            let passed = directory.file("activated.sock")
            // systemd-socket-activate passes only the variables named with -E; it execs tfmtd in place, so
            // LISTEN_PID is tfmtd's pid and signals reach tfmtd.
            let daemon = try DaemonProcess.launch(
                in: directory,
                socketName: "own.sock",
                wrapper: [activate, "--listen=\(passed)", "-E", "NOTIFY_SOCKET=\(directory.file("tfmtd.notify"))"]
            )
            try await daemon.supervise {
                // systemd-socket-activate starts tfmtd on the first connection, which then waits in the backlog
                // until tfmtd accepts it.
                let first = try await Polling.until("systemd-socket-activate to listen") {
                    try? RawConnection(socketPath: passed)
                }
                let answer = try await first.call(#"{"jsonrpc":"2.0","id":1,"method":"daemon.status"}"#)
                #expect(answer.result?["socket"] == .string(passed), "\(answer)")
                try await daemon.waitUntilReady()
                let status = try await RPCClient.withConnection(socketPath: passed) { client in
                    try await client.call(RPCMethods.DaemonStatus.self, RPCEmpty())
                }
                #expect(status.pid == daemon.pid)
                #expect(status.socket == passed)
                let plugins = try await RPCClient.withConnection(socketPath: passed) { client in
                    try await client.call(RPCMethods.PluginsList.self, RPCEmpty())
                }
                #expect(plugins.plugins.count == 4)
                #expect(!UnixSocketAddress.exists(daemon.socketPath), "tfmtd created its own socket")
                #expect(daemon.log.contains("activation=systemd"), "\(daemon.log)")

                daemon.send(SIGTERM)
                let exit = try await daemon.waitForExit()
                #expect(exit.status == 0 && !exit.bySignal, "exit \(exit)")
                // The socket belongs to the service manager: tfmtd leaves it in place.
                #expect(UnixSocketAddress.isSocket(passed))
                #expect(!UnixSocketAddress.exists(daemon.socketPath))
            }
        }
    }
}
