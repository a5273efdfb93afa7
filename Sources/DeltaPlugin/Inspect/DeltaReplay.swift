import TFMTCore

/// Replays the log backwards from the latest version until the newest `protocol` and `metaData` are known.
///
/// Commits are read newest first and replay stops as soon as both actions were seen ("latest wins"), so a table
/// whose newest commits change neither is read from its base checkpoint's `protocol` and `metaData` columns only.
/// A checkpoint that cannot be read is skipped for the next older base when one exists (with the commits in between),
/// and reported; when none remains the error says which checkpoint failed.
struct DeltaReplay: Sendable {
    var protocolAction: DeltaProtocol
    var metadata: DeltaMetadata
    /// The file the `metaData` came from (for schema errors).
    var metadataFile: String
    /// Where each action came from: `commit 12`, `checkpoint 10`.
    var protocolSource: String
    var metadataSource: String
    /// The latest commit's `commitInfo`, when the latest version has a commit file that holds one.
    var latestCommitInfo: DeltaCommitInfo?
    /// The checkpoint read, when one was needed.
    var checkpoint: DeltaCheckpoint?
    /// What it holds beyond protocol and metadata.
    var checkpointContents: CheckpointContents?
    /// Checkpoints that could not be read and were replaced by an older base.
    var skippedCheckpoints: [(checkpoint: DeltaCheckpoint, error: TFMTError)]
    /// The commit files read.
    var commitsRead: Int

    /// Replays `segment` of the log in `logDirectory` of the table at `location`.
    init(
        segment: DeltaLogSegment,
        logDirectory: String,
        location: String,
        limits: DeltaReadLimits
    ) throws(TFMTError) {
        var found = Found()
        var nextCommit = segment.latest
        var skipped: [(checkpoint: DeltaCheckpoint, error: TFMTError)] = []
        var usedCheckpoint: DeltaCheckpoint?
        var usedContents: CheckpointContents?
        var commitsRead = 0
        var latestCommitInfo: DeltaCommitInfo?

        func readCommit(_ version: Int64) throws(TFMTError) {
            let name = DeltaLogFileName.commitName(version)
            let actions = try DeltaActionFile(
                path: LocalFiles.join(logDirectory, name),
                name: "_delta_log/" + name,
                limit: limits.commit
            )
            commitsRead += 1
            if version == segment.latest { latestCommitInfo = actions.commitInfo }
            found.take(
                actions.protocolAction,
                actions.metadata,
                source: "commit \(version)",
                file: "_delta_log/" + name
            )
        }

        if segment.hasLatestCommit {
            try readCommit(segment.latest)
            nextCommit = segment.latest - 1
        }
        let bases: [DeltaCheckpoint?] = segment.bases + (segment.replaysFromStart ? [nil] : [])
        baseLoop: for base in bases {
            let floor = base?.version ?? -1
            while !found.isComplete, nextCommit > floor {
                try readCommit(nextCommit)
                nextCommit -= 1
            }
            if found.isComplete { break }
            guard let base else { break }
            do throws(TFMTError) {
                let contents = try Self.reader(for: base, limits: limits).read(base, logDirectory: logDirectory)
                let file = "_delta_log/" + (base.files.first ?? "")
                found.take(contents.protocolAction, contents.metadata, source: "checkpoint \(base.version)", file: file)
                guard found.isComplete else {
                    let action = found.protocolAction == nil ? "protocol" : "metaData"
                    throw TFMTError.deltaActionMissing(
                        action,
                        location: location,
                        latest: segment.latest,
                        checkpoint: base.version
                    )
                }
                usedCheckpoint = base
                usedContents = contents
                break baseLoop
            } catch {
                skipped.append((base, error))
            }
        }
        guard let protocolAction = found.protocolAction, let metadata = found.metadata else {
            if let (checkpoint, error) = skipped.first {
                if error.code.rawValue.hasPrefix("TFMT-TBL-03") { throw error }
                throw .deltaCheckpointCorrupt(
                    "_delta_log/" + (checkpoint.files.first ?? ""),
                    version: checkpoint.version,
                    cause: error
                )
            }
            throw .deltaActionMissing(
                found.protocolAction == nil ? "protocol" : "metaData",
                location: location,
                latest: segment.latest,
                checkpoint: nil
            )
        }
        self.protocolAction = protocolAction
        self.metadata = metadata
        self.metadataFile = found.metadataFile
        self.protocolSource = found.protocolSource
        self.metadataSource = found.metadataSource
        self.latestCommitInfo = latestCommitInfo
        self.checkpoint = usedCheckpoint
        self.checkpointContents = usedContents
        self.skippedCheckpoints = skipped
        self.commitsRead = commitsRead
    }

    /// The reader for a checkpoint's storage.
    static func reader(for checkpoint: DeltaCheckpoint, limits: DeltaReadLimits) -> any CheckpointReader {
        checkpoint.kind.isParquet ? ParquetCheckpointReader() : JSONCheckpointReader(limit: limits.jsonCheckpoint)
    }

    /// The newest `protocol` and `metaData` seen so far, replaying backwards.
    private struct Found {
        var protocolAction: DeltaProtocol?
        var metadata: DeltaMetadata?
        var protocolSource = ""
        var metadataSource = ""
        var metadataFile = ""

        var isComplete: Bool { protocolAction != nil && metadata != nil }

        /// Keeps the actions of an older file only where a newer one did not have them.
        mutating func take(_ protocolAction: DeltaProtocol?, _ metadata: DeltaMetadata?, source: String, file: String) {
            if self.protocolAction == nil, let protocolAction {
                self.protocolAction = protocolAction
                protocolSource = source
            }
            if self.metadata == nil, let metadata {
                self.metadata = metadata
                metadataSource = source
                metadataFile = file
            }
        }
    }
}
