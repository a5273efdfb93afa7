import TFMTCore
import Yams

/// Turns the text into a Yams node tree, mapping Yams' failures onto configuration problems.
///
/// Yams stops at the first duplicated key. To report a duplicate where it is — with its key path, and together with
/// the file's other problems — the composer renames the second occurrence to a marked key and composes again; the
/// reader then reports every marked key as a duplicate and ignores its value.
enum YAMLComposer {
    /// A key that appeared twice in one map.
    struct DuplicateKey {
        /// The key as written.
        var name: String
        /// Where it first appeared.
        var first: SourcePosition
    }

    /// The tree (nil for an empty file or one holding only comments) and the duplicates found on the way.
    struct Composition {
        var root: Node?
        var duplicates: [DuplicateKey]
    }

    /// The prefix a renamed duplicate key carries; followed by the duplicate's index and `__`.
    static let duplicateMarker = "__tfmt_duplicate_"

    /// The most duplicates renamed before giving up and reporting the next one alone.
    private static let maximumDuplicates = 50

    static func compose(_ source: ConfigSource) -> Result<Composition, ConfigProblem> {
        var text = source.text
        var duplicates: [DuplicateKey] = []
        while true {
            do {
                return .success(Composition(root: try Yams.compose(yaml: text), duplicates: duplicates))
            } catch let YamlError.duplicatedKeysInMapping(names, context) {
                let name = names.first ?? ""
                let first = SourcePosition(line: context.mark.line, column: context.mark.column)
                guard duplicates.count < maximumDuplicates,
                    let renamed = renaming(duplicateOf: name, at: first, in: text, index: duplicates.count)
                else {
                    return .failure(duplicateProblem(name: name, first: first, second: nil))
                }
                duplicates.append(DuplicateKey(name: name, first: first))
                text = renamed
            } catch let error as YamlError {
                return .failure(YAMLErrorMapping.problem(for: error, in: source))
            } catch {
                return .failure(
                    ConfigProblem(
                        code: .configSyntax,
                        message: "the file could not be read as YAML: \(error)",
                        resolution: ["Check the file with a YAML linter such as yamllint and fix what it reports."]
                    )
                )
            }
        }
    }

    /// The problem for the second occurrence of `name`, or for the first when the second could not be found.
    static func duplicateProblem(
        name: String,
        first: SourcePosition,
        second: SourcePosition?,
        key: ConfigKeyPath? = nil
    ) -> ConfigProblem {
        ConfigProblem(
            code: .configDuplicateKey,
            message: key.map { "\($0) appears twice in the same map" } ?? "key '\(name)' appears twice in the same map",
            position: second ?? first,
            key: key,
            details: ["firstLine": JSONValue(first.line), "firstColumn": JSONValue(first.column)],
            resolution: [
                "Keep one '\(name)' (it first appears at line \(first.line), column \(first.column)) and delete the "
                    + "other; YAML does not merge repeated keys."
            ]
        )
    }

    /// The text with the second occurrence of the key first seen at `first` renamed to a marked key, or `nil` when
    /// it cannot be found lexically (a multi-line flow map, a key spelled with escapes…).
    private static func renaming(
        duplicateOf name: String,
        at first: SourcePosition,
        in text: String,
        index: Int
    )
        -> String?
    {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        guard first.line >= 1, first.line <= lines.count else { return nil }
        let column = first.column - 1
        let spellings = [name, "\"\(name)\"", "'\(name)'"].map { Array($0.unicodeScalars) }
        let marker = Array("\(duplicateMarker)\(index)__".unicodeScalars)

        func keyStart(in line: [Unicode.Scalar], at start: Int) -> Int? {
            for spelling in spellings where line.count >= start + spelling.count {
                guard Array(line[start..<(start + spelling.count)]) == spelling else { continue }
                var end = start + spelling.count
                while end < line.count && line[end] == " " { end += 1 }
                guard end < line.count, line[end] == ":" else { continue }
                return spelling.first == "\"" || spelling.first == "'" ? start + 1 : start
            }
            return nil
        }

        // A flow map on the first line, `{a: 1, a: 2}`: a later key at the same bracket depth, after a comma.
        let firstLine = lines[first.line - 1]
        func depthChange(_ scalar: Unicode.Scalar) -> Int {
            scalar == "{" || scalar == "[" ? 1 : scalar == "}" || scalar == "]" ? -1 : 0
        }
        let depth = firstLine.prefix(column).reduce(0) { $0 + depthChange($1) }
        if depth > 0 {
            var current = depth
            var afterComma = false
            for position in column..<firstLine.count {
                let scalar = firstLine[position]
                current += depthChange(scalar)
                if current < depth { break }
                if current == depth && afterComma, scalar != " ", let start = keyStart(in: firstLine, at: position) {
                    lines[first.line - 1].insert(contentsOf: marker, at: start)
                    return join(lines)
                }
                if scalar == "," && current == depth {
                    afterComma = true
                } else if scalar != " " {
                    afterComma = false
                }
            }
            return nil
        }
        // A block map: a later line with the key in the same column, before the map ends.
        for number in first.line..<lines.count {
            let line = lines[number]
            let indent = line.prefix(while: { $0 == " " }).count
            let content = line.dropFirst(indent)
            if content.isEmpty || content.first == "#" || content.first == "\r" { continue }
            if indent < column { return nil }
            if indent == column, let start = keyStart(in: line, at: column) {
                lines[number].insert(contentsOf: marker, at: start)
                return join(lines)
            }
        }
        return nil
    }

    private static func join(_ lines: [[Unicode.Scalar]]) -> String {
        var text = String.UnicodeScalarView()
        for (index, line) in lines.enumerated() {
            if index > 0 { text.append("\n") }
            text.append(contentsOf: line)
        }
        return String(text)
    }
}
