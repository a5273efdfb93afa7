/// The files of one `_delta_log/` folder, classified once from a single directory listing.
///
/// Listing is the only way to learn the latest version: `_last_checkpoint` is a hint that may be stale, and only
/// commit files define versions.
struct DeltaLogListing: Sendable, Hashable {
    /// Commit versions, ascending.
    var commits: [Int64]
    /// Complete checkpoints, by version ascending and, within a version, cheapest to read first.
    var checkpoints: [DeltaCheckpoint]
    /// Multi-part checkpoints with parts missing, which readers must ignore: `(version, parts found, parts)`.
    var incompleteCheckpoints: [IncompleteCheckpoint]
    /// Versions with a `.crc` checksum file.
    var checksums: Set<Int64>
    /// Log compaction files `(from, to)`; optional to use, and tfmt does not need them.
    var compactions: [ClosedRange<Int64>]
    /// Whether `_last_checkpoint` exists.
    var hasLastCheckpoint: Bool
    /// How many files `_staged_commits/` holds (catalog-managed tables; only the catalog knows which are ratified).
    var stagedCommits: Int
    /// Whether `_sidecars/` exists.
    var hasSidecarFolder: Bool

    /// A multi-part checkpoint whose parts are not all present.
    struct IncompleteCheckpoint: Sendable, Hashable {
        var version: Int64
        var found: Int
        var parts: Int
    }

    /// Classifies the names of a `_delta_log/` folder; `stagedCommits` is the number of files in `_staged_commits/`.
    init(names: [String], stagedCommits: Int) {
        var commits: [Int64] = []
        var classic: [DeltaCheckpoint] = []
        var partsByKey: [PartKey: [Int: String]] = [:]
        var checksums = Set<Int64>()
        var compactions: [ClosedRange<Int64>] = []
        var hasLastCheckpoint = false
        for name in names {
            switch DeltaLogFileName(name) {
            case .commit(let version):
                commits.append(version)
            case .classicCheckpoint(let version):
                classic.append(DeltaCheckpoint(version: version, kind: .classic, files: [name]))
            case .checkpointPart(let version, let part, let parts):
                partsByKey[PartKey(version: version, parts: parts), default: [:]][part] = name
            case .uuidCheckpoint(let version, _, let isJSON):
                classic.append(DeltaCheckpoint(version: version, kind: isJSON ? .v2JSON : .v2Parquet, files: [name]))
            case .checksum(let version):
                checksums.insert(version)
            case .compaction(let from, let to):
                compactions.append(from...to)
            case .lastCheckpoint:
                hasLastCheckpoint = true
            case .other:
                break
            }
        }
        var incomplete: [IncompleteCheckpoint] = []
        for (key, parts) in partsByKey {
            if parts.count == key.parts {
                let files = (1...key.parts).compactMap { parts[$0] }
                classic.append(DeltaCheckpoint(version: key.version, kind: .multiPart, files: files))
            } else {
                incomplete.append(IncompleteCheckpoint(version: key.version, found: parts.count, parts: key.parts))
            }
        }
        self.commits = commits.sorted()
        self.checkpoints = classic.sorted { lhs, rhs in
            if lhs.version != rhs.version { return lhs.version < rhs.version }
            if lhs.kind.preference != rhs.kind.preference { return lhs.kind.preference < rhs.kind.preference }
            return lhs.files.lexicographicallyPrecedes(rhs.files)
        }
        self.incompleteCheckpoints = incomplete.sorted { ($0.version, $0.parts) < ($1.version, $1.parts) }
        self.checksums = checksums
        self.compactions = compactions.sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
        self.hasLastCheckpoint = hasLastCheckpoint
        self.stagedCommits = stagedCommits
        self.hasSidecarFolder = names.contains("_sidecars")
    }

    private struct PartKey: Hashable {
        var version: Int64
        var parts: Int
    }
}
