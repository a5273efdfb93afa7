import TFMTCore

/// A decoding failure inside the reader, before the file and column it happened in are known.
///
/// The decoders throw this small value (typed throws keep the hot paths free of existential boxes); the public
/// entry points add the file path and column and turn it into a ``TFMTError`` with resolution steps.
struct ParquetFailure: Error, Sendable, Hashable {
    /// The stable code the failure maps to.
    var code: TFMTError.Code
    /// One line, no trailing period.
    var message: String
    /// The absolute byte offset in the file, when known.
    var offset: Int?
    /// The dotted column path, when the failure belongs to one column.
    var column: String?
    /// Further facts (found and allowed values, page numbers…).
    var details: [String: JSONValue]

    init(
        _ code: TFMTError.Code,
        _ message: String,
        offset: Int? = nil,
        column: String? = nil,
        details: [String: JSONValue] = [:]
    ) {
        self.code = code
        self.message = message
        self.offset = offset
        self.column = column
        self.details = details
    }

    /// Adds the column path unless a more specific one is already set.
    func inColumn(_ path: String) -> ParquetFailure {
        var copy = self
        if copy.column == nil { copy.column = path }
        return copy
    }

    /// Sets the offset unless one is already known.
    func at(_ offset: Int) -> ParquetFailure {
        var copy = self
        if copy.offset == nil { copy.offset = offset }
        return copy
    }

    /// The user-facing error for a failure in `file`.
    func error(file: String) -> TFMTError {
        var context = details
        context["file"] = .string(file)
        if let offset { context["offset"] = .int(Int64(offset)) }
        if let column { context["column"] = .string(column) }
        return TFMTError(code, message, context: context, resolution: Self.resolution(for: code))
    }

    static func resolution(for code: TFMTError.Code) -> [String] {
        switch code {
        case .parquetNotParquet:
            return [
                "Check that the path names a Parquet file (Delta checkpoints end in .checkpoint.parquet or sit in "
                    + "_delta_log/_sidecars/)",
                "If the file was being written or copied when it was read, wait for the writer to finish and retry",
                "If it stays unreadable, restore the file from the table's storage or rewrite the checkpoint",
            ]
        case .parquetFooterInvalid, .parquetThriftMalformed, .parquetPageCorrupt, .parquetEncodingCorrupt,
            .parquetLevelsInconsistent, .parquetSchemaInvalid:
            return [
                "Check that the file is complete: compare its size with the size the table's log records for it",
                "Try reading it with another reader (for example `python -c \"import pyarrow.parquet as pq; "
                    + "pq.read_table('FILE')\"`) to see whether the file or tfmt is at fault",
                "If the file is damaged, restore it or let the engine write a new checkpoint; if another reader "
                    + "accepts it, report a tfmt bug with the file attached",
            ]
        case .parquetLimitExceeded:
            return [
                "Check that the file is what it claims to be: real table metadata stays far below these limits",
                "If the file is genuine, raise the matching ParquetLimits value where tfmt reads it and report the "
                    + "sizes so the defaults can be revisited",
            ]
        case .parquetUnsupported:
            return [
                "Rewrite the file with a supported setting (codecs: uncompressed, snappy, gzip, zstd, lz4_raw; "
                    + "no encryption)",
                "Report the feature named in the context so it can be added",
            ]
        case .parquetDecompressionFailed:
            return [
                "Check that the file is complete and was not modified after it was written",
                "Read it with another reader to see whether the compressed data itself is damaged",
                "If the file is damaged, restore it or let the engine write a new checkpoint",
            ]
        case .parquetColumnNotFound:
            return [
                "Check the column path against the file's schema (paths are dotted, such as `add.path`)",
                "Older writers may name the columns differently; inspect the schema tfmt reports for the file",
            ]
        case .parquetFileUnreadable:
            return [
                "Check that the file exists and that the tfmt daemon's user may read it",
                "Check the underlying storage for I/O errors",
            ]
        default:
            return []
        }
    }
}
