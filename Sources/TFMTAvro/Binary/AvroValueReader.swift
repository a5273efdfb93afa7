import TFMTCore

/// Decodes values of a schema from Avro's binary encoding.
///
/// Recursion follows the schema, so it is bounded by ``AvroLimits/maxNestingDepth`` even for recursive schemas.
/// Every count in the data is bounded too: an item either consumes at least one byte, so the bytes left bound the
/// work, or it consumes none and is charged to ``AvroLimits/maxEmptyValues``.
struct AvroValueReader: Sendable {
    let schema: AvroSchema
    let limits: AvroLimits
    /// The most elements reserved up front for an array or map; beyond it, storage grows as items are decoded.
    private static let reserveCap = 4096

    /// How many more values that consume no bytes may be produced.
    private(set) var emptyValuesLeft: Int

    init(schema: AvroSchema, limits: AvroLimits) {
        self.schema = schema
        self.limits = limits
        self.emptyValuesLeft = limits.maxEmptyValues
    }

    /// Charges one value that consumed no bytes against the budget.
    mutating func chargeEmptyValue(_ cursor: AvroByteCursor<[UInt8]>) throws(TFMTError) {
        emptyValuesLeft -= 1
        guard emptyValuesLeft >= 0 else {
            throw cursor.error(
                .avroLimitExceeded,
                "the data holds more than \(limits.maxEmptyValues) values that take no bytes",
                ["limit": .string("maxEmptyValues"), "value": .int(Int64(limits.maxEmptyValues))]
            )
        }
    }

    mutating func read(
        _ nodeIndex: Int,
        from cursor: inout AvroByteCursor<[UInt8]>,
        depth: Int
    ) throws(TFMTError) -> AvroValue {
        guard depth <= limits.maxNestingDepth else {
            throw cursor.error(
                .avroLimitExceeded,
                "values nest deeper than \(limits.maxNestingDepth) levels",
                ["limit": .string("maxNestingDepth"), "value": .int(Int64(limits.maxNestingDepth))]
            )
        }
        switch schema.nodes[nodeIndex].type {
        case .null:
            return .null
        case .boolean:
            let start = cursor.position
            let byte = try cursor.readByte("a boolean")
            guard byte <= 1 else {
                throw cursor.location.error(.avroDatumInvalid, "a boolean has the byte value \(byte)", at: start)
            }
            return .boolean(byte == 1)
        case .int:
            return .int(try cursor.readInt("an int"))
        case .long:
            return .long(try cursor.readLong("a long"))
        case .float:
            return .float(Float(bitPattern: try cursor.readUInt32LittleEndian("a float")))
        case .double:
            return .double(Double(bitPattern: try cursor.readUInt64LittleEndian("a double")))
        case .bytes:
            return .bytes(try cursor.readBytes("a bytes value"))
        case .string:
            return .string(try cursor.readString("a string"))
        case .fixed(let fixed):
            return .fixed(Array(try cursor.readSlice(fixed.size, "a fixed value of \(fixed.size) bytes")))
        case .enumeration(let enumeration):
            let start = cursor.position
            let index = try cursor.readInt("an enum index")
            guard index >= 0, Int(index) < enumeration.symbols.count else {
                throw cursor.location.error(
                    .avroDatumInvalid,
                    "the enum '\(enumeration.name)' has no symbol \(index)",
                    at: start,
                    ["symbols": .int(Int64(enumeration.symbols.count))]
                )
            }
            return .enumeration(symbol: enumeration.symbols[Int(index)], index: Int(index))
        case .union(let branches):
            let start = cursor.position
            let branch = try cursor.readLong("a union branch")
            guard branch >= 0, branch < Int64(branches.count) else {
                throw cursor.location.error(
                    .avroDatumInvalid,
                    "a union of \(branches.count) types has no branch \(branch)",
                    at: start
                )
            }
            let value = try read(branches[Int(branch)], from: &cursor, depth: depth + 1)
            return .union(branch: Int(branch), value: value)
        case .record(let record):
            var values: [AvroValue] = []
            values.reserveCapacity(record.fields.count)
            for field in record.fields {
                values.append(try read(field.type, from: &cursor, depth: depth + 1))
            }
            return .record(AvroRecordValue(names: record.fieldNames, values: values))
        case .array(let items):
            var elements: [AvroValue] = []
            while let count = try blockCount(&cursor, "an array") {
                // The count is untrusted: reserve no more than the bytes left could hold, and little in any case.
                if elements.isEmpty { elements.reserveCapacity(min(count, cursor.remaining, Self.reserveCap)) }
                for _ in 0..<count {
                    let start = cursor.position
                    elements.append(try read(items, from: &cursor, depth: depth + 1))
                    if cursor.position == start { try chargeEmptyValue(cursor) }
                }
            }
            return .array(elements)
        case .map(let values):
            var entries: [String: AvroValue] = [:]
            while let count = try blockCount(&cursor, "a map") {
                if entries.isEmpty { entries.reserveCapacity(min(count, cursor.remaining, Self.reserveCap)) }
                for _ in 0..<count {
                    // Every entry consumes at least the byte of its key's length, so the bytes left bound it.
                    let key = try cursor.readString("a map key")
                    entries[key] = try read(values, from: &cursor, depth: depth + 1)
                }
            }
            return .map(entries)
        }
    }

    /// The item count of the next block of an array or map, or nil at the terminating zero.
    ///
    /// A negative count is followed by the block's size in bytes, which must fit in what is left.
    private func blockCount(_ cursor: inout AvroByteCursor<[UInt8]>, _ what: String) throws(TFMTError) -> Int? {
        let start = cursor.position
        let count = try cursor.readLong("the item count of \(what)")
        if count == 0 { return nil }
        if count > 0 { return Int(count) }
        guard count != Int64.min else {
            throw cursor.location.error(.avroCorrupt, "\(what) has an impossible item count", at: start)
        }
        _ = try cursor.readLength("the byte size of a block of \(what)")
        return Int(-count)
    }
}
