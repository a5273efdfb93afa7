import TFMTCore

/// The snapshot ids present in `snapshot/`, and its hint files.
public struct SnapshotListing: Sendable, Hashable {
    /// The ids of every `snapshot-<id>` file, ascending.
    public var ids: [Int64]
    /// What `LATEST` says.
    public var latestHint: SnapshotHint
    /// What `EARLIEST` says.
    public var earliestHint: SnapshotHint

    public init(ids: [Int64], latestHint: SnapshotHint = .absent, earliestHint: SnapshotHint = .absent) {
        self.ids = ids
        self.latestHint = latestHint
        self.earliestHint = earliestHint
    }

    /// Lists `folder` (a table's `snapshot/`); a table without one has no snapshots yet.
    ///
    /// - Throws: ``TFMTError/Code/paimonLayoutInvalid`` when `folder` is a file, the core unreadable error when it
    ///   cannot be listed.
    public static func read(folder: String, limits: PaimonReadLimits) throws(TFMTError) -> SnapshotListing {
        switch LocalFiles.kind(at: folder) {
        case nil: return SnapshotListing(ids: [])
        case .file?: throw TFMTError.paimonLayoutInvalid(folder)
        case .directory?: break
        }
        let names = try LocalFiles.contents(ofDirectory: folder)
        let ids = names.compactMap { PaimonFileName.id(of: $0, prefix: "snapshot-") }.sorted()
        return SnapshotListing(
            ids: ids,
            latestHint: SnapshotHint.read(at: LocalFiles.join(folder, "LATEST"), limit: limits.hintBytes),
            earliestHint: SnapshotHint.read(at: LocalFiles.join(folder, "EARLIEST"), limit: limits.hintBytes)
        )
    }

    /// The newest snapshot id present, whatever `LATEST` says.
    public var latest: Int64? { ids.last }

    /// The oldest snapshot id present, whatever `EARLIEST` says.
    public var earliest: Int64? { ids.first }

    /// Whether `LATEST` names the newest snapshot present (`nil` when there is no usable hint).
    public var latestHintAccurate: Bool? {
        latestHint.id.map { $0 == latest }
    }
}
