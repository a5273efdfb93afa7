import TFMTCore

/// One node of the schema tree: a group or a leaf column.
public struct ParquetSchemaNode: Sendable, Hashable {
    /// How the node's values are assembled.
    enum Shape: Sendable, Hashable {
        case leaf
        case `struct`
        /// `element` is the single child of the repeated group (three-level list), or `nil` when the repeated node
        /// itself is the element (legacy two-level list).
        case list(repeated: Int, element: Int?)
        case map(keyValue: Int, key: Int, value: Int?)
    }

    /// The element from the footer.
    public let element: ParquetSchemaElement
    public var name: String { element.name }
    /// The repetition; the root counts as required.
    public let repetition: ParquetRepetition
    public var physicalType: ParquetPhysicalType? { element.type }
    public var logicalType: ParquetLogicalType? { element.logicalType }
    public var convertedType: ParquetConvertedType? { element.convertedType }
    /// The parent node's index; `nil` for the root.
    public let parent: Int?
    /// The child nodes' indices.
    public internal(set) var children: [Int] = []
    /// The names from the top-level field down to this node (empty for the root).
    public let path: [String]
    /// The definition level at which this node is present (optional and repeated ancestors, itself included).
    public let definitionLevel: Int
    /// The number of repeated nodes from the root down to this node, itself included.
    public let repetitionLevel: Int
    /// How deep the node is; top-level fields are at depth 1.
    public let depth: Int
    /// The leaf column index, for leaves.
    public internal(set) var leafIndex: Int?
    /// The leaf columns under this node, by column index.
    public internal(set) var leafRange: Range<Int> = 0..<0
    var shape: Shape = .struct

    /// The path joined with dots, such as `add.path`.
    public var dottedPath: String { path.joined(separator: ".") }
    /// Whether this node is a leaf column.
    public var isLeaf: Bool { leafIndex != nil }

    init(root: ParquetSchemaElement) {
        self.element = root
        self.repetition = .required
        self.parent = nil
        self.path = []
        self.definitionLevel = 0
        self.repetitionLevel = 0
        self.depth = 0
    }

    init(
        element: ParquetSchemaElement,
        repetition: ParquetRepetition,
        parent: Int,
        parentPath: [String],
        parentDefinitionLevel: Int,
        parentRepetitionLevel: Int,
        depth: Int
    ) {
        self.element = element
        self.repetition = repetition
        self.parent = parent
        self.path = parentPath + [element.name]
        self.definitionLevel = parentDefinitionLevel + (repetition == .required ? 0 : 1)
        self.repetitionLevel = parentRepetitionLevel + (repetition == .repeated ? 1 : 0)
        self.depth = depth
    }
}
