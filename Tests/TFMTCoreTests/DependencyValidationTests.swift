import Testing

@testable import TFMTCore

@Suite("Plugin dependency validation")
struct DependencyValidationTests {
    @Test("a plugin built for another plugin API major fails with TFMT-DEP-0003")
    func apiMajorMismatch() async throws {
        let registry = PluginRegistry()
        try await registry.register(try FakePlugin("old", apiVersion: "0.9.0", accepts: "*"), origin: .builtin)
        let info = try #require(await registry.validate().first)
        #expect(info.state == .failed)
        #expect(info.errors.map(\.code) == [.pluginAPIMismatch])
        #expect(info.errors.first?.context["host"] == .string(PluginAPI.version.description))
    }

    @Test("a plugin whose accepted API range excludes the host fails")
    func apiRangeMismatch() async throws {
        let registry = PluginRegistry(hostAPIVersion: try Version(parsing: "1.4.0"))
        try await registry.register(try FakePlugin("narrow", accepts: ">=1.0,<1.3"), origin: .builtin)
        let info = try #require(await registry.validate().first)
        #expect(info.errors.map(\.code) == [.pluginAPIMismatch])
    }

    @Test("a missing dependency fails the plugin and names what is missing")
    func missingDependency() async throws {
        let registry = PluginRegistry()
        try await registry.register(try FakePlugin("aa", dependsOn: [("ghost", ">=2.0")]), origin: .builtin)
        let info = try #require(await registry.validate().first)
        #expect(info.state == .failed)
        #expect(info.errors.map(\.code) == [.dependencyMissing])
        #expect(info.errors.first?.context["dependency"] == "ghost")
        #expect(info.errors.first?.context["requirement"] == .string(">=2.0"))
    }

    @Test("a dependency of the wrong version fails the plugin")
    func wrongVersion() async throws {
        let registry = PluginRegistry()
        try await registry.register(try FakePlugin("base", version: "1.5.0"), origin: .builtin)
        try await registry.register(try FakePlugin("top", dependsOn: [("base", ">=2.0")]), origin: .builtin)
        let infos = await registry.validate()
        #expect(infos.map(\.state) == [.validated, .failed])
        #expect(infos[1].errors.map(\.code) == [.dependencyVersionMismatch])
        #expect(infos[1].errors.first?.context["found"] == "1.5.0")
    }

    @Test("a disabled dependency fails the plugin until it is enabled")
    func disabledDependency() async throws {
        let registry = PluginRegistry()
        try await registry.register(try FakePlugin("base"), origin: .builtin)
        try await registry.disable("base")
        try await registry.register(try FakePlugin("top", dependsOn: [("base", "*")]), origin: .builtin)
        var infos = await registry.activate()
        #expect(infos.map(\.state) == [.disabled, .failed])
        #expect(infos[1].errors.map(\.code) == [.dependencyDisabled])

        try await registry.enable("base")
        infos = await registry.list()
        #expect(infos.map(\.state) == [.active, .active])
        #expect(infos[1].errors.isEmpty)
    }

    @Test("a cycle fails every plugin on it and reports the path")
    func cycle() async throws {
        let registry = PluginRegistry()
        try await registry.register(try FakePlugin("aa", dependsOn: [("bb", "*")]), origin: .builtin)
        try await registry.register(try FakePlugin("bb", dependsOn: [("cc", "*")]), origin: .builtin)
        try await registry.register(try FakePlugin("cc", dependsOn: [("aa", "*")]), origin: .builtin)
        try await registry.register(try FakePlugin("dd", dependsOn: [("aa", "*")]), origin: .builtin)
        try await registry.register(try FakePlugin("free"), origin: .builtin)
        let infos = await registry.activate()
        #expect(infos.map(\.state) == [.failed, .failed, .failed, .failed, .active])
        for info in infos.prefix(3) {
            #expect(info.errors.map(\.code) == [.dependencyCycle])
            #expect(info.errors.first?.context["cycle"] == ["aa", "bb", "cc", "aa"])
            #expect(info.errors.first?.message.contains("aa → bb → cc → aa") == true)
        }
        #expect(infos[3].errors.map(\.code) == [.dependencyFailed])
    }

    @Test("a plugin that depends on itself is a cycle of one")
    func selfCycle() async throws {
        let registry = PluginRegistry()
        try await registry.register(try FakePlugin("self", dependsOn: [("self", "*")]), origin: .builtin)
        let info = try #require(await registry.validate().first)
        #expect(info.errors.map(\.code) == [.dependencyCycle])
        #expect(info.errors.first?.context["cycle"] == ["self", "self"])
    }

    @Test("failure propagates along a chain of dependencies")
    func transitiveFailure() async throws {
        let registry = PluginRegistry()
        try await registry.register(try FakePlugin("aa", dependsOn: [("missing", "*")]), origin: .builtin)
        try await registry.register(try FakePlugin("bb", dependsOn: [("aa", "*")]), origin: .builtin)
        try await registry.register(try FakePlugin("cc", dependsOn: [("bb", "*")]), origin: .builtin)
        let infos = await registry.validate()
        #expect(
            infos.map { $0.errors.map(\.code) } == [[.dependencyMissing], [.dependencyFailed], [.dependencyFailed]]
        )
    }

    @Test("an active plugin that stops validating is shut down and failed")
    func activeThenInvalid() async throws {
        let log = EventLog()
        let registry = PluginRegistry()
        try await registry.register(try FakePlugin("base", log: log), origin: .external(manifest: "/b.yaml"))
        try await registry.register(try FakePlugin("top", dependsOn: [("base", "*")], log: log), origin: .builtin)
        await registry.activate()
        try await registry.disable("top")
        try await registry.unregister("base")
        let info = try await registry.enable("top")
        #expect(info.state == .failed)
        #expect(info.errors.map(\.code) == [.dependencyMissing])
    }

    @Test("dependents are listed on the plugin they depend on")
    func dependentsListed() async throws {
        let registry = PluginRegistry()
        try await registry.register(try FakePlugin("base"), origin: .builtin)
        try await registry.register(try FakePlugin("xx", dependsOn: [("base", "*")]), origin: .builtin)
        try await registry.register(try FakePlugin("yy", dependsOn: [("base", "*")]), origin: .builtin)
        #expect(try await registry.get("base").dependents == ["xx", "yy"])
    }
}
