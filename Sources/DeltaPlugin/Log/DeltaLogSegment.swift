import TFMTCore

/// The part of the log that reconstructs the latest version: the latest version itself, the checkpoints that can
/// serve as its base (newest first), and whether the commits alone reach back to version 0.
///
/// Rules (PROTOCOL.md "Checkpoints", "Delta Log Entries"): only commit files define versions; the latest version is
/// the newest commit (or, in a log without commits, the newest complete checkpoint); commits after the base
/// checkpoint must be contiguous; incomplete multi-part checkpoints are ignored; checkpoints newer than the newest
/// commit are ignored.
struct DeltaLogSegment: Sendable, Hashable {
    /// The latest version.
    var latest: Int64
    /// The oldest version the files present can reconstruct: 0 when every commit from 0 is present, otherwise the
    /// oldest complete checkpoint from which commits run contiguously to ``latest``.
    var earliest: Int64
    /// Checkpoints that can serve as the base, newest (and cheapest) first.
    var bases: [DeltaCheckpoint]
    /// Whether commits 0 through ``latest`` are all present, so that replay needs no checkpoint.
    var replaysFromStart: Bool
    /// The oldest commit of the contiguous run that ends at ``latest``; `nil` when the log has no commits.
    var firstContiguousCommit: Int64?
    /// Complete checkpoints after the newest commit, which are ignored.
    var ignoredCheckpoints: [DeltaCheckpoint]
    /// Whether `latest.json` exists (it does unless the log holds checkpoints only).
    var hasLatestCommit: Bool

    /// The number of versions the files can reconstruct: ``latest`` − ``earliest`` + 1.
    var versionCount: Int64 { latest - earliest + 1 }

    /// Chooses the segment for the log listed in `listing` of the table at `location`.
    ///
    /// - Throws: ``TFMTError/Code/deltaLogEmpty``, ``TFMTError/Code/deltaVersionGap`` or
    ///   ``TFMTError/Code/deltaLogNotReconstructable``.
    init(listing: DeltaLogListing, location: String) throws(TFMTError) {
        guard let newestCommit = listing.commits.last else {
            guard let newest = listing.checkpoints.last?.version else {
                throw .deltaLogEmpty(
                    location,
                    stagedCommits: listing.stagedCommits,
                    incompleteCheckpoints: listing.incompleteCheckpoints.count
                )
            }
            latest = newest
            earliest = newest
            bases = Self.newestFirst(listing.checkpoints.filter { $0.version == newest })
            replaysFromStart = false
            firstContiguousCommit = nil
            ignoredCheckpoints = []
            hasLatestCommit = false
            return
        }
        var runStart = newestCommit
        for version in listing.commits.reversed().dropFirst() {
            guard version == runStart - 1 else { break }
            runStart = version
        }
        latest = newestCommit
        hasLatestCommit = true
        firstContiguousCommit = runStart
        replaysFromStart = runStart == 0
        bases = Self.newestFirst(
            listing.checkpoints.filter { $0.version >= runStart - 1 && $0.version <= newestCommit }
        )
        ignoredCheckpoints = listing.checkpoints.filter { $0.version > newestCommit }
        if bases.isEmpty && !replaysFromStart {
            let olderCheckpoint = listing.checkpoints.last { $0.version < runStart - 1 }?.version
            let olderCommit = listing.commits.last { $0 < runStart }
            if let previous = [olderCheckpoint, olderCommit].compactMap({ $0 }).max() {
                throw .deltaVersionGap(
                    location,
                    missing: (previous + 1)...(runStart - 1),
                    checkpoint: olderCheckpoint,
                    latest: newestCommit
                )
            }
            throw .deltaLogNotReconstructable(location, firstCommit: runStart, latest: newestCommit)
        }
        earliest = replaysFromStart ? 0 : bases.map(\.version).min() ?? runStart
    }

    /// Checkpoints ordered newest version first, keeping the cheapest-first order within a version.
    private static func newestFirst(_ checkpoints: [DeltaCheckpoint]) -> [DeltaCheckpoint] {
        checkpoints.enumerated().sorted { lhs, rhs in
            lhs.element.version != rhs.element.version
                ? lhs.element.version > rhs.element.version
                : lhs.offset < rhs.offset
        }.map(\.element)
    }
}
