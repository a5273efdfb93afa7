/// One schema of a table (spec "Schemas"): a struct with an id.
struct IcebergSchema: Sendable, Hashable, Decodable {
    /// The schema id; v1 metadata may omit it (then it is 0).
    var schemaID: Int
    var fields: [IcebergField]

    private enum CodingKeys: String, CodingKey {
        case schemaID = "schema-id"
        case fields
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaID = try container.decodeIfPresent(Int.self, forKey: .schemaID) ?? 0
        fields = try container.decode([IcebergField].self, forKey: .fields)
    }

    /// Full column names by field id, as Iceberg names nested columns: `address.zip`, `tags.element`,
    /// `attributes.key`, `attributes.value`.
    var columnNames: [Int: String] {
        var names: [Int: String] = [:]
        func visit(_ type: IcebergType, prefix: String) {
            switch type {
            case .primitive:
                break
            case .structure(let fields):
                for field in fields {
                    let name = prefix.isEmpty ? field.name : prefix + "." + field.name
                    names[field.id] = name
                    visit(field.type, prefix: name)
                }
            case .list(let elementID, let element, _):
                names[elementID] = prefix + ".element"
                visit(element, prefix: prefix + ".element")
            case .map(let keyID, let key, let valueID, let value, _):
                names[keyID] = prefix + ".key"
                names[valueID] = prefix + ".value"
                visit(key, prefix: prefix + ".key")
                visit(value, prefix: prefix + ".value")
            }
        }
        visit(.structure(fields), prefix: "")
        return names
    }
}
