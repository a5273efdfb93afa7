/// A record type.
public struct AvroRecordSchema: Sendable, Hashable {
    /// The full name, `namespace.name`.
    public var name: String
    /// Other full names the type was known by.
    public var aliases: [String]
    public var doc: String?
    /// The fields, in the order they are encoded.
    public var fields: [AvroField]
    /// The field names in order; records decoded from this schema share this array.
    public var fieldNames: [String]
}
