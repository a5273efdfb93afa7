import TFMTCore

/// The parts of a request every method shares, decoded before the method is known.
public struct JSONRPCRequestHeader: Sendable, Decodable {
    public var jsonrpc: String?
    public var id: JSONRPCID?
    public var method: String?
    /// Whether the message carries an `id` member (a request) or not (a notification). `"id": null` counts as
    /// present, as JSON-RPC 2.0 asks.
    public var hasID: Bool

    private enum CodingKeys: String, CodingKey {
        case jsonrpc, id, method
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        jsonrpc = try? container.decodeIfPresent(String.self, forKey: .jsonrpc)
        hasID = container.contains(.id)
        id = try? container.decodeIfPresent(JSONRPCID.self, forKey: .id)
        method = try? container.decodeIfPresent(String.self, forKey: .method)
    }
}

/// A request with typed params, as the client sends it.
public struct JSONRPCRequest<Params: Encodable & Sendable>: Sendable, Encodable {
    public var jsonrpc = "2.0"
    public var id: JSONRPCID?
    public var method: String
    public var params: Params

    public init(id: JSONRPCID?, method: String, params: Params) {
        self.id = id
        self.method = method
        self.params = params
    }
}

/// Reads a request's params as the method's type; absent params read as `{}`.
public struct JSONRPCParamsEnvelope<Params: Decodable>: Decodable {
    public var params: Params?
}

/// A successful response.
public struct JSONRPCResultResponse<Result: Encodable & Sendable>: Sendable, Encodable {
    public var jsonrpc = "2.0"
    public var id: JSONRPCID?
    public var result: Result

    public init(id: JSONRPCID?, result: Result) {
        self.id = id
        self.result = result
    }

    private enum CodingKeys: String, CodingKey {
        case jsonrpc, id, result
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(jsonrpc, forKey: .jsonrpc)
        try container.encode(id, forKey: .id)  // `null` when the request's id could not be read
        try container.encode(result, forKey: .result)
    }
}

/// The `error` member of a failed response.
public struct JSONRPCErrorObject: Sendable, Hashable, Codable, Error {
    public var code: JSONRPCErrorCode
    public var message: String
    /// The structured error behind it.
    public var data: TFMTError?

    public init(code: JSONRPCErrorCode, message: String, data: TFMTError?) {
        self.code = code
        self.message = message
        self.data = data
    }

    /// The JSON-RPC form of a structured error raised by a method.
    public init(_ error: TFMTError, code: JSONRPCErrorCode = .requestFailed) {
        self.init(code: code, message: error.message, data: error)
    }
}

/// A failed response.
public struct JSONRPCErrorResponse: Sendable, Encodable {
    public var jsonrpc = "2.0"
    public var id: JSONRPCID?
    public var error: JSONRPCErrorObject

    public init(id: JSONRPCID?, error: JSONRPCErrorObject) {
        self.id = id
        self.error = error
    }

    private enum CodingKeys: String, CodingKey {
        case jsonrpc, id, error
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(jsonrpc, forKey: .jsonrpc)
        try container.encode(id, forKey: .id)
        try container.encode(error, forKey: .error)
    }
}

/// The parts of a response the client reads before it knows whether it succeeded.
public struct JSONRPCResponseHeader: Sendable, Decodable {
    public var id: JSONRPCID?
    public var error: JSONRPCErrorObject?
    /// A notification from the server: no id, a method.
    public var method: String?
}

/// Reads a successful response's result as the method's type.
public struct JSONRPCResultEnvelope<Result: Decodable>: Decodable {
    public var result: Result
}
