import TFMTCore

/// Reads a Parquet file's footer, schema and, on request, the rows of a projection of its columns.
///
/// Opening a reader reads only the file's tail (magic, footer length, footer). Row reads fetch only the column
/// chunks of the projected leaf columns, so reading a Delta checkpoint's `protocol` and `metaData` never touches the
/// bytes of `add.stats`. Every failure is a ``TFMTError`` whose context names the file, the byte offset and, when
/// one is involved, the column.
///
/// ```swift
/// let reader = try ParquetReader(path: checkpoint)
/// let protocolAction = try reader.firstNonNullValue(of: "protocol")
/// for row in try reader.rows(columns: ["add.path", "add.size"]) { … }
/// ```
public struct ParquetReader: Sendable {
    /// The file's path (or the name given for in-memory bytes), as errors report it.
    public let path: String
    /// The decoded footer.
    public let metadata: ParquetFileMetaData
    /// The schema tree.
    public let schema: ParquetSchema
    /// The limits the reader enforces.
    public let limits: ParquetLimits
    private let source: ParquetByteSource
    /// Where the footer starts; no page may extend past it.
    private let dataEnd: Int

    /// The magic at both ends of a Parquet file.
    static let magic: [UInt8] = Array("PAR1".utf8)
    /// The trailing magic of a file with an encrypted footer.
    static let encryptedMagic: [UInt8] = Array("PARE".utf8)

    /// Opens the file at `path` and reads its footer.
    public init(path: String, limits: ParquetLimits = .default) throws(TFMTError) {
        let source: ParquetByteSource
        do {
            source = .file(try ParquetFileDescriptor(path: path))
        } catch {
            throw error.error(file: path)
        }
        try self.init(source: source, name: path, limits: limits)
    }

    /// Reads the footer of a file already in memory; `name` stands for the file in errors.
    public init(bytes: [UInt8], name: String = "<memory>", limits: ParquetLimits = .default) throws(TFMTError) {
        try self.init(source: .memory(bytes), name: name, limits: limits)
    }

    private init(source: ParquetByteSource, name: String, limits: ParquetLimits) throws(TFMTError) {
        self.path = name
        self.source = source
        self.limits = limits
        do throws(ParquetFailure) {
            let (metadata, footerStart) = try Self.readFooter(source, limits: limits)
            let schema = try ParquetSchema(elements: metadata.schema, limits: limits)
            for (index, group) in metadata.rowGroups.enumerated() {
                guard group.columns.count == schema.leaves.count else {
                    throw ParquetFailure(
                        .parquetSchemaInvalid,
                        "row group \(index) has \(group.columns.count) column chunks but the schema has "
                            + "\(schema.leaves.count) leaf columns",
                        offset: footerStart
                    )
                }
                guard group.numRows >= 0 else {
                    throw ParquetFailure(
                        .parquetSchemaInvalid,
                        "row group \(index) declares \(group.numRows) rows",
                        offset: footerStart
                    )
                }
            }
            self.metadata = metadata
            self.schema = schema
            self.dataEnd = footerStart
        } catch {
            throw error.error(file: name)
        }
    }

