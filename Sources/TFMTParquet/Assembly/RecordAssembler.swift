import TFMTCore

/// Rebuilds nested records from the definition and repetition levels of the projected leaf columns (the Dremel
/// record assembly), turning LIST and MAP annotated groups into lists and maps.
///
/// Recursion follows the schema, whose depth ``ParquetLimits/maxSchemaDepth`` caps; every level read from the file
/// is checked against what the schema allows before it steers the assembly.
struct RecordAssembler {
    let schema: ParquetSchema
    /// Whether each node has a projected leaf under it.
    let selected: [Bool]
    /// Cursors by leaf index; only projected leaves have one.
    var cursors: [LeafCursor?]

    init(schema: ParquetSchema, selected: [Bool], cursors: [LeafCursor?]) {
        self.schema = schema
        self.selected = selected
        self.cursors = cursors
    }

    private func inconsistent(_ message: String, node: Int) -> ParquetFailure {
        ParquetFailure(.parquetLevelsInconsistent, message, column: schema.nodes[node].dottedPath)
    }

    /// The first projected leaf under `node`, whose levels steer the node's assembly.
    private func firstLeaf(of node: Int) throws(ParquetFailure) -> Int {
        for leaf in schema.nodes[node].leafRange where cursors[leaf] != nil { return leaf }
        throw inconsistent("no projected column under this field", node: node)
    }

    private func peek(_ leaf: Int, for node: Int) throws(ParquetFailure) -> (repetition: Int, definition: Int) {
        guard let cursor = cursors[leaf], !cursor.isAtEnd else {
            throw inconsistent("a column ran out of levels before the record was complete", node: node)
        }
        return (cursor.repetitionLevel(at: cursor.entry), cursor.definitionLevel(at: cursor.entry))
    }

    /// Whether another record starts in the first projected column.
    func hasMoreRecords(root: Int = 0) -> Bool {
        for leaf in schema.nodes[root].leafRange {
            if let cursor = cursors[leaf] { return !cursor.isAtEnd }
        }
        return false
    }

    /// Whether every projected column has been consumed.
    var allConsumed: Bool { cursors.allSatisfy { $0?.isAtEnd ?? true } }

    /// Skips `count` records in every projected column.
    mutating func skipRecords(_ count: Int) {
        for index in cursors.indices where cursors[index] != nil {
            cursors[index]?.skipRecords(count)
        }
    }

    /// Reads the next record as a struct of the projected top-level fields.
    mutating func readRecord() throws(ParquetFailure) -> ParquetValue {
        let leaf = try firstLeaf(of: 0)
        let (repetition, _) = try peek(leaf, for: 0)
        guard repetition == 0 else {
            throw inconsistent("a record starts with repetition level \(repetition)", node: schema.leaves[leaf])
        }
        return try readGroup(0)
    }

    // MARK: Assembly

    /// Reads the contribution of `node` to one occurrence of its parent, which is known to be present.
    private mutating func readField(_ node: Int) throws(ParquetFailure) -> ParquetValue {
        let info = schema.nodes[node]
        switch info.repetition {
        case .repeated:
            return .list(
                try readRepeated(node) { assembler throws(ParquetFailure) in try assembler.readOccurrence(node) }
            )
        case .optional:
            let (_, definition) = try peek(try firstLeaf(of: node), for: node)
            if definition < info.definitionLevel {
                try skipAbsent(node)
                return .null
            }
            return try readOccurrence(node)
        case .required:
            return try readOccurrence(node)
        }
    }

    /// Reads every occurrence of the repeated `node` within one occurrence of its parent.
    private mutating func readRepeated<Element>(
        _ node: Int,
        element: (inout RecordAssembler) throws(ParquetFailure) -> Element
    ) throws(ParquetFailure) -> [Element] {
        let info = schema.nodes[node]
        let leaf = try firstLeaf(of: node)
        let (_, definition) = try peek(leaf, for: node)
        if definition < info.definitionLevel {
            try skipAbsent(node)
            return []
        }
        var items: [Element] = []
        while true {
            items.append(try element(&self))
            guard let cursor = cursors[leaf], !cursor.isAtEnd else { break }
            let next = cursor.repetitionLevel(at: cursor.entry)
            if next < info.repetitionLevel { break }
            guard next == info.repetitionLevel else {
                throw inconsistent("repetition level \(next) where at most \(info.repetitionLevel) fits", node: node)
            }
        }
        return items
    }

    /// Reads one occurrence of `node`, which is known to be present.
    private mutating func readOccurrence(_ node: Int) throws(ParquetFailure) -> ParquetValue {
        let info = schema.nodes[node]
        switch info.shape {
        case .leaf:
            guard let leaf = info.leafIndex, cursors[leaf] != nil else {
                throw inconsistent("leaf is not projected", node: node)
            }
            let (_, definition) = try peek(leaf, for: node)
            guard definition == info.definitionLevel else {
                throw inconsistent(
                    "definition level \(definition) where \(info.definitionLevel) is required",
                    node: node
                )
            }
            guard let value = cursors[leaf]?.advance() else {
                throw inconsistent("the column has fewer values than its definition levels promise", node: node)
            }
            return value
        case .struct:
            return try readGroup(node)
        case .list(let repeated, let element):
            return .list(
                try readRepeated(repeated) { assembler throws(ParquetFailure) in
                    if let element { return try assembler.readField(element) }
                    return try assembler.readOccurrence(repeated)
                }
            )
        case .map(let keyValue, let key, let value):
            let entries = try readRepeated(keyValue) { assembler throws(ParquetFailure) in
                let keyValue = assembler.selected[key] ? try assembler.readField(key) : .null
                var valueValue = ParquetValue.null
                if let value, assembler.selected[value] { valueValue = try assembler.readField(value) }
                return ParquetValue.MapEntry(key: keyValue, value: valueValue)
            }
            return .map(entries)
        }
    }

    private mutating func readGroup(_ node: Int) throws(ParquetFailure) -> ParquetValue {
        var fields: [ParquetValue.Field] = []
        for child in schema.nodes[node].children where selected[child] {
            fields.append(ParquetValue.Field(name: schema.nodes[child].name, value: try readField(child)))
        }
        return .struct(fields)
    }

    /// Consumes the single entry each projected leaf under `node` holds for an absent (null or empty) `node`.
    private mutating func skipAbsent(_ node: Int) throws(ParquetFailure) {
        let level = schema.nodes[node].definitionLevel
        for leaf in schema.nodes[node].leafRange where cursors[leaf] != nil {
            let (_, definition) = try peek(leaf, for: node)
            guard definition < level else {
                throw inconsistent("columns under one field disagree on whether it is present", node: node)
            }
            _ = cursors[leaf]?.advance()
        }
    }
}
