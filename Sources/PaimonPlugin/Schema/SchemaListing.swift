import TFMTCore

/// The schema ids present in `schema/`.
public struct SchemaListing: Sendable, Hashable {
    /// The ids of every `schema-<id>` file, ascending.
    public var ids: [Int64]

    public init(ids: [Int64]) {
        self.ids = ids
    }

    /// Lists `folder` (a table's `schema/`).
    ///
    /// - Throws: ``TFMTError/Code/paimonLayoutInvalid`` when `folder` is a file, the core unreadable error when it
    ///   cannot be listed.
    public static func read(folder: String) throws(TFMTError) -> SchemaListing {
        switch LocalFiles.kind(at: folder) {
        case nil: return SchemaListing(ids: [])
        case .file?: throw TFMTError.paimonLayoutInvalid(folder)
        case .directory?: break
        }
        let names = try LocalFiles.contents(ofDirectory: folder)
        return SchemaListing(ids: names.compactMap { PaimonFileName.id(of: $0, prefix: "schema-") }.sorted())
    }

    /// The newest schema id present.
    public var latest: Int64? { ids.last }
}
