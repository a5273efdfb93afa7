import TFMTCore

extension Render {
    /// `tfmtctl scan DIR`.
    public static func scan(_ result: ScanResult, style: TerminalStyle) -> String {
        var text =
            style.bold("scanned") + "  \(result.directory)"
            + (result.target.map { " for \($0)" } ?? "") + " — \(result.artifacts.count) artifacts\n\n"
        if result.runtimes.isEmpty {
            text += "no table-format runtimes found\n"
        } else {
            let table = TextTable(
                headers: ["RUNTIME", "VERSION", "ARTIFACT", "PATH"],
                rows: result.runtimes.map { runtime in
                    [
                        TextTable.Cell(runtime.runtime), TextTable.Cell(runtime.version.description),
                        TextTable.Cell(runtime.artifact ?? "-"), TextTable.Cell(runtime.origin),
                    ]
                }
            )
            text += table.render(style: style) + "\n"
        }
        if result.findings.isEmpty {
            text += "\n" + style.green("no problems found")
        } else {
            text +=
                "\n" + style.bold("\(result.findings.count) finding\(result.findings.count == 1 ? "" : "s"):") + "\n"
            text += result.findings.map { error($0, style: style) }.joined(separator: "\n\n")
        }
        return text
    }
}
