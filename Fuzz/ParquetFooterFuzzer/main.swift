// libFuzzer target: the input is a Thrift compact FileMetaData, wrapped into a file (magic, footer, length,
// magic) and read: footer, schema tree, row-group checks, then every row (chunks outside the file must fail
// cleanly). Any trap is a bug; a TFMTError is the expected outcome for bad input.
import TFMTCore
import TFMTParquet

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let footer = Array(UnsafeBufferPointer(start: data, count: size))
    var file = Array("PAR1".utf8) + footer
    let length = UInt32(truncatingIfNeeded: footer.count)
    file += [UInt8(length & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length >> 16 & 0xFF), UInt8(length >> 24)]
    file += Array("PAR1".utf8)
    var limits = ParquetLimits()
    limits.maxPageSize = 1 << 20
    limits.maxValuesPerColumnChunk = 1 << 20
    limits.maxSchemaElements = 10_000
    do {
        let reader = try ParquetReader(bytes: file, name: "fuzz.parquet", limits: limits)
        _ = reader.schema.fields.map(\.dottedPath)
        _ = reader.keyValueMetadata
        _ = try reader.rows()
    } catch {
        precondition(error.code.area == "TBL", "unexpected error area: \(error)")
    }
    return 0
}
