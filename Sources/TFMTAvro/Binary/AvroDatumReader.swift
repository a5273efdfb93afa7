import TFMTCore

/// Decodes single Avro datums — values written without a container, such as a message body — with a known schema.
public struct AvroDatumReader: Sendable {
    /// The writer's schema.
    public let schema: AvroSchema
    public let limits: AvroLimits

    /// Creates a reader for values written with `schema`.
    public init(schema: AvroSchema, limits: AvroLimits = AvroLimits()) {
        self.schema = schema
        self.limits = limits
    }

    /// Decodes exactly one value from `bytes`; bytes left over after it are an error.
    ///
    /// - Parameters:
    ///   - bytes: The encoded value.
    ///   - source: What the bytes are, for error messages (a file path, or a description).
    /// - Throws: ``TFMTError`` with an Avro code naming `source` and the offset of the failure.
    public func decode(_ bytes: [UInt8], source: String = "datum") throws(TFMTError) -> AvroValue {
        var cursor = AvroByteCursor(bytes, location: AvroLocation(path: source, fileOffset: 0))
        var reader = AvroValueReader(schema: schema, limits: limits)
        let value = try reader.read(0, from: &cursor, depth: 1)
        guard cursor.isAtEnd else {
            throw cursor.error(
                .avroCorrupt,
                "\(cursor.remaining) bytes follow the value",
                ["remainingBytes": .int(Int64(cursor.remaining))]
            )
        }
        return value
    }
}
