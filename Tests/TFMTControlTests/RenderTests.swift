import ArgumentParser
import TFMTControl
import TFMTCore
import TFMTRPC
import Testing

@Suite("tfmtctl output")
struct RenderTests {
    static let plain = TerminalStyle(colors: false)

    static func info(_ id: String, state: PluginState, errors: [TFMTError] = []) -> PluginInfo {
        PluginInfo(
            metadata: PluginMetadata(
                id: id,
                name: id,
                version: Version("1.2.0")!,
                format: .delta,
                capabilities: [.inspect, .detect]
            ),
            dependencies: DependencySpec(pluginAPI: .atLeast(PluginAPI.version)),
            origin: .builtin,
            state: state,
            errors: errors,
            dependents: []
        )
    }

    @Test("tables align columns without trailing spaces")
    func alignedTable() {
        let table = TextTable(headers: ["ID", "STATE"], rows: [["a", "active"], ["longer-id", "failed"]])
        #expect(
            table.render(style: Self.plain) == """
                ID         STATE
                a          active
                longer-id  failed
                """
        )
    }

    @Test("colour codes do not count towards column widths")
    func coloursKeepAlignment() {
        let colored = TerminalStyle(colors: true)
        let table = TextTable(
            headers: ["A", "B"],
            rows: [[TextTable.Cell("x") { colored.red($0) }, "y"], ["long", "z"]]
        )
        let lines = table.render(style: colored).split(separator: "\n")
        #expect(lines[1] == "\u{1B}[31mx\u{1B}[0m     y")
    }

    @Test("the plugin list shows failures with their errors")
    func pluginList() {
        let error = TFMTError(.dependencyMissing, "plugin 'b' needs plugin 'c'", resolution: ["Register c."])
        let text = Render.plugins(
            [Self.info("a", state: .active), Self.info("b", state: .failed, errors: [error])],
            style: Self.plain
        )
        #expect(text.contains("a   active  1.2.0    delta   built-in  none"))
        #expect(text.contains("b   failed  1.2.0    delta   built-in  1 problem"))
        #expect(text.contains("  error TFMT-DEP-0004: plugin 'b' needs plugin 'c'"))
    }

    @Test("status shows uptime in words")
    func status() {
        let text = Render.status(
            .init(
                version: "0.1.0",
                pid: 42,
                startedAt: "2026-01-01T00:00:00.000Z",
                uptimeSeconds: 3725,
                socket: "/run/tfmt/tfmtd.sock",
                configurationFile: nil,
                status: "serving 4 of 4 plugins",
                plugins: ["active": 4]
            ),
            style: Self.plain
        )
        #expect(text.contains("uptime         1h 2m 5s"))
        #expect(text.contains("configuration  built-in defaults"))
        #expect(text.contains("plugins        4 active"))
    }

    @Test("NO_COLOR and TERM=dumb turn colour off")
    func colourDetection() {
        #expect(!TerminalStyle.detect(environment: ["NO_COLOR": "1"]).colors)
        #expect(!TerminalStyle.detect(environment: ["TERM": "dumb"]).colors)
    }
}

@Suite("tfmtctl arguments")
struct ArgumentTests {
    @Test(
        "global options before the command move after it",
        arguments: [
            (["--json", "plugins", "list"], ["plugins", "list", "--json"]),
            (["--socket", "/s", "--json", "status"], ["status", "--socket", "/s", "--json"]),
            (["--socket=/s", "status"], ["status", "--socket=/s"]),
            (["status", "--json"], ["status", "--json"]),
            (["--json"], ["--json"]),
        ]
    )
    func movesLeadingOptions(_ given: [String], _ expected: [String]) {
        #expect(GlobalOptions.movingLeadingOptions(given) == expected)
    }

    @Test("the socket comes from the flag, then TFMT_SOCKET, then the default")
    func socketPrecedence() throws {
        let flagged = try GlobalOptions.parse(["--socket", "/flag.sock"])
        #expect(flagged.socketPath(environment: ["TFMT_SOCKET": "/env.sock"]) == "/flag.sock")
        let plain = try GlobalOptions.parse([])
        #expect(plain.socketPath(environment: ["TFMT_SOCKET": "/env.sock"]) == "/env.sock")
        #expect(plain.socketPath(environment: [:]) == "/run/tfmt/tfmtd.sock")
    }
}
