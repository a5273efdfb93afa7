import TFMTCore

/// One type of a schema, with its logical type and any attributes the Avro specification does not define (such as
/// Iceberg's `field-id`, `element-id`, `key-id` and `value-id`).
public struct AvroSchemaNode: Sendable, Hashable {
    /// The type and its structure.
    public var type: AvroType
    /// The logical type, when the schema declares a valid one; invalid or unknown ones are ignored, as the
    /// specification says, and stay in ``properties``.
    public var logicalType: AvroLogicalType?
    /// The attributes beyond those of the specification.
    public var properties: [String: JSONValue]

    /// Creates a node.
    public init(type: AvroType, logicalType: AvroLogicalType? = nil, properties: [String: JSONValue] = [:]) {
        self.type = type
        self.logicalType = logicalType
        self.properties = properties
    }
}
