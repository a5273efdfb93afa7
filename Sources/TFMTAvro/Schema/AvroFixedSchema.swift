/// A fixed-size type.
public struct AvroFixedSchema: Sendable, Hashable {
    /// The full name, `namespace.name`.
    public var name: String
    public var aliases: [String]
    /// The size in bytes.
    public var size: Int
}
