import TFMTCore

extension Render {
    /// `tfmtctl resolve` in the chosen output form, then what did not resolve.
    public static func resolve(_ result: ResolveResult, output: String, style: TerminalStyle) -> String {
        let maven = result.choices.filter { $0.artifact.ecosystem == .maven }
        let pip = result.choices.filter { $0.artifact.ecosystem == .pypi }
        var text: String
        switch output {
        case "maven":
            text = maven.map { choice in
                let coordinate = choice.artifact
                return """
                    <dependency>
                      <groupId>\(coordinate.group ?? "")</groupId>
                      <artifactId>\(coordinate.name)</artifactId>
                      <version>\(coordinate.version)</version>
                    </dependency>
                    """
            }.joined(separator: "\n")
        case "pip":
            text = pip.map(\.artifact.description).joined(separator: "\n")
        default:
            var lines: [String] = []
            if !maven.isEmpty { lines.append("--packages " + maven.map(\.artifact.description).joined(separator: ",")) }
            if !pip.isEmpty { lines.append("pip install " + pip.map(\.artifact.description).joined(separator: " ")) }
            text = lines.joined(separator: "\n")
        }
        let uncertain = result.choices.filter(\.uncertain)
        if !uncertain.isEmpty {
            text +=
                "\n\n" + style.yellow("uncertain:") + " the reference marks facts behind "
                + uncertain.map { "\($0.runtime) \($0.version)" }.joined(separator: ", ") + " as uncertain"
        }
        for warning in result.warnings {
            text += "\n\n" + error(warning, style: style)
        }
        for failure in result.unresolved {
            text += "\n\n" + error(failure, style: style)
        }
        return text.trimmingPrefixNewlines
    }
}

extension String {
    fileprivate var trimmingPrefixNewlines: String { String(drop { $0 == "\n" }) }
}
