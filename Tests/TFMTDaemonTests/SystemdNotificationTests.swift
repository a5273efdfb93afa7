import Foundation
import TFMTRPC
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// What tfmtd tells systemd over `NOTIFY_SOCKET`, observed with a datagram socket, and how it answers signals.
@Suite("systemd notifications and signals", .serialized, .timeLimit(.minutes(1)))
struct SystemdNotificationTests {
    @Test("READY=1 comes with a STATUS= line once the socket accepts connections; no watchdog pings unasked")
    func readyWithStatus() async throws {
        try await DaemonProcess.run { daemon in
            let ready = try #require(daemon.notify.messages.first { $0.has("READY") })
            let status = try #require(ready["STATUS"], "READY=1 without STATUS=: \(ready)")
            #expect(status.contains("serving 4 of 4 plugins"), "STATUS=\(status)")

            // Ready means ready: the socket answers at once.
            let answer = try await daemon.withClient { try await $0.call(RPCMethods.DaemonStatus.self, RPCEmpty()) }
            #expect(answer.pid == daemon.pid)
            #expect(answer.status == status)
            #expect(!daemon.notify.messages.contains { $0.has("WATCHDOG") })
        }
    }

    @Test("WATCHDOG_USEC=1s: WATCHDOG=1 about every half second")
    func watchdogPings() async throws {
        try await DaemonProcess.run(watchdog: .seconds(1)) { daemon in
            let ready = try await daemon.notify.waitFor("READY")
            var pings: [NotifyMessage] = []
            var index = ready.index
            for _ in 0..<4 {
                let ping = try await daemon.notify.waitFor("WATCHDOG", after: index + 1, timeout: .seconds(5))
                pings.append(ping.message)
                index = ping.index
            }
            // Half the interval is 0.5 s. The listener timestamps a ping when the test reads it, which a loaded
            // machine delays, so the check is on the average over three gaps: clearly faster than the 1 s interval
            // (systemd would restart a daemon that pinged only once per interval) and not a busy loop.
            let span = try #require(pings.last).receivedAt - pings[0].receivedAt
            let average = span / 3
            #expect(average > .milliseconds(300) && average < .milliseconds(900), "pings every \(average) on average")
        }
    }

    @Test("SIGHUP: RELOADING=1 with MONOTONIC_USEC, then READY=1 again")
    func reloadOnSIGHUP() async throws {
        try await DaemonProcess.run { daemon in
            let mark = daemon.notify.count
            let before = Self.monotonicMicroseconds()
            daemon.send(SIGHUP)
            let reloading = try await daemon.notify.waitFor("RELOADING", after: mark)
            let stamp = try #require(reloading.message["MONOTONIC_USEC"].flatMap { UInt64($0) }, "\(reloading)")
            #expect(stamp >= before && stamp <= Self.monotonicMicroseconds(), "MONOTONIC_USEC=\(stamp)")
            let ready = try await daemon.notify.waitFor("READY", after: reloading.index + 1)
            #expect(ready.message["STATUS"]?.contains("serving 4 of 4 plugins") == true, "\(ready.message)")
            #expect(daemon.isRunning)
            _ = try await daemon.withClient { try await $0.call(RPCMethods.DaemonStatus.self, RPCEmpty()) }
        }
    }

    @Test(
        "SIGTERM and SIGINT: STOPPING=1, open connections closed, exit status 0, socket file removed",
        arguments: [SIGTERM, SIGINT]
    )
    func stopOnSignal(signal: Int32) async throws {
        try await DaemonProcess.run { daemon in
            let idle = try daemon.connect()
            #expect(try await idle.call(Self.statusRequest).result != nil)
            let mark = daemon.notify.count
            daemon.send(signal)
            try await daemon.notify.waitFor("STOPPING", after: mark)
            let exit = try await daemon.waitForExit(timeout: .seconds(10))
            #expect(exit.status == 0 && !exit.bySignal, "exit \(exit)")
            #expect(try await idle.readUntilClosed().isEmpty)
            #expect(!UnixSocketAddress.exists(daemon.socketPath))
        }
    }

    static let statusRequest = #"{"jsonrpc":"2.0","id":1,"method":"daemon.status"}"#

    static func monotonicMicroseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000 + UInt64(now.tv_nsec) / 1000
    }
}
