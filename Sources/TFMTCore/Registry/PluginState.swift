/// Where a plugin is in its lifecycle: discovered → registered → validated → active, or failed (with its errors)
/// or disabled. Every state is visible; the registry never drops a plugin silently.
public enum PluginState: String, Sendable, Hashable, Codable, CaseIterable {
    /// Found (a manifest in a plugin folder) but not yet registered.
    case discovered
    /// Known to the registry, not yet validated.
    case registered
    /// Its dependencies are satisfied; it can be activated.
    case validated
    /// Initialized and serving requests.
    case active
    /// Validation or initialization failed; ``PluginInfo/errors`` says why.
    case failed
    /// Switched off by an administrator; kept with its settings.
    case disabled
}

/// Where a plugin comes from. On the wire: `{"kind": "builtin"}` or `{"kind": "external", "manifest": PATH}`.
public enum PluginOrigin: Sendable, Hashable, Codable {
    /// Compiled into the daemon; can be disabled, not unregistered.
    case builtin
    /// An executable described by the manifest at this path.
    case external(manifest: String)

    /// Whether the plugin is compiled in.
    public var isBuiltin: Bool {
        if case .builtin = self { return true }
        return false
    }

    private enum CodingKeys: String, CodingKey {
        case kind, manifest
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .kind) {
        case "builtin": self = .builtin
        case "external": self = .external(manifest: try container.decode(String.self, forKey: .manifest))
        case let other:
            throw DecodingError.dataCorruptedError(
                forKey: .kind,
                in: container,
                debugDescription: "unknown plugin origin '\(other)'; expected builtin or external"
            )
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .builtin:
            try container.encode("builtin", forKey: .kind)
        case .external(let manifest):
            try container.encode("external", forKey: .kind)
            try container.encode(manifest, forKey: .manifest)
        }
    }
}

/// What the registry knows about one plugin, as it is shown over RPC.
public struct PluginInfo: Sendable, Hashable, Codable {
    public var metadata: PluginMetadata
    public var dependencies: DependencySpec
    public var origin: PluginOrigin
    public var state: PluginState
    /// Why the plugin failed, or what validation found; empty when all is well.
    public var errors: [TFMTError]
    /// The ids of the registered plugins that depend on this one.
    public var dependents: [String]

    public init(
        metadata: PluginMetadata,
        dependencies: DependencySpec,
        origin: PluginOrigin,
        state: PluginState,
        errors: [TFMTError],
        dependents: [String]
    ) {
        self.metadata = metadata
        self.dependencies = dependencies
        self.origin = origin
        self.state = state
        self.errors = errors
        self.dependents = dependents
    }

    /// The plugin's id.
    public var id: String { metadata.id }
}
