import TFMTCore

/// Turns a schema's JSON text into an ``AvroSchema``, resolving names and checking every construct.
///
/// The nesting depth is checked twice: by the JSON parser on the text, and again on the types, so neither parser can
/// be made to recurse deeper than the limits allow.
struct AvroSchemaParser {
    private var nodes: [AvroSchemaNode] = []
    private var names: [String: Int] = [:]
    private let limits: AvroLimits
    private let location: AvroLocation
    private let position: Int

    private init(limits: AvroLimits, location: AvroLocation, position: Int) {
        self.limits = limits
        self.location = location
        self.position = position
    }

    /// Parses `json`; errors name `location` at `position`, where the schema text starts.
    static func parse(
        json: [UInt8],
        limits: AvroLimits,
        location: AvroLocation,
        position: Int
    ) throws(TFMTError) -> AvroSchema {
        var parser = AvroSchemaParser(limits: limits, location: location, position: position)
        // A type nests at most four JSON levels per type level (record, fields array, field, type).
        let jsonDepthLimit = limits.maxNestingDepth * 4 + 4
        let value: JSONValue
        do {
            value = try AvroJSONParser.parse(json, maxDepth: jsonDepthLimit)
        } catch  where error.depthExceeded {
            throw parser.limitError(
                "the schema nests more than \(jsonDepthLimit) JSON levels",
                ["limit": .string("maxNestingDepth"), "value": .int(Int64(limits.maxNestingDepth))]
            )
        } catch {
            throw parser.invalid(
                "the schema is not valid JSON: \(error.message) at byte \(error.position) of the schema"
            )
        }
        let root = try parser.parseType(value, namespace: "", depth: 1, path: "the root type")
        // The root is node 0 in the public shape; it already is, because it is the first node created.
        assert(root == 0)
        return AvroSchema(nodes: parser.nodes, namedTypes: parser.names)
    }

    static func parse(json: [UInt8], limits: AvroLimits, source: String) throws(TFMTError) -> AvroSchema {
        try parse(json: json, limits: limits, location: AvroLocation(path: source, fileOffset: 0), position: 0)
    }

    // MARK: Types

    private static let primitives: [String: AvroType] = [
        "null": .null, "boolean": .boolean, "int": .int, "long": .long, "float": .float, "double": .double,
        "bytes": .bytes, "string": .string,
    ]

    private mutating func parseType(
        _ json: JSONValue,
        namespace: String,
        depth: Int,
        path: @autoclosure () -> String
    ) throws(TFMTError) -> Int {
        guard depth <= limits.maxNestingDepth else {
            throw limitError(
                "the schema nests types deeper than \(limits.maxNestingDepth) levels at \(path())",
                ["limit": .string("maxNestingDepth"), "value": .int(Int64(limits.maxNestingDepth))]
            )
        }
        switch json {
        case .string(let name):
            if let primitive = Self.primitives[name] { return try append(AvroSchemaNode(type: primitive)) }
            return try reference(name, namespace: namespace, path: path())
        case .array(let branches):
            return try parseUnion(branches, namespace: namespace, depth: depth, path: path())
        case .object(let object):
            return try parseObject(object, namespace: namespace, depth: depth, path: path())
        default:
            throw invalid("\(path()) is neither a type name, a type object nor a union")
        }
    }

    private mutating func parseUnion(
        _ branches: [JSONValue],
        namespace: String,
        depth: Int,
        path: String
    ) throws(TFMTError) -> Int {
        let index = try append(AvroSchemaNode(type: .null))
        var indices: [Int] = []
        var seen: Set<String> = []
        for (number, branch) in branches.enumerated() {
            let child = try parseType(
                branch,
                namespace: namespace,
                depth: depth + 1,
                path: "branch \(number) of \(path)"
            )
            let key: String
            switch nodes[child].type {
            case .union:
                throw invalid("\(path) contains a union directly inside a union")
            case .record(let record): key = record.name
            case .enumeration(let enumeration): key = enumeration.name
            case .fixed(let fixed): key = fixed.name
            case let other: key = other.typeName
            }
            guard seen.insert(key).inserted else { throw invalid("\(path) contains the type '\(key)' twice") }
            indices.append(child)
        }
        nodes[index] = AvroSchemaNode(type: .union(branches: indices))
        return index
    }

