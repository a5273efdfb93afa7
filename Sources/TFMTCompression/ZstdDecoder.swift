import CZstd

/// Zstandard through libzstd's streaming API, so the output can be capped: a frame that claims or produces more than
/// the bound fails without the bound ever being allocated past.
enum ZstdDecoder {
    static func decompress(
        _ input: UnsafeBufferPointer<UInt8>,
        bound: Int,
        sizeHint: Int?
    ) throws(CompressionError) -> [UInt8] {
        guard let base = input.baseAddress, !input.isEmpty else { throw failure("the input is empty") }
        guard let context = ZSTD_createDCtx() else { throw failure("libzstd could not allocate a context") }
        defer { ZSTD_freeDCtx(context) }

        var hint = sizeHint
        if hint == nil {
            // The frame header may state the size; trust it only as a first allocation, never past the bound.
            let stated = ZSTD_getFrameContentSize(base, input.count)
            if stated < UInt64(Int.max) - 2, stated <= UInt64(bound) { hint = Int(stated) }
        }
        var output = [UInt8](
            repeating: 0,
            count: OutputSizing.initialCapacity(inputCount: input.count, sizeHint: hint, bound: bound)
        )
        var produced = 0
        var source = ZSTD_inBuffer(src: UnsafeRawPointer(base), size: input.count, pos: 0)
        var lastResult = 1

        while true {
            if source.pos == source.size && lastResult == 0 { break }
            if produced == output.count {
                if output.count >= bound {
                    // Full at the bound: one more byte of output means a bomb; no output and no input left means done.
                    try probe(context, &source, &lastResult, bound: bound)
                    if source.pos == source.size && lastResult == 0 { break }
                    continue
                }
                output.append(
                    contentsOf: repeatElement(0, count: OutputSizing.grown(output.count, bound: bound) - output.count)
                )
            }
            let consumedBefore = source.pos
            let (result, written) = output.withUnsafeMutableBytes { raw in
                var target = ZSTD_outBuffer(
                    dst: raw.baseAddress.map { $0 + produced },
                    size: raw.count - produced,
                    pos: 0
                )
                let result = ZSTD_decompressStream(context, &target, &source)
                return (result, target.pos)
            }
            if ZSTD_isError(result) != 0 { throw failure(errorName(result)) }
            produced += written
            lastResult = result
            let roomLeft = produced < output.count
            if source.pos == source.size && result != 0 && roomLeft {
                throw failure("the input ends inside a frame")
            }
            if written == 0 && source.pos == consumedBefore && roomLeft && result != 0 {
                throw failure("the decoder made no progress")
            }
        }
        output.removeLast(output.count - produced)
        return output
    }

    private static func probe(
        _ context: OpaquePointer,
        _ source: inout ZSTD_inBuffer,
        _ lastResult: inout Int,
        bound: Int
    ) throws(CompressionError) {
        var byte: UInt8 = 0
        let consumedBefore = source.pos
        let (result, written) = withUnsafeMutableBytes(of: &byte) { raw in
            var target = ZSTD_outBuffer(dst: raw.baseAddress, size: 1, pos: 0)
            let result = ZSTD_decompressStream(context, &target, &source)
            return (result, target.pos)
        }
        if ZSTD_isError(result) != 0 { throw failure(errorName(result)) }
        guard written == 0 else { throw failure("the output would exceed the bound of \(bound) bytes") }
        lastResult = result
        if result != 0 && (source.pos == source.size || source.pos == consumedBefore) {
            throw failure("the input ends inside a frame")
        }
    }

    private static func errorName(_ code: Int) -> String {
        guard let name = ZSTD_getErrorName(code) else { return "libzstd error \(code)" }
        return "libzstd: " + String(cString: name)
    }

    private static func failure(_ reason: String) -> CompressionError {
        CompressionError(codec: .zstd, reason: reason)
    }
}
