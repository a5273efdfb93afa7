/// Where a value sits in the file, printed the way people and `jq` write it: `engines[1].java`,
/// `engines[0].assume["delta-spark_2.12"]`.
struct ConfigKeyPath: Hashable, CustomStringConvertible {
    private enum Component: Hashable {
        case key(String)
        case index(Int)
    }

    private var components: [Component] = []

    /// The top of the file.
    static let root = ConfigKeyPath()

    /// The path of the value under `key`.
    subscript(key: String) -> ConfigKeyPath {
        var path = self
        path.components.append(.key(key))
        return path
    }

    /// The path of the list element at `index`, counted from 0.
    subscript(index: Int) -> ConfigKeyPath {
        var path = self
        path.components.append(.index(index))
        return path
    }

    /// Whether this is the top of the file.
    var isRoot: Bool { components.isEmpty }

    var description: String {
        var text = ""
        for component in components {
            switch component {
            case .index(let index):
                text += "[\(index)]"
            case .key(let key) where Self.isPlain(key):
                text += text.isEmpty ? key : "." + key
            case .key(let key):
                text += "[\"" + key.replacingQuotes() + "\"]"
            }
        }
        return text
    }

    /// Keys that read unambiguously after a dot: letters, digits and `_`, not starting with a digit.
    private static func isPlain(_ key: String) -> Bool {
        guard let first = key.first, first.isASCII, first.isLetter || first == "_" else { return false }
        return key.allSatisfy { $0.isASCII && ($0.isLetter || $0.isWholeNumber || $0 == "_") }
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var result = ""
        for character in self {
            if character == "\"" || character == "\\" { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
