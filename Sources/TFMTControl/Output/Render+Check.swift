import Foundation
import TFMTCore

extension Render {
    /// `tfmtctl check`.
    public static func check(_ result: CheckResult, style: TerminalStyle) -> String {
        let engine = result.engine
        let runtimes = engine.runtimes.map { "\($0.runtime) \($0.version) (\($0.origin))" }
        var lines = [
            style.bold("table") + "     \(result.table.format.rawValue) at \(result.table.location), snapshot "
                + result.table.snapshot.id,
            style.bold("engine") + "    " + (engine.name.map { "\($0): " } ?? "") + engine.target.description,
            style.bold("runtimes") + "  "
                + (runtimes.isEmpty ? "none of this format" : runtimes.joined(separator: ", ")),
            "",
        ]
        for (mode, verdict) in [("read", result.read), ("write", result.write)] {
            lines.append(
                style.bold(mode.padding(toLength: 6, withPad: " ", startingAt: 0))
                    + (verdict.ok ? style.green("yes") : style.red("no"))
            )
            for missing in verdict.missing {
                lines.append("        \(missing.feature): needs \(missing.requires)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
