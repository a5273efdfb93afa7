import TFMTCore

// The codes raised by the Parquet reader. Each error's context names the file (`file`), the byte offset in it
// (`offset`) and, when a column is involved, its dotted path (`column`); `docs/errors.md` explains each code.

extension TFMTError.Code {
    /// The file is not Parquet: too short, or the `PAR1` magic is missing at the start or the end.
    public static let parquetNotParquet = Self("TFMT-TBL-0120")
    /// The footer length or the footer's position does not fit the file.
    public static let parquetFooterInvalid = Self("TFMT-TBL-0121")
    /// Thrift compact-protocol metadata (footer or page header) is malformed or truncated.
    public static let parquetThriftMalformed = Self("TFMT-TBL-0122")
    /// The schema in the footer does not form a valid tree, or does not match the row groups.
    public static let parquetSchemaInvalid = Self("TFMT-TBL-0123")
    /// A size, count or depth in the file exceeds the reader's limits.
    public static let parquetLimitExceeded = Self("TFMT-TBL-0124")
    /// A column chunk or page lies outside the file, or its sizes and counts disagree.
    public static let parquetPageCorrupt = Self("TFMT-TBL-0125")
    /// Encoded values (levels, dictionary indices, bit-packed or delta data) are corrupt.
    public static let parquetEncodingCorrupt = Self("TFMT-TBL-0126")
    /// The file uses a feature this reader does not implement (encoding, codec, encryption).
    public static let parquetUnsupported = Self("TFMT-TBL-0127")
    /// A compressed page could not be decompressed.
    public static let parquetDecompressionFailed = Self("TFMT-TBL-0128")
    /// A requested column path does not exist in the file's schema.
    public static let parquetColumnNotFound = Self("TFMT-TBL-0129")
    /// Definition and repetition levels do not describe valid nested records.
    public static let parquetLevelsInconsistent = Self("TFMT-TBL-0130")
    /// The file could not be opened or read.
    public static let parquetFileUnreadable = Self("TFMT-TBL-0131")
}
