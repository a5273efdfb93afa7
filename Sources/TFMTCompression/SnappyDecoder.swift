/// The raw snappy block format: a varint with the uncompressed length, then literals and back-references.
///
/// Pure Swift, so no C library is needed; every tag, length and offset is checked before it is used.
enum SnappyDecoder {
    /// One element of at least two input bytes produces at most 64 output bytes (a two-byte-offset copy: three
    /// bytes in, 64 out), so a stated length above this ratio is corrupt before anything is allocated.
    private static let maximumExpansion = 22

    static func decompress(_ input: UnsafeBufferPointer<UInt8>, bound: Int) throws(CompressionError) -> [UInt8] {
        var position = 0
        var stated: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < input.count else { throw failure("the length preamble is truncated") }
            let byte = input[position]
            position += 1
            stated |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { break }
            shift += 7
            guard shift < 35 else { throw failure("the length preamble is longer than 5 bytes") }
        }
        guard stated <= UInt64(UInt32.max) else { throw failure("the stated length \(stated) exceeds 2^32-1") }
        let length = Int(stated)
        guard length <= bound else {
            throw failure("the stated length of \(length) bytes exceeds the bound of \(bound) bytes")
        }
        let (plausible, overflow) = (input.count - position).multipliedReportingOverflow(by: maximumExpansion)
        guard overflow || length <= plausible else {
            throw failure("the stated length of \(length) bytes cannot come from \(input.count) compressed bytes")
        }

        var problem: String?
        let output = [UInt8](unsafeUninitializedCapacity: length) { out, initialized in
            var written = 0
            defer { initialized = written }
            while position < input.count {
                let tag = input[position]
                position += 1
                let copyLength: Int
                let offset: Int
                switch tag & 3 {
                case 0:
                    var literalLength = Int(tag >> 2)
                    if literalLength >= 60 {
                        let extra = literalLength - 59
                        guard input.count - position >= extra else {
                            problem = "a literal length at byte \(position - 1) is truncated"
                            return
                        }
                        literalLength = 0
                        for index in 0..<extra {
                            literalLength |= Int(input[position + index]) << (8 * index)
                        }
                        position += extra
                    }
                    literalLength += 1
                    guard input.count - position >= literalLength else {
                        problem = "a literal of \(literalLength) bytes at byte \(position) runs past the input"
                        return
                    }
                    guard length - written >= literalLength else {
                        problem = "a literal at byte \(position) runs past the stated length of \(length) bytes"
                        return
                    }
                    if let target = out.baseAddress, let source = input.baseAddress {
                        (target + written).update(from: source + position, count: literalLength)
                    }
                    position += literalLength
                    written += literalLength
                    continue
                case 1:
                    guard position < input.count else {
                        problem = "a copy at byte \(position - 1) is truncated"
                        return
                    }
                    copyLength = 4 + Int((tag >> 2) & 7)
                    offset = Int(tag >> 5) << 8 | Int(input[position])
                    position += 1
                case 2:
                    guard input.count - position >= 2 else {
                        problem = "a copy at byte \(position - 1) is truncated"
                        return
                    }
                    copyLength = 1 + Int(tag >> 2)
                    offset = Int(input[position]) | Int(input[position + 1]) << 8
                    position += 2
                default:
                    guard input.count - position >= 4 else {
                        problem = "a copy at byte \(position - 1) is truncated"
                        return
                    }
                    copyLength = 1 + Int(tag >> 2)
                    offset =
                        Int(input[position]) | Int(input[position + 1]) << 8 | Int(input[position + 2]) << 16
                        | Int(input[position + 3]) << 24
                    position += 4
                }
                guard offset > 0, offset <= written else {
                    problem = "a copy refers to offset \(offset) with only \(written) bytes decoded"
                    return
                }
                guard length - written >= copyLength else {
                    problem = "a copy runs past the stated length of \(length) bytes"
                    return
                }
                if offset >= copyLength, let target = out.baseAddress {
                    (target + written).update(from: target + written - offset, count: copyLength)
                } else {
                    // Byte by byte on purpose: the copy overlaps the bytes it produces.
                    for index in 0..<copyLength {
                        out[written + index] = out[written - offset + index]
                    }
                }
                written += copyLength
            }
            if written != length {
                problem = "the block decoded to \(written) bytes but states \(length)"
            }
        }
        if let problem { throw failure(problem) }
        return output
    }

    private static func failure(_ reason: String) -> CompressionError {
        CompressionError(codec: .snappy, reason: reason)
    }
}
