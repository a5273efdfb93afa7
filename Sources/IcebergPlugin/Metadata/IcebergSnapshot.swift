import TFMTCore

/// A snapshot (spec "Snapshots"): the fields tfmt reports. Summary values are strings in the spec; other JSON values
/// are tolerated.
struct IcebergSnapshot: Sendable, Hashable, Decodable {
    var snapshotID: Int64
    var parentSnapshotID: Int64?
    var sequenceNumber: Int64?
    var timestampMs: Int64
    var manifestList: String?
    /// The v1 inline manifest list (v1 writers may write this instead of `manifest-list`).
    var manifests: [String]?
    var summary: [String: JSONValue]?
    var schemaID: Int?
    var firstRowID: Int64?
    var addedRows: Int64?

    private enum CodingKeys: String, CodingKey {
        case snapshotID = "snapshot-id"
        case parentSnapshotID = "parent-snapshot-id"
        case sequenceNumber = "sequence-number"
        case timestampMs = "timestamp-ms"
        case manifestList = "manifest-list"
        case manifests
        case summary
        case schemaID = "schema-id"
        case firstRowID = "first-row-id"
        case addedRows = "added-rows"
    }

    /// A summary value as an integer, when it is one (the spec writes counts as decimal strings).
    func summaryInteger(_ key: String) -> Int64? {
        switch summary?[key] {
        case .string(let text)?: return Int64(text)
        case let value?: return value.intValue
        case nil: return nil
        }
    }
}
