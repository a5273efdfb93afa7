import TFMTCore

/// A cheap lexical pass over the text before Yams composes it, rejecting the one construct that makes composing
/// itself expensive: a list, a map or an alias used as a mapping key.
///
/// Yams hashes every key while it checks for duplicates, and an alias expands to the whole anchored value, so a key
/// built from nested aliases ("billion laughs") takes exponential time before any of our checks can run. tfmt's keys
/// are all plain words, so refusing explicit keys (`? `), aliases as keys (`*a: 1`) and flow collections as keys
/// (`[a, b]: 1`) costs nothing. Aliases as values stay allowed; the reader bounds their expansion.
///
/// The pass skips comments, quoted scalars and block scalars (`|`, `>`); it may miss exotic spellings, which then
/// reach Yams, but it does not reject a well-formed tfmt file.
enum YAMLPreflight {
    static func check(_ source: ConfigSource) -> ConfigProblem? {
        var scanner = Scanner()
        for (index, line) in source.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let column = scanner.scan(line: Array(line.unicodeScalars)) {
                return problem(at: SourcePosition(line: index + 1, column: column))
            }
        }
        return nil
    }

    private static func problem(at position: SourcePosition) -> ConfigProblem {
        ConfigProblem(
            code: .configUnsupportedYAML,
            message: "a list, a map or an alias is used as a key",
            position: position,
            details: ["expected": "a plain key such as socket or maxFrameSize"],
            resolution: [
                "Write every key as a plain word; tfmt's configuration has no keys that are lists, maps or aliases "
                    + "(explicit '? ' keys and '*alias:' keys are not accepted).",
                "Aliases may still be used as values, for example 'read: *spark-engines'.",
            ]
        )
    }

    /// Line-by-line state: quoted scalars may span lines, block scalars cover the more-indented lines after them.
    private struct Scanner {
        private enum Quote {
            case single, double
        }

        private var quote: Quote?
        /// While inside a block scalar: the indentation of the line that opened it.
        private var blockParentIndent: Int?

        /// The 1-based column of a complex key on this line, if there is one.
        mutating func scan(line: [Unicode.Scalar]) -> Int? {
            let indent = line.prefix(while: { $0 == " " }).count
            if let parent = blockParentIndent {
                let blank = line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
                if blank || indent > parent { return nil }
                blockParentIndent = nil
            }
            var index = 0
            while index < line.count {
                let scalar = line[index]
                if let open = quote {
                    if open == .double && scalar == "\\" {
                        index += 2
                        continue
                    }
                    if open == .single && scalar == "'" {
                        if index + 1 < line.count && line[index + 1] == "'" {
                            index += 2
                            continue
                        }
                        quote = nil
                    } else if open == .double && scalar == "\"" {
                        quote = nil
                    }
                    index += 1
                    continue
                }
                let atTokenStart = index == 0 || Self.separators.contains(line[index - 1])
                switch scalar {
                case "#" where index == 0 || line[index - 1] == " " || line[index - 1] == "\t":
                    return nil
                case "'" where atTokenStart:
                    quote = .single
                case "\"" where atTokenStart:
                    quote = .double
                case "?" where atTokenStart && Self.isBreak(line, index + 1):
                    return index + 1
                case "*" where atTokenStart:
                    var end = index + 1
                    while end < line.count && Self.isAnchorCharacter(line[end]) { end += 1 }
                    if end > index + 1 && Self.isKeyIndicator(line, from: end) { return index + 1 }
                    index = end
                    continue
                case "]", "}":
                    if Self.isKeyIndicator(line, from: index + 1) { return index + 1 }
                case "|" where atTokenStart, ">" where atTokenStart:
                    let rest = line[(index + 1)...].drop { "+-0123456789".unicodeScalars.contains($0) }
                    let trimmed = rest.drop { $0 == " " || $0 == "\t" || $0 == "\r" }
                    if trimmed.isEmpty || trimmed.first == "#" {
                        blockParentIndent = indent
                        return nil
                    }
                default:
                    break
                }
                index += 1
            }
            return nil
        }

        private static let separators: Set<Unicode.Scalar> = [" ", "\t", "[", "{", ","]

        private static func isBreak(_ line: [Unicode.Scalar], _ index: Int) -> Bool {
            index >= line.count || line[index] == " " || line[index] == "\t" || line[index] == "\r"
        }

        /// Whether optional spaces and then `:` followed by a break or a flow indicator start at `index`.
        private static func isKeyIndicator(_ line: [Unicode.Scalar], from index: Int) -> Bool {
            var index = index
            while index < line.count && line[index] == " " { index += 1 }
            guard index < line.count, line[index] == ":" else { return false }
            return isBreak(line, index + 1) || [",", "]", "}"].contains(line[index + 1])
        }

        /// The characters libyaml accepts in anchor and alias names.
        private static func isAnchorCharacter(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-")
        }
    }
}