    private mutating func parseObject(
        _ object: [String: JSONValue],
        namespace: String,
        depth: Int,
        path: String
    ) throws(TFMTError) -> Int {
        guard let type = object["type"] else { throw invalid("\(path) has no 'type'") }
        guard case .string(let typeName) = type else {
            // `{"type": {...}}` and `{"type": [...]}` wrap a type without adding anything.
            return try parseType(type, namespace: namespace, depth: depth + 1, path: path)
        }
        switch typeName {
        case "record", "error":
            return try parseRecord(object, namespace: namespace, depth: depth, path: path)
        case "enum":
            return try parseEnum(object, namespace: namespace, path: path)
        case "fixed":
            return try parseFixed(object, namespace: namespace, path: path)
        case "array":
            guard let items = object["items"] else { throw invalid("the array at \(path) has no 'items'") }
            let index = try append(AvroSchemaNode(type: .null))
            let child = try parseType(items, namespace: namespace, depth: depth + 1, path: "the items of \(path)")
            nodes[index] = AvroSchemaNode(
                type: .array(items: child),
                properties: Self.properties(object, excluding: ["type", "items"])
            )
            return index
        case "map":
            guard let values = object["values"] else { throw invalid("the map at \(path) has no 'values'") }
            let index = try append(AvroSchemaNode(type: .null))
            let child = try parseType(values, namespace: namespace, depth: depth + 1, path: "the values of \(path)")
            nodes[index] = AvroSchemaNode(
                type: .map(values: child),
                properties: Self.properties(object, excluding: ["type", "values"])
            )
            return index
        default:
            guard let primitive = Self.primitives[typeName] else {
                // A named type referred to in object form; its other attributes have no meaning there.
                return try reference(typeName, namespace: namespace, path: path)
            }
            return try append(Self.annotated(primitive, object, excluding: ["type"]))
        }
    }

    private mutating func parseRecord(
        _ object: [String: JSONValue],
        namespace: String,
        depth: Int,
        path: String
    ) throws(TFMTError) -> Int {
        let (fullName, recordNamespace) = try name(of: object, enclosing: namespace, path: path)
        let aliases = try self.aliases(object, namespace: recordNamespace, path: path)
        guard case .array(let fieldsJSON)? = object["fields"] else {
            throw invalid("the record '\(fullName)' has no 'fields' array")
        }
        // Registered before the fields so that a field can refer to the record itself; until the fields are
        // parsed, the node is a record without fields, so a union around the reference can see its name.
        let index = try append(
            AvroSchemaNode(
                type: .record(AvroRecordSchema(name: fullName, aliases: aliases, doc: nil, fields: [], fieldNames: []))
            )
        )
        try register(fullName, aliases: aliases, index: index)

        var fields: [AvroField] = []
        var fieldNames: [String] = []
        var seen: Set<String> = []
        for (number, fieldJSON) in fieldsJSON.enumerated() {
            guard case .object(let field) = fieldJSON, case .string(let fieldName)? = field["name"] else {
                throw invalid("field \(number) of the record '\(fullName)' has no name")
            }
            guard seen.insert(fieldName).inserted else {
                throw invalid("the record '\(fullName)' has two fields named '\(fieldName)'")
            }
            guard let typeJSON = field["type"] else {
                throw invalid("the field '\(fieldName)' of the record '\(fullName)' has no type")
            }
            let type = try parseType(
                typeJSON,
                namespace: recordNamespace,
                depth: depth + 1,
                path: "field '\(fieldName)' of record '\(fullName)'"
            )
            fields.append(
                AvroField(
                    name: fieldName,
                    type: type,
                    defaultValue: field["default"],
                    aliases: try stringArray(field["aliases"], "the aliases of field '\(fieldName)'"),
                    doc: field["doc"]?.stringValue,
                    properties: Self.properties(field, excluding: ["name", "type", "default", "aliases", "doc"])
                )
            )
            fieldNames.append(fieldName)
        }
        nodes[index] = AvroSchemaNode(
            type: .record(
                AvroRecordSchema(
                    name: fullName,
                    aliases: aliases,
                    doc: object["doc"]?.stringValue,
                    fields: fields,
                    fieldNames: fieldNames
                )
            ),
            properties: Self.properties(object, excluding: ["type", "name", "namespace", "aliases", "doc", "fields"])
        )
        return index
    }

