import Foundation
import TFMTRPC
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// What tfmtd does with what already lies at its socket path: a live daemon, a stale socket, a file.
@Suite("socket path", .timeLimit(.minutes(1)))
struct SocketPathTests {
    @Test("a second tfmtd on a live daemon's socket exits 1 with TFMT-RPC-0012; the first keeps serving")
    func secondDaemonRefused() async throws {
        try await DaemonProcess.run { first in
            let second = try DaemonProcess.launch(in: first.directory, name: "second")
            try await second.supervise {
                let exit = try await second.waitForExit()
                #expect(exit.status == 1 && !exit.bySignal, "exit \(exit)")
                #expect(second.log.contains("TFMT-RPC-0012"), "\(second.log)")
                #expect(!second.notify.messages.contains { $0.has("READY") })
            }

            let status = try await first.withClient { try await $0.call(RPCMethods.DaemonStatus.self, RPCEmpty()) }
            #expect(status.pid == first.pid)
        }
    }

    @Test("a stale socket left by a killed daemon is replaced")
    func staleSocketReplaced() async throws {
        try await DaemonProcess.withDirectory { directory in
            let killed = try DaemonProcess.launch(in: directory, name: "killed")
            try await killed.supervise {
                try await killed.waitUntilReady()
                killed.send(SIGKILL)
                let exit = try await killed.waitForExit()
                #expect(exit.bySignal && exit.status == SIGKILL, "exit \(exit)")
            }
            #expect(UnixSocketAddress.isSocket(killed.socketPath), "a killed daemon leaves its socket behind")

            let next = try DaemonProcess.launch(in: directory)
            try await next.supervise {
                try await next.waitUntilReady()
                let status = try await next.withClient { try await $0.call(RPCMethods.DaemonStatus.self, RPCEmpty()) }
                #expect(status.pid == next.pid)
                #expect(status.socket == next.socketPath)
            }
        }
    }

    @Test("a file that is not a socket is left alone and tfmtd exits 1 with TFMT-RPC-0013")
    func regularFileRefused() async throws {
        try await DaemonProcess.withDirectory { directory in
            let precious = try directory.write("not a socket\n", to: "tfmtd.sock")
            let daemon = try DaemonProcess.launch(in: directory)
            try await daemon.supervise {
                let exit = try await daemon.waitForExit()
                #expect(exit.status == 1 && !exit.bySignal, "exit \(exit)")
                #expect(daemon.log.contains("TFMT-RPC-0013") && daemon.log.contains("is not a socket"), "\(daemon.log)")
                #expect(try String(contentsOfFile: precious, encoding: .utf8) == "not a socket\n")
            }
        }
    }
}