    private static func readFooter(
        _ source: ParquetByteSource,
        limits: ParquetLimits
    ) throws(ParquetFailure) -> (ParquetFileMetaData, Int) {
        let size = source.count
        guard size >= 12 else {
            throw ParquetFailure(
                .parquetNotParquet,
                "the file has \(size) bytes, too few for a Parquet file (at least 12)",
                offset: 0,
                details: ["size": .int(Int64(size))]
            )
        }
        let tail = try source.read(offset: size - 8, count: 8)
        let trailingMagic = Array(tail[4..<8])
        if trailingMagic == encryptedMagic {
            throw ParquetFailure(
                .parquetUnsupported,
                "the file has an encrypted footer, which is not supported",
                offset: size - 4
            )
        }
        guard trailingMagic == magic else {
            throw ParquetFailure(.parquetNotParquet, "the file does not end with the PAR1 magic", offset: size - 4)
        }
        guard try source.read(offset: 0, count: 4) == magic else {
            throw ParquetFailure(.parquetNotParquet, "the file does not start with the PAR1 magic", offset: 0)
        }
        let footerLength = Int(UInt32(tail[0]) | UInt32(tail[1]) << 8 | UInt32(tail[2]) << 16 | UInt32(tail[3]) << 24)
        guard footerLength <= size - 12 else {
            throw ParquetFailure(
                .parquetFooterInvalid,
                "the footer length \(footerLength) exceeds the \(size - 12) bytes between the magics",
                offset: size - 8,
                details: ["footerLength": .int(Int64(footerLength)), "size": .int(Int64(size))]
            )
        }
        guard footerLength <= limits.maxFooterSize else {
            throw ParquetFailure(
                .parquetLimitExceeded,
                "the footer of \(footerLength) bytes exceeds the limit \(limits.maxFooterSize)",
                offset: size - 8,
                details: ["limit": .int(Int64(limits.maxFooterSize))]
            )
        }
        let footerStart = size - 8 - footerLength
        let footer = try source.read(offset: footerStart, count: footerLength)
        return (try ParquetFileMetaData.decode(footer, baseOffset: footerStart, limits: limits), footerStart)
    }

    // MARK: Facts from the footer

    /// The number of row groups.
    public var rowGroupCount: Int { metadata.rowGroups.count }

    /// The number of rows the footer declares.
    public var numRows: Int64 { metadata.numRows }

    /// The key-value metadata; a repeated key keeps its last value, entries without a value are left out.
    public var keyValueMetadata: [String: String] {
        var result: [String: String] = [:]
        for entry in metadata.keyValueMetadata {
            if let value = entry.value { result[entry.key] = value }
        }
        return result
    }

    // MARK: Projection

    /// The leaf column indices that `columns` select: each entry names a node by its dotted path (`protocol`,
    /// `add.path`, `metaData.format.provider`) and selects every leaf under it; `nil` selects all.
    public func leafColumns(for columns: [String]?) throws(TFMTError) -> [Int] {
        guard let columns else { return Array(schema.leaves.indices) }
        var chosen = Set<Int>()
        for column in columns {
            let matches = schema.nodes.dropFirst().filter { $0.dottedPath == column }
            guard !matches.isEmpty else {
                throw ParquetFailure(
                    .parquetColumnNotFound,
                    "the file has no column '\(column)'",
                    column: column,
                    details: ["fields": .array(schema.fields.map { .string($0.name) })]
                ).error(file: path)
            }
            for node in matches { chosen.formUnion(node.leafRange) }
        }
        return chosen.sorted()
    }

    /// Whether each schema node has one of `leaves` under it.
    private func selection(_ leaves: [Int]) -> [Bool] {
        var isLeafSelected = [Bool](repeating: false, count: schema.leaves.count)
        for leaf in leaves { isLeafSelected[leaf] = true }
        return schema.nodes.map { node in node.leafRange.contains { isLeafSelected[$0] } }
    }

    // MARK: Rows

    /// Decodes the chosen leaf columns of one row group and prepares their assembly.
    private func assembler(rowGroup index: Int, leaves: [Int]) throws(ParquetFailure) -> RecordAssembler {
        let group = metadata.rowGroups[index]
        var cursors = [LeafCursor?](repeating: nil, count: schema.leaves.count)
        for leaf in leaves {
            let node = schema.nodes[schema.leaves[leaf]]
            let descriptor = ParquetLeafDescriptor(node: node)
            let column = try ColumnChunkDecoder(leaf: descriptor, limits: limits)
                .read(group.columns[leaf], source: source, dataEnd: dataEnd)
            if descriptor.maxRepetitionLevel == 0 && Int64(column.count) != group.numRows {
                throw ParquetFailure(
                    .parquetLevelsInconsistent,
                    "the column has \(column.count) entries but row group \(index) has \(group.numRows) rows",
                    column: descriptor.path
                )
            }
            cursors[leaf] = LeafCursor(column: column, leaf: descriptor)
        }
        return RecordAssembler(schema: schema, selected: selection(leaves), cursors: cursors)
    }

