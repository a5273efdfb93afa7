/// The numeric `error.code` of a JSON-RPC response.
public struct JSONRPCErrorCode: RawRepresentable, Sendable, Hashable, Codable {
    public var rawValue: Int

    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    /// The frame is not valid UTF-8 JSON.
    public static let parseError = Self(rawValue: -32700)
    /// The JSON is not a JSON-RPC 2.0 request.
    public static let invalidRequest = Self(rawValue: -32600)
    /// No method of that name.
    public static let methodNotFound = Self(rawValue: -32601)
    /// The params do not match the method's.
    public static let invalidParams = Self(rawValue: -32602)
    /// The daemon failed unexpectedly.
    public static let internalError = Self(rawValue: -32603)
    /// The method ran and failed; `error.data` holds the structured error.
    public static let requestFailed = Self(rawValue: -32000)
    /// The caller may not use the method.
    public static let accessDenied = Self(rawValue: -32001)
    /// The daemon is at a limit (connections, requests in flight).
    public static let overloaded = Self(rawValue: -32002)
}
