// PLACEHOLDER: replaced by the full implementation (Maven ranges, comparison sets, PEP 440) from the versions work.
/// A set of acceptable versions.
public struct VersionRequirement: Sendable, Hashable, CustomStringConvertible, Codable {
    public let description: String
    private let minimum: Version?

    public init(parsing text: String) throws(TFMTError) {
        description = text
        if text.hasPrefix(">=") {
            minimum = try Version(parsing: String(text.dropFirst(2)))
        } else {
            minimum = nil
        }
    }

    public static let any = try! VersionRequirement(parsing: "*")

    public static func atLeast(_ version: Version) -> VersionRequirement {
        try! VersionRequirement(parsing: ">=\(version)")
    }

    public func contains(_ version: Version) -> Bool { minimum.map { version >= $0 } ?? true }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = try VersionRequirement(parsing: try container.decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
