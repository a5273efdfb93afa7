/// A decoded Avro value, shaped by the writer's schema.
///
/// Logical types are not applied here: a `date` is an ``int(_:)``, a `decimal` ``bytes(_:)``. Use
/// ``AvroSchema/jsonValue(of:)`` to render them, or decode into a `Decodable` type with ``AvroValueDecoder``.
public enum AvroValue: Sendable, Hashable {
    case null
    case boolean(Bool)
    case int(Int32)
    case long(Int64)
    case float(Float)
    case double(Double)
    case bytes([UInt8])
    case string(String)
    case fixed([UInt8])
    /// An enum symbol and its index among the schema's symbols.
    case enumeration(symbol: String, index: Int)
    case array([AvroValue])
    /// A map; when a key repeats, the last value wins, as in Avro's Java reader.
    case map([String: AvroValue])
    case record(AvroRecordValue)
    /// The branch of the union that was written, counted from 0, and its value.
    indirect case union(branch: Int, value: AvroValue)
}

extension AvroValue {
    /// The value inside any unions.
    public var unwrapped: AvroValue {
        var value = self
        while case .union(_, let inner) = value { value = inner }
        return value
    }

    /// True for `null`, also inside a union.
    public var isNull: Bool {
        if case .null = unwrapped { return true }
        return false
    }

    /// The string, also inside a union.
    public var stringValue: String? {
        if case .string(let value) = unwrapped { return value }
        return nil
    }

    /// An `int` or `long`, also inside a union.
    public var integerValue: Int64? {
        switch unwrapped {
        case .int(let value): Int64(value)
        case .long(let value): value
        default: nil
        }
    }

    /// The record, also inside a union.
    public var recordValue: AvroRecordValue? {
        if case .record(let value) = unwrapped { return value }
        return nil
    }

    /// The elements of an array, also inside a union.
    public var arrayValue: [AvroValue]? {
        if case .array(let value) = unwrapped { return value }
        return nil
    }

    /// The field of a record by name, also inside a union; nil when this is not a record or has no such field.
    public subscript(field: String) -> AvroValue? {
        recordValue?[field]
    }
}
