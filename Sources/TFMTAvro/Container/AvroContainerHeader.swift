import TFMTCore

/// The header of an Avro object container file: its metadata, the writer's schema, the codec and the sync marker.
public struct AvroContainerHeader: Sendable, Hashable {
    /// The first bytes of every object container file: `Obj` and format version 1.
    public static let magic: [UInt8] = [0x4F, 0x62, 0x6A, 0x01]

    /// Every metadata entry, `avro.schema` and `avro.codec` included (Iceberg, for one, adds `schema`,
    /// `partition-spec` and `format-version`).
    public let metadata: [String: [UInt8]]
    /// The writer's schema, parsed from `avro.schema`.
    public let schema: AvroSchema
    /// The block codec from `avro.codec` (`null` when absent).
    public let codec: AvroCodec
    /// The 16 bytes that follow the header and every block.
    public let syncMarker: [UInt8]
    /// The file offset of the first block.
    public let size: Int

    /// A metadata entry as UTF-8 text, or nil when absent or not valid UTF-8.
    public func metadataString(_ key: String) -> String? {
        metadata[key].flatMap { String(validating: $0, as: UTF8.self) }
    }

    /// Reads the header at the start of `cursor`.
    static func read<Bytes>(
        _ cursor: inout AvroByteCursor<Bytes>,
        limits: AvroLimits
    ) throws(TFMTError) -> AvroContainerHeader {
        for expected in magic {
            let byte = try? cursor.readByte("the magic bytes")
            guard byte == expected else {
                throw cursor.location.error(
                    .avroNotContainer,
                    "the file does not start with the Avro magic bytes 'Obj' 0x01",
                    at: 0,
                    ["expected": .string("4f626a01")]
                )
            }
        }

        var metadata: [String: [UInt8]] = [:]
        var schemaPosition = 0
        let metadataStart = cursor.position
        while true {
            let blockStart = cursor.position
            var count = try cursor.readLong("the metadata entry count")
            if count == 0 { break }
            if count < 0 {
                guard count != Int64.min else {
                    throw cursor.location.error(
                        .avroCorrupt,
                        "the metadata has an impossible entry count",
                        at: blockStart
                    )
                }
                count = -count
                _ = try cursor.readLength("the byte size of the metadata")
            }
            // Each entry takes at least two bytes, so the bytes left bound the loop.
            for _ in 0..<count {
                let key = try cursor.readString("a metadata key")
                if key == "avro.schema" {
                    // Past the value's length varint, which readBytes reads next; used to place schema errors.
                    schemaPosition = cursor.position
                }
                metadata[key] = try cursor.readBytes("the metadata value of '\(key)'")
                guard cursor.position - metadataStart <= limits.maxHeaderBytes else {
                    throw cursor.error(
                        .avroLimitExceeded,
                        "the header metadata takes more than \(limits.maxHeaderBytes) bytes",
                        ["limit": .string("maxHeaderBytes"), "value": .int(Int64(limits.maxHeaderBytes))]
                    )
                }
            }
        }
        let syncMarker = Array(try cursor.readSlice(16, "the sync marker"))
        let size = cursor.position

        guard let schemaJSON = metadata["avro.schema"] else {
            throw cursor.location.error(
                .avroSchemaInvalid,
                "the header has no 'avro.schema' entry",
                at: metadataStart
            )
        }
        let schema = try AvroSchemaParser.parse(
            json: schemaJSON,
            limits: limits,
            location: cursor.location,
            position: schemaPosition
        )

        let codecName = metadata["avro.codec"].map { String(decoding: $0, as: UTF8.self) } ?? "null"
        guard let codec = AvroCodec(rawValue: codecName.isEmpty ? "null" : codecName) else {
            throw cursor.location.error(
                .avroCodecUnsupported,
                "the file is compressed with the codec '\(codecName)', which tfmt does not read",
                at: metadataStart,
                [
                    "codec": .string(codecName),
                    "supported": .array(AvroCodec.allCases.map { .string($0.rawValue) }),
                ]
            )
        }
        return AvroContainerHeader(
            metadata: metadata,
            schema: schema,
            codec: codec,
            syncMarker: syncMarker,
            size: size
        )
    }
}
