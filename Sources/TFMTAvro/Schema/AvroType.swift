/// The Avro types. Child types are indices into ``AvroSchema/nodes``.
public enum AvroType: Sendable, Hashable {
    case null
    case boolean
    case int
    case long
    case float
    case double
    case bytes
    case string
    case record(AvroRecordSchema)
    case enumeration(AvroEnumSchema)
    case array(items: Int)
    case map(values: Int)
    case union(branches: [Int])
    case fixed(AvroFixedSchema)

    /// The name the specification gives the type (`record`, `enum`, `int`…).
    public var typeName: String {
        switch self {
        case .null: "null"
        case .boolean: "boolean"
        case .int: "int"
        case .long: "long"
        case .float: "float"
        case .double: "double"
        case .bytes: "bytes"
        case .string: "string"
        case .record: "record"
        case .enumeration: "enum"
        case .array: "array"
        case .map: "map"
        case .union: "union"
        case .fixed: "fixed"
        }
    }
}
