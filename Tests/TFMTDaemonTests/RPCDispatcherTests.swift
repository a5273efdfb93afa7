import Foundation
import TFMTCore
import TFMTRPC
import Testing

@testable import TFMTDaemon

/// The dispatcher on its own: bytes in, bytes out, no socket.
@Suite("RPC dispatcher")
struct RPCDispatcherTests {
    static let admin = PeerCredentials(pid: 1, uid: 0, gid: 0)
    static let visitor = PeerCredentials(pid: 2, uid: 4242, gid: 4242)

    static func dispatcher(timeout: Duration = .seconds(5)) -> RPCDispatcher {
        var dispatcher = RPCDispatcher(mayMutate: { $0.uid == 0 }, requestTimeout: { timeout })
        dispatcher.register(RPCMethods.PluginsGet.self) { params, _ throws(TFMTError) in
            guard params.id == "tfmt.delta" else { throw TFMTError(.pluginNotFound, "no plugin '\(params.id)'") }
            return PluginInfo(
                metadata: PluginMetadata(
                    id: "tfmt.delta",
                    name: "Delta",
                    version: Version("1.0.0")!,
                    format: .delta,
                    capabilities: [.detect]
                ),
                dependencies: DependencySpec(pluginAPI: .any),
                origin: .builtin,
                state: .active,
                errors: [],
                dependents: []
            )
        }
        dispatcher.register(RPCMethods.PluginsDisable.self) { params, _ throws(TFMTError) in
            throw TFMTError(.pluginHasDependents, "\(params.id) has dependents")
        }
        dispatcher.register(RPCMethods.DaemonReload.self) { _, _ in
            try? await Task.sleep(for: .seconds(10))
            return .init(configurationFile: nil, reloadedAt: "never")
        }
        return dispatcher
    }

    static func call(
        _ text: String,
        peer: PeerCredentials = admin,
        dispatcher: RPCDispatcher = dispatcher()
    ) async throws -> JSONValue {
        let response = try #require(await dispatcher.handle(Data(text.utf8), peer: peer))
        return try JSONDecoder().decode(JSONValue.self, from: response)
    }

    @Test("a valid request gets its result with the same id")
    func success() async throws {
        let response = try await Self.call(
            #"{"jsonrpc":"2.0","id":"abc","method":"plugins.get","params":{"id":"tfmt.delta"}}"#
        )
        #expect(response["id"] == "abc")
        #expect(response["result"]?["metadata"]?["id"] == "tfmt.delta")
        #expect(response["error"] == nil)
    }

    @Test(
        "malformed requests get the JSON-RPC code and a structured error",
        arguments: [
            ("{not json", -32700, "TFMT-RPC-0001"),
            ("[1,2]", -32600, "TFMT-RPC-0002"),
            (#"{"jsonrpc":"1.0","id":1,"method":"plugins.get"}"#, -32600, "TFMT-RPC-0002"),
            (#"{"jsonrpc":"2.0","id":1}"#, -32600, "TFMT-RPC-0002"),
            (#"{"jsonrpc":"2.0","id":{"x":1},"method":"plugins.get"}"#, -32600, "TFMT-RPC-0002"),
            (#"{"jsonrpc":"2.0","id":1,"method":"plugins.steal"}"#, -32601, "TFMT-RPC-0003"),
            (#"{"jsonrpc":"2.0","id":1,"method":"plugins.get","params":{}}"#, -32602, "TFMT-RPC-0004"),
            (#"{"jsonrpc":"2.0","id":1,"method":"plugins.get","params":{"id":7}}"#, -32602, "TFMT-RPC-0004"),
        ]
    )
    func malformed(_ text: String, _ code: Int64, _ tfmtCode: String) async throws {
        let response = try await Self.call(text)
        #expect(response["error"]?["code"] == .int(code))
        #expect(response["error"]?["data"]?["code"] == .string(tfmtCode))
        #expect(response["error"]?["data"]?["resolution"]?.arrayValue?.isEmpty == false)
        #expect(response["result"] == nil)
    }

    @Test("invalid UTF-8 is a parse error")
    func invalidUTF8() async throws {
        let bytes = Data([0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x7D])
        let response = try #require(await Self.dispatcher().handle(bytes, peer: Self.admin))
        let decoded = try JSONDecoder().decode(JSONValue.self, from: response)
        #expect(decoded["error"]?["code"] == -32700)
        #expect(decoded["id"] == .null)
    }

    @Test("wrong params name the field")
    func fieldPath() async throws {
        let response = try await Self.call(#"{"jsonrpc":"2.0","id":1,"method":"plugins.get","params":{"id":true}}"#)
        #expect(response["error"]?["data"]?["context"]?["field"] == "params.id")
    }

    @Test("a method's structured error travels in error.data")
    func methodError() async throws {
        let response = try await Self.call(#"{"jsonrpc":"2.0","id":9,"method":"plugins.get","params":{"id":"x"}}"#)
        #expect(response["id"] == 9)
        #expect(response["error"]?["code"] == -32000)
        #expect(response["error"]?["data"]?["code"] == "TFMT-PLG-0002")
    }

    @Test("mutating methods are refused to non-admins, reads are served")
    func accessControl() async throws {
        let refused = try await Self.call(
            #"{"jsonrpc":"2.0","id":1,"method":"plugins.disable","params":{"id":"tfmt.delta"}}"#,
            peer: Self.visitor
        )
        #expect(refused["error"]?["code"] == -32001)
        #expect(refused["error"]?["data"]?["code"] == "TFMT-SEC-0001")
        #expect(refused["error"]?["data"]?["context"]?["uid"] == 4242)

        let allowed = try await Self.call(
            #"{"jsonrpc":"2.0","id":2,"method":"plugins.disable","params":{"id":"tfmt.delta"}}"#,
            peer: Self.admin
        )
        #expect(allowed["error"]?["data"]?["code"] == "TFMT-PLG-0004")

        let read = try await Self.call(
            #"{"jsonrpc":"2.0","id":3,"method":"plugins.get","params":{"id":"tfmt.delta"}}"#,
            peer: Self.visitor
        )
        #expect(read["result"] != nil)
    }

    @Test("a notification gets no response")
    func notification() async throws {
        let response = await Self.dispatcher().handle(
            Data(#"{"jsonrpc":"2.0","method":"plugins.get","params":{"id":"tfmt.delta"}}"#.utf8),
            peer: Self.admin
        )
        #expect(response == nil)
    }

    @Test("a handler that outlives the request timeout is answered with TFMT-RPC-0014", .timeLimit(.minutes(1)))
    func timeout() async throws {
        let response = try await Self.call(
            #"{"jsonrpc":"2.0","id":1,"method":"daemon.reload"}"#,
            dispatcher: Self.dispatcher(timeout: .milliseconds(100))
        )
        #expect(response["error"]?["data"]?["code"] == "TFMT-RPC-0014")
    }
}
