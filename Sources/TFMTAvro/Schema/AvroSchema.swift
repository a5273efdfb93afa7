import TFMTCore

/// A parsed Avro schema: a graph of types, where named types (records, enums, fixed) are defined once and referred
/// to by index — which is how a record can contain itself.
///
/// Node 0 is the root. Indices stored in the nodes (record fields, array items, map values, union branches) always
/// point into ``nodes``; the parser guarantees it.
public struct AvroSchema: Sendable, Hashable {
    /// Every type of the schema; the root is at index 0.
    public let nodes: [AvroSchemaNode]
    /// The named types by full name (`namespace.name`), aliases included.
    public let namedTypes: [String: Int]

    init(nodes: [AvroSchemaNode], namedTypes: [String: Int]) {
        self.nodes = nodes
        self.namedTypes = namedTypes
    }

    /// Parses a schema from its JSON text.
    ///
    /// - Throws: ``TFMTError`` with code ``TFMTError/Code/avroSchemaInvalid`` when the text is not a valid schema,
    ///   or ``TFMTError/Code/avroLimitExceeded`` when it nests deeper or defines more types than `limits` allow.
    public init(json: some Collection<UInt8>, limits: AvroLimits = AvroLimits()) throws(TFMTError) {
        self = try AvroSchemaParser.parse(json: Array(json), limits: limits, source: "schema")
    }

    /// Parses a schema from its JSON text.
    public init(json: String, limits: AvroLimits = AvroLimits()) throws(TFMTError) {
        try self.init(json: Array(json.utf8), limits: limits)
    }

    /// The root type.
    public var root: AvroSchemaNode { nodes[0] }

    /// The node at `index`, one of the indices the schema's nodes refer to.
    public subscript(index: Int) -> AvroSchemaNode { nodes[index] }

    /// The named type with this full name or alias.
    public func namedType(_ fullName: String) -> AvroSchemaNode? {
        namedTypes[fullName].map { nodes[$0] }
    }
}
