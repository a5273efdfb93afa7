import TFMTConfig
import TFMTCore
import Testing

@Suite struct ConfigurationDefaultsTests {
    @Test func defaultsMatchTheDocumentation() {
        let configuration = TFMTConfiguration.default
        #expect(configuration.socket.path == "/run/tfmt/tfmtd.sock")
        #expect(configuration.socket.mode == 0o660)
        #expect(configuration.socket.maxFrameSize == 16 * 1024 * 1024)
        #expect(configuration.adminGroup == "tfmt")
        #expect(configuration.stateDirectory == "/var/lib/tfmt")
        #expect(configuration.logLevel == .info)
        #expect(configuration.limits.maxConnections == 256)
        #expect(configuration.limits.maxInFlightPerConnection == 64)
        #expect(configuration.limits.idleTimeout == .seconds(300))
        #expect(configuration.limits.requestTimeout == .seconds(30))
        #expect(configuration.limits.shutdownGracePeriod == .seconds(10))
        #expect(configuration.plugins.directories == ["/usr/lib/tfmt/plugins", "/etc/tfmt/plugins"])
        #expect(!configuration.plugins.allowOutsideDirectories)
        #expect(configuration.plugins.disabled.isEmpty)
        #expect(configuration.catalogs.directory == "/etc/tfmt/catalogs")
        #expect(configuration.metrics.interval == .seconds(10))
        #expect(configuration.metrics.retention == .seconds(86_400))
        #expect(configuration.metrics.slotCount == 8640)
        #expect(configuration.metricsStateFilePath == "/var/lib/tfmt/metrics.state")
        #expect(
            configuration.alerts.rules.map(\.name) == [
                "daemon-cpu", "plugin-memory", "plugin-registration-time", "plugin-validation-time",
            ]
        )
        #expect(configuration.engines.isEmpty)
        #expect(configuration.tables.roots.isEmpty && configuration.tables.watch.isEmpty)
    }

    @Test(arguments: ["", "\n\n", "# only a comment\n", "# one\n  # two, indented\n", "---\n", "~\n", "null"])
    func emptyOrCommentOnlyFilesGiveTheDefaults(text: String) throws {
        #expect(try ConfigTestSupport.parse(text) == .default)
    }

    @Test func sectionsWithoutValuesKeepTheirDefaults() throws {
        let configuration = try ConfigTestSupport.parse("socket:\nlimits: ~\nengines:\nlogLevel:\n")
        #expect(configuration == .default)
    }

    @Test func missingDefaultFileGivesNil() throws {
        #expect(try ConfigurationLoader.loadIfPresent(path: "/nonexistent/tfmt/tfmtd.yaml") == nil)
    }

    @Test func loadRequiresTheFile() {
        let error = #expect(throws: TFMTError.self) {
            try ConfigurationLoader.load(path: "/nonexistent/tfmt/tfmtd.yaml")
        }
        #expect(error?.code == .configFileUnreadable)
        #expect(error?.context["file"] == "/nonexistent/tfmt/tfmtd.yaml")
        #expect(error?.resolution.isEmpty == false)
    }

    @Test func aDirectoryIsNotAConfigurationFile() {
        let error = #expect(throws: TFMTError.self) { try ConfigurationLoader.load(path: "/tmp") }
        #expect(error?.code == .configFileUnreadable)
        #expect(error?.context["reason"] == "it is a directory")
    }
}
