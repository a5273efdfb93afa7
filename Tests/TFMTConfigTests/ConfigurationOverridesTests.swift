import TFMTConfig
import TFMTCore
import Testing

@Suite struct ConfigurationOverridesTests {
    let file = try! ConfigTestSupport.parse("socket:\n  path: /run/file.sock\nlogLevel: notice\n")

    @Test func flagBeatsEnvironmentBeatsFileBeatsDefault() throws {
        let environment = ["TFMT_SOCKET": "/run/env.sock"]
        #expect(
            try file.withOverrides(socketPath: "/run/flag.sock", environment: environment).socket.path
                == "/run/flag.sock"
        )
        #expect(try file.withOverrides(environment: environment).socket.path == "/run/env.sock")
        #expect(try file.withOverrides().socket.path == "/run/file.sock")
        #expect(try TFMTConfiguration.default.withOverrides().socket.path == "/run/tfmt/tfmtd.sock")
        #expect(try file.withOverrides(environment: ["TFMT_SOCKET": ""]).socket.path == "/run/file.sock")
    }

    @Test func stateDirectoryMovesTheMetricsStateFile() throws {
        let moved = try file.withOverrides(stateDirectory: "/srv/state/")
        #expect(moved.stateDirectory == "/srv/state")
        #expect(moved.metricsStateFilePath == "/srv/state/metrics.state")
    }

    @Test func logLevelFlag() throws {
        #expect(try file.withOverrides(logLevel: "DEBUG").logLevel == .debug)
        #expect(try file.withOverrides().logLevel == .notice)
        let error = #expect(throws: TFMTError.self) { try file.withOverrides(logLevel: "verbose") }
        #expect(error?.code == .configInvalidValue)
        #expect(error?.context["source"] == "--log-level")
    }

    @Test func overridesAreChecked() {
        let relative = #expect(throws: TFMTError.self) {
            try file.withOverrides(environment: ["TFMT_SOCKET": "tfmt.sock"])
        }
        #expect(relative?.code == .configPathNotAbsolute)
        #expect(relative?.context["source"] == "TFMT_SOCKET")
        let long = "/tmp/" + String(repeating: "x", count: 120)
        let tooLong = #expect(throws: TFMTError.self) { try file.withOverrides(socketPath: long) }
        #expect(tooLong?.code == .configSocketPathTooLong)
        #expect(tooLong?.context["source"] == "--socket")
    }
}
