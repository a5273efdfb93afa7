import TFMTCore

/// Reads little-endian, least-significant-bit-first packed integers of up to 64 bits, as Parquet packs them.
enum BitUnpacker {
    /// The number of bits needed for values up to `maxValue`.
    static func bitWidth(for maxValue: Int) -> Int {
        maxValue <= 0 ? 0 : Int.bitWidth - maxValue.leadingZeroBitCount
    }

    /// Reads the `width`-bit value that starts `bitOffset` bits into `bytes[start...]`.
    ///
    /// - Precondition: the caller has checked that `start + (bitOffset + width + 7) / 8 <= bytes.count`, and
    ///   `width <= 64`.
    @inline(__always)
    static func value(
        in bytes: UnsafeBufferPointer<UInt8>,
        start: Int,
        bitOffset: Int,
        width: Int
    ) -> UInt64 {
        guard width > 0 else { return 0 }
        var byteIndex = start + bitOffset >> 3
        let shift = bitOffset & 7
        var result: UInt64 = 0
        var gathered = 0
        // The first byte contributes its high bits, the following bytes whole.
        result = UInt64(bytes[byteIndex] >> UInt8(shift))
        gathered = 8 - shift
        byteIndex += 1
        while gathered < width {
            let byte = UInt64(bytes[byteIndex])
            if gathered < 64 { result |= byte << UInt64(gathered) }
            gathered += 8
            byteIndex += 1
        }
        return width == 64 ? result : result & ((1 << UInt64(width)) - 1)
    }
}
