import TFMTCore

// The codes raised by the Hudi plugin (TFMT-TBL-0400 to TFMT-TBL-0419); `docs/errors.md` lists them all.

extension TFMTError.Code {
    /// The table has a `.hoodie/` folder but neither `hoodie.properties` nor its `.backup`.
    public static let hudiPropertiesMissing = Self("TFMT-TBL-0400")
    /// `hoodie.properties` is not a well-formed Java properties file.
    public static let hudiPropertiesCorrupt = Self("TFMT-TBL-0401")
    /// A property Hudi requires (`hoodie.table.name`) is absent.
    public static let hudiRequiredPropertyMissing = Self("TFMT-TBL-0402")
    /// A property has a value Hudi does not accept (a table version that is not a number, an unknown table type).
    public static let hudiPropertyInvalid = Self("TFMT-TBL-0403")
    /// The table uses a timeline layout version this build does not read.
    public static let hudiTimelineLayoutUnsupported = Self("TFMT-TBL-0404")
    /// The timeline folder is missing or cannot be listed.
    public static let hudiTimelineUnreadable = Self("TFMT-TBL-0405")
    /// An instant file of the timeline cannot be read (I/O error, or larger than allowed).
    public static let hudiInstantUnreadable = Self("TFMT-TBL-0406")
    /// An instant's commit metadata is neither valid JSON (layout 1) nor a valid Avro container (layout 2).
    public static let hudiInstantCorrupt = Self("TFMT-TBL-0407")
    /// The table schema (commit metadata or `hoodie.table.create.schema`) is not a valid Avro schema.
    public static let hudiSchemaInvalid = Self("TFMT-TBL-0408")
    /// The LSM timeline history (`_version_`, `manifest_N`) is corrupt.
    public static let hudiHistoryCorrupt = Self("TFMT-TBL-0409")
    /// `hoodie.table.checksum` does not match the table name (a warning in the record, not a failure).
    public static let hudiChecksumMismatch = Self("TFMT-TBL-0410")
    /// The index definitions file named by `hoodie.table.index.defs.path` cannot be read (a warning).
    public static let hudiIndexDefinitionsUnreadable = Self("TFMT-TBL-0411")
}
