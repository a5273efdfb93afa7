import TFMTCore
import TFMTRPC

/// Human renderings of method results.
public enum Render {
    /// `tfmtctl status`.
    public static func status(_ status: RPCMethods.DaemonStatus.Result, style: TerminalStyle) -> String {
        let plugins = status.plugins.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        let rows: [(String, String)] = [
            ("daemon", "tfmtd \(status.version), pid \(status.pid)"),
            ("status", status.status),
            ("uptime", duration(seconds: status.uptimeSeconds) + " (since \(status.startedAt))"),
            ("socket", status.socket),
            ("configuration", status.configurationFile ?? "built-in defaults"),
            ("plugins", plugins.isEmpty ? "none" : plugins),
        ]
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { style.bold($0.0.padding(to: width)) + "  " + $0.1 }.joined(separator: "\n")
    }

    /// `tfmtctl plugins list` and `plugins validate`.
    public static func plugins(_ plugins: [PluginInfo], style: TerminalStyle) -> String {
        guard !plugins.isEmpty else { return "no plugins are registered" }
        let table = TextTable(
            headers: ["ID", "STATE", "VERSION", "FORMAT", "ORIGIN", "DEPENDENCIES", "CAPABILITIES"],
            rows: plugins.map { info in
                [
                    TextTable.Cell(info.id),
                    state(info.state, style: style),
                    TextTable.Cell(info.metadata.version.description),
                    TextTable.Cell(info.metadata.format.rawValue),
                    TextTable.Cell(origin(info.origin)),
                    dependencyHealth(info, style: style),
                    TextTable.Cell(info.metadata.capabilities.sorted().map(\.rawValue).joined(separator: ",")),
                ]
            }
        )
        let failures = plugins.filter { !$0.errors.isEmpty }
        var text = table.render(style: style)
        for info in failures {
            text +=
                "\n\n" + style.bold("\(info.id):") + "\n"
                + info.errors.map { indent($0.rendered()) }.joined(separator: "\n")
        }
        return text
    }

    /// `tfmtctl plugins show ID`.
    public static func plugin(_ info: PluginInfo, style: TerminalStyle) -> String {
        let metadata = info.metadata
        var rows: [(String, String)] = [
            ("id", metadata.id),
            ("name", metadata.name),
            ("state", state(info.state, style: style).paint(info.state.rawValue)),
            ("version", metadata.version.description),
            ("format", "\(metadata.format.rawValue) (\(metadata.format.displayName))"),
            ("origin", origin(info.origin)),
            ("plugin API", "built for \(metadata.apiVersion), accepts \(info.dependencies.pluginAPI)"),
            ("capabilities", metadata.capabilities.sorted().map(\.rawValue).joined(separator: ", ")),
        ]
        if !metadata.summary.isEmpty { rows.insert(("summary", metadata.summary), at: 2) }
        let dependencies = info.dependencies.plugins.map { "\($0.id) \($0.requirement)" }
        rows.append(("depends on", dependencies.isEmpty ? "no other plugin" : dependencies.joined(separator: ", ")))
        rows.append(
            ("needed by", info.dependents.isEmpty ? "no other plugin" : info.dependents.joined(separator: ", "))
        )
        let artifacts = info.dependencies.artifacts.map { artifact in
            [artifact.group, artifact.name].compactMap { $0 }.joined(separator: ":")
                + " (\(artifact.ecosystem.rawValue))"
        }
        if !artifacts.isEmpty { rows.append(("runtimes", artifacts.joined(separator: ", "))) }
        let width = rows.map(\.0.count).max() ?? 0
        var text = rows.map { style.bold($0.0.padding(to: width)) + "  " + $0.1 }.joined(separator: "\n")
        if !info.errors.isEmpty {
            text +=
                "\n\n" + style.bold("errors:") + "\n"
                + info.errors.map { indent($0.rendered()) }.joined(separator: "\n")
        }
        return text
    }

    /// A structured error for standard error.
    public static func error(_ error: TFMTError, style: TerminalStyle) -> String {
        let lines = error.rendered().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let first = lines.first else { return "" }
        return ([style.red(first)] + lines.dropFirst()).joined(separator: "\n")
    }

    static func state(_ state: PluginState, style: TerminalStyle) -> TextTable.Cell {
        switch state {
        case .active: return TextTable.Cell(state.rawValue) { style.green($0) }
        case .failed: return TextTable.Cell(state.rawValue) { style.red($0) }
        case .disabled: return TextTable.Cell(state.rawValue) { style.dim($0) }
        case .discovered, .registered, .validated: return TextTable.Cell(state.rawValue) { style.yellow($0) }
        }
    }

    static func dependencyHealth(_ info: PluginInfo, style: TerminalStyle) -> TextTable.Cell {
        let dependencyCodes: Set<TFMTError.Code> = [
            .dependencyMissing, .dependencyVersionMismatch, .dependencyDisabled, .dependencyCycle, .dependencyFailed,
            .pluginAPIMismatch,
        ]
        let problems = info.errors.filter { dependencyCodes.contains($0.code) }.count
        if problems > 0 { return TextTable.Cell("\(problems) problem\(problems == 1 ? "" : "s")") { style.red($0) } }
        if info.dependencies.plugins.isEmpty { return TextTable.Cell("none") }
        return TextTable.Cell("ok (\(info.dependencies.plugins.count))") { style.green($0) }
    }

    static func origin(_ origin: PluginOrigin) -> String {
        switch origin {
        case .builtin: return "built-in"
        case .external(let manifest): return manifest
        }
    }

    static func duration(seconds: Double) -> String {
        let total = Int(seconds.rounded(.down))
        let (days, hours, minutes, rest) = (total / 86_400, total / 3600 % 24, total / 60 % 60, total % 60)
        if days > 0 { return "\(days)d \(hours)h \(minutes)m" }
        if hours > 0 { return "\(hours)h \(minutes)m \(rest)s" }
        if minutes > 0 { return "\(minutes)m \(rest)s" }
        return "\(rest)s"
    }

    private static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
    }
}

extension String {
    fileprivate func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
