import TFMTCore

/// Reads the part of a checkpoint that a table record needs: its `protocol` and `metaData` actions, and for V2
/// checkpoints the sidecar files it references.
///
/// One conformer per storage: JSON (UUID-named V2 checkpoints) and Parquet (classic, multi-part and UUID-named
/// Parquet checkpoints, read with column projection).
protocol CheckpointReader: Sendable {
    /// Reads `checkpoint`, whose files lie in `logDirectory`.
    ///
    /// - Throws: ``TFMTError`` when a file is missing, unreadable or corrupt; the caller decides whether an older
    ///   checkpoint can stand in.
    func read(_ checkpoint: DeltaCheckpoint, logDirectory: String) throws(TFMTError) -> CheckpointContents
}

/// What a checkpoint says about the table.
struct CheckpointContents: Sendable {
    var protocolAction: DeltaProtocol?
    var metadata: DeltaMetadata?
    /// Whether the checkpoint follows the V2 spec (it has a `checkpointMetadata` action).
    var isV2Spec: Bool
    /// Sidecar file names under `_delta_log/_sidecars/` (V2 spec).
    var sidecars: [String]
}
