import TFMTCore

// The codes the Paimon plugin raises (the TBL block from 0500 to 0519). `docs/errors.md` explains each one.

extension TFMTError.Code {
    /// A snapshot file is not valid JSON, or lacks a field every snapshot has.
    public static let paimonSnapshotCorrupt = Self("TFMT-TBL-0500")
    /// A schema file is not valid JSON, or lacks a field every schema has.
    public static let paimonSchemaCorrupt = Self("TFMT-TBL-0501")
    /// `snapshot/LATEST` or `snapshot/EARLIEST` names a snapshot, but `snapshot/` holds no snapshot file at all.
    public static let paimonHintDangling = Self("TFMT-TBL-0502")
    /// The latest snapshot names a schema that `schema/` does not hold.
    public static let paimonSchemaMissing = Self("TFMT-TBL-0503")
    /// `snapshot/` or `schema/` is there but is not a folder.
    public static let paimonLayoutInvalid = Self("TFMT-TBL-0504")
    /// A snapshot or schema file's `id` differs from the number in its file name.
    public static let paimonIdMismatch = Self("TFMT-TBL-0505")
    /// A table option the plugin interprets (such as `bucket`) has a value Paimon would reject.
    public static let paimonOptionInvalid = Self("TFMT-TBL-0506")
}
