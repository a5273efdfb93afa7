/// The LZ4 block format without framing (Parquet's LZ4_RAW): sequences of literals and back-references.
///
/// The block does not state its uncompressed size, so the output grows towards the bound and fails at it.
enum LZ4RawDecoder {
    static func decompress(
        _ input: UnsafeBufferPointer<UInt8>,
        bound: Int,
        sizeHint: Int?
    ) throws(CompressionError) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(OutputSizing.initialCapacity(inputCount: input.count, sizeHint: sizeHint, bound: bound))
        var position = 0
        guard !input.isEmpty else { throw failure("the block is empty") }
        while true {
            guard position < input.count else { throw failure("the block ends inside a sequence") }
            let token = input[position]
            position += 1

            var literalLength = Int(token >> 4)
            if literalLength == 15 {
                literalLength += try extendedLength(input, &position, bound: bound)
            }
            guard input.count - position >= literalLength else {
                throw failure("literals of \(literalLength) bytes at byte \(position) run past the input")
            }
            guard bound - output.count >= literalLength else { throw boundExceeded(bound) }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: input[position..<position + literalLength]))
            position += literalLength
            // The last sequence has literals only.
            if position == input.count { break }

            guard input.count - position >= 2 else { throw failure("a match offset at byte \(position) is truncated") }
            let offset = Int(input[position]) | Int(input[position + 1]) << 8
            position += 2
            guard offset > 0, offset <= output.count else {
                throw failure("a match refers to offset \(offset) with only \(output.count) bytes decoded")
            }
            var matchLength = Int(token & 15)
            if matchLength == 15 {
                matchLength += try extendedLength(input, &position, bound: bound)
            }
            matchLength += 4
            guard bound - output.count >= matchLength else { throw boundExceeded(bound) }
            // Element by element on purpose: a match may overlap the bytes it produces.
            let start = output.count - offset
            for index in 0..<matchLength {
                output.append(output[start + index])
            }
        }
        return output
    }

    /// Reads the 255-continued length extension; stops as soon as the sum passes the bound, so it cannot overflow.
    private static func extendedLength(
        _ input: UnsafeBufferPointer<UInt8>,
        _ position: inout Int,
        bound: Int
    ) throws(CompressionError) -> Int {
        var total = 0
        while true {
            guard position < input.count else { throw failure("a length extension is truncated") }
            let byte = input[position]
            position += 1
            total += Int(byte)
            guard total <= bound else { throw boundExceeded(bound) }
            if byte != 255 { return total }
        }
    }

    private static func boundExceeded(_ bound: Int) -> CompressionError {
        failure("the output would exceed the bound of \(bound) bytes")
    }

    private static func failure(_ reason: String) -> CompressionError {
        CompressionError(codec: .lz4Raw, reason: reason)
    }
}
