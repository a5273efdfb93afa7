import TFMTCore
import TFMTRPC
import Testing

/// The limits that keep one client from starving the others: connections, requests in flight per connection, and
/// the idle timeout.
@Suite("connection limits", .timeLimit(.minutes(1)))
struct ConnectionLimitTests {
    static let statusRequest = #"{"jsonrpc":"2.0","id":1,"method":"daemon.status"}"#

    @Test("over limits.maxConnections a connection gets -32002 / TFMT-RPC-0011 and is closed; a freed slot is reused")
    func maxConnections() async throws {
        try await DaemonProcess.run(configuration: "limits:\n  maxConnections: 2\n") { daemon in
            let first = try daemon.connect()
            let second = try daemon.connect()
            #expect(try await first.call(Self.statusRequest).result != nil)
            #expect(try await second.call(Self.statusRequest).result != nil)

            let third = try daemon.connect()
            let frames = try await third.readUntilClosed()
            let refusal = try #require(frames.first, "the third connection was closed without a word")
            #expect(frames.count == 1)
            #expect(refusal.errorCode == -32002, "\(refusal)")
            #expect(refusal.tfmtCode == "TFMT-RPC-0011", "\(refusal)")
            #expect(refusal.id == .null)

            // The two within the limit are unaffected.
            #expect(try await first.call(Self.statusRequest).result != nil)

            // Once one closes, a new connection is served (the count drops as the daemon notices the close).
            second.close()
            // Until the daemon has noticed, a new connection is still refused and closed; a write to it may then
            // fail with a broken pipe, which only means "not yet".
            try await Polling.until("a connection slot to free up") {
                do {
                    let next = try daemon.connect()
                    try await next.writeFrame(Self.statusRequest)
                    return try await next.readJSON().result != nil
                } catch {
                    return false
                }
            }
        }
    }

    @Test("over limits.maxInFlightPerConnection a request gets -32002 / TFMT-RPC-0011 with its own id")
    func maxInFlightRaw() async throws {
        try await DaemonProcess.run(configuration: "limits:\n  maxInFlightPerConnection: 1\n") { daemon in
            let connection = try daemon.connect()
            // Requests written at once arrive faster than they are answered; with one allowed in flight, some of
            // them are refused. Each gets exactly one answer carrying its id, whichever it is.
            var overloaded = 0
            var round = 0
            while overloaded == 0 && round < 10 {
                let ids = (0..<200).map { "r\(round)-\($0)" }
                try await connection.write(
                    ids.flatMap { id in
                        RawConnection.frame(Array(#"{"jsonrpc":"2.0","id":"\#(id)","method":"plugins.list"}"#.utf8))
                    }
                )
                var answered: Set<String> = []
                for _ in ids {
                    let response = try await connection.readJSON()
                    let id = try #require(response.id?.stringValue, "an answer without the request's id: \(response)")
                    #expect(answered.insert(id).inserted, "two answers for \(id)")
                    if response.result == nil {
                        #expect(response.errorCode == -32002 && response.tfmtCode == "TFMT-RPC-0011", "\(response)")
                        overloaded += 1
                    }
                }
                #expect(answered == Set(ids))
                round += 1
            }
            #expect(overloaded > 0, "no request was ever over the limit")
            // The connection is not closed for it.
            #expect(try await connection.call(Self.statusRequest).result != nil)
        }
    }

    @Test("the client sees an over-limit call fail with TFMT-RPC-0011 at once, not time out")
    func maxInFlightClient() async throws {
        try await DaemonProcess.run(configuration: "limits:\n  maxInFlightPerConnection: 1\n") { daemon in
            let outcomes = try await daemon.withClient { client in
                try await withThrowingTaskGroup(of: String.self) { group in
                    for _ in 0..<200 {
                        group.addTask {
                            do {
                                _ = try await client.call(
                                    RPCMethods.PluginsList.self,
                                    RPCEmpty(),
                                    timeout: .seconds(20)
                                )
                                return "ok"
                            } catch let error as TFMTError {
                                return error.code.rawValue
                            }
                        }
                    }
                    return try await group.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
                }
            }
            #expect(Set(outcomes.keys).isSubset(of: ["ok", "TFMT-RPC-0011"]), "\(outcomes)")
            #expect(outcomes["ok", default: 0] > 0, "\(outcomes)")
        }
    }

    @Test("limits.idleTimeout closes an idle connection, not before the timeout, and leaves a busy one open")
    func idleTimeout() async throws {
        try await DaemonProcess.run(configuration: "limits:\n  idleTimeout: 2s\n") { daemon in
            let idle = try daemon.connect()
            let opened = ContinuousClock.now
            #expect(try await idle.readUntilClosed(timeout: .seconds(15)).isEmpty)
            let closedAfter = ContinuousClock.now - opened
            #expect(closedAfter >= .milliseconds(1_900), "an idle connection was closed after \(closedAfter)")

            // A connection that asks every 200 ms outlives the timeout. The daemon only sees the gaps this process
            // leaves, so a gap as long as the timeout (a starved test process) makes the check meaningless, not false.
            let busy = try daemon.connect()
            var longestGap = Duration.zero
            var last = ContinuousClock.now
            let start = last
            var closed = false
            while ContinuousClock.now - start < .seconds(5) && !closed {
                do {
                    try await busy.writeFrame(Self.statusRequest)
                    closed = try await busy.read() == .closed
                } catch {
                    closed = true
                }
                longestGap = max(longestGap, ContinuousClock.now - last)
                last = ContinuousClock.now
                try await Task.sleep(for: .milliseconds(200))
            }
            #expect(!closed || longestGap >= .seconds(1), "a busy connection was closed; longest gap \(longestGap)")
        }
    }
}
