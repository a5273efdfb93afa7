// libFuzzer target for page decoding. The first seven bytes describe the leaf column (physical type, levels,
// codec, string flag, fixed length, entry count as 16-bit little endian); the rest is a column chunk: page headers and pages. The chunk is decoded with
// every encoding, level and decompression path the reader has, then its values are turned to JSON.
import TFMTCore

@testable import TFMTParquet

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size >= 7 else { return 0 }
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    let physical = ParquetPhysicalType(rawValue: Int32(input[0] % 8)) ?? .int32
    let leaf = ParquetLeafDescriptor(
        physicalType: physical,
        typeLength: Int(input[4] % 32),
        isString: input[3] & 1 == 1,
        isUnsigned32: input[3] & 2 == 2,
        maxDefinitionLevel: Int(input[1] & 0x07),
        maxRepetitionLevel: Int(input[1] >> 3 & 0x03),
        path: "fuzz"
    )
    var limits = ParquetLimits()
    limits.maxPageSize = 1 << 20
    limits.maxValuesPerColumnChunk = 1 << 20
    let decoder = ColumnChunkDecoder(leaf: leaf, limits: limits)
    let chunk = Array(input[7...])
    // In a real file the entry count comes from the chunk's metadata.
    let expected = Int(input[5]) | Int(input[6]) << 8
    do {
        let column = try decoder.decodePages(
            chunk,
            baseOffset: 4,
            codec: ParquetCompressionCodec(rawValue: Int32(input[2] & 0x07)),
            expected: expected
        )
        precondition(column.count == expected, "decoded \(column.count) of \(expected) entries")
        _ = column.values.map(\.jsonValue)
    } catch {
        _ = error.error(file: "fuzz.parquet")
    }
    return 0
}
