import TFMTCore

/// A Delta data type as `schemaString` writes it (PROTOCOL.md "Schema Serialization Format").
indirect enum DeltaDataType: Sendable, Hashable {
    /// `long`, `string`, `decimal(10,2)`, `timestamp_ntz`, `variant`, … kept as written.
    case primitive(String)
    case `struct`([DeltaField])
    case array(element: DeltaDataType, containsNull: Bool)
    case map(key: DeltaDataType, value: DeltaDataType, valueContainsNull: Bool)

    /// The deepest nesting accepted, so that a hostile schema cannot exhaust the stack.
    static let maximumDepth = 64

    /// Parses a type from its JSON form: a string for primitives, an object for struct, array and map.
    init(json: JSONValue, depth: Int = 0) throws(DeltaSchemaFailure) {
        guard depth < Self.maximumDepth else {
            throw DeltaSchemaFailure("types nest deeper than \(Self.maximumDepth) levels")
        }
        switch json {
        case .string(let name):
            guard !name.isEmpty else { throw DeltaSchemaFailure("a type name is empty") }
            self = .primitive(name)
        case .object(let members):
            switch members["type"]?.stringValue {
            case "struct":
                guard let fields = members["fields"]?.arrayValue else {
                    throw DeltaSchemaFailure("a struct type has no fields list")
                }
                var parsed: [DeltaField] = []
                for field in fields {
                    parsed.append(try DeltaField(json: field, depth: depth + 1))
                }
                self = .struct(parsed)
            case "array":
                guard let element = members["elementType"] else {
                    throw DeltaSchemaFailure("an array type has no elementType")
                }
                self = .array(
                    element: try DeltaDataType(json: element, depth: depth + 1),
                    containsNull: members["containsNull"]?.boolValue ?? true
                )
            case "map":
                guard let key = members["keyType"], let value = members["valueType"] else {
                    throw DeltaSchemaFailure("a map type lacks keyType or valueType")
                }
                self = .map(
                    key: try DeltaDataType(json: key, depth: depth + 1),
                    value: try DeltaDataType(json: value, depth: depth + 1),
                    valueContainsNull: members["valueContainsNull"]?.boolValue ?? true
                )
            case let other:
                throw DeltaSchemaFailure("unknown complex type \(other.map { "'\($0)'" } ?? "without a name")")
            }
        default:
            throw DeltaSchemaFailure("a type is \(json), neither a name nor an object")
        }
    }

    /// The type as one line: `long`, `decimal(10,2)`, `struct<a:integer,b:string>`, `array<long>`,
    /// `map<string,array<integer>>`. Field names other than letters, digits and `_` are quoted with backticks.
    var rendered: String {
        switch self {
        case .primitive(let name):
            return name
        case .struct(let fields):
            return "struct<" + fields.map { "\(Self.quoted($0.name)):\($0.type.rendered)" }.joined(separator: ",") + ">"
        case .array(let element, _):
            return "array<\(element.rendered)>"
        case .map(let key, let value, _):
            return "map<\(key.rendered),\(value.rendered)>"
        }
    }

    /// Every field nested inside this type, depth first.
    var nestedFields: [DeltaField] {
        switch self {
        case .primitive: return []
        case .struct(let fields): return fields.flatMap { [$0] + $0.type.nestedFields }
        case .array(let element, _): return element.nestedFields
        case .map(let key, let value, _): return key.nestedFields + value.nestedFields
        }
    }

    /// The primitive type names used anywhere inside this type.
    var primitiveNames: [String] {
        switch self {
        case .primitive(let name): return [name]
        case .struct(let fields): return fields.flatMap(\.type.primitiveNames)
        case .array(let element, _): return element.primitiveNames
        case .map(let key, let value, _): return key.primitiveNames + value.primitiveNames
        }
    }

    private static func quoted(_ name: String) -> String {
        let plain =
            !name.isEmpty
            && name.unicodeScalars.allSatisfy { scalar in
                scalar == "_" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                    || ("0"..."9").contains(scalar)
            }
        guard !plain else { return name }
        return "`" + name.split(separator: "`", omittingEmptySubsequences: false).joined(separator: "``") + "`"
    }
}

/// Why a schema could not be read; ``DeltaSchema`` turns it into ``TFMTError/Code/deltaSchemaInvalid``.
struct DeltaSchemaFailure: Error, Sendable {
    var reason: String

    init(_ reason: String) {
        self.reason = reason
    }
}
