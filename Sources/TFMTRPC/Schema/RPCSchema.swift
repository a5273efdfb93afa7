import TFMTCore

/// JSON Schema documents for the method catalogue, derived from the `Decodable` types themselves so that what
/// `rpc.describe` says cannot drift from what the daemon decodes.
///
/// The schema is recorded by decoding the type from a decoder that answers every question with a placeholder and
/// notes what was asked: which keys, of which types, which of them optional. Types whose decoding validates its input
/// (versions, codes, enums) describe themselves through ``RPCSchemaDescribable``.
public enum RPCSchema {
    /// The JSON Schema of `type`.
    public static func of<T: Decodable>(_ type: T.Type) -> JSONValue {
        let recorder = SchemaRecorder(depth: 0)
        do {
            _ = try recorder.decodeValue(T.self)
        } catch {
            return ["description": .string("schema unavailable: \(error)")]
        }
        return recorder.schema
    }
}

/// A type that states its own schema and offers a valid placeholder value for schema recording.
public protocol RPCSchemaDescribable: Decodable {
    /// The JSON Schema of the type.
    static var rpcSchema: JSONValue { get }
    /// Any valid value, returned while recording schemas of types that contain this one.
    static var schemaPlaceholder: Self { get }
}

extension RPCSchemaDescribable where Self: CaseIterable & RawRepresentable, RawValue == String {
    public static var rpcSchema: JSONValue {
        ["type": "string", "enum": .array(allCases.map { .string($0.rawValue) })]
    }

    public static var schemaPlaceholder: Self {
        guard let first = allCases.first else { preconditionFailure("\(Self.self) has no cases") }
        return first
    }
}

extension TableFormat: RPCSchemaDescribable {}
extension PluginState: RPCSchemaDescribable {}
extension PluginCapability: RPCSchemaDescribable {}
extension ArtifactEcosystem: RPCSchemaDescribable {}

extension Version: RPCSchemaDescribable {
    public static var rpcSchema: JSONValue {
        ["type": "string", "description": "a release version such as 3.5.3, 1.0.0-rc1 or 0.10.0rc1"]
    }
    public static var schemaPlaceholder: Version { PluginAPI.version }
}

extension VersionRequirement: RPCSchemaDescribable {
    public static var rpcSchema: JSONValue {
        ["type": "string", "description": "a version requirement such as >=2.3.0,<3, [1.0,2.0) or ~=0.5"]
    }
    public static var schemaPlaceholder: VersionRequirement { .any }
}

extension TFMTError.Code: RPCSchemaDescribable {
    public static var rpcSchema: JSONValue {
        ["type": "string", "pattern": "^TFMT-[A-Z]{2,4}-[0-9]{4}$"]
    }
    public static var schemaPlaceholder: TFMTError.Code { .pluginNotFound }
}

extension JSONValue: RPCSchemaDescribable {
    public static var rpcSchema: JSONValue { ["description": "any JSON value"] }
    public static var schemaPlaceholder: JSONValue { .null }
}

extension PluginOrigin: RPCSchemaDescribable {
    public static var rpcSchema: JSONValue {
        [
            "type": "object",
            "properties": [
                "kind": ["type": "string", "enum": ["builtin", "external"]],
                "manifest": ["type": "string"],
            ],
            "required": ["kind"],
        ]
    }
    public static var schemaPlaceholder: PluginOrigin { .builtin }
}

extension Dictionary: RPCSchemaDescribable where Key == String, Value: Decodable {
    public static var rpcSchema: JSONValue {
        ["type": "object", "additionalProperties": RPCSchema.of(Value.self)]
    }
    public static var schemaPlaceholder: [String: Value] { [:] }
}

/// Records the shape of a type while pretending to decode it.
private final class SchemaRecorder: Decoder {
    /// Nesting beyond this is a recursive type; it is described as an object without going further.
    static let maximumDepth = 24

