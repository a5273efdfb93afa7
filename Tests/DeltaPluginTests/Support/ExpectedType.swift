import TFMTCore

/// Renders a Delta type in its JSON form the way the record does, independently of the plugin's code, so that the
/// shared corpus (whose expected.json holds only JSON types) can be compared.
enum ExpectedType {
    static func render(_ type: JSONValue) -> String {
        if let name = type.stringValue { return name }
        switch type["type"]?.stringValue {
        case "struct":
            let fields = type["fields"]?.arrayValue ?? []
            return "struct<"
                + fields.map { "\($0["name"]?.stringValue ?? "?"):\(render($0["type"] ?? .null))" }
                .joined(separator: ",") + ">"
        case "array": return "array<\(render(type["elementType"] ?? .null))>"
        case "map": return "map<\(render(type["keyType"] ?? .null)),\(render(type["valueType"] ?? .null))>"
        default: return "?"
        }
    }
}
