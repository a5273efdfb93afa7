/// The rules a plugin's metadata must follow, shared by the registry and the plugin contract suite.
public enum PluginMetadataCheck {
    /// What is wrong with `metadata`; empty when it is well formed.
    public static func problems(in metadata: PluginMetadata) -> [String] {
        var problems: [String] = []
        if !isValidID(metadata.id) {
            problems.append(
                "id '\(metadata.id)' must be 2 to 64 lower-case letters, digits, '.' or '-', starting with a letter"
            )
        }
        if metadata.name.allSatisfy(\.isWhitespace) {
            problems.append("name is empty")
        }
        if metadata.capabilities.isEmpty {
            problems.append("no capabilities are declared")
        }
        if !metadata.capabilities.contains(.detect) {
            problems.append("the detect capability is required")
        }
        return problems
    }

    /// Whether `id` is a valid plugin id.
    public static func isValidID(_ id: String) -> Bool {
        guard (2...64).contains(id.count), let first = id.first, first.isASCII, first.isLowercase else { return false }
        return id.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "." || $0 == "-") }
    }
}