    private mutating func parseEnum(
        _ object: [String: JSONValue],
        namespace: String,
        path: String
    ) throws(TFMTError) -> Int {
        let (fullName, enumNamespace) = try name(of: object, enclosing: namespace, path: path)
        let aliases = try self.aliases(object, namespace: enumNamespace, path: path)
        guard object["symbols"] != nil else { throw invalid("the enum '\(fullName)' has no 'symbols'") }
        let symbols = try stringArray(object["symbols"], "the symbols of the enum '\(fullName)'")
        guard Set(symbols).count == symbols.count else {
            throw invalid("the enum '\(fullName)' lists a symbol twice")
        }
        var defaultSymbol: String?
        if let value = object["default"] {
            guard case .string(let symbol) = value, symbols.contains(symbol) else {
                throw invalid("the default of the enum '\(fullName)' is not one of its symbols")
            }
            defaultSymbol = symbol
        }
        let index = try append(
            AvroSchemaNode(
                type: .enumeration(
                    AvroEnumSchema(
                        name: fullName,
                        aliases: aliases,
                        doc: object["doc"]?.stringValue,
                        symbols: symbols,
                        defaultSymbol: defaultSymbol
                    )
                ),
                properties: Self.properties(
                    object,
                    excluding: ["type", "name", "namespace", "aliases", "doc", "symbols", "default"]
                )
            )
        )
        try register(fullName, aliases: aliases, index: index)
        return index
    }

    private mutating func parseFixed(
        _ object: [String: JSONValue],
        namespace: String,
        path: String
    ) throws(TFMTError) -> Int {
        let (fullName, fixedNamespace) = try name(of: object, enclosing: namespace, path: path)
        let aliases = try self.aliases(object, namespace: fixedNamespace, path: path)
        guard let size = object["size"]?.intValue, size >= 0, size <= Int64(Int32.max) else {
            throw invalid("the fixed type '\(fullName)' has no valid 'size'")
        }
        let fixed = AvroFixedSchema(name: fullName, aliases: aliases, size: Int(size))
        let index = try append(
            Self.annotated(.fixed(fixed), object, excluding: ["type", "name", "namespace", "aliases", "size"])
        )
        try register(fullName, aliases: aliases, index: index)
        return index
    }

    // MARK: Logical types and attributes

    /// A node for `type` with its logical type, when `object` declares one that is valid on `type`.
    private static func annotated(
        _ type: AvroType,
        _ object: [String: JSONValue],
        excluding: Set<String>
    )
        -> AvroSchemaNode
    {
        let logical = object["logicalType"]?.stringValue.flatMap { logicalType($0, on: type, object) }
        var excluded = excluding
        if logical != nil { excluded.formUnion(["logicalType", "precision", "scale"]) }
        return AvroSchemaNode(type: type, logicalType: logical, properties: properties(object, excluding: excluded))
    }

