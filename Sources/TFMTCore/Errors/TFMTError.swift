/// A failure a person can see and act on.
///
/// Every error that leaves tfmt — over the socket, over HTTP, from `tfmtctl --json` — has this shape: a stable
/// ``Code``, a one-line message, a context object with the facts (path, plugin, found and required versions…),
/// ordered resolution steps and a link into `docs/errors.md`. Equality compares every field, so tests can assert
/// whole errors.
public struct TFMTError: Error, Sendable, Hashable {
    /// The stable code, `TFMT-<AREA>-<NNNN>`.
    public var code: Code
    /// One line saying what went wrong.
    public var message: String
    /// The facts behind the failure.
    public var context: [String: JSONValue]
    /// What a person can do about it, in order.
    public var resolution: [String]

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - code: The stable code; its area says which part of tfmt raised it.
    ///   - message: One line, no trailing period.
    ///   - context: The facts behind the failure.
    ///   - resolution: Steps a person can follow, in order.
    public init(
        _ code: Code,
        _ message: String,
        context: [String: JSONValue] = [:],
        resolution: [String] = []
    ) {
        self.code = code
        self.message = message
        self.context = context
        self.resolution = resolution
    }

    /// The anchor in `docs/errors.md` that explains this code.
    public var docs: String { code.docs }
}

extension TFMTError {
    /// A stable error code such as `TFMT-DEP-0004`.
    ///
    /// Codes never change meaning once released; new failures get new numbers. Every code that appears in the
    /// sources is listed in `docs/errors.md` (a test keeps the two in step).
    public struct Code: Hashable, Sendable, CustomStringConvertible, Codable {
        /// The code as printed, `TFMT-<AREA>-<NNNN>`.
        public let rawValue: String

        /// Creates a code from its printed form.
        ///
        /// - Precondition: `rawValue` has the form `TFMT-<AREA>-<NNNN>`; codes are literals in the sources, so a
        ///   malformed one is a programming error caught by the first test that touches it.
        public init(_ rawValue: String) {
            precondition(Self.isWellFormed(rawValue), "malformed error code \(rawValue)")
            self.rawValue = rawValue
        }

        /// Parses a code received from elsewhere, or returns `nil` when it is not of the form `TFMT-<AREA>-<NNNN>`.
        public init?(parsing text: String) {
            guard Self.isWellFormed(text) else { return nil }
            self.rawValue = text
        }

        /// The area, such as `CFG`, `RPC`, `PLG`, `DEP`, `TBL`, `ENV`, `SEC` or `MET`.
        public var area: String {
            String(rawValue.split(separator: "-")[1])
        }

        /// The anchor in `docs/errors.md`.
        public var docs: String { "docs/errors.md#" + rawValue.lowercased() }

        public var description: String { rawValue }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let code = Code(parsing: text) else {
                throw DecodingError.dataCorruptedError(
                    in: container,
                    debugDescription: "'\(text)' is not an error code of the form TFMT-<AREA>-<NNNN>"
                )
            }
            self = code
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }

        static func isWellFormed(_ text: String) -> Bool {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0] == "TFMT" else { return false }
            let area = parts[1]
            let number = parts[2]
            return (2...4).contains(area.count) && area.allSatisfy { $0.isASCII && $0.isUppercase }
                && number.count == 4 && number.allSatisfy { $0.isASCII && $0.isNumber }
        }
    }
}

extension TFMTError: Codable {
    private enum CodingKeys: String, CodingKey {
        case code, message, context, resolution, docs
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.code = try container.decode(Code.self, forKey: .code)
        self.message = try container.decode(String.self, forKey: .message)
        self.context = try container.decodeIfPresent([String: JSONValue].self, forKey: .context) ?? [:]
        self.resolution = try container.decodeIfPresent([String].self, forKey: .resolution) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(message, forKey: .message)
        try container.encode(context, forKey: .context)
        try container.encode(resolution, forKey: .resolution)
        try container.encode(docs, forKey: .docs)
    }
}

extension TFMTError: CustomStringConvertible {
    /// The one-line form, `TFMT-DEP-0004: plugin 'top' needs plugin 'base'`.
    public var description: String { "\(code): \(message)" }
}
