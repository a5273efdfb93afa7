import TFMTCore

// The codes raised by the Delta Lake plugin (the TBL block from 0300 to 0319); `docs/errors.md` explains each one.

extension TFMTError.Code {
    /// `_delta_log/` exists but holds no commit and no complete checkpoint.
    public static let deltaLogEmpty = Self("TFMT-TBL-0300")
    /// A commit version after the checkpoint the table is read from is missing.
    public static let deltaVersionGap = Self("TFMT-TBL-0301")
    /// The log starts after version 0 and no checkpoint lets the table be reconstructed.
    public static let deltaLogNotReconstructable = Self("TFMT-TBL-0302")
    /// No `protocol` action was found after replaying the log.
    public static let deltaProtocolMissing = Self("TFMT-TBL-0303")
    /// No `metaData` action was found after replaying the log.
    public static let deltaMetadataMissing = Self("TFMT-TBL-0304")
    /// A commit file holds a line that is not a JSON action.
    public static let deltaCommitCorrupt = Self("TFMT-TBL-0305")
    /// No checkpoint the table depends on could be read.
    public static let deltaCheckpointCorrupt = Self("TFMT-TBL-0306")
    /// A `protocol` or `metaData` action lacks a required field or has one of the wrong type.
    public static let deltaActionInvalid = Self("TFMT-TBL-0307")
    /// The table schema (`metaData.schemaString`) is not a valid Delta schema.
    public static let deltaSchemaInvalid = Self("TFMT-TBL-0308")
}
