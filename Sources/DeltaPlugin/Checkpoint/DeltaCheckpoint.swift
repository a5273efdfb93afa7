/// One complete checkpoint found in `_delta_log/`: its version, its kind and the files that make it up.
struct DeltaCheckpoint: Sendable, Hashable {
    /// How the checkpoint is stored (PROTOCOL.md "Checkpoints").
    enum Kind: String, Sendable, Hashable {
        /// `V.checkpoint.parquet` (V1 spec, or V2 spec when `v2Checkpoint` is enabled).
        case classic
        /// `V.checkpoint.O.P.parquet`, every part present (V1 spec, deprecated).
        case multiPart
        /// `V.checkpoint.<uuid>.json` (V2 spec).
        case v2JSON
        /// `V.checkpoint.<uuid>.parquet` (V2 spec).
        case v2Parquet

        /// Whether the files are Parquet.
        var isParquet: Bool { self != .v2JSON }

        /// The order in which checkpoints of one version are tried: the cheapest to read first.
        var preference: Int {
            switch self {
            case .v2JSON: return 0
            case .classic: return 1
            case .v2Parquet: return 2
            case .multiPart: return 3
            }
        }
    }

    /// The table version the checkpoint reproduces.
    var version: Int64
    var kind: Kind
    /// The file names inside `_delta_log/`, in part order.
    var files: [String]
}
