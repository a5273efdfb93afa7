/// One block of an object container file, decompressed and checked, its records not yet decoded.
public struct AvroBlock: Sendable, Hashable {
    /// The block's position among the file's blocks, counted from 0.
    public let index: Int
    /// The file offset where the block starts (its record count).
    public let fileOffset: Int
    /// The file offset of the block's (compressed) data.
    public let dataOffset: Int
    /// How many records the block holds, as its header states.
    public let recordCount: Int
    /// The block's records, encoded, after decompression.
    public let data: [UInt8]
}
