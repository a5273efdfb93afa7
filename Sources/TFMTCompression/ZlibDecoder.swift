import CZlib

/// Deflate and gzip through zlib's `inflate`, with the output capped at the bound.
enum ZlibDecoder {
    /// zlib counts in 32-bit units, so larger buffers are fed in slices of this size.
    private static let maximumChunk = Int(UInt32.max)

    static func decompress(
        _ input: UnsafeBufferPointer<UInt8>,
        codec: CompressionCodec,
        bound: Int,
        sizeHint: Int?
    ) throws(CompressionError) -> [UInt8] {
        guard let base = input.baseAddress, !input.isEmpty else {
            throw CompressionError(codec: codec, reason: "the input is empty")
        }
        // Raw deflate for Avro; for gzip, 15 + 32 detects a gzip or zlib header, as Arrow's reader does.
        let windowBits: Int32 = codec == .deflate ? -15 : 15 + 32
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        // zlib keeps a pointer back to the stream, so it lives at one address until inflateEnd.
        stream.initialize(to: z_stream())
        defer { stream.deallocate() }
        guard czlib_inflate_init2(stream, windowBits) == Z_OK else {
            throw CompressionError(codec: codec, reason: "zlib could not initialize")
        }
        defer { inflateEnd(stream) }

        var output = [UInt8](
            repeating: 0,
            count: OutputSizing.initialCapacity(inputCount: input.count, sizeHint: sizeHint, bound: bound)
        )
        var produced = 0
        var consumed = 0
        while true {
            if produced == output.count {
                if output.count >= bound {
                    if try atEnd(stream, input: input, consumed: &consumed, codec: codec, bound: bound) { break }
                    continue
                }
                output.append(
                    contentsOf: repeatElement(0, count: OutputSizing.grown(output.count, bound: bound) - output.count)
                )
            }
            let inputChunk = min(input.count - consumed, maximumChunk)
            let outputChunk = min(output.count - produced, maximumChunk)
            stream.pointee.next_in = UnsafeMutablePointer(mutating: base + consumed)
            stream.pointee.avail_in = UInt32(inputChunk)
            let status = output.withUnsafeMutableBufferPointer { buffer in
                stream.pointee.next_out = buffer.baseAddress.map { $0 + produced }
                stream.pointee.avail_out = UInt32(outputChunk)
                return inflate(stream, Z_NO_FLUSH)
            }
            let usedInput = inputChunk - Int(stream.pointee.avail_in)
            let usedOutput = outputChunk - Int(stream.pointee.avail_out)
            consumed += usedInput
            produced += usedOutput
            switch status {
            case Z_STREAM_END:
                // Raw deflate ends at its final block: fastavro leaves three bytes of a zlib checksum after it,
                // and Java's Inflater ignores them too. Several gzip members in a row form one gzip stream.
                if consumed == input.count || codec == .deflate { return finish(&output, produced) }
                inflateReset(stream)
            case Z_OK:
                continue
            case Z_BUF_ERROR:
                if usedInput == 0 && usedOutput == 0 && consumed == input.count {
                    throw CompressionError(codec: codec, reason: "the input ends inside the stream")
                }
            default:
                throw CompressionError(codec: codec, reason: message(stream, status))
            }
        }
        return finish(&output, produced)
    }

    /// With the output full at the bound: returns true when the stream ends here, throws when it would go on.
    private static func atEnd(
        _ stream: UnsafeMutablePointer<z_stream>,
        input: UnsafeBufferPointer<UInt8>,
        consumed: inout Int,
        codec: CompressionCodec,
        bound: Int
    ) throws(CompressionError) -> Bool {
        guard let base = input.baseAddress else { return true }
        var byte: UInt8 = 0
        let inputChunk = min(input.count - consumed, maximumChunk)
        stream.pointee.next_in = UnsafeMutablePointer(mutating: base + consumed)
        stream.pointee.avail_in = UInt32(inputChunk)
        let status = withUnsafeMutablePointer(to: &byte) { pointer in
            stream.pointee.next_out = pointer
            stream.pointee.avail_out = 1
            return inflate(stream, Z_NO_FLUSH)
        }
        let usedInput = inputChunk - Int(stream.pointee.avail_in)
        consumed += usedInput
        guard stream.pointee.avail_out == 1 else {
            throw CompressionError(codec: codec, reason: "the output would exceed the bound of \(bound) bytes")
        }
        switch status {
        case Z_STREAM_END:
            // A gzip member may follow; its output would pass the bound, unless it is empty, which is rare enough
            // to refuse.
            guard consumed == input.count || codec == .deflate else {
                throw CompressionError(
                    codec: codec,
                    reason: "the output would exceed the bound of \(bound) bytes or trailing bytes follow"
                )
            }
            return true
        case Z_OK:
            if usedInput == 0 { throw CompressionError(codec: codec, reason: "the decoder made no progress") }
            return false
        case Z_BUF_ERROR:
            throw CompressionError(codec: codec, reason: "the input ends inside the stream")
        default:
            throw CompressionError(codec: codec, reason: message(stream, status))
        }
    }

    private static func finish(_ output: inout [UInt8], _ produced: Int) -> [UInt8] {
        output.removeLast(output.count - produced)
        return output
    }

    private static func message(_ stream: UnsafeMutablePointer<z_stream>, _ status: Int32) -> String {
        if let text = stream.pointee.msg { return "zlib: " + String(cString: text) }
        return "zlib error \(status)"
    }
}
