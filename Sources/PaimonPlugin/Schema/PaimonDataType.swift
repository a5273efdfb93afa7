import TFMTCore

/// A column type as Paimon writes it in a schema file: an SQL-like string for atomic types (`BIGINT NOT NULL`,
/// `DECIMAL(10, 2)`), a JSON object for `ARRAY`, `MAP`, `MULTISET`, `ROW` and `VECTOR`.
///
/// The plugin keeps what it needs: the type rendered as one line, in the form Paimon's own libraries print it
/// (`ARRAY<INT>`, `MAP<STRING, BIGINT NOT NULL>`, `ROW<a: INT, b: STRING>`, `VECTOR<FLOAT, 4>`), whether it is
/// nullable, and the names of every type root it contains (so that `VARIANT`, `BLOB` and `VECTOR` are found at any
/// depth).
public struct PaimonDataType: Sendable, Hashable {
    /// The type as one line, nullability included.
    public var rendered: String
    /// Whether the column accepts nulls (`NOT NULL` absent).
    public var nullable: Bool
    /// The upper-case roots of this type and every type nested in it (`ARRAY`, `INT`, `VARIANT`, …).
    public var roots: Set<String>

    /// The deepest nesting accepted; deeper types are refused as corrupt rather than walked.
    static let maximumDepth = 64

    /// Reads a type from its schema-file form.
    ///
    /// - Parameter reason: Receives why the value is not a type, when it is not.
    /// - Returns: `nil` when the value is neither a type string nor a type object.
    public init?(json: JSONValue, reason: inout String) {
        guard let type = Self.parse(json, depth: 0, reason: &reason) else { return nil }
        self = type
    }

    init(rendered: String, nullable: Bool, roots: Set<String>) {
        self.rendered = rendered
        self.nullable = nullable
        self.roots = roots
    }

    private static func parse(_ json: JSONValue, depth: Int, reason: inout String) -> PaimonDataType? {
        guard depth < maximumDepth else {
            reason = "types are nested more than \(maximumDepth) deep"
            return nil
        }
        if let text = json.stringValue {
            return atomic(text, reason: &reason)
        }
        guard let object = json.objectValue else {
            reason = "a field type is neither a string nor an object"
            return nil
        }
        guard let typeText = object["type"]?.stringValue else {
            reason = "a field type object has no 'type' string"
            return nil
        }
        let upper = typeText.uppercased()
        let nullable = object["nullable"]?.boolValue ?? !hasNotNullSuffix(upper)
        let suffix = nullable ? "" : " NOT NULL"
        func child(_ key: String) -> PaimonDataType? {
            guard let value = object[key] else {
                reason = "a \(rootName(upper)) type has no '\(key)'"
                return nil
            }
            return parse(value, depth: depth + 1, reason: &reason)
        }
        let root = rootName(upper)
        switch root {
        case "ARRAY", "MULTISET":
            guard let element = child("element") else { return nil }
            return PaimonDataType(
                rendered: "\(root)<\(element.rendered)>\(suffix)",
                nullable: nullable,
                roots: element.roots.union([root])
            )
        case "VECTOR":
            guard let element = child("element") else { return nil }
            guard let length = object["length"]?.intValue else {
                reason = "a VECTOR type has no integer 'length'"
                return nil
            }
            return PaimonDataType(
                rendered: "VECTOR<\(element.rendered), \(length)>\(suffix)",
                nullable: nullable,
                roots: element.roots.union([root])
            )
        case "MAP":
            guard let key = child("key"), let value = child("value") else { return nil }
            return PaimonDataType(
                rendered: "MAP<\(key.rendered), \(value.rendered)>\(suffix)",
                nullable: nullable,
                roots: key.roots.union(value.roots).union([root])
            )
        case "ROW":
            guard let fields = object["fields"]?.arrayValue else {
                reason = "a ROW type has no 'fields' array"
                return nil
            }
            var parts: [String] = []
            var roots: Set<String> = [root]
            for field in fields {
                guard let name = field["name"]?.stringValue, let fieldType = field["type"] else {
                    reason = "a ROW field has no 'name' or 'type'"
                    return nil
                }
                guard let type = parse(fieldType, depth: depth + 1, reason: &reason) else { return nil }
                let comment = field["description"]?.stringValue.map { $0.isEmpty ? "" : " COMMENT \($0)" } ?? ""
                parts.append("\(name): \(type.rendered)\(comment)")
                roots.formUnion(type.roots)
            }
            return PaimonDataType(
                rendered: "ROW<\(parts.joined(separator: ", "))>\(suffix)",
                nullable: nullable,
                roots: roots
            )
        default:
            return atomic(typeText, reason: &reason)
        }
    }

    private static func atomic(_ text: String, reason: inout String) -> PaimonDataType? {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else {
            reason = "a field type is an empty string"
            return nil
        }
        let upper = trimmed.uppercased()
        return PaimonDataType(rendered: trimmed, nullable: !hasNotNullSuffix(upper), roots: [rootName(upper)])
    }

    /// `DECIMAL` for `DECIMAL(10, 2) NOT NULL`, `TIMESTAMP` for `TIMESTAMP(3) WITH LOCAL TIME ZONE`.
    static func rootName(_ upper: String) -> String {
        String(upper.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
    }

    private static func hasNotNullSuffix(_ upper: String) -> Bool {
        upper.trimmingSpaces.hasSuffix("NOT NULL")
    }
}
