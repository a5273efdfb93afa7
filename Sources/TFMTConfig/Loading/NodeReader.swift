import TFMTCore
import Yams

/// Reads typed values out of a Yams node tree, collecting every problem instead of stopping at the first.
///
/// Each reading function returns `nil` when the value is missing or wrong — after recording why — so the caller
/// keeps the default and goes on; ``ConfigurationLoader`` throws once the whole file has been read.
struct NodeReader {
    let source: ConfigSource
    /// Duplicated keys the composer renamed, by index in their marker.
    let duplicates: [YAMLComposer.DuplicateKey]
    private(set) var problems: [ConfigProblem] = []
    /// Values visited so far; aliases may make a small file expand to a huge tree, and every visit counts.
    private var visited = 0
    /// Set once the file has too many problems or values to be worth reading further.
    private(set) var gaveUp = false

    /// The most values read from one file, aliases expanded; a full configuration has a few hundred.
    static let maximumValues = 100_000
    /// The most problems collected; past it the file is almost certainly not a tfmt configuration.
    static let maximumProblems = 100
    /// The deepest nesting inside free-form plugin settings.
    static let maximumSettingsDepth = 32

    init(source: ConfigSource, duplicates: [YAMLComposer.DuplicateKey]) {
        self.source = source
        self.duplicates = duplicates
    }

    // MARK: Problems

    mutating func report(_ problem: ConfigProblem) {
        guard !gaveUp else { return }
        problems.append(problem)
        if problems.count >= Self.maximumProblems { gaveUp = true }
    }

    mutating func report(
        _ code: TFMTError.Code,
        _ message: String,
        at node: Node?,
        key: ConfigKeyPath,
        details: [String: JSONValue] = [:],
        resolution: [String]
    ) {
        report(
            ConfigProblem(
                code: code,
                message: message,
                position: node.flatMap(Self.position(of:)),
                key: key,
                details: details,
                resolution: resolution
            )
        )
    }

    static func position(of node: Node) -> SourcePosition? {
        node.mark.map { SourcePosition(line: $0.line, column: $0.column) }
    }

    /// Counts one visited value; false (after reporting once) when the file expands to too many values.
    private mutating func visit(_ node: Node, at path: ConfigKeyPath) -> Bool {
        guard !gaveUp else { return false }
        visited += 1
        guard visited <= Self.maximumValues else {
            report(
                .configTooComplex,
                "the file expands to more than \(Self.maximumValues) values",
                at: node,
                key: path,
                resolution: [
                    "Use fewer aliases (*name): each one copies the whole anchored value, so nested aliases multiply.",
                    "Write the values out; a tfmt configuration needs a few hundred values, not thousands.",
                ]
            )
            gaveUp = true
            return false
        }
        return true
    }

    // MARK: Shapes

