/// What a plugin is: identity, version, the format it reads and what it can do.
public struct PluginMetadata: Sendable, Hashable, Codable {
    /// A stable identifier: lower-case letters, digits, `.` and `-`, starting with a letter (`tfmt.delta`).
    public var id: String
    /// A name for people.
    public var name: String
    /// The plugin's own version.
    public var version: Version
    /// The table format the plugin reads.
    public var format: TableFormat
    /// The operations the plugin implements.
    public var capabilities: Set<PluginCapability>
    /// The plugin API version the plugin was built against.
    public var apiVersion: Version
    /// One sentence on what the plugin is for.
    public var summary: String

    public init(
        id: String,
        name: String,
        version: Version,
        format: TableFormat,
        capabilities: Set<PluginCapability>,
        apiVersion: Version = PluginAPI.version,
        summary: String = ""
    ) {
        self.id = id
        self.name = name
        self.version = version
        self.format = format
        self.capabilities = capabilities
        self.apiVersion = apiVersion
        self.summary = summary
    }
}

/// An operation a plugin may implement.
public enum PluginCapability: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case detect
    case inspect
    case requirements
    case catalog
    case capabilities
    case scan

    public static func < (lhs: PluginCapability, rhs: PluginCapability) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The plugin API this build of tfmt offers.
public enum PluginAPI {
    /// The version plugins declare in ``PluginMetadata/apiVersion`` and match in
    /// ``DependencySpec/pluginAPI``. The major number changes when the protocol changes incompatibly.
    public static let version = Version("1.0.0")!
}
