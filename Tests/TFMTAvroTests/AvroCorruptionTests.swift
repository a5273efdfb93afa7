import Foundation
import TFMTAvro
import TFMTCore
import Testing

@Suite("Corrupt and hostile container files")
struct AvroCorruptionTests {
    /// Reads every record, returning the error if any.
    private func read(_ bytes: [UInt8], limits: AvroLimits = AvroLimits()) -> (records: Int, error: TFMTError?) {
        do {
            let reader = try AvroContainerReader(data: Data(bytes), path: "test.avro", limits: limits)
            return (try reader.readAll().count, nil)
        } catch {
            return (0, error)
        }
    }

    private func expectError(
        _ bytes: [UInt8],
        _ code: TFMTError.Code,
        limits: AvroLimits = AvroLimits(),
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let result = read(bytes, limits: limits)
        guard let error = result.error else {
            Issue.record("no error; read \(result.records) records", sourceLocation: sourceLocation)
            return
        }
        #expect(error.code == code, "\(error)", sourceLocation: sourceLocation)
        expectStructured(error, path: "test.avro", fileSize: bytes.count, sourceLocation: sourceLocation)
    }

    @Test(
        "every truncation throws a structured error or ends at a block boundary",
        arguments: ["primitives", "complex", "logical", "manifest-snappy", "manifest-deflate", "manifest-zstandard"]
    )
    func truncations(name: String) throws {
        let bytes = try AvroFixture(name: name).bytes()
        let reader = try AvroContainerReader(data: Data(bytes), path: "test.avro")
        var boundaries: Set<Int> = [reader.header.size]
        var blocks = reader.blocks()
        var records = 0
        while let block = try blocks.next() {
            records += block.recordCount
            boundaries.insert(block.fileOffset)
        }
        boundaries.insert(bytes.count)
        for length in 0..<bytes.count {
            let result = read(Array(bytes.prefix(length)))
            if let error = result.error {
                expectStructured(error, path: "test.avro", fileSize: length)
            } else {
                #expect(boundaries.contains(length), "a prefix of \(length) bytes read without error")
                #expect(result.records < records)
            }
        }
    }

    @Test("single flipped bytes never trap", arguments: ["complex", "manifest-snappy", "manifest-null"])
    func flippedBytes(name: String) throws {
        let bytes = try AvroFixture(name: name).bytes()
        for index in bytes.indices {
            for mask: UInt8 in [0x01, 0x80, 0xFF] {
                var mutated = bytes
                mutated[index] ^= mask
                if let error = read(mutated).error {
                    expectStructured(error, path: "test.avro", fileSize: bytes.count)
                }
            }
        }
    }

    @Test("wrong magic")
    func wrongMagic() throws {
        var bytes = try AvroFixture(name: "primitives").bytes()
        bytes[3] = 0x02
        expectError(bytes, .avroNotContainer)
        expectError(Array("PAR1 not avro".utf8), .avroNotContainer)
        expectError([], .avroNotContainer)
    }

    @Test("a bad sync marker after a block")
    func badSync() throws {
        var bytes = try AvroFixture(name: "primitives").bytes()
        bytes[bytes.count - 1] ^= 0xFF
        expectError(bytes, .avroSyncMismatch)
    }

    @Test("a snappy block whose CRC-32 does not match")
    func snappyChecksum() throws {
        let bytes = try AvroFixture(name: "manifest-snappy").bytes()
        let reader = try AvroContainerReader(data: Data(bytes), path: "test.avro")
        var blocks = reader.blocks()
        let first = try #require(try blocks.next())
        let second = try #require(try blocks.next())
        // The CRC is the last four bytes before the sync marker that ends the first block.
        var mutated = bytes
        mutated[second.fileOffset - 17] ^= 0x01
        expectError(mutated, .avroChecksumMismatch)
        #expect(first.recordCount > 0)
    }

    @Test("a schema-less header, an invalid schema and an unknown codec")
    func headerProblems() {
        var writer = AvroTestWriter()
        writer.raw([0x4F, 0x62, 0x6A, 0x01])
        writer.long(0)
        writer.raw(AvroTestWriter.sync)
        expectError(writer.bytes, .avroSchemaInvalid)
        expectError(AvroTestWriter.header(schema: "{\"type\": \"nope\"}"), .avroSchemaInvalid)
        expectError(AvroTestWriter.header(schema: "not json"), .avroSchemaInvalid)
        expectError(AvroTestWriter.header(schema: "\"int\"", codec: "bzip2"), .avroCodecUnsupported)
    }

