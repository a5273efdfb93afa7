import TFMTCore
import TFMTParquet
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Column projection and early stop on the Delta-like checkpoint fixture.
@Suite("Projection and early stop")
struct ParquetProjectionTests {
    static let checkpoint = "delta_checkpoint_small"

    static func expectedRows() throws -> [JSONValue] {
        try ParquetFixtureTests.expected(checkpoint).rows
    }

    static func expectedFirst(_ field: String) throws -> JSONValue {
        try #require(try expectedRows().lazy.compactMap { $0[field] }.first { $0 != .null })
    }

    @Test("protocol and metaData come back as deltalake-style values", arguments: ["protocol", "metaData"])
    func firstNonNull(field: String) throws {
        let reader = try ParquetReader(path: FixturePaths.path(Self.checkpoint))
        let value = try #require(try reader.firstNonNullValue(of: field))
        #expect(jsonDifference(value.jsonValue, try Self.expectedFirst(field)) == nil)
    }

    @Test("firstRow projects the asked columns of the row where the field is present")
    func firstRowProjection() throws {
        let reader = try ParquetReader(path: FixturePaths.path(Self.checkpoint))
        let row = try #require(try reader.firstRow(whereNonNull: "metaData", columns: ["protocol", "metaData"]))
        #expect(row[field: "protocol"] == .null)
        #expect(row[field: "metaData"]?[field: "id"]?.stringValue == "5e2d5d8c-8a34-4b8e-9d0e-5d2f6c7f4a11")
        #expect(row[field: "add"] == nil)
        let configuration = row[field: "metaData"]?[field: "configuration"]?.stringDictionary
        #expect(configuration?["delta.checkpointPolicy"] == "v2")
        let txn = try reader.firstRow(whereNonNull: "txn", columns: ["txn.version"])
        #expect(txn?[field: "txn"] == .struct([.init(name: "version", value: .int64(3))]))
    }

    @Test("a dotted leaf path selects one leaf and keeps the row shape")
    func dottedLeaf() throws {
        let reader = try ParquetReader(path: FixturePaths.path(Self.checkpoint))
        let rows = try reader.rows(columns: ["add.path"])
        let expected = try Self.expectedRows()
        #expect(rows.count == expected.count)
        for (row, want) in zip(rows, expected) {
            let wantPath = want["add"].flatMap { $0 == .null ? nil : $0["path"] }
            #expect(row[field: "add"]?[field: "path"]?.stringValue == wantPath?.stringValue)
        }
    }

    @Test("early stop ends the scan at the first row the callback declines")
    func earlyStop() throws {
        let reader = try ParquetReader(path: FixturePaths.path("primitives_row_groups"))
        var seen = 0
        try reader.forEachRow(columns: ["int32"]) { _ in
            seen += 1
            return seen < 7
        }
        #expect(seen == 7)
    }

    @Test("reading protocol and metaData never touches add.stats, even when its bytes are garbage")
    func projectionSkipsOtherChunks() throws {
        var bytes = try [UInt8](Data(contentsOf: FixturePaths.fixture(Self.checkpoint)))
        let reader = try ParquetReader(bytes: bytes)
        let leaf = try #require(reader.schema.node(at: "add.stats")?.leafIndex)
        let meta = try #require(reader.metadata.rowGroups[0].columns[leaf].metaData)
        let start = Int(meta.dictionaryPageOffset.map { min($0, meta.dataPageOffset) } ?? meta.dataPageOffset)
        for index in start..<(start + Int(meta.totalCompressedSize)) { bytes[index] = 0xA5 }
        let damaged = try ParquetReader(bytes: bytes, name: "damaged.parquet")
        #expect(try damaged.firstNonNullValue(of: "protocol")?[field: "minReaderVersion"] == .int32(3))
        #expect(try damaged.firstNonNullValue(of: "metaData")?[field: "schemaString"] != nil)
        let error = #expect(throws: TFMTError.self) { try damaged.rows(columns: ["add.stats"]) }
        #expect(error?.context["file"] == "damaged.parquet")
        #expect(error?.context["column"] == "add.stats")
        #expect(error?.context["offset"]?.intValue != nil)
    }

    @Test("unknown columns are a structured error naming the column")
    func unknownColumn() throws {
        let reader = try ParquetReader(path: FixturePaths.path(Self.checkpoint))
        let error = #expect(throws: TFMTError.self) { try reader.rows(columns: ["nope.nothing"]) }
        #expect(error?.code == .parquetColumnNotFound)
        #expect(error?.context["column"] == "nope.nothing")
        #expect(error?.resolution.isEmpty == false)
    }

    @Test("footer facts: row groups, rows and key-value metadata")
    func footerFacts() throws {
        let reader = try ParquetReader(path: FixturePaths.path("primitives_row_groups"))
        #expect(reader.rowGroupCount == 3)
        #expect(reader.numRows == 12)
        #expect(reader.keyValueMetadata["ARROW:schema"] != nil)
        #expect(reader.metadata.createdBy?.hasPrefix("parquet-cpp-arrow") == true)
    }
}
