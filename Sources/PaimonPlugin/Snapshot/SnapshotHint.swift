import TFMTCore

/// What a `snapshot/LATEST` or `snapshot/EARLIEST` hint file says.
///
/// Paimon writes these hints after a commit and on expiry, but not atomically with the snapshot, and some writers
/// (pypaimon) never write `EARLIEST`; a hint is a starting point, never the answer.
public enum SnapshotHint: Sendable, Hashable {
    /// There is no hint file.
    case absent
    /// The file names snapshot `id`.
    case snapshot(Int64)
    /// The file is there but does not hold a snapshot id (empty, too large, not a number).
    case unreadable

    /// Reads the hint at `path`.
    static func read(at path: String, limit: Int) -> SnapshotHint {
        guard LocalFiles.kind(at: path) == .file else { return .absent }
        guard let bytes = try? LocalFiles.read(path, limit: limit),
            let text = String(validating: bytes, as: UTF8.self),
            let id = Int64(text.trimmingSpaces), id >= 0
        else { return .unreadable }
        return .snapshot(id)
    }

    /// The id, when the hint names one.
    public var id: Int64? {
        if case .snapshot(let id) = self { return id }
        return nil
    }
}
