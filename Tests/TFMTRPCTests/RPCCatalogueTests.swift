import Foundation
import NIOCore
import TFMTCore
import TFMTRPC
import Testing

@Suite("Method catalogue and schemas")
struct RPCCatalogueTests {
    @Test("method names are unique and well formed")
    func names() {
        let names = RPCCatalogue.methods.map { $0.name }
        #expect(Set(names).count == names.count)
        for name in names {
            #expect(name.wholeMatch(of: /[a-z]+\.[a-z]+/) != nil, "\(name)")
        }
        #expect(RPCCatalogue.method(named: "plugins.list") != nil)
        #expect(RPCCatalogue.method(named: "plugins.lost") == nil)
    }

    @Test("the params schema of plugins.get requires a string id")
    func paramsSchema() {
        let schema = RPCSchema.of(RPCMethods.PluginID.self)
        #expect(schema["type"] == "object")
        #expect(schema["properties"]?["id"] == ["type": "string"])
        #expect(schema["required"] == ["id"])
    }

    @Test("optional members are not required")
    func optionalMembers() {
        let schema = RPCSchema.of(RPCMethods.ValidateParams.self)
        #expect(schema["properties"]?["id"] == ["type": "string"])
        #expect(schema["required"] == nil)
    }

    @Test("nested results describe arrays, enums and self-describing types")
    func nestedSchema() throws {
        let schema = RPCSchema.of(RPCMethods.PluginList.self)
        let plugin = try #require(schema["properties"]?["plugins"]?["items"])
        #expect(plugin["properties"]?["state"]?["enum"]?.arrayValue?.count == PluginState.allCases.count)
        let metadata = try #require(plugin["properties"]?["metadata"])
        #expect(metadata["properties"]?["version"]?["type"] == "string")
        #expect(metadata["properties"]?["capabilities"]?["type"] == "array")
        #expect(plugin["properties"]?["origin"]?["required"] == ["kind"])
        #expect(plugin["properties"]?["errors"]?["items"]?["properties"]?["code"]?["pattern"] != nil)
    }

    @Test("every method has a summary and object schemas")
    func everyMethodDescribed() {
        for method in RPCCatalogue.methods {
            let description = method.description
            #expect(!description.summary.isEmpty)
            #expect(description.params["type"] == "object", "\(description.name) params")
            #expect(description.result["type"] == "object", "\(description.name) result")
        }
    }
}

@Suite("JSON-RPC envelopes")
struct JSONRPCEnvelopeTests {
    @Test("an error response carries id null when the request's id is unknown")
    func errorWithNullID() throws {
        let response = JSONRPCErrorResponse(
            id: nil,
            error: JSONRPCErrorObject(TFMTError(.rpcParseError, "bad"), code: .parseError)
        )
        let json = try #require(String(data: try JSONEncoder().encode(response), encoding: .utf8))
        #expect(json.contains(#""id":null"#))
        #expect(json.contains(#""code":-32700"#))
    }

    @Test("ids round-trip as numbers and strings")
    func ids() throws {
        for id in [JSONRPCID.number(7), .string("abc")] {
            let data = try JSONEncoder().encode(id)
            #expect(try JSONDecoder().decode(JSONRPCID.self, from: data) == id)
        }
    }

    @Test("a failed response decodes to the structured error it carries")
    func decodeFailure() throws {
        let error = TFMTError(.pluginNotFound, "no plugin with id 'x' is registered", context: ["plugin": "x"])
        let data = try JSONEncoder().encode(JSONRPCErrorResponse(id: .number(1), error: JSONRPCErrorObject(error)))
        let thrown = #expect(throws: TFMTError.self) {
            try RPCClient.decodeResult(RPCMethods.PluginList.self, from: .init(bytes: data), method: "plugins.list")
        }
        #expect(thrown == error)
    }

    @Test("a result of the wrong shape is a malformed-response error")
    func malformedResult() throws {
        let data = Data(#"{"jsonrpc":"2.0","id":1,"result":{"plugins":5}}"#.utf8)
        let thrown = #expect(throws: TFMTError.self) {
            try RPCClient.decodeResult(RPCMethods.PluginList.self, from: .init(bytes: data), method: "plugins.list")
        }
        #expect(thrown?.code == .rpcMalformedResponse)
    }
}
