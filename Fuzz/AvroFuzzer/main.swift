// libFuzzer target: an Avro object container file, read to the end, every record rendered as JSON and decoded into
// a Decodable type. Any input must either decode or throw a TFMTError; a trap or a sanitizer report is a bug.
// Built by scripts/fuzz together with the TFMTCore, TFMTCompression and TFMTAvro sources.

import Foundation
import TFMTAvro

private struct AnyRecord: Decodable {
    let status: Int?
    let name: String?
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    var limits = AvroLimits()
    // Small limits keep each run fast; the checks they exercise are the same.
    limits.maxDecompressedBlockBytes = 1 << 20
    limits.maxEmptyValues = 10_000
    guard let reader = try? AvroContainerReader(data: bytes, path: "fuzz.avro", limits: limits) else { return 0 }
    var records = reader.records()
    while let record = try? records.next() {
        _ = reader.schema.jsonValue(of: record)
        _ = try? AvroValueDecoder().decode(AnyRecord.self, from: record)
    }
    return 0
}
