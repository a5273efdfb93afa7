import TFMTCore
import TFMTParquet
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Every committed fixture decodes to exactly the values pyarrow read back when it wrote the file.
@Suite("Parquet fixtures written by pyarrow")
struct ParquetFixtureTests {
    struct Expected: Decodable {
        var file: String
        var num_rows: Int64
        var row_groups: Int
        var columns: [String]
        var rows: [JSONValue]
    }

    static func expected(_ name: String) throws -> Expected {
        let data = try Data(contentsOf: FixturePaths.fixture(name, "json"))
        return try JSONDecoder().decode(Expected.self, from: data)
    }

    @Test("decodes every row of the fixture", arguments: FixturePaths.parquetFixtureNames)
    func decodesFixture(name: String) throws {
        let expected = try Self.expected(name)
        let reader = try ParquetReader(path: FixturePaths.fixture(name).path)
        #expect(reader.numRows == expected.num_rows)
        #expect(reader.rowGroupCount == expected.row_groups)
        #expect(reader.schema.fields.map(\.name) == expected.columns)
        let rows = try reader.rows()
        #expect(rows.count == expected.rows.count)
        for (index, (row, want)) in zip(rows, expected.rows).enumerated() {
            let got = row.jsonValue
            if let difference = jsonDifference(got, want) {
                Issue.record("\(name) row \(index): \(difference)")
                break
            }
        }
    }

    @Test("projecting one column yields that column of every row", arguments: FixturePaths.parquetFixtureNames)
    func projectsEachColumn(name: String) throws {
        let expected = try Self.expected(name)
        let reader = try ParquetReader(path: FixturePaths.fixture(name).path)
        for column in expected.columns.prefix(6) {
            let rows = try reader.rows(columns: [column])
            let want = expected.rows.map { JSONValue.object([column: $0[column] ?? .null]) }
            #expect(jsonDifference(.array(rows.map(\.jsonValue)), .array(want)) == nil, "\(name).\(column)")
        }
    }
}
