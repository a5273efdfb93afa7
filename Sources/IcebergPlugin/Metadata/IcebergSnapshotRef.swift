/// A named reference to a snapshot (spec "Snapshot References"): a branch or a tag, with its retention settings.
struct IcebergSnapshotRef: Sendable, Hashable, Decodable {
    init(snapshotID: Int64, type: String) {
        self.snapshotID = snapshotID
        self.type = type
    }

    var snapshotID: Int64
    /// `branch` or `tag`.
    var type: String
    var minSnapshotsToKeep: Int?
    var maxSnapshotAgeMs: Int64?
    var maxRefAgeMs: Int64?

    private enum CodingKeys: String, CodingKey {
        case snapshotID = "snapshot-id"
        case type
        case minSnapshotsToKeep = "min-snapshots-to-keep"
        case maxSnapshotAgeMs = "max-snapshot-age-ms"
        case maxRefAgeMs = "max-ref-age-ms"
    }
}
