import Foundation
import TFMTCore
import TFMTRPC

/// Turns one request frame into one response frame: JSON-RPC envelope checks, access control, typed params, the
/// method's handler under a time limit, and every failure as a JSON-RPC error carrying a ``TFMTError``.
///
/// It knows nothing of sockets, so tests drive it with bytes, and the server, the watchdog's self-check and a future
/// transport share it.
public struct RPCDispatcher: Sendable {
    /// What a handler knows about the call.
    public struct CallContext: Sendable {
        /// Who called.
        public var peer: PeerCredentials
    }

    private struct Route: Sendable {
        var access: RPCAccess
        var run: @Sendable (Data, JSONRPCID?, CallContext) async -> Data
    }

    private var routes: [String: Route] = [:]
    private let mayMutate: @Sendable (PeerCredentials) async -> Bool
    private let requestTimeout: @Sendable () async -> Duration

    /// Creates a dispatcher with no methods.
    ///
    /// - Parameters:
    ///   - mayMutate: Whether a peer may call mutating methods; asked on every mutating call so a reload that
    ///     changes the admin group takes effect at once.
    ///   - requestTimeout: The longest a handler may run.
    public init(
        mayMutate: @escaping @Sendable (PeerCredentials) async -> Bool,
        requestTimeout: @escaping @Sendable () async -> Duration
    ) {
        self.mayMutate = mayMutate
        self.requestTimeout = requestTimeout
    }

    /// The wire names of the methods served.
    public var methodNames: [String] { routes.keys.sorted() }

    /// Serves `method` with `handler`.
    public mutating func register<Method: RPCMethod>(
        _ method: Method.Type,
        handler: @escaping @Sendable (Method.Params, CallContext) async throws(TFMTError) -> Method.Result
    ) {
        let timeout = requestTimeout
        routes[Method.name] = Route(access: Method.access) { frame, id, context in
            let params: Method.Params
            do throws(TFMTError) {
                params = try Self.decodeParams(Method.Params.self, from: frame, method: Method.name)
            } catch {
                return Self.errorFrame(id: id, JSONRPCErrorObject(error, code: .invalidParams))
            }
            do throws(TFMTError) {
                let result = try await Self.withTimeout(await timeout(), method: Method.name) {
                    () async throws(TFMTError) in
                    try await handler(params, context)
                }
                return Self.encode(JSONRPCResultResponse(id: id, result: result))
            } catch {
                return Self.errorFrame(id: id, JSONRPCErrorObject(error))
            }
        }
    }

    /// Handles one request frame.
    ///
    /// - Returns: The response frame, or `nil` for a notification (a request without an id), which gets none.
    public func handle(_ frame: Data, peer: PeerCredentials) async -> Data? {
        let envelope: JSONValue
        do {
            envelope = try JSONDecoder().decode(JSONValue.self, from: frame)
        } catch {
            return Self.errorFrame(
                id: nil,
                code: .parseError,
                TFMTError(
                    .rpcParseError,
                    "the request is not valid UTF-8 JSON",
                    context: ["bytes": .int(Int64(frame.count))],
                    resolution: ["Send one JSON-RPC 2.0 request object, UTF-8 encoded, per frame."]
                )
            )
        }
        guard case .object(let members) = envelope else {
            return Self.errorFrame(
                id: nil,
                code: .invalidRequest,
                Self.invalidRequest("the request must be a JSON object (batches are not supported)")
            )
        }
        let id = members["id"].flatMap(Self.requestID)
        let isNotification = members["id"] == nil
        guard members["jsonrpc"] == "2.0" else {
            return isNotification
                ? nil
                : Self.errorFrame(id: id, code: .invalidRequest, Self.invalidRequest("\"jsonrpc\" must be \"2.0\""))
        }
        if let rawID = members["id"], rawID != .null, id == nil {
            return Self.errorFrame(
                id: nil,
                code: .invalidRequest,
                Self.invalidRequest("\"id\" must be a string, an integer or null")
            )
        }
        guard let methodName = members["method"]?.stringValue else {
            return isNotification
                ? nil
                : Self.errorFrame(id: id, code: .invalidRequest, Self.invalidRequest("\"method\" must be a string"))
        }
        guard let route = routes[methodName] else {
            return isNotification
                ? nil
                : Self.errorFrame(
                    id: id,
                    code: .methodNotFound,
                    TFMTError(
                        .rpcMethodNotFound,
                        "there is no method '\(methodName)'",
                        context: ["method": .string(methodName), "methods": JSONValue(methodNames)],
                        resolution: ["Call rpc.describe for the methods this tfmtd serves and their params."]
                    )
                )
        }
        if route.access == .mutate, !(await mayMutate(peer)) {
            return Self.errorFrame(
                id: id,
                code: .accessDenied,
                TFMTError(
                    .accessDenied,
                    "\(methodName) changes the daemon and needs an administrator",
                    context: [
                        "method": .string(methodName), "uid": .int(Int64(peer.uid)), "gid": .int(Int64(peer.gid)),
                    ],
                    resolution: [
                        "Run the command as root, as the user tfmtd runs as, or as a member of the admin group "
                            + "(adminGroup in the configuration, tfmt by default).",
                        "Read-only commands (status, list, show, inspect, check) need no administrator.",
                    ]
                )
            )
        }
        let response = await route.run(frame, id, CallContext(peer: peer))
        return isNotification ? nil : response
    }

