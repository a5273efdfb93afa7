/// An enum type.
public struct AvroEnumSchema: Sendable, Hashable {
    /// The full name, `namespace.name`.
    public var name: String
    public var aliases: [String]
    public var doc: String?
    /// The symbols, in the order their indices encode.
    public var symbols: [String]
    /// The symbol a reader uses for symbols it does not know.
    public var defaultSymbol: String?
}
