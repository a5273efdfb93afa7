/// The plugins the daemon knows, their lifecycle and their dependencies.
///
/// Every mutating operation either succeeds completely or throws a ``TFMTError`` and leaves the registry as it was.
/// Validation walks the dependency graph: the plugin API range, the plugins each one needs (present, enabled, the
/// right version, not failed) and cycles (reported with their path). Activation initializes validated plugins in
/// dependency order.
public actor PluginRegistry {
    private struct Entry {
        var plugin: any TableFormatPlugin
        var origin: PluginOrigin
        var state: PluginState
        var errors: [TFMTError]
        /// The order in which the plugin was registered, to keep listings and activation stable.
        var sequence: Int
    }

    private var entries: [String: Entry] = [:]
    private var nextSequence = 0
    private let hostAPIVersion: Version

    /// Creates an empty registry.
    ///
    /// - Parameter hostAPIVersion: The plugin API version this host offers; tests use others.
    public init(hostAPIVersion: Version = PluginAPI.version) {
        self.hostAPIVersion = hostAPIVersion
    }

    // MARK: Create

    /// Registers a plugin in state ``PluginState/registered``.
    ///
    /// - Throws: ``TFMTError/Code/pluginAlreadyRegistered`` when the id is taken,
    ///   ``TFMTError/Code/pluginMetadataInvalid`` when the metadata is not well formed.
    @discardableResult
    public func register(_ plugin: any TableFormatPlugin, origin: PluginOrigin) throws(TFMTError) -> PluginInfo {
        let metadata = plugin.metadata
        if let existing = entries[metadata.id] {
            throw TFMTError(
                .pluginAlreadyRegistered,
                "a plugin with id '\(metadata.id)' is already registered",
                context: [
                    "plugin": .string(metadata.id),
                    "registeredVersion": .string(existing.plugin.metadata.version.description),
                    "newVersion": .string(metadata.version.description),
                ],
                resolution: [
                    "Unregister the existing plugin first (tfmtctl plugins remove \(metadata.id)), then register again.",
                    "Or give the new plugin a different id in its manifest.",
                ]
            )
        }
        let problems = PluginMetadataCheck.problems(in: metadata)
        if !problems.isEmpty {
            throw TFMTError(
                .pluginMetadataInvalid,
                "the metadata of plugin '\(metadata.id)' is not well formed",
                context: ["plugin": .string(metadata.id), "problems": JSONValue(problems)],
                resolution: problems.map { "Fix the plugin's metadata: \($0)." }
            )
        }
        entries[metadata.id] = Entry(
            plugin: plugin,
            origin: origin,
            state: .registered,
            errors: [],
            sequence: nextSequence
        )
        nextSequence += 1
        return info(for: metadata.id)!
    }

    // MARK: Read

    /// Every plugin, in registration order.
    public func list() -> [PluginInfo] {
        orderedIDs().compactMap(info(for:))
    }

    /// One plugin.
    ///
    /// - Throws: ``TFMTError/Code/pluginNotFound``.
    public func get(_ id: String) throws(TFMTError) -> PluginInfo {
        guard let info = info(for: id) else { throw notFound(id) }
        return info
    }

    /// The plugin itself, when it is active.
    ///
    /// - Throws: ``TFMTError/Code/pluginNotFound``, or ``TFMTError/Code/pluginNotActive`` with the state and errors.
    public func activePlugin(_ id: String) throws(TFMTError) -> any TableFormatPlugin {
        guard let entry = entries[id] else { throw notFound(id) }
        guard entry.state == .active else {
            throw TFMTError(
                .pluginNotActive,
                "plugin '\(id)' is \(entry.state.rawValue), not active",
                context: ["plugin": .string(id), "state": .string(entry.state.rawValue)],
                resolution: entry.state == .disabled
                    ? ["Enable it: tfmtctl plugins enable \(id)."]
                    : ["See why with tfmtctl plugins show \(id), fix the cause, then tfmtctl plugins validate \(id)."]
            )
        }
        return entry.plugin
    }

    /// The active plugins, in activation order, optionally only those of one format.
    public func activePlugins(format: TableFormat? = nil) -> [any TableFormatPlugin] {
        activationOrder().compactMap { id in
            guard let entry = entries[id], entry.state == .active else { return nil }
            if let format, entry.plugin.metadata.format != format { return nil }
            return entry.plugin
        }
    }

    /// The number of plugins in each state.
    public func countsByState() -> [PluginState: Int] {
        entries.values.reduce(into: [:]) { counts, entry in counts[entry.state, default: 0] += 1 }
    }

    // MARK: Update

    /// Validates the plugins that are not disabled: each becomes ``PluginState/validated`` (an active plugin stays
    /// active) or ``PluginState/failed`` with its errors. An active plugin that fails is shut down.
    ///
    /// - Returns: The plugins after validation, in registration order.
    @discardableResult
    public func validate() async -> [PluginInfo] {
        let outcome = DependencyValidator(
            hostAPIVersion: hostAPIVersion,
            plugins: entries.mapValues { ($0.plugin.metadata, $0.plugin.dependencies, $0.state) }
        ).validate()
        for id in orderedIDs() {
            guard var entry = entries[id], entry.state != .disabled, entry.state != .discovered else { continue }
            let errors = outcome[id] ?? []
            if errors.isEmpty {
                entry.errors = []
                if entry.state != .active { entry.state = .validated }
            } else {
                if entry.state == .active { await entry.plugin.shutdown() }
                entry.errors = errors
                entry.state = .failed
            }
            entries[id] = entry
        }
        return list()
    }

    /// Validates, then initializes every validated plugin in dependency order. A plugin whose initialization throws
    /// becomes failed, and so do the plugins that depend on it.
    ///
    /// - Returns: The plugins after activation, in registration order.
    @discardableResult
    public func activate(context: (String) -> PluginContext = { _ in PluginContext() }) async -> [PluginInfo] {
        await validate()
        for id in activationOrder() {
            guard let entry = entries[id], entry.state == .validated else { continue }
            let failedDependency = entry.plugin.dependencies.plugins.first { entries[$0.id]?.state != .active }
            if let failedDependency {
                markFailed(id, [dependencyFailedError(id, dependency: failedDependency.id)])
                continue
            }
            do {
                try await entry.plugin.initialize(context: context(id))
                // Another caller may have disabled or removed the plugin while it was initializing.
                if entries[id]?.state == .validated {
                    entries[id]?.state = .active
                } else {
                    await entry.plugin.shutdown()
                }
            } catch {
                markFailed(
                    id,
                    [
                        TFMTError(
                            .pluginInitializationFailed,
                            "plugin '\(id)' failed to initialize: \(error)",
                            context: ["plugin": .string(id), "error": .string(String(describing: error))],
                            resolution: [
                                "Check the daemon log for the plugin's messages.",
                                "Fix the cause, then run tfmtctl plugins validate \(id).",
                            ]
                        )
                    ]
                )
            }
        }
        return list()
    }

    /// Enables a disabled plugin and activates it (and any plugin that was waiting for it).
    ///
    /// - Throws: ``TFMTError/Code/pluginNotFound``.
    @discardableResult
    public func enable(_ id: String) async throws(TFMTError) -> PluginInfo {
        guard let entry = entries[id] else { throw notFound(id) }
        if entry.state == .disabled {
            entries[id]?.state = .registered
            entries[id]?.errors = []
        }
        await activate()
        return info(for: id)!
    }

    /// Disables a plugin, shutting it down if it is active.
    ///
    /// - Throws: ``TFMTError/Code/pluginNotFound``, or ``TFMTError/Code/pluginHasDependents`` when enabled plugins
    ///   depend on it; the registry is then unchanged.
    @discardableResult
    public func disable(_ id: String) async throws(TFMTError) -> PluginInfo {
        guard let entry = entries[id] else { throw notFound(id) }
        if entry.state == .disabled { return info(for: id)! }
        try ensureNoEnabledDependents(of: id, operation: "disable")
        entries[id]?.state = .disabled
        entries[id]?.errors = []
        if entry.state == .active { await entry.plugin.shutdown() }
        return info(for: id)!
    }

    // MARK: Delete

    /// Unregisters an external plugin, shutting it down if it is active.
    ///
    /// - Throws: ``TFMTError/Code/pluginNotFound``, ``TFMTError/Code/builtinCannotBeUnregistered`` or
    ///   ``TFMTError/Code/pluginHasDependents``; the registry is then unchanged.
    public func unregister(_ id: String) async throws(TFMTError) {
        guard let entry = entries[id] else { throw notFound(id) }
        if entry.origin.isBuiltin {
            throw TFMTError(
                .builtinCannotBeUnregistered,
                "plugin '\(id)' is built in and cannot be unregistered",
                context: ["plugin": .string(id)],
                resolution: ["Disable it instead: tfmtctl plugins disable \(id)."]
            )
        }
        try ensureNoEnabledDependents(of: id, operation: "unregister")
        entries[id] = nil
        if entry.state == .active { await entry.plugin.shutdown() }
    }

    /// Shuts every active plugin down, dependents before what they depend on.
    public func shutdownAll() async {
        for id in activationOrder().reversed() {
            guard let entry = entries[id], entry.state == .active else { continue }
            await entry.plugin.shutdown()
            entries[id]?.state = .validated
        }
    }

    // MARK: Helpers

    /// Registration order, the tie-breaker everywhere.
    private func orderedIDs() -> [String] {
        entries.sorted { $0.value.sequence < $1.value.sequence }.map(\.key)
    }

    /// Dependencies first; plugins in a cycle come last in registration order (they never activate).
    public func activationOrder() -> [String] {
        let ids = orderedIDs()
        var order: [String] = []
        var placed: Set<String> = []
        var visiting: Set<String> = []
        func visit(_ id: String) {
            guard !placed.contains(id), !visiting.contains(id), let entry = entries[id] else { return }
            visiting.insert(id)
            for dependency in entry.plugin.dependencies.plugins { visit(dependency.id) }
            visiting.remove(id)
            placed.insert(id)
            order.append(id)
        }
        for id in ids { visit(id) }
        return order
    }

    private func info(for id: String) -> PluginInfo? {
        guard let entry = entries[id] else { return nil }
        return PluginInfo(
            metadata: entry.plugin.metadata,
            dependencies: entry.plugin.dependencies,
            origin: entry.origin,
            state: entry.state,
            errors: entry.errors,
            dependents: dependents(of: id)
        )
    }

    private func dependents(of id: String) -> [String] {
        orderedIDs().filter { other in
            entries[other]?.plugin.dependencies.plugins.contains { $0.id == id } ?? false
        }
    }

    private func ensureNoEnabledDependents(of id: String, operation: String) throws(TFMTError) {
        let blocking = dependents(of: id).filter { entries[$0]?.state != .disabled }
        guard !blocking.isEmpty else { return }
        throw TFMTError(
            .pluginHasDependents,
            "cannot \(operation) plugin '\(id)': \(blocking.joined(separator: ", ")) depend\(blocking.count == 1 ? "s" : "") on it",
            context: ["plugin": .string(id), "dependents": JSONValue(blocking)],
            resolution: blocking.map { "Disable \($0) first: tfmtctl plugins disable \($0)." } + [
                "Then \(operation) \(id) again."
            ]
        )
    }

    private func markFailed(_ id: String, _ errors: [TFMTError]) {
        entries[id]?.state = .failed
        entries[id]?.errors = errors
    }

    private func dependencyFailedError(_ id: String, dependency: String) -> TFMTError {
        TFMTError(
            .dependencyFailed,
            "plugin '\(id)' depends on '\(dependency)', which is not active",
            context: [
                "plugin": .string(id), "dependency": .string(dependency),
                "dependencyState": .string(entries[dependency]?.state.rawValue ?? "missing"),
            ],
            resolution: ["Fix '\(dependency)' first (tfmtctl plugins show \(dependency)), then validate again."]
        )
    }

    private func notFound(_ id: String) -> TFMTError {
        let known = orderedIDs()
        return TFMTError(
            .pluginNotFound,
            "no plugin with id '\(id)' is registered",
            context: ["plugin": .string(id), "registered": JSONValue(known)],
            resolution: ["List the registered plugins with tfmtctl plugins list and use one of their ids."]
        )
    }
}
