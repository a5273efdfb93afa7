import TFMTCore

// The codes the Iceberg plugin raises; numbers 0200 to 0219 of the TBL area belong to this module. `docs/errors.md`
// explains each one.

extension TFMTError.Code {
    /// An Iceberg metadata file is not valid JSON or lacks a field every format version requires.
    public static let icebergMetadataCorrupt = Self("TFMT-TBL-0200")
    /// The metadata names a current snapshot that is not among its snapshots.
    public static let icebergCurrentSnapshotMissing = Self("TFMT-TBL-0201")
    /// The metadata names a current schema, default partition spec or default sort order it does not contain.
    public static let icebergMetadataInconsistent = Self("TFMT-TBL-0202")
    /// `metadata/version-hint.text` exists but no metadata file does.
    public static let icebergVersionHintDangling = Self("TFMT-TBL-0203")
    /// The metadata declares a format version this build does not know.
    public static let icebergFormatVersionUnsupported = Self("TFMT-TBL-0204")
    /// The path, or a path inside the table, is a loop of symbolic links.
    public static let icebergSymbolicLinkLoop = Self("TFMT-TBL-0205")
    /// The path is a file that is not an Iceberg metadata file.
    public static let icebergPathIsFile = Self("TFMT-TBL-0206")
}