    // MARK: Helpers

    private static func requestID(_ value: JSONValue) -> JSONRPCID? {
        switch value {
        case .int(let number): return .number(number)
        case .string(let string): return .string(string)
        default: return nil
        }
    }

    private static func invalidRequest(_ detail: String) -> TFMTError {
        TFMTError(
            .rpcInvalidRequest,
            "not a JSON-RPC 2.0 request: \(detail)",
            context: ["detail": .string(detail)],
            resolution: [
                #"Send {"jsonrpc": "2.0", "id": 1, "method": "daemon.status", "params": {}}."#
            ]
        )
    }

    static func decodeParams<Params: Decodable>(
        _ type: Params.Type,
        from frame: Data,
        method: String
    ) throws(TFMTError) -> Params {
        let decoder = JSONDecoder()
        do {
            if let params = try decoder.decode(JSONRPCParamsEnvelope<Params>.self, from: frame).params {
                return params
            }
            return try decoder.decode(Params.self, from: Data("{}".utf8))
        } catch let error as DecodingError {
            let (path, detail) = Self.describe(error)
            throw TFMTError(
                .rpcInvalidParams,
                "invalid params for \(method) at \(path): \(detail)",
                context: ["method": .string(method), "field": .string(path), "detail": .string(detail)],
                resolution: ["Call rpc.describe for the params \(method) takes."]
            )
        } catch {
            throw TFMTError(.rpcInvalidParams, "invalid params for \(method): \(error)")
        }
    }

    private static func describe(_ error: DecodingError) -> (path: String, detail: String) {
        func path(_ keys: [any CodingKey]) -> String {
            keys.reduce("params") { path, key in
                key.intValue.map { "\(path)[\($0)]" }
                    ?? (key.stringValue == "params" ? path : "\(path).\(key.stringValue)")
            }
        }
        switch error {
        case .keyNotFound(let key, let context):
            return (path(context.codingPath + [key]), "required and missing")
        case .typeMismatch(let type, let context):
            return (path(context.codingPath), "expected \(Self.jsonName(of: type))")
        case .valueNotFound(let type, let context):
            return (path(context.codingPath), "expected \(Self.jsonName(of: type)), found null")
        case .dataCorrupted(let context):
            return (path(context.codingPath), context.debugDescription)
        @unknown default:
            return ("params", String(describing: error))
        }
    }

    private static func jsonName(of type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Bool.Type: return "a boolean"
        case is Int.Type, is Int64.Type, is Int32.Type, is UInt32.Type: return "an integer"
        case is Double.Type: return "a number"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "an array" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "an object"
        }
    }

    private static func withTimeout<Result: Sendable>(
        _ timeout: Duration,
        method: String,
        _ body: @escaping @Sendable () async throws(TFMTError) -> Result
    ) async throws(TFMTError) -> Result {
        let outcome: Swift.Result<Result, TFMTError>? = await withTaskGroup(of: Swift.Result<Result, TFMTError>?.self) {
            group in
            group.addTask {
                do throws(TFMTError) {
                    return .success(try await body())
                } catch {
                    return .failure(error)
                }
            }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
        guard let outcome else {
            throw TFMTError(
                .requestTimedOut,
                "\(method) did not finish within \(timeout)",
                context: ["method": .string(method), "timeout": .string("\(timeout)")],
                resolution: [
                    "Retry; if it keeps happening, raise limits.requestTimeout in the configuration.",
                    "Check the daemon log for what the request was waiting on.",
                ]
            )
        }
        return try outcome.get()
    }

    static func encode<Value: Encodable>(_ value: Value) -> Data {
        do {
            return try JSONEncoder().encode(value)
        } catch {
            // Our own types always encode; if one ever does not, say so instead of dropping the response.
            let fallback = JSONRPCErrorResponse(
                id: nil,
                error: JSONRPCErrorObject(
                    code: .internalError,
                    message: "the response could not be encoded",
                    data: TFMTError(.rpcInternalError, "the response could not be encoded: \(error)")
                )
            )
            return (try? JSONEncoder().encode(fallback)) ?? Data()
        }
    }

    private static func errorFrame(id: JSONRPCID?, code: JSONRPCErrorCode, _ error: TFMTError) -> Data {
        errorFrame(id: id, JSONRPCErrorObject(error, code: code))
    }

    static func errorFrame(id: JSONRPCID?, _ error: JSONRPCErrorObject) -> Data {
        encode(JSONRPCErrorResponse(id: id, error: error))
    }
}
