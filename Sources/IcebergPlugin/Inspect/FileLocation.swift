/// Maps a file location written in table metadata to a path on this machine.
///
/// Iceberg metadata records absolute locations (`s3://bucket/t/metadata/snap-1.avro`, `file:/data/t/…`,
/// `/tmp/t/…`), and a table copied or mounted elsewhere still carries them. tfmt never trusts them to match: a location
/// under the table's recorded `location` is re-rooted onto the folder actually read, a relative one (v4) is taken
/// from that folder, and anything else is looked up by file name in the local `metadata/` folder.
struct FileLocation: Sendable, Hashable {
    /// The table's location as the metadata records it, without a trailing slash or `file:` scheme.
    let recordedRoot: String?
    /// The table's root folder on this machine.
    let localRoot: String

    init(recordedRoot: String?, localRoot: String) {
        self.recordedRoot = recordedRoot.map { Self.trimmingTrailingSlashes(Self.strippingFileScheme($0)) }
        self.localRoot = localRoot
    }

    /// The local path for `location`.
    func localPath(_ location: String) -> String {
        let path = Self.strippingFileScheme(location)
        if let recordedRoot, !recordedRoot.isEmpty, path.hasPrefix(recordedRoot + "/") {
            return localRoot + path.dropFirst(recordedRoot.count)
        }
        if !path.hasPrefix("/"), !path.contains("://") {
            return localRoot + "/" + path
        }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return localRoot + "/metadata/" + name
    }

    /// `file:///a/b` and `file:/a/b` become `/a/b`; other locations are unchanged.
    static func strippingFileScheme(_ location: String) -> String {
        if location.hasPrefix("file://") {
            return String(location.dropFirst("file://".count))
        }
        if location.hasPrefix("file:") {
            return String(location.dropFirst("file:".count))
        }
        return location
    }

    private static func trimmingTrailingSlashes(_ text: String) -> String {
        var text = Substring(text)
        while text.count > 1, text.hasSuffix("/") { text = text.dropLast() }
        return String(text)
    }
}
