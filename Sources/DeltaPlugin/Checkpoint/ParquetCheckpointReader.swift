import TFMTCore
import TFMTParquet

/// Reads Parquet checkpoints (classic, every part of a multi-part one, UUID-named V2) with column projection: only
/// the `protocol` and `metaData` columns are decoded, and `sidecar.path` when the file has that column, so the
/// `add` columns that make up almost all of a checkpoint are never touched.
struct ParquetCheckpointReader: CheckpointReader {
    func read(_ checkpoint: DeltaCheckpoint, logDirectory: String) throws(TFMTError) -> CheckpointContents {
        var contents = CheckpointContents(isV2Spec: false, sidecars: [])
        for file in checkpoint.files {
            let path = LocalFiles.join(logDirectory, file)
            let reader = try ParquetReader(path: path)
            let topLevel = Set(reader.schema.fields.map(\.name))
            if contents.protocolAction == nil, topLevel.contains("protocol"),
                let value = try reader.firstNonNullValue(of: "protocol")
            {
                contents.protocolAction = try DeltaProtocol(json: value.jsonValue, file: file)
            }
            if contents.metadata == nil, topLevel.contains("metaData"),
                let value = try reader.firstNonNullValue(of: "metaData")
            {
                contents.metadata = try DeltaMetadata(json: value.jsonValue, file: file)
            }
            if !contents.isV2Spec, topLevel.contains("checkpointMetadata") {
                contents.isV2Spec = try reader.firstNonNullValue(of: "checkpointMetadata") != nil
            }
            if topLevel.contains("sidecar") {
                try reader.forEachRow(columns: ["sidecar.path"]) { row in
                    if let sidecarPath = row[field: "sidecar"]?[field: "path"]?.stringValue {
                        contents.sidecars.append(sidecarPath)
                    }
                    return true
                }
            }
        }
        return contents
    }
}
