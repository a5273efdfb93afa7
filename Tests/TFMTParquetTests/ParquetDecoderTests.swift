import TFMTCore
import Testing

@testable import TFMTParquet

/// The encoders' edge cases, driven directly with crafted bytes.
@Suite("Encodings and pages")
struct ParquetDecoderTests {
    static let int32Leaf = ParquetLeafDescriptor(node: leafNode(type: 1, repetition: .optional))

    static func leafNode(type: Int32, repetition: ParquetRepetition) -> ParquetSchemaNode {
        var element = ParquetSchemaElement(name: "x")
        element.type = ParquetPhysicalType(rawValue: type)
        element.repetition = repetition
        return ParquetSchemaNode(
            element: element,
            repetition: repetition,
            parent: 0,
            parentPath: [],
            parentDefinitionLevel: 0,
            parentRepetitionLevel: 0,
            depth: 1
        )
    }

    @Test("RLE/bit-packed hybrid: RLE run, bit-packed run, cut to the count")
    func hybrid() throws {
        // RLE run of 3 × 1, then one bit-packed group (8 values) of width 1: 0b10110010.
        var decoder = try RLEBitPackedHybridDecoder(ByteReader([6, 1, 3, 0b1011_0010]), bitWidth: 1)
        let values = try decoder.decode(count: 9, maxValue: 1, as: UInt8.self, what: "levels")
        #expect(values == [1, 1, 1, 0, 1, 0, 0, 1, 1])
    }

    @Test("bit widths beyond 32 are rejected", arguments: [33, 64, 65, 255])
    func badBitWidth(width: Int) {
        #expect(throws: ParquetFailure.self) { try RLEBitPackedHybridDecoder(ByteReader([0]), bitWidth: width) }
    }

