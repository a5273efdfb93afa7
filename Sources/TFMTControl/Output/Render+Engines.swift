import TFMTCore

extension Render {
    /// `tfmtctl engines list`.
    public static func engines(_ engines: [EngineEnvironment], style: TerminalStyle) -> String {
        guard !engines.isEmpty else { return "no engine environments are configured (engines: in the configuration)" }
        let table = TextTable(
            headers: ["NAME", "ENGINE", "SCALA", "JAVA", "FOLDER", "ASSUMED"],
            rows: engines.map { environment in
                let target = environment.target
                let assumed = environment.assume.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                return [
                    TextTable.Cell(environment.name), TextTable.Cell("\(target.engine)@\(target.version)"),
                    TextTable.Cell(target.scala?.description ?? "-"),
                    TextTable.Cell(target.java.map(String.init) ?? "-"),
                    TextTable.Cell(environment.scan ?? "-"),
                    TextTable.Cell(assumed.isEmpty ? "-" : assumed.joined(separator: ",")),
                ]
            }
        )
        return table.render(style: style)
    }

    /// `tfmtctl engines show NAME`.
    public static func engine(_ report: EngineEnvironmentReport, style: TerminalStyle) -> String {
        var text = style.bold(report.environment.name) + "  \(report.environment.target)\n"
        if let folder = report.environment.scan { text += "folder  \(folder)\n" }
        text += "\n"
        if report.capabilities.isEmpty {
            text += "no table-format runtimes found or assumed\n"
        } else {
            let table = TextTable(
                headers: ["FORMAT", "RUNTIME", "VERSION", "READS", "WRITES"],
                rows: report.capabilities.map { entry in
                    let capabilities = entry.capabilities
                    return [
                        TextTable.Cell(entry.format.rawValue), TextTable.Cell(capabilities.runtime),
                        TextTable.Cell(capabilities.version.description),
                        TextTable.Cell("\(capabilities.read.count) features"),
                        TextTable.Cell("\(capabilities.write.count) features"),
                    ]
                }
            )
            text += table.render(style: style) + "\n"
        }
        if !report.findings.isEmpty {
            text +=
                "\n" + style.bold("\(report.findings.count) finding\(report.findings.count == 1 ? "" : "s"):") + "\n"
            text += report.findings.map { error($0, style: style) }.joined(separator: "\n\n")
        }
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }
}
