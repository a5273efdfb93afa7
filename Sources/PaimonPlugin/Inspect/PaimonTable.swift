import TFMTCore

/// Everything the plugin reads from a Paimon table's folder: the latest snapshot, the schema it uses, the effective
/// options, and the tags and branches beside them.
public struct PaimonTable: Sendable {
    /// The table's root folder, absolute.
    public var location: String
    /// The snapshot files present and the hints.
    public var snapshots: SnapshotListing
    /// The newest snapshot present, or `nil` before the first commit.
    public var latestSnapshot: PaimonSnapshot?
    /// The schema files present.
    public var schemas: SchemaListing
    /// The schema the latest snapshot uses (the newest schema when there is no snapshot).
    public var schema: PaimonSchema
    /// The schema's options with Paimon's defaults filled in.
    public var options: PaimonTableOptions
    /// Primary-key or append table.
    public var kind: PaimonTableKind
    /// How rows are assigned to buckets.
    public var bucketMode: PaimonBucketMode
    /// The tag names (`tag/tag-<name>`), sorted.
    public var tags: [String]
    /// The branch names (`branch/branch-<name>/`), sorted.
    public var branches: [String]
    /// Whether the table keeps changelog metadata in `changelog/` (0.8+).
    public var hasChangelogFolder: Bool

    /// Reads the table at `location`.
    ///
    /// - Parameters:
    ///   - location: The table's root folder, absolute.
    ///   - limits: The largest files read.
    /// - Throws: ``TFMTError`` in the `TBL` area: the table has no schema, a snapshot or schema file is corrupt or
    ///   missing, a hint names a snapshot when none exists, an option is invalid, or a folder cannot be read.
    public static func read(at location: String, limits: PaimonReadLimits = .standard) throws(TFMTError) -> PaimonTable
    {
        let schemaFolder = LocalFiles.join(location, "schema")
        let snapshotFolder = LocalFiles.join(location, "snapshot")
        let schemas = try SchemaListing.read(folder: schemaFolder)
        guard let newestSchema = schemas.latest else {
            throw TFMTError.notATable(
                location,
                format: .paimon,
                root: "the table's folder, the one that contains schema/ and snapshot/"
            )
        }
        let snapshots = try SnapshotListing.read(folder: snapshotFolder, limits: limits)
        var latestSnapshot: PaimonSnapshot?
        let schemaID: Int64
        if let latest = snapshots.latest {
            let path = LocalFiles.join(snapshotFolder, "snapshot-\(latest)")
            let snapshot = try PaimonSnapshot.read(at: path, expectedID: latest, limit: limits.snapshotBytes)
            guard schemas.ids.contains(snapshot.schemaId) else {
                throw TFMTError.paimonSchemaMissing(
                    snapshot: path,
                    schemaID: snapshot.schemaId,
                    schemaFolder: schemaFolder
                )
            }
            latestSnapshot = snapshot
            schemaID = snapshot.schemaId
        } else {
            if let hint = snapshots.latestHint.id {
                throw TFMTError.paimonHintDangling(LocalFiles.join(snapshotFolder, "LATEST"), hint: hint)
            }
            if let hint = snapshots.earliestHint.id {
                throw TFMTError.paimonHintDangling(LocalFiles.join(snapshotFolder, "EARLIEST"), hint: hint)
            }
            schemaID = newestSchema
        }
        let schemaPath = LocalFiles.join(schemaFolder, "schema-\(schemaID)")
        let schema = try PaimonSchema.read(at: schemaPath, expectedID: schemaID, limit: limits.schemaBytes)
        let options = try PaimonTableOptions(schema: schema, path: schemaPath)
        return PaimonTable(
            location: location,
            snapshots: snapshots,
            latestSnapshot: latestSnapshot,
            schemas: schemas,
            schema: schema,
            options: options,
            kind: schema.primaryKeys.isEmpty ? .append : .primaryKey,
            bucketMode: PaimonBucketMode(
                bucket: options.bucket,
                primaryKeys: schema.primaryKeys,
                partitionKeys: schema.partitionKeys
            ),
            tags: try names(in: LocalFiles.join(location, "tag"), prefix: "tag-", directories: false),
            branches: try names(in: LocalFiles.join(location, "branch"), prefix: "branch-", directories: true),
            hasChangelogFolder: LocalFiles.kind(at: LocalFiles.join(location, "changelog")) == .directory
        )
    }

    /// The features in use (see ``PaimonFeatures``).
    public var features: [String] {
        PaimonFeatures.detect(
            PaimonFeatures.Facts(
                schema: schema,
                options: options,
                bucketMode: bucketMode,
                snapshot: latestSnapshot,
                tags: tags,
                branches: branches,
                hasChangelogFolder: hasChangelogFolder
            )
        )
    }

    /// The names after `prefix` of the entries of `folder` (files for tags, folders for branches), sorted; none when
    /// the folder is absent.
    private static func names(in folder: String, prefix: String, directories: Bool) throws(TFMTError) -> [String] {
        guard LocalFiles.kind(at: folder) == .directory else { return [] }
        return try LocalFiles.contents(ofDirectory: folder).compactMap { name in
            guard name.hasPrefix(prefix), name.count > prefix.count else { return nil }
            let isDirectory = LocalFiles.kind(at: LocalFiles.join(folder, name)) == .directory
            guard isDirectory == directories else { return nil }
            return String(name.dropFirst(prefix.count))
        }
    }
}