    let depth: Int
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]
    /// A type that asks for no container at all (an empty struct) is an object without members.
    var schema: JSONValue = ["type": "object", "properties": [:]]

    init(depth: Int) {
        self.depth = depth
    }

    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        if let describable = T.self as? any RPCSchemaDescribable.Type {
            schema = describable.rpcSchema
            return describable.schemaPlaceholder as! T  // the same type, seen through the protocol
        }
        guard depth < Self.maximumDepth else {
            schema = ["type": "object"]
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "recursive type"))
        }
        return try T(from: self)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        let object = ObjectRecord()
        schema = .object(["type": "object"])
        let container = KeyedRecorder<Key>(owner: self, record: object)
        defer { schema = object.schema }
        return KeyedDecodingContainer(container)
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        UnkeyedRecorder(owner: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleValueRecorder(owner: self)
    }

    static func primitive<T>(_ type: T.Type) -> (JSONValue, Any)? {
        switch type {
        case is String.Type: return (["type": "string"], "")
        case is Bool.Type: return (["type": "boolean"], false)
        case is Double.Type: return (["type": "number"], 0.0)
        case is Float.Type: return (["type": "number"], Float(0))
        case is Int.Type: return (["type": "integer"], 0)
        case is Int64.Type: return (["type": "integer"], Int64(0))
        case is Int32.Type: return (["type": "integer"], Int32(0))
        case is UInt64.Type: return (["type": "integer", "minimum": 0], UInt64(0))
        case is UInt32.Type: return (["type": "integer", "minimum": 0], UInt32(0))
        case is UInt.Type: return (["type": "integer", "minimum": 0], UInt(0))
        default: return nil
        }
    }

    /// Decodes `T` with a fresh recorder one level deeper and returns its schema with the value.
    func nested<T: Decodable>(_ type: T.Type) throws -> (JSONValue, T) {
        if let (schema, value) = Self.primitive(T.self), let typed = value as? T { return (schema, typed) }
        let child = SchemaRecorder(depth: depth + 1)
        let value = try child.decodeValue(T.self)
        return (child.schema, value)
    }
}

/// The properties of one object, filled in as keys are asked for. Schema recording runs on one thread.
private final class ObjectRecord {
    var properties: [String: JSONValue] = [:]
    var required: [String] = []
    /// Keys whose nil-ness was asked first: the standard library's `decodeIfPresent` for primitive types asks
    /// `decodeNil(forKey:)` before `decode(_:forKey:)`, while a required key is decoded straight away.
    var optional: Set<String> = []

    var schema: JSONValue {
        var object: [String: JSONValue] = ["type": "object", "properties": .object(properties)]
        if !required.isEmpty { object["required"] = .array(required.map(JSONValue.string)) }
        return .object(object)
    }
}

private struct KeyedRecorder<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let owner: SchemaRecorder
    let record: ObjectRecord
    var codingPath: [any CodingKey] { [] }
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool { true }

    func decodeNil(forKey key: Key) throws -> Bool {
        record.optional.insert(key.stringValue)
        return false
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let (schema, value) = try owner.nested(T.self)
        record.properties[key.stringValue] = schema
        if !record.optional.contains(key.stringValue), !record.required.contains(key.stringValue) {
            record.required.append(key.stringValue)
        }
        owner.schema = record.schema
        return value
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        record.optional.insert(key.stringValue)
        let (schema, value) = try owner.nested(T.self)
        record.properties[key.stringValue] = schema
        owner.schema = record.schema
        return value
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type,
        forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        throw DecodingError.dataCorrupted(.init(codingPath: [key], debugDescription: "nested containers unsupported"))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw DecodingError.dataCorrupted(.init(codingPath: [key], debugDescription: "nested containers unsupported"))
    }

    func superDecoder() throws -> any Decoder { owner }

    func superDecoder(forKey key: Key) throws -> any Decoder { owner }
}

private struct UnkeyedRecorder: UnkeyedDecodingContainer {
    let owner: SchemaRecorder
    var codingPath: [any CodingKey] { [] }
    var count: Int? { nil }
    var currentIndex = 0
    var isAtEnd: Bool { currentIndex > 0 }

    init(owner: SchemaRecorder) {
        self.owner = owner
        owner.schema = ["type": "array"]
    }

    mutating func decodeNil() throws -> Bool { false }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let (schema, value) = try owner.nested(T.self)
        owner.schema = ["type": "array", "items": schema]
        currentIndex += 1
        return value
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) throws -> KeyedDecodingContainer<NestedKey> {
        throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "nested containers unsupported"))
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "nested containers unsupported"))
    }

    mutating func superDecoder() throws -> any Decoder { owner }
}

private struct SingleValueRecorder: SingleValueDecodingContainer {
    let owner: SchemaRecorder
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { false }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let (schema, value) = try owner.nested(T.self)
        owner.schema = schema
        return value
    }
}
