import TFMTCore

extension TFMTConfiguration {
    /// `plugins`: external plugins and the settings every plugin receives.
    public struct Plugins: Sendable, Hashable {
        /// `plugins.directories`: absolute directories searched for external plugin manifests, in order.
        public var directories: [String]
        /// `plugins.allowOutsideDirectories`: whether `plugins.register` may load a manifest from anywhere else.
        /// Off by default, so only files an administrator placed in ``directories`` can become plugins.
        public var allowOutsideDirectories: Bool
        /// `plugins.disabled`: plugin ids that start disabled (built-in or external), without duplicates.
        public var disabled: [String]
        /// `plugins.settings`: per plugin id, the free-form map handed to the plugin as
        /// `PluginContext.settings`.
        public var settings: [String: [String: JSONValue]]

        /// Creates plugin settings; every argument defaults to the documented default.
        public init(
            directories: [String] = ["/usr/lib/tfmt/plugins", "/etc/tfmt/plugins"],
            allowOutsideDirectories: Bool = false,
            disabled: [String] = [],
            settings: [String: [String: JSONValue]] = [:]
        ) {
            self.directories = directories
            self.allowOutsideDirectories = allowOutsideDirectories
            self.disabled = disabled
            self.settings = settings
        }
    }
}
