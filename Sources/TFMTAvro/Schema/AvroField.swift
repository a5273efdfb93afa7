import TFMTCore

/// A field of a record.
public struct AvroField: Sendable, Hashable {
    public var name: String
    /// The index of the field's type in ``AvroSchema/nodes``.
    public var type: Int
    /// The default value, as the schema writes it.
    public var defaultValue: JSONValue?
    public var aliases: [String]
    public var doc: String?
    /// The attributes beyond those of the specification, such as Iceberg's `field-id`.
    public var properties: [String: JSONValue]
}
