import TFMTCore
import Yams

/// Turns Yams' syntax errors into problems with a position and advice that fits the mistake.
enum YAMLErrorMapping {
    static func problem(for error: YamlError, in source: ConfigSource) -> ConfigProblem {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return syntaxProblem(
                problem,
                at: SourcePosition(line: mark.line, column: mark.column),
                context: context,
                source: source
            )
        case .reader(let problem, let offset, _, _):
            let position = offset.map(source.position(ofCharacterOffset:))
            return ConfigProblem(
                code: .configSyntax,
                message: "the file is not valid YAML: \(problem)",
                position: position,
                resolution: [
                    "Remove control characters (other than tab and line breaks) from the file; YAML does not allow "
                        + "them, even in comments."
                ]
            )
        case .duplicatedKeysInMapping(let names, let context):
            let first = SourcePosition(line: context.mark.line, column: context.mark.column)
            return YAMLComposer.duplicateProblem(name: names.first ?? "", first: first, second: nil)
        default:
            return ConfigProblem(
                code: .configSyntax,
                message: "the file could not be read as YAML: \(error)",
                resolution: ["Check the file with a YAML linter such as yamllint and fix what it reports."]
            )
        }
    }

    private static func syntaxProblem(
        _ problem: String,
        at position: SourcePosition,
        context: YamlError.Context?,
        source: ConfigSource
    ) -> ConfigProblem {
        var details: [String: JSONValue] = [:]
        var started = ""
        if let context {
            details["while"] = .string("\(context.text) at line \(context.mark.line), column \(context.mark.column)")
            started = " (opened at line \(context.mark.line), column \(context.mark.column))"
        }
        let line = source.line(position.line).map(String.init) ?? ""
        var resolution: [String] = []
        var code = TFMTError.Code.configSyntax
        var message = "the file is not valid YAML: \(problem)"
        if (context?.text ?? "").contains("expected a single document")
            || problem.contains("expected a single document")
        {
            code = .configUnsupportedYAML
            message = "the file holds more than one YAML document"
            resolution.append("Keep one YAML document in the file: remove the second '---' and what follows it.")
        } else if problem.contains("Maximum nesting level") {
            code = .configTooComplex
            resolution.append("Nest lists and maps less deeply; no setting of tfmt needs more than a few levels.")
        } else if problem.contains("cannot start any token") && line.contains("\t") {
            resolution.append("Indent with spaces, not tabs: YAML does not allow tabs for indentation.")
        } else if problem.contains("expected ',' or ']'") {
            resolution.append("Close the list\(started) with ']', and separate its items with commas.")
        } else if problem.contains("expected ',' or '}'") {
            resolution.append("Close the map\(started) with '}', and separate its entries with commas.")
        } else if problem.contains("quoted scalar") {
            resolution.append("Close the quoted text\(started) with the same quote character it starts with.")
        } else if problem.contains("undefined alias") {
            resolution.append(
                "Define the anchor (&name) before the alias (*name) that refers to it, or write the value out."
            )
        } else if problem.contains("did not find expected key") || problem.contains("mapping values are not allowed")
            || problem.contains("block sequence entries are not allowed") || problem.contains("expected <block end>")
        {
            resolution.append(
                "Check the indentation: the keys of one map start in the same column, a nested map or list is indented "
                    + "further than its key, and a value with ': ' in it must be quoted."
            )
        }
        if line.contains("comparison:") {
            resolution.append(
                "Quote the operator, for example comparison: \">=\"; unquoted, YAML reads > and ! itself."
            )
        }
        resolution.append(
            "Fix the YAML at line \(position.line), column \(position.column); yamllint reports the same place."
        )
        return ConfigProblem(
            code: code,
            message: message,
            position: position,
            details: details,
            resolution: resolution
        )
    }
}
