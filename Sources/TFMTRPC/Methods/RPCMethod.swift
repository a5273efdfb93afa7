import TFMTCore

/// One method of the daemon's socket protocol, declared once and used by the daemon, the client and the bridge.
public protocol RPCMethod: Sendable {
    /// What the method takes; ``RPCEmpty`` when nothing.
    associatedtype Params: Codable & Sendable
    /// What the method returns.
    associatedtype Result: Codable & Sendable

    /// The wire name, `area.verb` (`plugins.list`).
    static var name: String { get }
    /// Whether the method changes the daemon's state; mutating methods need an administrator.
    static var access: RPCAccess { get }
    /// One line for `rpc.describe` and the documentation.
    static var summary: String { get }
}

/// Who may call a method.
public enum RPCAccess: String, Sendable, Hashable, Codable, CaseIterable, RPCSchemaDescribable {
    /// Anyone who can open the socket.
    case read
    /// uid 0, the daemon's own user and members of the configured admin group.
    case mutate
}

/// Params or a result with no members.
public struct RPCEmpty: Sendable, Hashable, Codable {
    public init() {}
}

/// What `rpc.describe` says about one method.
public struct RPCMethodDescription: Sendable, Hashable, Codable {
    public var name: String
    public var access: RPCAccess
    public var summary: String
    /// JSON Schema of the params.
    public var params: JSONValue
    /// JSON Schema of the result.
    public var result: JSONValue

    public init(name: String, access: RPCAccess, summary: String, params: JSONValue, result: JSONValue) {
        self.name = name
        self.access = access
        self.summary = summary
        self.params = params
        self.result = result
    }
}

extension RPCMethod {
    /// The method's entry in `rpc.describe`.
    public static var description: RPCMethodDescription {
        RPCMethodDescription(
            name: name,
            access: access,
            summary: summary,
            params: RPCSchema.of(Params.self),
            result: RPCSchema.of(Result.self)
        )
    }
}
