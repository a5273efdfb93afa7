import TFMTCore

/// The schema tree rebuilt from the footer's flattened schema elements.
///
/// Nodes live in one array in depth-first order, so the leaves under any node are a contiguous range of column
/// indices; that is what makes projection and skipping absent subtrees cheap.
public struct ParquetSchema: Sendable, Hashable {
    /// Every node, the root first, in depth-first order.
    public let nodes: [ParquetSchemaNode]
    /// The node index of each leaf column, in column-chunk order.
    public let leaves: [Int]

    /// The root node (the message).
    public var root: ParquetSchemaNode { nodes[0] }

    /// The top-level fields.
    public var fields: [ParquetSchemaNode] { nodes[0].children.map { nodes[$0] } }

    /// The node at a dotted path such as `metaData.format.provider`, if there is one.
    public func node(at dottedPath: String) -> ParquetSchemaNode? {
        nodes.first { $0.parent != nil && $0.dottedPath == dottedPath }
    }

    /// Builds the tree, checking child counts and depth without recursion.
    init(elements: [ParquetSchemaElement], limits: ParquetLimits) throws(ParquetFailure) {
        guard let rootElement = elements.first else {
            throw ParquetFailure(.parquetSchemaInvalid, "the schema is empty")
        }
        var nodes: [ParquetSchemaNode] = []
        nodes.reserveCapacity(elements.count)
        nodes.append(ParquetSchemaNode(root: rootElement))
        var leaves: [Int] = []
        // Levels are stored in bytes and scanned as values below 128, whatever the configured limit says.
        let maxDepth = min(limits.maxSchemaDepth, 120)
        // (node index, children still to come)
        var stack: [(node: Int, remaining: Int)] = []
        let rootChildren = Int(rootElement.numChildren ?? 0)
        guard rootChildren >= 0 else {
            throw ParquetFailure(.parquetSchemaInvalid, "the schema root declares \(rootChildren) children")
        }
        if rootChildren > 0 { stack.append((0, rootChildren)) }

        for index in elements.indices.dropFirst() {
            while let top = stack.last, top.remaining == 0 { stack.removeLast() }
            guard !stack.isEmpty else {
                throw ParquetFailure(
                    .parquetSchemaInvalid,
                    "schema element \(index) ('\(elements[index].name)') belongs to no group",
                    details: ["elements": .int(Int64(elements.count))]
                )
            }
            stack[stack.count - 1].remaining -= 1
            let parentIndex = stack[stack.count - 1].node
            let element = elements[index]
            let parent = nodes[parentIndex]
            let depth = parent.depth + 1
            guard depth <= maxDepth else {
                throw ParquetFailure(
                    .parquetLimitExceeded,
                    "the schema nests deeper than \(maxDepth) levels at '\(element.name)'",
                    details: ["limit": .int(Int64(maxDepth))]
                )
            }
            guard let repetition = element.repetition else {
                throw ParquetFailure(.parquetSchemaInvalid, "schema element '\(element.name)' has no repetition type")
            }
            let nodeIndex = nodes.count
            var node = ParquetSchemaNode(
                element: element,
                repetition: repetition,
                parent: parentIndex,
                parentPath: parent.path,
                parentDefinitionLevel: parent.definitionLevel,
                parentRepetitionLevel: parent.repetitionLevel,
                depth: depth
            )
            let childCount = Int(element.numChildren ?? 0)
            if element.numChildren != nil && element.type == nil {
                guard childCount > 0 else {
                    throw ParquetFailure(.parquetSchemaInvalid, "group '\(node.dottedPath)' has no children")
                }
                stack.append((nodeIndex, childCount))
            } else {
                guard element.type != nil else {
                    throw ParquetFailure(.parquetSchemaInvalid, "leaf '\(node.dottedPath)' has no physical type")
                }
                if element.type == .fixedLenByteArray {
                    guard let length = element.typeLength, length >= 0 else {
                        throw ParquetFailure(
                            .parquetSchemaInvalid,
                            "FIXED_LEN_BYTE_ARRAY leaf '\(node.dottedPath)' has no valid type_length"
                        )
                    }
                }
                node.leafIndex = leaves.count
                leaves.append(nodeIndex)
            }
            nodes[parentIndex].children.append(nodeIndex)
            nodes.append(node)
        }
        while let top = stack.last, top.remaining == 0 { stack.removeLast() }
        if let top = stack.last {
            throw ParquetFailure(
                .parquetSchemaInvalid,
                "group '\(nodes[top.node].dottedPath)' declares \(top.remaining) more children than the schema holds"
            )
        }
        // Children come after their parent, so one backward pass gives every group its leaf range.
        for index in nodes.indices.reversed() {
            if let leaf = nodes[index].leafIndex {
                nodes[index].leafRange = leaf..<(leaf + 1)
            } else if let first = nodes[index].children.first, let last = nodes[index].children.last {
                nodes[index].leafRange = nodes[first].leafRange.lowerBound..<nodes[last].leafRange.upperBound
            }
        }
        for index in nodes.indices {
            nodes[index].shape = Self.shape(of: index, in: nodes)
        }
        self.nodes = nodes
        self.leaves = leaves
    }

    /// How a group's levels turn into a value: LIST and MAP annotations, including the legacy two-level forms
    /// the specification's backward-compatibility rules describe.
    private static func shape(of index: Int, in nodes: [ParquetSchemaNode]) -> ParquetSchemaNode.Shape {
        let node = nodes[index]
        if node.leafIndex != nil { return .leaf }
        let isList = node.logicalType == .list || node.convertedType == .list
        let isMap =
            node.logicalType == .map || node.convertedType == .map || node.convertedType == .mapKeyValue
        if isList || isMap, node.children.count == 1, index != 0 {
            let repeatedIndex = node.children[0]
            let repeated = nodes[repeatedIndex]
            if repeated.repetition == .repeated {
                if isList {
                    if repeated.leafIndex != nil || repeated.children.count > 1 || repeated.name == "array"
                        || repeated.name == node.name + "_tuple"
                    {
                        return .list(repeated: repeatedIndex, element: nil)
                    }
                    return .list(repeated: repeatedIndex, element: repeated.children[0])
                }
                if repeated.leafIndex == nil, (1...2).contains(repeated.children.count) {
                    return .map(
                        keyValue: repeatedIndex,
                        key: repeated.children[0],
                        value: repeated.children.count > 1 ? repeated.children[1] : nil
                    )
                }
            }
        }
        return .struct
    }
}
