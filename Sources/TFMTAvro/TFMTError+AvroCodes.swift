import TFMTCore

// The codes raised while reading Avro object container files and datums. `docs/errors.md` explains each one.

extension TFMTError.Code {
    /// The file does not start with Avro's magic bytes `Obj` 0x01.
    public static let avroNotContainer = Self("TFMT-TBL-0100")
    /// A length, count or number in the file is malformed or impossible.
    public static let avroCorrupt = Self("TFMT-TBL-0101")
    /// The file ends before a structure it started is complete.
    public static let avroTruncated = Self("TFMT-TBL-0102")
    /// A block is not followed by the file's sync marker.
    public static let avroSyncMismatch = Self("TFMT-TBL-0103")
    /// The writer's schema is missing, is not JSON, or is not a valid Avro schema.
    public static let avroSchemaInvalid = Self("TFMT-TBL-0104")
    /// The file is compressed with a codec tfmt does not read.
    public static let avroCodecUnsupported = Self("TFMT-TBL-0105")
    /// A block's compressed data could not be decompressed.
    public static let avroDecompressionFailed = Self("TFMT-TBL-0106")
    /// A snappy block's CRC-32 does not match its decompressed data.
    public static let avroChecksumMismatch = Self("TFMT-TBL-0107")
    /// The file passes one of the reader's limits (nesting depth, schema size, block size, empty values).
    public static let avroLimitExceeded = Self("TFMT-TBL-0108")
    /// A value does not fit the writer's schema (union branch or enum index out of range, invalid UTF-8).
    public static let avroDatumInvalid = Self("TFMT-TBL-0109")
    /// A record could not be decoded into the Swift type asked for.
    public static let avroTypeMismatch = Self("TFMT-TBL-0110")
}
