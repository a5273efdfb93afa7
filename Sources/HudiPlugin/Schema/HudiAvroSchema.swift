import TFMTCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A Hudi table schema — an Avro record schema in JSON — as the record's top-level fields.
///
/// Types are rendered in the notation of Avro IDL, compacted to one line:
/// - primitives by name (`int`, `long`, `string`, `bytes`, …), named types by their short name when referenced;
/// - logical types by their logical name: `decimal(10,5)`, `date`, `timestamp-micros`, `uuid`, …;
/// - `array<T>`, `map<T>` (map keys are always strings), `record<name: T, …>`, `enum<A, B>`, `fixed(16)`;
/// - a union of `null` and one type is that type, followed by `?` when nested (Avro IDL's nullable shorthand); at
///   the top level the `?` becomes `nullable: true`; other unions are `union<T1, T2>`.
enum HudiAvroSchema {
    /// Why a schema could not be rendered.
    struct Problem: Error, Sendable, Hashable {
        var reason: String
    }

    /// The fields of the record schema `json`.
    static func fields(_ json: String, maximumDepth: Int) -> Result<[TableRecord.Schema.Field], Problem> {
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
        } catch {
            return .failure(Problem(reason: "not JSON"))
        }
        guard case .object(let root) = value, root["type"]?.stringValue == "record",
            let fields = root["fields"]?.arrayValue
        else {
            return .failure(Problem(reason: "the top level is not a record with fields"))
        }
        var result: [TableRecord.Schema.Field] = []
        for field in fields {
            guard let name = field["name"]?.stringValue, let type = field["type"] else {
                return .failure(Problem(reason: "a field has no name or no type"))
            }
            switch render(type, depth: 1, maximumDepth: maximumDepth) {
            case .success(let rendered):
                result.append(TableRecord.Schema.Field(name: name, type: rendered.type, nullable: rendered.nullable))
            case .failure(let problem):
                return .failure(Problem(reason: "field \(name): \(problem.reason)"))
            }
        }
        return .success(result)
    }

    /// A type and whether `null` is one of its branches.
    private static func render(
        _ type: JSONValue,
        depth: Int,
        maximumDepth: Int
    ) -> Result<(type: String, nullable: Bool), Problem> {
        guard depth <= maximumDepth else {
            return .failure(Problem(reason: "types nest deeper than \(maximumDepth) levels"))
        }
        switch type {
        case .string(let name):
            return .success((shortName(name), name == "null"))
        case .array(let branches):
            let nonNull = branches.filter { $0.stringValue != "null" }
            let nullable = nonNull.count < branches.count
            var rendered: [String] = []
            for branch in nonNull {
                switch render(branch, depth: depth + 1, maximumDepth: maximumDepth) {
                case .success(let inner): rendered.append(inner.type)
                case .failure(let problem): return .failure(problem)
                }
            }
            switch rendered.count {
            case 0: return .success(("null", true))
            case 1: return .success((rendered[0], nullable))
            default: return .success(("union<\(rendered.joined(separator: ", "))>", nullable))
            }
        case .object(let object):
            return renderObject(object, depth: depth, maximumDepth: maximumDepth).map { ($0, false) }
        default:
            return .failure(Problem(reason: "a type is neither a name, a union nor an object"))
        }
    }

    private static func renderObject(
        _ object: [String: JSONValue],
        depth: Int,
        maximumDepth: Int
    ) -> Result<String, Problem> {
        if let logical = object["logicalType"]?.stringValue {
            if logical == "decimal", let precision = object["precision"]?.intValue {
                return .success("decimal(\(precision),\(object["scale"]?.intValue ?? 0))")
            }
            return .success(logical)
        }
        guard let kind = object["type"] else { return .failure(Problem(reason: "a type object has no type")) }
        guard case .string(let name) = kind else {
            return render(kind, depth: depth + 1, maximumDepth: maximumDepth).map(nested)
        }
        switch name {
        case "array", "map":
            guard let element = object[name == "array" ? "items" : "values"] else {
                return .failure(Problem(reason: "\(name) has no \(name == "array" ? "items" : "values")"))
            }
            return render(element, depth: depth + 1, maximumDepth: maximumDepth).map { "\(name)<\(nested($0))>" }
        case "record", "error":
            guard let fields = object["fields"]?.arrayValue else {
                return .failure(Problem(reason: "record has no fields"))
            }
            var parts: [String] = []
            for field in fields {
                guard let fieldName = field["name"]?.stringValue, let fieldType = field["type"] else {
                    return .failure(Problem(reason: "a nested field has no name or no type"))
                }
                switch render(fieldType, depth: depth + 1, maximumDepth: maximumDepth) {
                case .success(let inner): parts.append("\(fieldName): \(nested(inner))")
                case .failure(let problem): return .failure(problem)
                }
            }
            return .success("record<\(parts.joined(separator: ", "))>")
        case "enum":
            let symbols = object["symbols"]?.arrayValue?.compactMap(\.stringValue) ?? []
            return .success("enum<\(symbols.joined(separator: ", "))>")
        case "fixed":
            return .success("fixed(\(object["size"]?.intValue ?? 0))")
        default:
            return .success(shortName(name))
        }
    }

    /// `T?` for a nullable nested type.
    private static func nested(_ rendered: (type: String, nullable: Bool)) -> String {
        rendered.nullable && rendered.type != "null" ? rendered.type + "?" : rendered.type
    }

    /// The name without its namespace.
    private static func shortName(_ name: String) -> String {
        name.split(separator: ".").last.map(String.init) ?? name
    }
}
