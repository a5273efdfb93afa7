import Testing

@testable import TFMTCore

@Suite("Plugin registry lifecycle")
struct PluginRegistryTests {
    @Test("register puts a plugin in state registered; activate moves it to active")
    func registerAndActivate() async throws {
        let registry = PluginRegistry()
        let info = try await registry.register(try FakePlugin("aa"), origin: .builtin)
        #expect(info.state == .registered)
        let after = await registry.activate()
        #expect(after.map(\.state) == [.active])
        #expect(try await registry.get("aa").errors.isEmpty)
    }

    @Test("validate moves registered plugins to validated without initializing them")
    func validateOnly() async throws {
        let log = EventLog()
        let registry = PluginRegistry()
        try await registry.register(try FakePlugin("aa", log: log), origin: .builtin)
        let infos = await registry.validate()
        #expect(infos.map(\.state) == [.validated])
        #expect(log.all.isEmpty)
    }

    @Test("registering an id twice is refused and the registry is unchanged")
    func duplicateRegistration() async throws {
        let registry = PluginRegistry()
        try await registry.register(try FakePlugin("aa", version: "1.0.0"), origin: .builtin)
        let error = await #expect(throws: TFMTError.self) {
            try await registry.register(try FakePlugin("aa", version: "2.0.0"), origin: .external(manifest: "/m.yaml"))
        }
        #expect(error?.code == .pluginAlreadyRegistered)
        #expect(error?.resolution.isEmpty == false)
        let list = await registry.list()
        #expect(list.count == 1)
        #expect(list.first?.metadata.version.description == "1.0.0")
        #expect(list.first?.origin == .builtin)
    }

    @Test("a malformed id is refused")
    func malformedMetadata() async throws {
        let registry = PluginRegistry()
        let error = await #expect(throws: TFMTError.self) {
            try await registry.register(try FakePlugin("Bad Id!"), origin: .builtin)
        }
        #expect(error?.code == .pluginMetadataInvalid)
        #expect(await registry.list().isEmpty)
    }

    @Test("unregistering an unknown id is refused")
    func unregisterUnknown() async throws {
        let registry = PluginRegistry()
        try await registry.register(try FakePlugin("aa"), origin: .external(manifest: "/a.yaml"))
        let error = await #expect(throws: TFMTError.self) { try await registry.unregister("bb") }
        #expect(error?.code == .pluginNotFound)
        #expect(error?.context["registered"] == ["aa"])
        #expect(await registry.list().count == 1)
    }

    @Test("built-ins can be disabled but not unregistered")
    func builtinsStay() async throws {
        let log = EventLog()
        let registry = PluginRegistry()
        try await registry.register(try FakePlugin("aa", log: log), origin: .builtin)
        await registry.activate()
        let error = await #expect(throws: TFMTError.self) { try await registry.unregister("aa") }
        #expect(error?.code == .builtinCannotBeUnregistered)
        #expect(try await registry.get("aa").state == .active)
        let disabled = try await registry.disable("aa")
        #expect(disabled.state == .disabled)
        #expect(log.all == ["init aa", "shutdown aa"])
    }

    @Test("an external plugin is shut down and removed on unregister")
    func unregisterExternal() async throws {
        let log = EventLog()
        let registry = PluginRegistry()
        try await registry.register(try FakePlugin("ext", log: log), origin: .external(manifest: "/x.yaml"))
        await registry.activate()
        try await registry.unregister("ext")
        #expect(await registry.list().isEmpty)
        #expect(log.all == ["init ext", "shutdown ext"])
        let error = await #expect(throws: TFMTError.self) { try await registry.get("ext") }
        #expect(error?.code == .pluginNotFound)
    }

    @Test("disabling a plugin others depend on is refused and nothing changes")
    func disableWithDependents() async throws {
        let registry = PluginRegistry()
        try await registry.register(try FakePlugin("base"), origin: .builtin)
        try await registry.register(try FakePlugin("top", dependsOn: [("base", ">=1.0")]), origin: .builtin)
        await registry.activate()
        let error = await #expect(throws: TFMTError.self) { try await registry.disable("base") }
        #expect(error?.code == .pluginHasDependents)
        #expect(error?.context["dependents"] == ["top"])
        #expect(await registry.list().map(\.state) == [.active, .active])

        // Once the dependent is disabled, the base may go too.
        try await registry.disable("top")
        #expect(try await registry.disable("base").state == .disabled)
    }

    @Test("unregistering a plugin others depend on is refused")
    func unregisterWithDependents() async throws {
        let registry = PluginRegistry()
        try await registry.register(try FakePlugin("base"), origin: .external(manifest: "/b.yaml"))
        try await registry.register(try FakePlugin("top", dependsOn: [("base", "*")]), origin: .builtin)
        let error = await #expect(throws: TFMTError.self) { try await registry.unregister("base") }
        #expect(error?.code == .pluginHasDependents)
        #expect(await registry.list().count == 2)
    }

    @Test("enable brings a disabled plugin back to active")
    func enableAgain() async throws {
        let registry = PluginRegistry()
        try await registry.register(try FakePlugin("aa"), origin: .builtin)
        await registry.activate()
        try await registry.disable("aa")
        #expect(try await registry.enable("aa").state == .active)
    }

    @Test("a plugin that throws while initializing is failed with the reason, and so are its dependents")
    func initializationFailure() async throws {
        let registry = PluginRegistry()
        try await registry.register(try FakePlugin("base", failsToInitialize: true), origin: .builtin)
        try await registry.register(try FakePlugin("top", dependsOn: [("base", "*")]), origin: .builtin)
        try await registry.register(try FakePlugin("alone"), origin: .builtin)
        let infos = await registry.activate()
        #expect(infos.map(\.state) == [.failed, .failed, .active])
        #expect(infos[0].errors.map(\.code) == [.pluginInitializationFailed])
        #expect(infos[1].errors.map(\.code) == [.dependencyFailed])
        let error = await #expect(throws: TFMTError.self) { try await registry.activePlugin("base") }
        #expect(error?.code == .pluginNotActive)
    }

    @Test("plugins are activated in dependency order, whatever the registration order")
    func activationOrder() async throws {
        let log = EventLog()
        let registry = PluginRegistry()
        try await registry.register(try FakePlugin("cc", dependsOn: [("bb", "*")], log: log), origin: .builtin)
        try await registry.register(try FakePlugin("bb", dependsOn: [("aa", "*")], log: log), origin: .builtin)
        try await registry.register(try FakePlugin("aa", log: log), origin: .builtin)
        await registry.activate()
        #expect(log.all == ["init aa", "init bb", "init cc"])
        #expect(await registry.activePlugins().map(\.metadata.id) == ["aa", "bb", "cc"])

        await registry.shutdownAll()
        #expect(log.all.suffix(3) == ["shutdown cc", "shutdown bb", "shutdown aa"])
    }

    @Test("counts by state cover every plugin")
    func counts() async throws {
        let registry = PluginRegistry()
        try await registry.register(try FakePlugin("aa"), origin: .builtin)
        try await registry.register(try FakePlugin("bb", failsToInitialize: true), origin: .builtin)
        try await registry.register(try FakePlugin("cc"), origin: .builtin)
        await registry.activate()
        try await registry.disable("cc")
        #expect(await registry.countsByState() == [.active: 1, .failed: 1, .disabled: 1])
    }
}
