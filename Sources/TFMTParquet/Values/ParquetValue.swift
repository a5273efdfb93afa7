import TFMTCore

/// A decoded Parquet value of any shape: a leaf value, or a struct, list or map assembled from nested columns.
///
/// Leaf values keep their physical representation (an `INT32` date stays `.int32` days, a decimal stays its
/// unscaled integer or bytes); only `STRING`/`UTF8`, `ENUM` and `JSON` byte arrays become ``string(_:)``, and
/// unsigned 32-bit integers widen to ``int64(_:)`` so that they keep their value. The schema says how to interpret
/// the rest.
public enum ParquetValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int32(Int32)
    case int64(Int64)
    case int96(ParquetInt96)
    case float(Float)
    case double(Double)
    /// A `BYTE_ARRAY` without a string annotation.
    case bytes([UInt8])
    /// A `BYTE_ARRAY` annotated `STRING`/`UTF8`, `ENUM` or `JSON` (invalid UTF-8 is repaired).
    case string(String)
    /// A `FIXED_LEN_BYTE_ARRAY`.
    case fixed([UInt8])
    case list([ParquetValue])
    /// Map entries in file order (keys may repeat in a corrupt file; nothing is dropped).
    case map([MapEntry])
    /// Struct fields in schema order (only the projected ones).
    case `struct`([Field])

    /// One entry of a map.
    public struct MapEntry: Sendable, Hashable {
        public var key: ParquetValue
        public var value: ParquetValue

        public init(key: ParquetValue, value: ParquetValue) {
            self.key = key
            self.value = value
        }
    }

    /// One field of a struct.
    public struct Field: Sendable, Hashable {
        public var name: String
        public var value: ParquetValue

        public init(name: String, value: ParquetValue) {
            self.name = name
            self.value = value
        }
    }
}

extension ParquetValue {
    /// Whether this is ``null``.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The field named `name`, when this is a struct that has it.
    public subscript(field name: String) -> ParquetValue? {
        guard case .struct(let fields) = self else { return nil }
        return fields.first { $0.name == name }?.value
    }

    /// The string, when this is one.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The integer, when this is an `INT32` or `INT64`.
    public var intValue: Int64? {
        switch self {
        case .int32(let value): return Int64(value)
        case .int64(let value): return value
        default: return nil
        }
    }

    /// The elements, when this is a list.
    public var listValue: [ParquetValue]? {
        if case .list(let value) = self { return value }
        return nil
    }

    /// The entries, when this is a map.
    public var mapEntries: [MapEntry]? {
        if case .map(let value) = self { return value }
        return nil
    }

    /// A map of strings to strings (such as Delta's `configuration`); later duplicates win, null values are left
    /// out. `nil` when this is not a map with string keys.
    public var stringDictionary: [String: String]? {
        guard case .map(let entries) = self else { return nil }
        var result: [String: String] = [:]
        for entry in entries {
            guard let key = entry.key.stringValue else { return nil }
            if let value = entry.value.stringValue { result[key] = value }
        }
        return result
    }
}
