import TFMTCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension ParquetValue {
    /// The value as JSON, for table records and error contexts.
    ///
    /// Mapping: integers → numbers; `INT96` → nanoseconds since the Unix epoch (a string of the two parts when
    /// that overflows); floats → numbers; strings → strings; `BYTE_ARRAY` and `FIXED_LEN_BYTE_ARRAY` → base64
    /// strings; lists → arrays; structs → objects; maps → objects when every key is a string (a repeated key keeps
    /// its last value), otherwise arrays of `{"key", "value"}` objects.
    public var jsonValue: JSONValue {
        switch self {
        case .null: return .null
        case .bool(let value): return .bool(value)
        case .int32(let value): return .int(Int64(value))
        case .int64(let value): return .int(value)
        case .int96(let value):
            if let nanos = value.nanosecondsSinceEpoch { return .int(nanos) }
            return .string("int96(\(value.julianDay),\(value.nanosecondsOfDay))")
        case .float(let value): return .double(Double(value))
        case .double(let value): return .double(value)
        case .bytes(let value), .fixed(let value): return .string(Data(value).base64EncodedString())
        case .string(let value): return .string(value)
        case .list(let values): return .array(values.map(\.jsonValue))
        case .struct(let fields):
            var object: [String: JSONValue] = [:]
            for field in fields { object[field.name] = field.value.jsonValue }
            return .object(object)
        case .map(let entries):
            if entries.allSatisfy({ $0.key.stringValue != nil }) {
                var object: [String: JSONValue] = [:]
                for entry in entries {
                    if let key = entry.key.stringValue { object[key] = entry.value.jsonValue }
                }
                return .object(object)
            }
            return .array(entries.map { .object(["key": $0.key.jsonValue, "value": $0.value.jsonValue]) })
        }
    }
}
