/// An Iceberg type as table metadata writes it: a primitive's name (`long`, `decimal(10, 2)`, `geometry(srid:4326)`)
/// or a nested `struct`, `list` or `map` object.
///
/// ``description`` renders it as Iceberg's Java `Type.toString()` (and pyiceberg's `str`) do: `struct<1: a: optional
/// string, …>`, `list<string>`, `map<string, long>`, `decimal(10, 2)`.
indirect enum IcebergType: Sendable, Hashable, Decodable, CustomStringConvertible {
    /// A primitive type, by its name in the metadata.
    case primitive(String)
    /// A struct of fields.
    case structure([IcebergField])
    /// A list; the element has its own field id.
    case list(elementID: Int, element: IcebergType, elementRequired: Bool)
    /// A map; key and value have their own field ids.
    case map(keyID: Int, key: IcebergType, valueID: Int, value: IcebergType, valueRequired: Bool)

    private enum CodingKeys: String, CodingKey {
        case type, fields
        case elementID = "element-id"
        case element
        case elementRequired = "element-required"
        case keyID = "key-id"
        case key
        case valueID = "value-id"
        case value
        case valueRequired = "value-required"
    }

    init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let name = try? single.decode(String.self) {
            self = .primitive(name)
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(String.self, forKey: .type)
        switch kind {
        case "struct":
            self = .structure(try container.decode([IcebergField].self, forKey: .fields))
        case "list":
            self = .list(
                elementID: try container.decode(Int.self, forKey: .elementID),
                element: try container.decode(IcebergType.self, forKey: .element),
                elementRequired: try container.decode(Bool.self, forKey: .elementRequired)
            )
        case "map":
            self = .map(
                keyID: try container.decode(Int.self, forKey: .keyID),
                key: try container.decode(IcebergType.self, forKey: .key),
                valueID: try container.decode(Int.self, forKey: .valueID),
                value: try container.decode(IcebergType.self, forKey: .value),
                valueRequired: try container.decode(Bool.self, forKey: .valueRequired)
            )
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .type,
                in: container,
                debugDescription: "unknown nested type '\(kind)' (expected struct, list or map)"
            )
        }
    }

    var description: String {
        switch self {
        case .primitive(let name):
            return Self.canonicalPrimitive(name)
        case .structure(let fields):
            return "struct<" + fields.map(\.description).joined(separator: ", ") + ">"
        case .list(_, let element, _):
            return "list<\(element)>"
        case .map(_, let key, _, let value, _):
            return "map<\(key), \(value)>"
        }
    }

    /// The primitive's name with Java's spelling of parameters: `decimal(10,2)` becomes `decimal(10, 2)`; other
    /// names are kept as written.
    static func canonicalPrimitive(_ name: String) -> String {
        guard name.hasPrefix("decimal("), name.hasSuffix(")") else { return name }
        let arguments = name.dropFirst("decimal(".count).dropLast().split(separator: ",")
        guard arguments.count == 2 else { return name }
        let precision = arguments[0].filter { !$0.isWhitespace }
        let scale = arguments[1].filter { !$0.isWhitespace }
        return "decimal(\(precision), \(scale))"
    }

    /// The primitive type names used anywhere in this type, nested ones included, without parameters
    /// (`decimal(10, 2)` gives `decimal`).
    var primitiveNames: Set<String> {
        switch self {
        case .primitive(let name):
            let base = name.prefix { $0 != "(" && $0 != "[" }
            return [String(base)]
        case .structure(let fields):
            return fields.reduce(into: Set<String>()) { $0.formUnion($1.type.primitiveNames) }
        case .list(_, let element, _):
            return element.primitiveNames
        case .map(_, let key, _, let value, _):
            return key.primitiveNames.union(value.primitiveNames)
        }
    }

    /// Whether any struct field inside this type has an `initial-default` or `write-default`.
    var hasDefaultValues: Bool {
        switch self {
        case .primitive:
            return false
        case .structure(let fields):
            return fields.contains { $0.hasDefaultValue || $0.type.hasDefaultValues }
        case .list(_, let element, _):
            return element.hasDefaultValues
        case .map(_, let key, _, let value, _):
            return key.hasDefaultValues || value.hasDefaultValues
        }
    }
}
