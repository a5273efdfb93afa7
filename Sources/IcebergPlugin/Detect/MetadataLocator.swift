import TFMTCore

/// Finds a table's current metadata file from a path: the table's root folder, its `metadata/` folder, or a metadata
/// file itself.
///
/// In a folder, `metadata/version-hint.text` is honoured as a hint (see ``VersionHint``); otherwise the file with the
/// highest version number is current, whatever the files' modification times. Without a catalog this is the best a
/// reader can do: failed or concurrent commits may leave orphan metadata files, which the record then reports as
/// ``MetadataLocation/sameVersion``.
enum MetadataLocator {
    /// The longest `version-hint.text` read.
    static let hintLimit = 4096

    /// The current metadata file of the table at `path`, or `nil` when `path` holds no Iceberg table.
    ///
    /// - Throws: ``TFMTError`` when `path` does not exist or cannot be examined, is a loop of symbolic links, or has a
    ///   `version-hint.text` without metadata files.
    static func locate(_ path: String) throws(TFMTError) -> MetadataLocation? {
        let absolute = LocalFiles.absolute(path)
        guard let kind = try PathProbe.kind(at: absolute) else {
            throw .icebergPathMissing(absolute)
        }
        switch kind {
        case .file:
            return try locateFile(absolute)
        case .directory:
            let metadata = LocalFiles.join(absolute, "metadata")
            if try PathProbe.kind(at: metadata) == .directory {
                return try locateInFolder(metadata, root: absolute)
            }
            if lastComponent(absolute) == "metadata" {
                return try locateInFolder(absolute, root: parent(absolute))
            }
            return nil
        }
    }

    /// A metadata file named on its own: any `*.metadata.json` name, or another JSON file whose content is Iceberg
    /// table metadata (test data and exports often have other names).
    private static func locateFile(_ file: String) throws(TFMTError) -> MetadataLocation? {
        let name = lastComponent(file)
        let folder = parent(file)
        let root = lastComponent(folder) == "metadata" ? parent(folder) : folder
        let parsed = MetadataFileName(name)
        if parsed == nil {
            guard name.hasSuffix(".json") || name.hasSuffix(".json.gz"),
                MetadataReader.looksLikeTableMetadata(file)
            else { return nil }
        }
        return MetadataLocation(
            root: root,
            file: file,
            isGzip: parsed?.isGzip ?? name.hasSuffix(".gz"),
            selection: .given,
            candidates: 1,
            sameVersion: [],
            hint: nil
        )
    }

    private static func locateInFolder(_ folder: String, root: String) throws(TFMTError) -> MetadataLocation? {
        let names = try LocalFiles.contents(ofDirectory: folder)
        let files = names.compactMap(MetadataFileName.init).sorted()
        let hint = names.contains("version-hint.text") ? readHint(LocalFiles.join(folder, "version-hint.text")) : nil
        guard let newest = files.last else {
            if let hint {
                throw .icebergVersionHintDangling(folder, hint: hint)
            }
            return nil
        }
        var chosen = newest
        var selection = MetadataLocation.Selection.newest
        var hintStatus: VersionHint?
        if let hint {
            let (file, status) = follow(hint: hint, files: files)
            hintStatus = VersionHint(text: hint, status: status)
            if let file {
                chosen = file
                selection = .versionHint
            }
        }
        let sameVersion = files.filter { $0.version == chosen.version && $0 != chosen }.map(\.name)
        return MetadataLocation(
            root: root,
            file: LocalFiles.join(folder, chosen.name),
            isGzip: chosen.isGzip,
            selection: selection,
            candidates: files.count,
            sameVersion: sameVersion,
            hint: hintStatus
        )
    }

    /// The file a hint leads to: the `v<N>` file it names, then its existing successors.
    private static func follow(
        hint: String,
        files: [MetadataFileName]
    ) -> (MetadataFileName?, VersionHint.Status) {
        guard !hint.isEmpty else { return (nil, .unreadable) }
        guard let version = Int(hint), version >= 0 else { return (nil, .invalid) }
        let byVersion = Dictionary(
            files.filter { $0.scheme == .fileSystem }.map { ($0.version, $0) },
            uniquingKeysWith: { first, second in min(first, second) }
        )
        guard var current = byVersion[version] else { return (nil, .missingFile) }
        var status = VersionHint.Status.used
        while current.version < Int.max, let next = byVersion[current.version + 1] {
            current = next
            status = .behind
        }
        return (current, status)
    }

    /// The hint's text, trimmed, or an empty string when it cannot be read.
    private static func readHint(_ path: String) -> String {
        guard let bytes = try? LocalFiles.read(path, limit: hintLimit) else { return "" }
        let text = String(decoding: bytes, as: UTF8.self)
        return String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    static func lastComponent(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
