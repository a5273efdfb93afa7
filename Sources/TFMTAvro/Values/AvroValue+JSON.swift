import TFMTCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension AvroValue {
    /// The value as JSON, without logical types (a `date` stays an integer); see ``AvroSchema/jsonValue(of:)`` for
    /// the rules, which this follows otherwise.
    public var jsonValue: JSONValue {
        switch self {
        case .null: .null
        case .boolean(let flag): .bool(flag)
        case .int(let number): .int(Int64(number))
        case .long(let number): .int(number)
        case .float(let number): .double(Double(number))
        case .double(let number): .double(number)
        case .bytes(let bytes), .fixed(let bytes): .string(Data(bytes).base64EncodedString())
        case .string(let text): .string(text)
        case .enumeration(let symbol, _): .string(symbol)
        case .array(let elements): .array(elements.map(\.jsonValue))
        case .map(let entries): .object(entries.mapValues(\.jsonValue))
        case .record(let record): .object(Self.object(record.names, record.values.map(\.jsonValue)))
        case .union(_, let value): value.jsonValue
        }
    }

    /// An object from field names and values; a repeated name keeps its last value.
    static func object(_ names: [String], _ values: [JSONValue]) -> [String: JSONValue] {
        Dictionary(zip(names, values)) { _, last in last }
    }
}

extension AvroSchema {
    /// A value of this schema as JSON, with its logical types rendered as fastavro reports them.
    ///
    /// - `null`, `boolean`, `int`, `long`, `float`, `double` and `string` map onto their JSON counterparts; a
    ///   `float` widens to the double of the same value.
    /// - `bytes` and `fixed` become base64 text (standard alphabet, padded).
    /// - Enums become their symbol; arrays, maps and records become arrays and objects.
    /// - Unions become the value of the branch written, untagged.
    /// - `decimal` becomes its exact value in plain notation (`"-12.50"`); `uuid` its lowercase canonical text;
    ///   `date` `"YYYY-MM-DD"`; `time-millis` and `time-micros` `"HH:MM:SS.ffffff"`; `timestamp-millis` and
    ///   `timestamp-micros` `"YYYY-MM-DDTHH:MM:SS.ffffffZ"` in UTC, and the `local-timestamp` ones the same without
    ///   the `Z`.
    /// - `duration` and the `-nanos` timestamps, which fastavro leaves alone, stay raw, as does a value outside
    ///   the range its logical type can render (a time of day past midnight, a decimal of more than 128 bytes).
    public func jsonValue(of value: AvroValue) -> JSONValue {
        jsonValue(of: value, node: 0)
    }

    private func jsonValue(of value: AvroValue, node index: Int) -> JSONValue {
        guard nodes.indices.contains(index) else { return value.jsonValue }
        let node = nodes[index]
        switch (node.type, value) {
        case (.union(let branches), .union(let branch, let inner)) where branches.indices.contains(branch):
            return jsonValue(of: inner, node: branches[branch])
        case (.record(let record), .record(let fields)) where record.fields.count == fields.values.count:
            let values = zip(record.fields, fields.values).map { field, fieldValue in
                jsonValue(of: fieldValue, node: field.type)
            }
            return .object(AvroValue.object(fields.names, values))
        case (.array(let items), .array(let elements)):
            return .array(elements.map { jsonValue(of: $0, node: items) })
        case (.map(let valuesType), .map(let entries)):
            return .object(entries.mapValues { jsonValue(of: $0, node: valuesType) })
        default:
            if let logical = node.logicalType, let rendered = AvroLogicalFormatting.render(value, as: logical) {
                return rendered
            }
            return value.jsonValue
        }
    }
}
