import TFMTCore
import TFMTRPC
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Reloading the configuration file (`daemon.reload` or `SIGHUP`): a bad file keeps the running configuration and
/// says why; a fixed file then takes effect.
@Suite("configuration reload", .timeLimit(.minutes(1)))
struct ConfigurationReloadTests {
    /// A broken configuration file and the code its error must carry.
    struct BadFile: Sendable, CustomTestStringConvertible {
        var yaml: String
        var code: String
        var testDescription: String { "\(yaml.split(separator: "\n").last ?? "") → \(code)" }
    }

    static let badFiles = [
        BadFile(yaml: "plugins:\n  disabled: []\nlogLevel: loud\n", code: "TFMT-CFG-0006"),
        BadFile(yaml: "plugins:\n  disabled: []\nunknownKey: 1\n", code: "TFMT-CFG-0003"),
        BadFile(yaml: "plugins:\n  disabled: [\n", code: "TFMT-CFG-0002"),
    ]

    /// The file the daemon starts with: Hudi disabled. The bad files and the fix enable it again, so the plugin's
    /// state shows which configuration is in force.
    static let initial = "logLevel: info\nplugins:\n  disabled: [tfmt.hudi]\n"
    static let fixed = "logLevel: debug\nplugins:\n  disabled: []\n"

    @Test(
        "daemon.reload with a bad file fails with its TFMT-CFG error and keeps the old configuration",
        arguments: badFiles
    )
    func reloadOverRPC(bad: BadFile) async throws {
        try await DaemonProcess.run(configuration: Self.initial) { daemon in
            #expect(try await Self.hudiState(daemon) == .disabled)
            try daemon.rewriteConfiguration(bad.yaml)

            let mark = daemon.notify.count
            let connection = try daemon.connect()
            let response = try await connection.call(#"{"jsonrpc":"2.0","id":7,"method":"daemon.reload"}"#)
            #expect(response.errorCode == -32000, "\(response)")
            #expect(response.tfmtCode == bad.code, "\(response)")
            #expect(response.id == .int(7))
            // The error names the file, so the person reloading knows where to look.
            #expect(response["error"]?["data"]?.description.contains(daemon.configurationPath) == true, "\(response)")

            let reloading = try await daemon.notify.waitFor("RELOADING", after: mark)
            let ready = try await daemon.notify.waitFor("READY", after: reloading.index + 1)
            let statusLine = try #require(ready.message["STATUS"])
            #expect(statusLine.contains("reload failed") && statusLine.contains(bad.code), "STATUS=\(statusLine)")

            // Still running, still on the old configuration, and saying so in daemon.status.
            let status = try await daemon.withClient { try await $0.call(RPCMethods.DaemonStatus.self, RPCEmpty()) }
            #expect(status.status == statusLine)
            #expect(try await Self.hudiState(daemon) == .disabled)

            // Fixed, the file takes effect.
            try daemon.rewriteConfiguration(Self.fixed)
            let fixedMark = daemon.notify.count
            let reloaded = try await daemon.withClient { try await $0.call(RPCMethods.DaemonReload.self, RPCEmpty()) }
            #expect(reloaded.configurationFile == daemon.configurationPath)
            let readyAgain = try await daemon.notify.waitFor("READY", after: fixedMark)
            #expect(readyAgain.message["STATUS"] == "serving 4 of 4 plugins", "\(readyAgain.message)")
            #expect(try await Self.hudiState(daemon) == .active)
        }
    }

    @Test("SIGHUP with a bad file reports the failure in STATUS= and keeps running; fixed, SIGHUP applies it")
    func reloadOnSIGHUP() async throws {
        try await DaemonProcess.run(configuration: Self.initial) { daemon in
            try daemon.rewriteConfiguration("logLevel: loud\n")
            let mark = daemon.notify.count
            daemon.send(SIGHUP)
            let reloading = try await daemon.notify.waitFor("RELOADING", after: mark)
            let failed = try await daemon.notify.waitFor("READY", after: reloading.index + 1)
            let statusLine = try #require(failed.message["STATUS"])
            #expect(
                statusLine.contains("reload failed") && statusLine.contains("TFMT-CFG-0006"),
                "STATUS=\(statusLine)"
            )
            #expect(daemon.isRunning)
            #expect(try await Self.hudiState(daemon) == .disabled)

            try daemon.rewriteConfiguration(Self.fixed)
            let fixedMark = daemon.notify.count
            daemon.send(SIGHUP)
            let reloadingAgain = try await daemon.notify.waitFor("RELOADING", after: fixedMark)
            let ready = try await daemon.notify.waitFor("READY", after: reloadingAgain.index + 1)
            #expect(ready.message["STATUS"] == "serving 4 of 4 plugins", "\(ready.message)")
            #expect(try await Self.hudiState(daemon) == .active)
            let status = try await daemon.withClient { try await $0.call(RPCMethods.DaemonStatus.self, RPCEmpty()) }
            #expect(status.status == "serving 4 of 4 plugins")
        }
    }

    static func hudiState(_ daemon: DaemonProcess) async throws -> PluginState {
        try await daemon.withClient { try await $0.call(RPCMethods.PluginsGet.self, .init(id: "tfmt.hudi")) }.state
    }
}
