/// The name of an Iceberg table-metadata file, and what the name says: the table version, the naming scheme and the
/// compression.
///
/// Two schemes exist (spec "File System Tables" and "Metastore Tables"):
/// - file-system tables: `v<N>.metadata.json`, with `metadata/version-hint.text` holding the current `N`;
/// - catalog tables: `<N>-<uuid>.metadata.json`, Java pads `N` to five digits.
///
/// Either may be gzip-compressed, written `….gz.metadata.json` (legacy Java: `….metadata.json.gz`).
struct MetadataFileName: Sendable, Hashable, Comparable {
    /// How the file is named.
    enum Scheme: Sendable, Hashable {
        /// `v<N>.metadata.json`.
        case fileSystem
        /// `<N>-<uuid>.metadata.json`.
        case catalog
    }

    /// The file's name, without folders.
    let name: String
    /// The table version `N` in the name.
    let version: Int
    /// How the file is named.
    let scheme: Scheme
    /// Whether the name says the content is gzip-compressed.
    let isGzip: Bool

    /// Parses a file name, or returns `nil` when it is not a metadata-file name of either scheme.
    init?(_ name: String) {
        let stem: Substring
        if name.hasSuffix(".gz.metadata.json") {
            stem = name.dropLast(".gz.metadata.json".count)
            isGzip = true
        } else if name.hasSuffix(".metadata.json.gz") {
            stem = name.dropLast(".metadata.json.gz".count)
            isGzip = true
        } else if name.hasSuffix(".metadata.json") {
            stem = name.dropLast(".metadata.json".count)
            isGzip = false
        } else {
            return nil
        }
        if stem.first == "v", let version = Self.number(stem.dropFirst()) {
            self.version = version
            scheme = .fileSystem
        } else if let dash = stem.firstIndex(of: "-"), let version = Self.number(stem[..<dash]),
            Self.isUUID(stem[stem.index(after: dash)...])
        {
            self.version = version
            scheme = .catalog
        } else {
            return nil
        }
        self.name = name
    }

    /// Newer versions sort later; names break ties so the order is total.
    static func < (lhs: MetadataFileName, rhs: MetadataFileName) -> Bool {
        lhs.version != rhs.version ? lhs.version < rhs.version : lhs.name < rhs.name
    }

    /// A non-negative decimal number of at most 18 digits.
    private static func number(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.count <= 18, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    /// 36 characters of hexadecimal digits and dashes, as `UUID().uuidString` writes them.
    private static func isUUID(_ text: Substring) -> Bool {
        text.count == 36 && text.allSatisfy { $0 == "-" || $0.isHexDigit }
    }
}
