import TFMTCore

/// One field of a Delta struct type, with its metadata (column mapping ids, identity, invariants, …).
struct DeltaField: Sendable, Hashable {
    var name: String
    var type: DeltaDataType
    var nullable: Bool
    var metadata: [String: JSONValue]

    init(json: JSONValue, depth: Int) throws(DeltaSchemaFailure) {
        guard case .object(let members) = json else { throw DeltaSchemaFailure("a field is not a JSON object") }
        guard let name = members["name"]?.stringValue else { throw DeltaSchemaFailure("a field has no name") }
        guard let type = members["type"] else { throw DeltaSchemaFailure("field '\(name)' has no type") }
        self.name = name
        self.type = try DeltaDataType(json: type, depth: depth)
        self.nullable = members["nullable"]?.boolValue ?? true
        self.metadata = members["metadata"]?.objectValue ?? [:]
    }

    /// `delta.columnMapping.id`, the field id under column mapping.
    var columnMappingID: Int? {
        guard let id = metadata["delta.columnMapping.id"]?.intValue, let value = Int(exactly: id) else { return nil }
        return value
    }
}