    @Test("negative and huge lengths and counts")
    func lengthsAndCounts() {
        let header = AvroTestWriter.header(schema: "\"string\"")
        // A negative block record count.
        expectError(header + AvroTestWriter.block(count: -1, data: [0]), .avroCorrupt)
        // A block byte size larger than the file.
        expectError(header + AvroTestWriter.block(count: 1, data: [0], size: 1 << 40), .avroTruncated)
        // A negative block byte size.
        expectError(header + AvroTestWriter.block(count: 1, data: [0], size: -5), .avroCorrupt)
        // A block byte size above the limit.
        var small = AvroLimits()
        small.maxBlockBytes = 4
        expectError(
            header + AvroTestWriter.block(count: 1, data: [0x0A] + Array("hello".utf8)),
            .avroLimitExceeded,
            limits: small
        )
        // A string longer than its block.
        var string = AvroTestWriter()
        string.long(1 << 50)
        expectError(header + AvroTestWriter.block(count: 1, data: string.bytes), .avroTruncated)
        // A negative string length.
        string = AvroTestWriter()
        string.long(-3)
        expectError(header + AvroTestWriter.block(count: 1, data: string.bytes), .avroCorrupt)
        // More records than the block holds.
        expectError(header + AvroTestWriter.block(count: Int64.max, data: [0x02, 0x61]), .avroTruncated)
        // Bytes left after the block's records.
        expectError(header + AvroTestWriter.block(count: 1, data: [0x02, 0x61, 0x00]), .avroCorrupt)
        // An overlong varint.
        expectError(header + [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F], .avroCorrupt)
        // Metadata with a huge entry count and a metadata value past the end.
        var metadata = AvroTestWriter()
        metadata.raw([0x4F, 0x62, 0x6A, 0x01])
        metadata.long(Int64.max)
        metadata.string("avro.schema")
        expectError(metadata.bytes, .avroTruncated)
        metadata = AvroTestWriter()
        metadata.raw([0x4F, 0x62, 0x6A, 0x01])
        metadata.long(Int64.min)
        expectError(metadata.bytes, .avroCorrupt)
    }

    @Test("an array claiming billions of nulls stops at the empty-value budget")
    func emptyValueBudget() {
        let header = AvroTestWriter.header(schema: #"{"type": "array", "items": "null"}"#)
        var data = AvroTestWriter()
        data.long(1 << 40)
        data.long(0)
        var limits = AvroLimits()
        limits.maxEmptyValues = 1000
        expectError(header + AvroTestWriter.block(count: 1, data: data.bytes), .avroLimitExceeded, limits: limits)
        // Records that take no bytes are charged too.
        let empty = AvroTestWriter.header(schema: #"{"type": "record", "name": "E", "fields": []}"#)
        expectError(empty + AvroTestWriter.block(count: Int64.max, data: []), .avroLimitExceeded, limits: limits)
        // Within the budget, they decode.
        let result = read(empty + AvroTestWriter.block(count: 10, data: []), limits: limits)
        #expect(result.records == 10)
        #expect(result.error == nil)
    }

    @Test("a recursive schema cannot make decoding recurse past the depth limit")
    func recursiveData() {
        let header = AvroTestWriter.header(
            schema: #"{"type": "record", "name": "L", "fields": [{"name": "next", "type": ["null", "L"]}]}"#
        )
        // Each level: union branch 1 (the record), then finally branch 0 (null).
        let deep = Array(repeating: UInt8(0x02), count: 10_000) + [0x00]
        expectError(header + AvroTestWriter.block(count: 1, data: deep), .avroLimitExceeded)
        let shallow = Array(repeating: UInt8(0x02), count: 10) + [0x00]
        #expect(read(header + AvroTestWriter.block(count: 1, data: shallow)).records == 1)
    }

    @Test("a compressed block that is not valid compressed data", arguments: ["deflate", "snappy", "zstandard"])
    func corruptCompression(codec: String) {
        let header = AvroTestWriter.header(schema: "\"string\"", codec: codec)
        expectError(header + AvroTestWriter.block(count: 1, data: Array("garbage!".utf8)), .avroDecompressionFailed)
    }

    @Test("errors in compressed blocks name the block and the offset within it")
    func offsetsInBlocks() throws {
        let header = AvroTestWriter.header(schema: "\"boolean\"")
        let result = read(header + AvroTestWriter.block(count: 2, data: [0x01, 0x07]))
        let error = try #require(result.error)
        #expect(error.code == .avroDatumInvalid)
        #expect(error.context["block"] == .int(0))
        #expect(error.context["offset"] == .int(Int64(header.count + 2 + 1)))
    }

    @Test("a missing file and a directory are unreadable paths")
    func unreadable() {
        for path in ["/nonexistent/manifest.avro", AvroFixture.directory.path] {
            #expect {
                try AvroContainerReader(contentsOf: URL(fileURLWithPath: path))
            } throws: { error in
                let error = error as? TFMTError
                return error?.code == .tablePathUnreadable && error?.context["path"] == .string(path)
            }
        }
    }
}