    @Test("levels above the maximum are rejected")
    func levelTooHigh() throws {
        var decoder = try RLEBitPackedHybridDecoder(ByteReader([2, 3]), bitWidth: 2)
        let error = #expect(throws: ParquetFailure.self) {
            try decoder.decode(count: 1, maxValue: 2, as: UInt8.self, what: "definition levels")
        }
        #expect(error?.code == .parquetEncodingCorrupt)
    }

    @Test("a run claiming billions of values yields only what is asked")
    func hugeRun() throws {
        var writer = ThriftCompactWriter()
        writer.varint(UInt64(4_000_000_000) << 1)
        writer.bytes.append(1)
        var decoder = try RLEBitPackedHybridDecoder(ByteReader(writer.bytes), bitWidth: 1)
        #expect(try decoder.decode(count: 5, maxValue: 1, as: UInt8.self, what: "levels").count == 5)
    }

    @Test("DELTA_BINARY_PACKED rejects miniblock bit widths above 64 and mismatched counts")
    func deltaBinaryPacked() throws {
        // block 128, 4 miniblocks, 2 values, first value 0; min delta 0; widths [65, 0, 0, 0].
        var bad = ByteReader([0x80, 0x01, 4, 2, 0, 0, 65, 0, 0, 0] + [UInt8](repeating: 0, count: 300))
        let error = #expect(throws: ParquetFailure.self) {
            try DeltaBinaryPackedDecoder.decode(&bad, count: 2, what: "test")
        }
        #expect(error?.code == .parquetEncodingCorrupt)
        var mismatch = ByteReader([0x80, 0x01, 4, 200, 0])
        #expect(throws: ParquetFailure.self) { try DeltaBinaryPackedDecoder.decode(&mismatch, count: 2, what: "test") }
        // Widths of 64 wrap exactly as the specification's two's-complement arithmetic says.
        var wide = ByteReader([0x80, 0x01, 4, 2, 0, 0, 64, 0, 0, 0] + [UInt8](repeating: 0xFF, count: 8 * 32))
        #expect(try DeltaBinaryPackedDecoder.decode(&wide, count: 2, what: "test") == [0, -1])
    }

    /// A column chunk: a dictionary page of `dictionary` int32 values, then a v1 data page with `indices`.
    static func dictionaryChunk(
        dictionary: [Int32],
        indexBitWidth: UInt8,
        indexBytes: [UInt8],
        values: Int32
    ) -> [UInt8] {
        var dictionaryBody: [UInt8] = []
        for value in dictionary {
            withUnsafeBytes(of: value.littleEndian) { dictionaryBody.append(contentsOf: $0) }
        }
        var header = ThriftCompactWriter()
        header.i32(1, 2)
        header.i32(2, Int32(dictionaryBody.count))
        header.i32(3, Int32(dictionaryBody.count))
        header.beginStruct(7)
        header.i32(1, Int32(dictionary.count))
        header.i32(2, 0)
        header.endStruct()
        header.stop()
        // Definition levels: RLE run of `values` × 1, with the 4-byte length prefix.
        let levels: [UInt8] = [UInt8(values << 1), 1]
        let dataBody = [UInt8(levels.count), 0, 0, 0] + levels + [indexBitWidth] + indexBytes
        var data = ThriftCompactWriter()
        data.i32(1, 0)
        data.i32(2, Int32(dataBody.count))
        data.i32(3, Int32(dataBody.count))
        data.beginStruct(5)
        data.i32(1, values)
        data.i32(2, 8)
        data.i32(3, 3)
        data.i32(4, 3)
        data.endStruct()
        data.stop()
        return header.bytes + dictionaryBody + data.bytes + dataBody
    }

    @Test("dictionary pages and indices decode")
    func dictionary() throws {
        let chunk = Self.dictionaryChunk(dictionary: [10, 20, 30], indexBitWidth: 2, indexBytes: [4, 2], values: 2)
        let decoder = ColumnChunkDecoder(leaf: Self.int32Leaf, limits: .default)
        let column = try decoder.decodePages(chunk, baseOffset: 4, codec: .uncompressed, expected: 2)
        #expect(column.values == [.int32(30), .int32(30)])
    }

    @Test("dictionary indices out of range are rejected")
    func dictionaryIndexOutOfRange() throws {
        // RLE run of 2 × index 3 into a 3-entry dictionary.
        let chunk = Self.dictionaryChunk(dictionary: [10, 20, 30], indexBitWidth: 2, indexBytes: [4, 3], values: 2)
        let decoder = ColumnChunkDecoder(leaf: Self.int32Leaf, limits: .default)
        let error = #expect(throws: ParquetFailure.self) {
            try decoder.decodePages(chunk, baseOffset: 4, codec: .uncompressed, expected: 2)
        }
        #expect(error?.code == .parquetEncodingCorrupt)
        #expect(error?.offset != nil)
    }

    @Test("a dictionary index bit width above 32 is rejected")
    func dictionaryBadBitWidth() throws {
        let chunk = Self.dictionaryChunk(dictionary: [10], indexBitWidth: 40, indexBytes: [4, 0], values: 2)
        let decoder = ColumnChunkDecoder(leaf: Self.int32Leaf, limits: .default)
        let error = #expect(throws: ParquetFailure.self) {
            try decoder.decodePages(chunk, baseOffset: 4, codec: .uncompressed, expected: 2)
        }
        #expect(error?.code == .parquetEncodingCorrupt)
    }

    @Test("a page declaring more values than the chunk is rejected")
    func pageCountOverrun() throws {
        let chunk = Self.dictionaryChunk(dictionary: [10], indexBitWidth: 1, indexBytes: [4, 0], values: 2)
        let decoder = ColumnChunkDecoder(leaf: Self.int32Leaf, limits: .default)
        let error = #expect(throws: ParquetFailure.self) {
            try decoder.decodePages(chunk, baseOffset: 4, codec: .uncompressed, expected: 1)
        }
        #expect(error?.code == .parquetPageCorrupt)
    }

    @Test("a dictionary of zero-length values cannot claim billions of entries (fuzzer regression)")
    func zeroLengthDictionary() throws {
        let leaf = ParquetLeafDescriptor(
            physicalType: .fixedLenByteArray,
            typeLength: 0,
            isString: false,
            isUnsigned32: false,
            maxDefinitionLevel: 0,
            maxRepetitionLevel: 0,
            path: "x"
        )
        var header = ThriftCompactWriter()
        header.i32(1, 2)
        header.i32(2, 0)
        header.i32(3, 0)
        header.beginStruct(7)
        header.i32(1, Int32.max)
        header.i32(2, 0)
        header.endStruct()
        header.stop()
        let decoder = ColumnChunkDecoder(leaf: leaf, limits: .default)
        let error = #expect(throws: ParquetFailure.self) {
            try decoder.decodePages(header.bytes, baseOffset: 4, codec: .uncompressed, expected: 1)
        }
        #expect(error?.code == .parquetLimitExceeded)
    }

    @Test("legacy list and map shapes")
    func legacyShapes() throws {
        let footer = ThriftCompactWriter.footer(schema: [
            TestSchemaElement(name: "schema", children: 3),
            TestSchemaElement(name: "legacy", repetition: 1, children: 1, converted: 3),
            TestSchemaElement(name: "array", type: 1, repetition: 2),
            TestSchemaElement(name: "pairs", repetition: 1, children: 1, converted: 3),
            TestSchemaElement(name: "pairs_tuple", repetition: 2, children: 1),
            TestSchemaElement(name: "a", type: 1, repetition: 0),
            TestSchemaElement(name: "m", repetition: 1, children: 1, converted: 2),
            TestSchemaElement(name: "map", repetition: 2, children: 2),
            TestSchemaElement(name: "key", type: 6, repetition: 0, converted: 0),
            TestSchemaElement(name: "value", type: 1, repetition: 1),
        ])
        let schema = try ParquetReader(bytes: ThriftCompactWriter.file(footer: footer)).schema
        #expect(schema.nodes[1].shape == .list(repeated: 2, element: nil))
        #expect(schema.nodes[3].shape == .list(repeated: 4, element: nil))
        #expect(schema.nodes[6].shape == .map(keyValue: 7, key: 8, value: 9))
    }
}