    /// How a node appears to a person, for `found`.
    static func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a map"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            let text = scalar.string.count > 60 ? String(scalar.string.prefix(57)) + "…" : scalar.string
            if scalar.style != .plain && scalar.style != .any { return "the text \"\(text)\"" }
            switch NodeReader.tagName(node) {
            case .null: return "no value"
            case .bool: return "the boolean \(text)"
            case .int, .float: return "the number \(text)"
            default: return "the text \"\(text)\""
            }
        }
    }

    /// The node's resolved tag (`Tag.name` itself is internal to Yams).
    static func tagName(_ node: Node) -> Tag.Name {
        Tag.Name(rawValue: node.tag.rawValue)
    }

    /// Whether the node is YAML's null: `~`, `null` or nothing at all after the colon.
    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        return NodeReader.tagName(node) == .null
    }

    mutating func wrongType(_ node: Node, at path: ConfigKeyPath, expected: String, hint: String? = nil) {
        var resolution = ["Write \(path) as \(expected)."]
        if let hint { resolution.append(hint) }
        report(
            .configWrongType,
            "\(path) must be \(expected), not \(Self.describe(node))",
            at: node,
            key: path,
            details: ["expected": .string(expected), "found": .string(Self.describe(node))],
            resolution: resolution
        )
    }

    // MARK: Maps

    /// The entries of a map whose keys must come from `allowed`; unknown keys are reported and skipped.
    ///
    /// - Returns: The entries (none for a null value, so the section keeps its defaults), or `nil` when the node is
    ///   not a map.
    mutating func fields(_ node: Node, at path: ConfigKeyPath, place: String, allowed: [String]) -> Fields? {
        if Self.isNull(node) { return Fields(node: node, path: path) }
        guard case .mapping(let mapping) = node else {
            wrongType(
                node,
                at: path,
                expected: path.isRoot ? "a map of settings" : "a map with the keys \(allowed.joined(separator: ", "))",
                hint: path.isRoot ? "Start the file with keys such as 'socket:' or 'engines:' at column 1." : nil
            )
            return nil
        }
        var fields = Fields(node: node, path: path)
        for (keyNode, value) in mapping {
            guard visit(value, at: path) else { return fields }
            guard let name = keyText(keyNode, at: path) else { continue }
            guard !reportDuplicate(name, keyNode: keyNode, at: path) else { continue }
            if allowed.contains(name) {
                fields.entries[name] = (keyNode, value)
            } else {
                unknownKey(name, keyNode: keyNode, at: path, place: place, allowed: allowed)
            }
        }
        return fields
    }

    /// The entries of a map with keys of the caller's choosing (plugin ids, artifact names, label names).
    mutating func freeFields(_ node: Node, at path: ConfigKeyPath, expected: String) -> [(String, Node, Node)]? {
        if Self.isNull(node) { return [] }
        guard case .mapping(let mapping) = node else {
            wrongType(node, at: path, expected: expected)
            return nil
        }
        var entries: [(String, Node, Node)] = []
        for (keyNode, value) in mapping {
            guard visit(value, at: path) else { return entries }
            guard let name = keyText(keyNode, at: path) else { continue }
            guard !reportDuplicate(name, keyNode: keyNode, at: path) else { continue }
            entries.append((name, keyNode, value))
        }
        return entries
    }

    private mutating func keyText(_ keyNode: Node, at path: ConfigKeyPath) -> String? {
        guard case .scalar(let scalar) = keyNode else {
            report(
                .configUnsupportedYAML,
                "a key of \(path.isRoot ? "the top level" : path.description) is \(Self.describe(keyNode))",
                at: keyNode,
                key: path,
                resolution: ["Write every key as a plain word, such as path or maxFrameSize."]
            )
            return nil
        }
        if NodeReader.tagName(keyNode) == .merge {
            report(
                .configUnsupportedYAML,
                "merge keys (<<) are not supported",
                at: keyNode,
                key: path,
                resolution: [
                    "Write the keys out instead of merging them with '<<'; aliases (*name) can still stand for whole "
                        + "values."
                ]
            )
            return nil
        }
        return scalar.string
    }

    /// Reports `name` when it is the marker the composer gave a repeated key; returns whether it was one.
    private mutating func reportDuplicate(_ name: String, keyNode: Node, at path: ConfigKeyPath) -> Bool {
        guard let duplicate = duplicate(named: name) else { return false }
        report(
            YAMLComposer.duplicateProblem(
                name: duplicate.name,
                first: duplicate.first,
                second: Self.position(of: keyNode),
                key: path[duplicate.name]
            )
        )
        return true
    }

    private func duplicate(named name: String) -> YAMLComposer.DuplicateKey? {
        guard name.hasPrefix(YAMLComposer.duplicateMarker) else { return nil }
        let rest = name.dropFirst(YAMLComposer.duplicateMarker.count)
        guard let separator = rest.firstIndex(of: "_"), let index = Int(rest[..<separator]),
            duplicates.indices.contains(index)
        else { return nil }
        return duplicates[index]
    }

    private mutating func unknownKey(
        _ name: String,
        keyNode: Node,
        at path: ConfigKeyPath,
        place: String,
        allowed: [String]
    ) {
        let suggestion = Suggestions.closest(to: name, in: allowed)
        let elsewhere = ConfigSchema.places(of: name, otherThan: place)
        let where_ = path.isRoot ? "at the top level" : "in \(path)"
        var message = "unknown key '\(name)' \(where_)"
        var details: [String: JSONValue] = ["allowed": JSONValue(allowed), "found": .string(name)]
        var resolution: [String] = []
        if let suggestion {
            message += "; did you mean '\(suggestion)'?"
            details["suggestion"] = .string(suggestion)
            resolution.append("Rename '\(name)' to '\(suggestion)'.")
        }
        if !elsewhere.isEmpty {
            resolution.append(
                "'\(name)' is a key of \(elsewhere.joined(separator: " and ")); move it there if that is what you meant."
            )
        }
        resolution.append(
            "Otherwise remove '\(name)'. The keys allowed \(where_) are: \(allowed.joined(separator: ", "))."
        )
        report(.configUnknownKey, message, at: keyNode, key: path[name], details: details, resolution: resolution)
    }

    // MARK: Lists

    /// The elements of a list (none for a null value), or `nil` when the node is not a list.
    mutating func list(_ node: Node, at path: ConfigKeyPath, expected: String) -> [Node]? {
        if Self.isNull(node) { return [] }
        guard case .sequence(let sequence) = node else {
            let hint =
                if case .scalar = node {
                    "A single item is still a list: write it as [\(Self.scalarText(node) ?? "item")] or on its own "
                        + "line starting with '- '."
                } else {
                    "Write one item per line, each starting with '- ', or the items in brackets: [a, b]."
                }
            wrongType(node, at: path, expected: expected, hint: hint)
            return nil
        }
        var elements: [Node] = []
        for element in sequence {
            guard visit(element, at: path) else { break }
            elements.append(element)
        }
        return elements
    }

    // MARK: Scalars

    static func scalarText(_ node: Node) -> String? {
        guard case .scalar(let scalar) = node else { return nil }
        return scalar.string
    }

    /// The scalar's text exactly as written (so `3.10` stays `3.10`), or `nil` after reporting a list or map.
    mutating func text(_ node: Node, at path: ConfigKeyPath, expected: String) -> String? {
        guard case .scalar(let scalar) = node else {
            wrongType(node, at: path, expected: expected)
            return nil
        }
        return scalar.string
    }

    mutating func invalidValue(
        _ node: Node,
        at path: ConfigKeyPath,
        _ message: String,
        expected: String,
        resolution: [String],
        details: [String: JSONValue] = [:]
    ) {
        var details = details
        details["expected"] = .string(expected)
        details["found"] = .string(Self.describe(node))
        report(
            .configInvalidValue,
            "\(path): \(message)",
            at: node,
            key: path,
            details: details,
            resolution: resolution
        )
    }

    mutating func outOfRange(
        _ node: Node,
        at path: ConfigKeyPath,
        value: String,
        range: String,
        resolution: String? = nil
    ) {
        report(
            .configOutOfRange,
            "\(path) is \(value), outside \(range)",
            at: node,
            key: path,
            details: ["range": .string(range), "found": .string(value)],
            resolution: [resolution ?? "Choose a value of \(path) in \(range)."]
        )
    }

    /// A whole number in `range`; quoted digits are accepted too.
    mutating func integer(_ node: Node, at path: ConfigKeyPath, in range: ClosedRange<Int>) -> Int? {
        let expected = "a whole number from \(range.lowerBound) to \(range.upperBound)"
        guard let raw = text(node, at: path, expected: expected) else { return nil }
        let digits = raw.filter { $0 != "_" }
        let body = digits.hasPrefix("-") || digits.hasPrefix("+") ? digits.dropFirst() : Substring(digits)
        guard !body.isEmpty, body.allSatisfy(\.isASCIIDigit) else {
            if Self.isNull(node) || raw.isEmpty {
                wrongType(node, at: path, expected: expected)
            } else {
                invalidValue(
                    node,
                    at: path,
                    "'\(raw)' is not a whole number",
                    expected: expected,
                    resolution: ["Write \(path) as digits only, for example \(range.lowerBound)."]
                )
            }
            return nil
        }
        guard let value = Int(digits), range.contains(value) else {
            outOfRange(node, at: path, value: raw, range: "\(range.lowerBound)...\(range.upperBound)")
            return nil
        }
        return value
    }

    /// `true`/`false` (YAML 1.1's `yes`/`no`/`on`/`off` too, in any of their spellings).
    mutating func boolean(_ node: Node, at path: ConfigKeyPath) -> Bool? {
        guard let raw = text(node, at: path, expected: "true or false") else { return nil }
        switch raw.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            wrongType(node, at: path, expected: "true or false")
            return nil
        }
    }

    /// A duration in `range`.
    mutating func duration(_ node: Node, at path: ConfigKeyPath, in range: ClosedRange<Duration>) -> Duration? {
        let bounds = "\(DurationSyntax.format(range.lowerBound))...\(DurationSyntax.format(range.upperBound))"
        guard let raw = text(node, at: path, expected: "a duration such as 10s, 5m or 24h") else { return nil }
        guard let value = DurationSyntax.parse(raw) else {
            invalidValue(
                node,
                at: path,
                "'\(raw)' is not a duration",
                expected: DurationSyntax.forms,
                resolution: [
                    "Write the duration as a number and a unit, for example 10s, 5m or 24h (units: ms, s, m, h, d; "
                        + "combine them as in 1h30m)."
                ]
            )
            return nil
        }
        guard range.contains(value) else {
            outOfRange(node, at: path, value: raw, range: bounds)
            return nil
        }
        return value
    }

    /// A size in bytes in `range`.
    mutating func byteSize(_ node: Node, at path: ConfigKeyPath, in range: ClosedRange<Int>) -> Int? {
        let bounds = "\(ByteSizeSyntax.format(range.lowerBound))...\(ByteSizeSyntax.format(range.upperBound))"
        guard let raw = text(node, at: path, expected: "a size such as 16MiB") else { return nil }
        guard let value = ByteSizeSyntax.parse(raw) else {
            let digitsOnly = raw.filter { $0 != "_" }.allSatisfy(\.isASCIIDigit) && !raw.isEmpty
            if digitsOnly {
                outOfRange(node, at: path, value: raw, range: bounds)
            } else {
                invalidValue(
                    node,
                    at: path,
                    "'\(raw)' is not a size",
                    expected: ByteSizeSyntax.forms,
                    resolution: [
                        "Write the size as a number of bytes or a number and a unit, for example 16MiB or 512KiB."
                    ]
                )
            }
            return nil
        }
        guard range.contains(value) else {
            outOfRange(node, at: path, value: raw, range: bounds)
            return nil
        }
        return value
    }

    /// A normalized absolute path.
    mutating func absolutePath(_ node: Node, at path: ConfigKeyPath) -> String? {
        guard let raw = text(node, at: path, expected: "an absolute path") else { return nil }
        guard !raw.isEmpty, !Self.isNull(node) else {
            wrongType(node, at: path, expected: "an absolute path")
            return nil
        }
        guard !raw.contains("\0") else {
            invalidValue(
                node,
                at: path,
                "the path contains a NUL character",
                expected: "an absolute path",
                resolution: ["Remove the \\0 escape from the path."]
            )
            return nil
        }
        guard PathSyntax.isAbsolute(raw) else {
            report(
                .configPathNotAbsolute,
                "\(path) must be an absolute path, not '\(raw)'",
                at: node,
                key: path,
                details: ["expected": "an absolute path starting with /", "found": .string(raw)],
                resolution: [
                    "Write the full path starting with '/', for example /\(raw.drop { $0 == "." || $0 == "/" }); the "
                        + "daemon's working directory is not a stable place to resolve it against."
                ]
            )
            return nil
        }
        guard raw.utf8.count <= 4095 else {
            outOfRange(node, at: path, value: "\(raw.utf8.count) bytes long", range: "1...4095 bytes (PATH_MAX)")
            return nil
        }
        return PathSyntax.normalized(raw)
    }

    /// A version, read from the scalar's text.
    mutating func version(_ node: Node, at path: ConfigKeyPath) -> Version? {
        guard let raw = text(node, at: path, expected: "a version such as 3.5.3") else { return nil }
        guard let version = Version(raw) else {
            invalidValue(
                node,
                at: path,
                "'\(raw)' is not a version",
                expected: "a version such as 3.5.3, 2.12 or 1.0.0",
                resolution: [
                    "Write the version as the engine prints it, for example 3.5.3; quote it if YAML changes it."
                ]
            )
            return nil
        }
        return version
    }

    /// A text that `isValid` accepts.
    mutating func word(
        _ node: Node,
        at path: ConfigKeyPath,
        what: String,
        forms: String,
        isValid: (String) -> Bool
    ) -> String? {
        guard let raw = text(node, at: path, expected: what) else { return nil }
        guard isValid(raw) else {
            invalidValue(
                node,
                at: path,
                "'\(raw)' is not \(what)",
                expected: forms,
                resolution: ["Write \(path) as \(forms)."]
            )
            return nil
        }
        return raw
    }

    /// One of an enumeration's raw values.
    mutating func choice<Choice: RawRepresentable & CaseIterable>(
        _ node: Node,
        at path: ConfigKeyPath,
        as type: Choice.Type,
        hint: String? = nil
    ) -> Choice? where Choice.RawValue == String {
        let choices = Choice.allCases.map(\.rawValue)
        let listed = choices.joined(separator: ", ")
        guard let raw = text(node, at: path, expected: "one of \(listed)") else { return nil }
        if let value = Choice(rawValue: raw) ?? Choice(rawValue: raw.lowercased()) { return value }
        var resolution = ["Write one of: \(listed)."]
        var details: [String: JSONValue] = ["allowed": JSONValue(choices)]
        if let suggestion = Suggestions.closest(to: raw, in: choices) {
            resolution.insert("Did you mean '\(suggestion)'?", at: 0)
            details["suggestion"] = .string(suggestion)
        }
        if let hint { resolution.append(hint) }
        invalidValue(
            node,
            at: path,
            "'\(raw)' is not one of \(listed)",
            expected: "one of \(listed)",
            resolution: resolution,
            details: details
        )
        return nil
    }

    /// Any YAML value as JSON, for plugin settings: numbers and booleans by their YAML type, text as text.
    mutating func json(_ node: Node, at path: ConfigKeyPath, depth: Int = 0) -> JSONValue? {
        guard depth < Self.maximumSettingsDepth else {
            report(
                .configTooComplex,
                "\(path) nests deeper than \(Self.maximumSettingsDepth) levels",
                at: node,
                key: path,
                resolution: ["Flatten the plugin's settings; no plugin needs more than a few levels."]
            )
            return nil
        }
        switch node {
        case .scalar(let scalar):
            let plain = scalar.style == .plain || scalar.style == .any
            guard plain else { return .string(scalar.string) }
            switch NodeReader.tagName(node) {
            case .null: return .null
            case .bool: return boolean(node, at: path).map(JSONValue.bool)
            case .int:
                if let value = Int64(scalar.string.filter { $0 != "_" }) { return .int(value) }
                return .string(scalar.string)
            case .float:
                if let value = Double(scalar.string.filter { $0 != "_" }), value.isFinite { return .double(value) }
                return .string(scalar.string)
            default: return .string(scalar.string)
            }
        case .sequence:
            guard let elements = list(node, at: path, expected: "a list") else { return nil }
            var values: [JSONValue] = []
            for (index, element) in elements.enumerated() {
                guard let value = json(element, at: path[index], depth: depth + 1) else { return nil }
                values.append(value)
            }
            return .array(values)
        case .mapping:
            guard let entries = freeFields(node, at: path, expected: "a map") else { return nil }
            var members: [String: JSONValue] = [:]
            for (name, _, value) in entries {
                guard let member = json(value, at: path[name], depth: depth + 1) else { return nil }
                members[name] = member
            }
            return .object(members)
        case .alias:
            return nil
        }
    }
}

/// The entries of one map of the file, by key.
struct Fields {
    /// The map itself, for problems about the map as a whole (a missing key).
    let node: Node
    let path: ConfigKeyPath
    var entries: [String: (key: Node, value: Node)] = [:]

    init(node: Node, path: ConfigKeyPath) {
        self.node = node
        self.path = path
    }

    /// The value under `key`, or `nil` when the key is absent or its value is null (both mean "use the default").
    subscript(key: String) -> Node? {
        guard let value = entries[key]?.value, !NodeReader.isNull(value) else { return nil }
        return value
    }

    /// Whether `key` is written, even with a null value.
    func contains(_ key: String) -> Bool { entries[key] != nil }
}
