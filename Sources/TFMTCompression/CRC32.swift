import CZlib

/// The CRC-32 checksum of ISO 3309 / ITU-T V.42 (polynomial 0x04C11DB7, reflected), as zlib, gzip and Avro's snappy
/// codec compute it. Computed by zlib, whose implementation is several times faster than a byte-wise table.
public struct CRC32: Sendable, Hashable {
    /// The checksum of the bytes added so far.
    public private(set) var checksum: UInt32 = 0

    /// zlib counts in 32-bit units, so longer buffers are fed in slices of this size.
    private static let maximumChunk = Int(UInt32.max)

    /// Starts an empty checksum.
    public init() {}

    /// Adds bytes to the checksum.
    public mutating func update(with bytes: some Sequence<UInt8>) {
        let done: Void? = bytes.withContiguousStorageIfAvailable { update(with: $0) }
        if done == nil {
            Array(bytes).withUnsafeBufferPointer { update(with: $0) }
        }
    }

    private mutating func update(with buffer: UnsafeBufferPointer<UInt8>) {
        guard var pointer = buffer.baseAddress else { return }
        var remaining = buffer.count
        var crc = UInt(checksum)
        while remaining > 0 {
            let chunk = min(remaining, Self.maximumChunk)
            crc = crc32(crc, pointer, UInt32(chunk))
            pointer += chunk
            remaining -= chunk
        }
        checksum = UInt32(truncatingIfNeeded: crc)
    }

    /// The checksum of `bytes`.
    public static func checksum(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var crc = CRC32()
        crc.update(with: bytes)
        return crc.checksum
    }
}
