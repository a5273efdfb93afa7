/// The most bytes inspect reads from one file of each kind; larger files fail with a structured error instead of
/// exhausting memory. Parquet checkpoints are read by column chunk and bounded by the Parquet reader's own limits.
public struct DeltaReadLimits: Sendable, Hashable {
    /// A commit file (`V.json`).
    public var commit: Int
    /// A JSON V2 checkpoint (`V.checkpoint.<uuid>.json`).
    public var jsonCheckpoint: Int
    /// `_last_checkpoint`.
    public var lastCheckpoint: Int

    public init(commit: Int = 512 << 20, jsonCheckpoint: Int = 512 << 20, lastCheckpoint: Int = 4 << 20) {
        self.commit = commit
        self.jsonCheckpoint = jsonCheckpoint
        self.lastCheckpoint = lastCheckpoint
    }

    /// The defaults: 512 MiB for commits and JSON checkpoints, 4 MiB for `_last_checkpoint`.
    public static let `default` = DeltaReadLimits()
}
