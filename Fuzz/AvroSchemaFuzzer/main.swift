// libFuzzer target: schema JSON text, parsed, then used to decode the same bytes as a datum.
// Any input must either parse or throw a TFMTError; a trap or a sanitizer report is a bug.

import TFMTAvro

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let schema = try? AvroSchema(json: bytes) else { return 0 }
    if let value = try? AvroDatumReader(schema: schema).decode(bytes) {
        _ = schema.jsonValue(of: value)
    }
    return 0
}
