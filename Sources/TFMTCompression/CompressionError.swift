/// Decompression failed: the input is corrupt or truncated, or its output would pass the caller's limits.
///
/// Readers turn this into their own structured error that names the file and the offset; this type only knows the
/// bytes it was given.
public struct CompressionError: Error, Sendable, Hashable {
    /// The codec that failed.
    public var codec: CompressionCodec
    /// What was wrong, in words a person can read (no trailing period).
    public var reason: String

    /// Creates an error.
    public init(codec: CompressionCodec, reason: String) {
        self.codec = codec
        self.reason = reason
    }
}

extension CompressionError: CustomStringConvertible {
    public var description: String { "\(codec.rawValue): \(reason)" }
}
