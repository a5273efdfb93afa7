import Foundation
import TFMTCore
import TFMTRPC
import Testing

/// Many clients at once, each pipelining many requests on one connection: every request gets its own answer.
@Suite("concurrent clients", .timeLimit(.minutes(1)))
struct ConcurrentClientTests {
    static let pluginIDs = ["tfmt.delta", "tfmt.iceberg", "tfmt.hudi", "tfmt.paimon"]

    /// 100 pipelined calls fit on one connection; the default (64) would answer the rest with "overloaded".
    static let configuration = "limits:\n  maxInFlightPerConnection: 128\n"

    /// What one call asked and what the answer must show.
    enum Call: Sendable {
        case status
        case list
        case get(String)
    }

    @Test("100 clients × 100 pipelined requests (daemon.status, plugins.list, plugins.get) all answered correctly")
    func hundredByHundred() async throws {
        try await DaemonProcess.run(configuration: Self.configuration) { daemon in
            let socketPath = daemon.socketPath
            let pid = daemon.pid
            let answered = try await withThrowingTaskGroup(of: Int.self) { group in
                for client in 0..<100 {
                    group.addTask {
                        try await Self.pipeline(client: client, requests: 100, socketPath: socketPath, pid: pid)
                    }
                }
                return try await group.reduce(0, +)
            }
            #expect(answered == 10_000)
        }
    }

    @Test("pipelined frames written at once are answered with their own ids, in any order")
    func rawPipelineMatchesIDs() async throws {
        try await DaemonProcess.run(configuration: Self.configuration) { daemon in
            let connection = try daemon.connect()
            var expected: [String: String] = [:]  // request id → the plugin id the answer must name
            var bytes: [UInt8] = []
            for index in 0..<100 {
                let plugin = Self.pluginIDs[index % 4]
                let id = "r\(index)"
                expected[id] = plugin
                bytes += RawConnection.frame(
                    Array(#"{"jsonrpc":"2.0","id":"\#(id)","method":"plugins.get","params":{"id":"\#(plugin)"}}"#.utf8)
                )
            }
            try await connection.write(bytes)
            var seen: [String: String] = [:]
            for _ in 0..<100 {
                let response = try await connection.readJSON()
                let id = try #require(response.id?.stringValue, "\(response)")
                #expect(seen[id] == nil, "two answers for \(id)")
                seen[id] = response.result?["metadata"]?["id"]?.stringValue ?? "<error: \(response)>"
            }
            #expect(seen == expected)
        }
    }

    /// One client: `requests` concurrent calls on one connection, each checked against what it asked.
    static func pipeline(client: Int, requests: Int, socketPath: String, pid: Int32) async throws -> Int {
        try await RPCClient.withConnection(socketPath: socketPath) { connection in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<requests {
                    let call: Call =
                        switch (client + index) % 3 {
                        case 0: .status
                        case 1: .list
                        default: .get(pluginIDs[(client + index) % 4])
                        }
                    group.addTask {
                        try await check(call, on: connection, pid: pid)
                    }
                }
                try await group.waitForAll()
            }
            return requests
        }
    }

    static func check(_ call: Call, on connection: RPCClient, pid: Int32) async throws {
        let timeout = Duration.seconds(30)
        switch call {
        case .status:
            let status = try await connection.call(RPCMethods.DaemonStatus.self, RPCEmpty(), timeout: timeout)
            #expect(status.pid == pid)
        case .list:
            let list = try await connection.call(RPCMethods.PluginsList.self, RPCEmpty(), timeout: timeout)
            #expect(list.plugins.map(\.metadata.id).sorted() == pluginIDs.sorted())
        case .get(let id):
            let info = try await connection.call(RPCMethods.PluginsGet.self, .init(id: id), timeout: timeout)
            #expect(info.metadata.id == id)
        }
    }
}
