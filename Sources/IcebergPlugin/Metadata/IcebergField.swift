import TFMTCore

/// A struct field of an Iceberg schema (spec "Schemas"): id, name, requiredness, type, and the v3 default values.
struct IcebergField: Sendable, Hashable, Decodable, CustomStringConvertible {
    var id: Int
    var name: String
    var required: Bool
    var type: IcebergType
    var doc: String?
    /// The v3 `initial-default`, when present and not null.
    var initialDefault: JSONValue?
    /// The v3 `write-default`, when present and not null.
    var writeDefault: JSONValue?

    private enum CodingKeys: String, CodingKey {
        case id, name, required, type, doc
        case initialDefault = "initial-default"
        case writeDefault = "write-default"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(Int.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        required = try container.decode(Bool.self, forKey: .required)
        type = try container.decode(IcebergType.self, forKey: .type)
        doc = try container.decodeIfPresent(String.self, forKey: .doc)
        initialDefault = try container.decodeIfPresent(JSONValue.self, forKey: .initialDefault)
        writeDefault = try container.decodeIfPresent(JSONValue.self, forKey: .writeDefault)
    }

    /// Whether the field declares an initial or write default.
    var hasDefaultValue: Bool {
        initialDefault != nil || writeDefault != nil
    }

    /// `1: name: optional string (doc)`, as Java's `NestedField.toString()` writes it.
    var description: String {
        let base = "\(id): \(name): \(required ? "required" : "optional") \(type)"
        return doc.map { "\(base) (\($0))" } ?? base
    }
}
