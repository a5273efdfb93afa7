import TFMTCore

/// A top-level column of a Paimon schema.
public struct PaimonField: Sendable, Hashable {
    /// The field id, stable across renames.
    public var id: Int64
    /// The column name.
    public var name: String
    /// The column type.
    public var type: PaimonDataType
    /// The column comment, when there is one.
    public var description: String?

    public init(id: Int64, name: String, type: PaimonDataType, description: String? = nil) {
        self.id = id
        self.name = name
        self.type = type
        self.description = description
    }

    /// Reads a field from its schema-file form.
    ///
    /// - Parameter reason: Receives why the value is not a field, when it is not.
    init?(json: JSONValue, reason: inout String) {
        guard let id = json["id"]?.intValue else {
            reason = "a field has no integer 'id'"
            return nil
        }
        guard let name = json["name"]?.stringValue else {
            reason = "field \(id) has no 'name'"
            return nil
        }
        guard let typeJSON = json["type"] else {
            reason = "field '\(name)' has no 'type'"
            return nil
        }
        guard let type = PaimonDataType(json: typeJSON, reason: &reason) else {
            reason = "field '\(name)': \(reason)"
            return nil
        }
        self.init(id: id, name: name, type: type, description: json["description"]?.stringValue)
    }
}