    private static func logicalType(
        _ name: String,
        on type: AvroType,
        _ object: [String: JSONValue]
    )
        -> AvroLogicalType?
    {
        switch (name, type) {
        case ("decimal", .bytes), ("decimal", .fixed):
            guard let precision = object["precision"]?.intValue, precision > 0 else { return nil }
            let scale = object["scale"]?.intValue ?? 0
            guard scale >= 0, scale <= precision else { return nil }
            if case .fixed(let fixed) = type {
                // n bytes hold at most floor(log10(2^(8n-1) - 1)) digits.
                guard fixed.size > 0,
                    Double(precision) <= (Double(8 * fixed.size - 1) * 0.301_029_995_663_981_2).rounded(.down)
                else { return nil }
            }
            guard precision <= Int64(Int32.max) else { return nil }
            return .decimal(precision: Int(precision), scale: Int(scale))
        case ("uuid", .string): return .uuid
        case ("uuid", .fixed(let fixed)) where fixed.size == 16: return .uuid
        case ("date", .int): return .date
        case ("time-millis", .int): return .timeMillis
        case ("time-micros", .long): return .timeMicros
        case ("timestamp-millis", .long): return .timestampMillis
        case ("timestamp-micros", .long): return .timestampMicros
        case ("timestamp-nanos", .long): return .timestampNanos
        case ("local-timestamp-millis", .long): return .localTimestampMillis
        case ("local-timestamp-micros", .long): return .localTimestampMicros
        case ("local-timestamp-nanos", .long): return .localTimestampNanos
        case ("duration", .fixed(let fixed)) where fixed.size == 12: return .duration
        default: return nil
        }
    }

    private static func properties(_ object: [String: JSONValue], excluding: Set<String>) -> [String: JSONValue] {
        object.filter { !excluding.contains($0.key) }
    }

    // MARK: Names

    private func name(
        of object: [String: JSONValue],
        enclosing: String,
        path: String
    ) throws(TFMTError) -> (fullName: String, namespace: String) {
        guard case .string(let name)? = object["name"], !name.isEmpty else {
            throw invalid("the named type at \(path) has no name")
        }
        if let dot = name.lastIndex(of: ".") {
            return (name, String(name[..<dot]))
        }
        let namespace: String
        switch object["namespace"] {
        case .string(let value)?: namespace = value
        case .null?, nil: namespace = enclosing
        default: throw invalid("the namespace of '\(name)' is not a string")
        }
        return (Self.qualify(name, namespace), namespace)
    }

    private func aliases(_ object: [String: JSONValue], namespace: String, path: String) throws(TFMTError) -> [String] {
        try stringArray(object["aliases"], "the aliases at \(path)").map { Self.qualify($0, namespace) }
    }

    private static func qualify(_ name: String, _ namespace: String) -> String {
        name.contains(".") || namespace.isEmpty ? name : namespace + "." + name
    }

    private mutating func register(_ fullName: String, aliases: [String], index: Int) throws(TFMTError) {
        for name in [fullName] + aliases {
            guard Self.primitives[name] == nil else { throw invalid("the primitive type name '\(name)' is redefined") }
            guard names[name] == nil else { throw invalid("the type name '\(name)' is defined twice") }
            names[name] = index
        }
    }

    private mutating func reference(_ name: String, namespace: String, path: String) throws(TFMTError) -> Int {
        if !name.contains("."), !namespace.isEmpty, let index = names[namespace + "." + name] { return index }
        if let index = names[name] { return index }
        throw invalid("\(path) refers to the type '\(name)', which is not defined before it")
    }

    private func stringArray(_ value: JSONValue?, _ what: String) throws(TFMTError) -> [String] {
        guard let value else { return [] }
        guard case .array(let elements) = value else { throw invalid("\(what) are not an array") }
        var strings: [String] = []
        for element in elements {
            guard case .string(let text) = element else { throw invalid("\(what) are not all strings") }
            strings.append(text)
        }
        return strings
    }

    // MARK: Bounds and errors

    private mutating func append(_ node: AvroSchemaNode) throws(TFMTError) -> Int {
        guard nodes.count < limits.maxSchemaNodes else {
            throw limitError(
                "the schema defines more than \(limits.maxSchemaNodes) types",
                ["limit": .string("maxSchemaNodes"), "value": .int(Int64(limits.maxSchemaNodes))]
            )
        }
        nodes.append(node)
        return nodes.count - 1
    }

    private func invalid(_ message: String) -> TFMTError {
        location.error(.avroSchemaInvalid, message, at: position)
    }

    private func limitError(_ message: String, _ extra: [String: JSONValue]) -> TFMTError {
        location.error(.avroLimitExceeded, message, at: position, extra)
    }
}
