import TFMTCore

extension Render {
    /// `tfmtctl tables list`.
    public static func watchedTables(_ tables: [WatchedTableStatus], style: TerminalStyle) -> String {
        guard !tables.isEmpty else { return "no tables are watched (tables.watch in the configuration)" }
        let table = TextTable(
            headers: ["PATH", "FORMAT", "SNAPSHOT", "INSPECTED", "VERDICTS"],
            rows: tables.map { status in
                let failing = status.verdicts.filter { !$0.ok && $0.error == nil }
                let unknown = status.verdicts.filter { $0.error != nil }
                let summary =
                    failing.map { "\($0.engine) cannot \($0.mode)" } + unknown.map { "\($0.engine) \($0.mode) unknown" }
                let verdicts: TextTable.Cell =
                    status.verdicts.isEmpty
                    ? TextTable.Cell("-")
                    : summary.isEmpty
                        ? TextTable.Cell("all \(status.verdicts.count) ok") { style.green($0) }
                        : TextTable.Cell(summary.joined(separator: ", ")) {
                            failing.isEmpty ? style.yellow($0) : style.red($0)
                        }
                return [
                    TextTable.Cell(status.path),
                    TextTable.Cell(status.record?.format.rawValue ?? "-"),
                    TextTable.Cell(status.record?.snapshot.id ?? (status.error == nil ? "pending" : "error")),
                    TextTable.Cell(status.inspectedAt ?? "not yet"),
                    verdicts,
                ]
            }
        )
        return table.render(style: style)
    }

    /// `tfmtctl tables show PATH`.
    public static func watchedTable(_ status: WatchedTableStatus, style: TerminalStyle) -> String {
        var text =
            style.bold(status.path) + "  every \(status.intervalSeconds)s, inspected "
            + (status.inspectedAt ?? "not yet") + "\n"
        if let error = status.error {
            text += "\n" + Render.error(error, style: style) + "\n"
        }
        if !status.verdicts.isEmpty {
            text += "\n"
            for verdict in status.verdicts {
                let mark = verdict.ok ? style.green("yes") : style.red("no")
                text += "\(verdict.engine) \(verdict.mode): \(mark)\n"
                for missing in verdict.missing { text += "    \(missing.feature): needs \(missing.requires)\n" }
                if let error = verdict.error { text += "    \(error.message)\n" }
            }
        }
        if let record = status.record {
            text += "\n" + table(record, style: style)
        }
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }
}
