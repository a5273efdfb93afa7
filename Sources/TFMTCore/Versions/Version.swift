// PLACEHOLDER: replaced by the full implementation (Maven qualifiers, PEP 440) from the versions work.
/// A release version as the formats and engines print it.
public struct Version: Sendable, Hashable, Comparable, LosslessStringConvertible, Codable {
    public let description: String
    public let release: [Int]

    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
        guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }) else { return nil }
        self.description = text
        self.release = parts.compactMap { $0 }
    }

    public init(parsing text: String) throws(TFMTError) {
        guard let version = Version(text) else {
            throw TFMTError(.versionMalformed, "'\(text)' is not a version", context: ["version": .string(text)])
        }
        self = version
    }

    public var major: Int { release.first ?? 0 }
    public var minor: Int { release.count > 1 ? release[1] : 0 }
    public var patch: Int { release.count > 2 ? release[2] : 0 }

    public static func < (lhs: Version, rhs: Version) -> Bool { lhs.release.lexicographicallyPrecedes(rhs.release) }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let version = Version(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a version")
        }
        self = version
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
