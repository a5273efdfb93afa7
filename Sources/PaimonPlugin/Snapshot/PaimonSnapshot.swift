import TFMTCore

/// One Paimon snapshot, as `snapshot/snapshot-<id>` holds it.
///
/// Only the fields the table record reports are kept; Paimon readers since 0.8 ignore fields they do not know, and so
/// does this one.
public struct PaimonSnapshot: Sendable, Hashable {
    /// The snapshot file format: 3 since Paimon 0.4 (still 3 in 2.x); 1 when the field is absent (0.2 and older).
    public var version: Int64
    /// The snapshot id, the number in the file name.
    public var id: Int64
    /// The schema the snapshot's data was written with.
    public var schemaId: Int64
    /// `APPEND`, `COMPACT`, `OVERWRITE` or `ANALYZE`.
    public var commitKind: String
    /// When the snapshot was committed, in milliseconds since the Unix epoch.
    public var timeMillis: Int64
    /// The rows in the table as of this snapshot.
    public var totalRecordCount: Int64?
    /// The rows this snapshot added.
    public var deltaRecordCount: Int64?
    /// The changelog rows this snapshot produced.
    public var changelogRecordCount: Int64?
    /// The watermark the writer recorded (0.5+).
    public var watermark: Int64?
    /// The user (job) that committed it.
    public var commitUser: String?
    /// The commit identifier (`Long.MAX_VALUE` for batch commits).
    public var commitIdentifier: Int64?
    /// The index manifest (dynamic-bucket hash index, deletion vectors, global indexes), 0.5+.
    public var indexManifest: String?
    /// The statistics file an `ANALYZE` wrote, 0.7+.
    public var statistics: String?
    /// The next row id, with row tracking (1.3+).
    public var nextRowId: Int64?
    /// The operation (`WRITE`, `OVERWRITE`, `DELETE`, …), 2.0+.
    public var operation: String?
    /// The writer that committed it (`python-2.1.0-<sha>`), after 2.0.
    public var writerVersion: String?
    /// The snapshot's keys, as written (for markers that only say which writer wrote it).
    public var keys: Set<String>

    /// The version assumed when a snapshot has no `version` field.
    public static let legacyVersion: Int64 = 1

    /// Reads `snapshot-<expectedID>` at `path`.
    ///
    /// - Throws: ``TFMTError/Code/paimonSnapshotCorrupt`` when the file is not a snapshot,
    ///   ``TFMTError/Code/paimonIdMismatch`` when its id is not `expectedID`, and the core unreadable error when it
    ///   cannot be read or is larger than `limit`.
    public static func read(at path: String, expectedID: Int64, limit: Int) throws(TFMTError) -> PaimonSnapshot {
        let members = try PaimonJSONFile.object(at: path, limit: limit) { reason in
            TFMTError.paimonSnapshotCorrupt(path, reason: reason)
        }
        let snapshot = try PaimonSnapshot(members: members, path: path)
        guard snapshot.id == expectedID else {
            throw TFMTError.paimonIdMismatch(path, expected: expectedID, found: snapshot.id)
        }
        return snapshot
    }

    /// Reads a snapshot from the members of its JSON object.
    init(members: [String: JSONValue], path: String) throws(TFMTError) {
        func corrupt(_ reason: String) -> TFMTError { .paimonSnapshotCorrupt(path, reason: reason) }
        func integer(_ key: String) throws(TFMTError) -> Int64 {
            guard let value = members[key] else { throw corrupt("'\(key)' is missing") }
            guard let number = value.intValue else { throw corrupt("'\(key)' is not an integer") }
            return number
        }
        func optionalInteger(_ key: String) throws(TFMTError) -> Int64? {
            switch members[key] {
            case nil, .null?: return nil
            case let value?:
                guard let number = value.intValue else { throw corrupt("'\(key)' is not an integer") }
                return number
            }
        }
        switch members["version"] {
        case nil, .null?: version = Self.legacyVersion
        case let value?:
            guard let number = value.intValue, number >= 1 else { throw corrupt("'version' is not a positive integer") }
            version = number
        }
        id = try integer("id")
        schemaId = try integer("schemaId")
        guard id >= 1 else { throw corrupt("'id' is \(id); snapshot ids start at 1") }
        guard schemaId >= 0 else { throw corrupt("'schemaId' is negative") }
        guard let kind = members["commitKind"]?.stringValue, !kind.isEmpty else {
            throw corrupt("'commitKind' is missing")
        }
        commitKind = kind
        timeMillis = try integer("timeMillis")
        totalRecordCount = try optionalInteger("totalRecordCount")
        deltaRecordCount = try optionalInteger("deltaRecordCount")
        changelogRecordCount = try optionalInteger("changelogRecordCount")
        watermark = try optionalInteger("watermark")
        commitIdentifier = try optionalInteger("commitIdentifier")
        nextRowId = try optionalInteger("nextRowId")
        commitUser = members["commitUser"]?.stringValue
        indexManifest = members["indexManifest"]?.stringValue
        statistics = members["statistics"]?.stringValue
        operation = members["operation"]?.stringValue
        writerVersion = members["writerVersion"]?.stringValue
        keys = Set(members.filter { $0.value != .null }.keys)
    }
}
