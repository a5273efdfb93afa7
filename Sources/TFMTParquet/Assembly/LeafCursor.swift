import TFMTCore

/// A position in one decoded leaf column: the next entry and the next value.
struct LeafCursor: Sendable {
    let column: ParquetLeafColumn
    let maxDefinitionLevel: Int
    let maxRepetitionLevel: Int
    var entry = 0
    var value = 0

    init(column: ParquetLeafColumn, leaf: ParquetLeafDescriptor) {
        self.column = column
        self.maxDefinitionLevel = leaf.maxDefinitionLevel
        self.maxRepetitionLevel = leaf.maxRepetitionLevel
    }

    var isAtEnd: Bool { entry >= column.count }

    /// The definition level of the entry at `index` (levels are not stored when the maximum is 0).
    @inline(__always)
    func definitionLevel(at index: Int) -> Int {
        maxDefinitionLevel == 0 ? 0 : Int(column.definitionLevels[index])
    }

    @inline(__always)
    func repetitionLevel(at index: Int) -> Int {
        maxRepetitionLevel == 0 ? 0 : Int(column.repetitionLevels[index])
    }

    /// Consumes one entry, returning its value when it is defined down to the leaf.
    mutating func advance() -> ParquetValue? {
        let level = definitionLevel(at: entry)
        entry += 1
        guard level == maxDefinitionLevel else { return nil }
        guard value < column.values.count else { return nil }
        defer { value += 1 }
        return column.values[value]
    }

    /// Skips `rows` whole records, counting the values they hold without touching them.
    mutating func skipRecords(_ rows: Int) {
        guard rows > 0 else { return }
        let start = entry
        var end = min(column.count, start + rows)
        if maxRepetitionLevel > 0 {
            // A record runs until the next entry with repetition level 0.
            var remaining = rows
            end = start
            column.repetitionLevels.withUnsafeBufferPointer { levels in
                while end < column.count && remaining > 0 {
                    end += 1
                    while end < column.count && levels[end] != 0 { end += 1 }
                    remaining -= 1
                }
            }
        }
        if maxDefinitionLevel == 0 {
            value += end - start
        } else {
            let full = UInt8(maxDefinitionLevel)
            value += column.definitionLevels.withUnsafeBufferPointer { levels in
                LevelScan.count(of: full, in: levels, range: start..<end)
            }
        }
        entry = end
    }

    /// The number of records, from the current one on, before the first whose first entry reaches
    /// `definitionLevel`, or `nil` when none does. For a field outside any repeated group, the first entry of a
    /// record reaches the field's level exactly when the field is present in that record.
    func recordsBefore(reaching definitionLevel: Int) -> Int? {
        if maxRepetitionLevel == 0 {
            // One entry per record: the first entry that reaches the level is the record.
            guard maxDefinitionLevel > 0 else { return entry < column.count ? 0 : nil }
            let found = column.definitionLevels.withUnsafeBufferPointer { levels in
                LevelScan.firstIndex(atLeast: UInt8(definitionLevel), in: levels, from: entry, to: column.count)
            }
            return found < column.count ? found - entry : nil
        }
        var records = 0
        var index = entry
        while index < column.count {
            if repetitionLevel(at: index) == 0 {
                if self.definitionLevel(at: index) >= definitionLevel { return records }
                records += 1
            }
            index += 1
        }
        return nil
    }
}
