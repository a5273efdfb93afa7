import TFMTCore

/// Reads UUID-named V2 checkpoints stored as newline-delimited JSON (`V.checkpoint.<uuid>.json`).
struct JSONCheckpointReader: CheckpointReader {
    /// The largest checkpoint file read, in bytes.
    var limit: Int

    func read(_ checkpoint: DeltaCheckpoint, logDirectory: String) throws(TFMTError) -> CheckpointContents {
        var contents = CheckpointContents(isV2Spec: false, sidecars: [])
        for file in checkpoint.files {
            let actions = try DeltaActionFile(path: LocalFiles.join(logDirectory, file), name: file, limit: limit)
            contents.protocolAction = contents.protocolAction ?? actions.protocolAction
            contents.metadata = contents.metadata ?? actions.metadata
            contents.isV2Spec = contents.isV2Spec || actions.hasCheckpointMetadata
            contents.sidecars += actions.sidecars
        }
        return contents
    }
}
