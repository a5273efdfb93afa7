import TFMTCore

/// Where in a file a byte sequence being decoded lies, so every error can name the file and the offset.
///
/// Bytes of the header and the block framing map straight onto file offsets. Bytes of a compressed block do not,
/// so errors there name the block, the file offset of its data and the offset within the decompressed block.
struct AvroLocation: Sendable, Hashable {
    /// The file, or a caller-chosen name for bytes that do not come from a file.
    var path: String
    /// The file offset of the first byte of the buffer being decoded.
    var fileOffset: Int
    /// The block the buffer belongs to, counted from 0, or nil for the header and framing.
    var block: Int?
    /// True when the buffer is a block's decompressed data, whose offsets are not file offsets.
    var decompressed: Bool = false

    /// The error context for a failure at `position` (counted from the start of the buffer).
    func context(at position: Int) -> [String: JSONValue] {
        var context: [String: JSONValue] = ["path": .string(path)]
        if let block { context["block"] = .int(Int64(block)) }
        if decompressed {
            context["offset"] = .int(Int64(fileOffset))
            context["offsetInBlock"] = .int(Int64(position))
        } else {
            context["offset"] = .int(Int64(fileOffset + position))
        }
        return context
    }

    /// An error at `position`, with the resolution steps for its code and any further facts.
    func error(
        _ code: TFMTError.Code,
        _ message: String,
        at position: Int,
        _ extra: [String: JSONValue] = [:]
    ) -> TFMTError {
        TFMTError(
            code,
            message,
            context: context(at: position).merging(extra) { _, new in new },
            resolution: AvroResolution.steps(for: code)
        )
    }
}
