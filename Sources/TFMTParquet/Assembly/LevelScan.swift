/// Fast scans over level arrays: a checkpoint's action columns hold one level per row, so finding the one row with
/// a `protocol` means looking at every level of a 100,000-row column; these scans read eight levels per step.
enum LevelScan {
    private static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    @inline(__always)
    private static func word(_ levels: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt64 {
        // Callers only ask for words inside a non-empty buffer, so the base address exists.
        UnsafeRawPointer(levels.baseAddress! + index).loadUnaligned(as: UInt64.self)
    }

    /// The number of entries in `range` equal to `level`.
    static func count(of level: UInt8, in levels: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Int {
        var index = range.lowerBound
        var total = 0
        let pattern = ones &* UInt64(level)
        while index + 8 <= range.upperBound {
            // Bytes equal to `level` become zero; the high bit of ((x & 0x7F) + 0x7F) | x marks the non-zero ones.
            let x = word(levels, index) ^ pattern
            let nonZero = ((x & low7) &+ low7) | x
            total += (~nonZero & highs).nonzeroBitCount
            index += 8
        }
        while index < range.upperBound {
            if levels[index] == level { total += 1 }
            index += 1
        }
        return total
    }

    /// The index of the first entry at or after `start` that is at least `level`, or `end` when none is.
    ///
    static func firstIndex(
        atLeast level: UInt8,
        in levels: UnsafeBufferPointer<UInt8>,
        from start: Int,
        to end: Int
    )
        -> Int
    {
        var index = start
        guard level > 0 else { return start < end ? start : end }
        guard level < 128 else {
            while index < end && levels[index] < level { index += 1 }
            return index
        }
        // Adding 128 - level sets a byte's high bit exactly when the byte is at least `level`; a byte with its high
        // bit already set counts too (ORing x), and below that no byte carries into the next.
        let bias = ones &* UInt64(128 &- level)
        while index + 8 <= end {
            let x = word(levels, index)
            if ((x &+ bias) | x) & highs != 0 { break }
            index += 8
        }
        while index < end {
            if levels[index] >= level { return index }
            index += 1
        }
        return end
    }
}