    /// Calls `body` with each row of the projection, in order, until it returns `false`.
    ///
    /// Each row is a ``ParquetValue/struct(_:)`` of the projected top-level fields. Row groups are decoded one at a
    /// time, so stopping early skips the rest of the file.
    public func forEachRow(
        columns: [String]? = nil,
        _ body: (ParquetValue) throws(TFMTError) -> Bool
    ) throws(TFMTError) {
        let leaves = try leafColumns(for: columns)
        guard !leaves.isEmpty else { return }
        for index in metadata.rowGroups.indices {
            var rows: [ParquetValue] = []
            do {
                var assembler = try assembler(rowGroup: index, leaves: leaves)
                rows = try Self.assembleAll(&assembler, expected: metadata.rowGroups[index].numRows)
            } catch {
                throw error.error(file: path)
            }
            for row in rows {
                guard try body(row) else { return }
            }
        }
    }

    private static func assembleAll(
        _ assembler: inout RecordAssembler,
        expected: Int64
    ) throws(ParquetFailure) -> [ParquetValue] {
        var rows: [ParquetValue] = []
        rows.reserveCapacity(Int(min(expected, 1 << 16)))
        while assembler.hasMoreRecords() {
            rows.append(try assembler.readRecord())
        }
        guard Int64(rows.count) == expected, assembler.allConsumed else {
            throw ParquetFailure(
                .parquetLevelsInconsistent,
                "the columns hold \(rows.count) records where the row group declares \(expected)"
            )
        }
        return rows
    }

    /// Every row of the projection.
    public func rows(columns: [String]? = nil) throws(TFMTError) -> [ParquetValue] {
        var rows: [ParquetValue] = []
        try forEachRow(columns: columns) { row in
            rows.append(row)
            return true
        }
        return rows
    }

    /// The first row whose top-level `field` is not null, projected to `columns` (which default to `field`), or
    /// `nil` when no row has it.
    ///
    /// Only `field`'s levels are scanned to find the row; the other columns are positioned on it without assembling
    /// the rows before it.
    public func firstRow(whereNonNull field: String, columns: [String]? = nil) throws(TFMTError) -> ParquetValue? {
        guard let fieldIndex = schema.nodes[0].children.first(where: { schema.nodes[$0].name == field }) else {
            throw ParquetFailure(
                .parquetColumnNotFound,
                "the file has no top-level field '\(field)'",
                column: field,
                details: ["fields": .array(schema.fields.map { .string($0.name) })]
            ).error(file: path)
        }
        let fieldNode = schema.nodes[fieldIndex]
        let projected = try leafColumns(for: columns ?? [field])
        // Any leaf under the field tells, by its first entry in a record, whether the field is present there;
        // prefer one that is projected anyway, so that nothing extra is read.
        guard let probe = projected.first(where: { fieldNode.leafRange.contains($0) }) ?? fieldNode.leafRange.first
        else { return nil }
        let leaves = Array(Set(projected).union([probe])).sorted()
        let wanted = Set(
            schema.nodes[0].children.filter { child in
                schema.nodes[child].leafRange.contains { projected.contains($0) }
            }.map { schema.nodes[$0].name }
        )
        for index in metadata.rowGroups.indices {
            do {
                var assembler = try assembler(rowGroup: index, leaves: leaves)
                guard let cursor = assembler.cursors[probe],
                    let skip = cursor.recordsBefore(reaching: fieldNode.definitionLevel)
                else { continue }
                assembler.skipRecords(skip)
                guard assembler.hasMoreRecords() else { continue }
                let row = try assembler.readRecord()
                guard case .struct(let fields) = row else { return row }
                // The probe may have been added only to find the row; leave its field out if not asked for.
                return .struct(fields.filter { wanted.contains($0.name) })
            } catch {
                throw error.error(file: path)
            }
        }
        return nil
    }

    /// The value of the top-level `field` in the first row where it is not null, or `nil` when no row has it — for
    /// example a Delta checkpoint's `protocol` or `metaData` action.
    public func firstNonNullValue(of field: String) throws(TFMTError) -> ParquetValue? {
        try firstRow(whereNonNull: field)?[field: field]
    }
}
