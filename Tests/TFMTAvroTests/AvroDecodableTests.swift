import Foundation
import TFMTAvro
import TFMTCore
import Testing

/// The parts of an Iceberg manifest entry the Iceberg plugin reads.
private struct ManifestEntry: Decodable, Equatable {
    let status: Int
    let snapshotID: Int64?
    let dataFile: DataFile

    enum CodingKeys: String, CodingKey {
        case status
        case snapshotID = "snapshot_id"
        case dataFile = "data_file"
    }

    struct DataFile: Decodable, Equatable {
        let filePath: String
        let recordCount: Int64
        let columnSizes: [Pair]?
        let lowerBounds: [Bound]?

        enum CodingKeys: String, CodingKey {
            case filePath = "file_path"
            case recordCount = "record_count"
            case columnSizes = "column_sizes"
            case lowerBounds = "lower_bounds"
        }
    }

    struct Pair: Decodable, Equatable {
        let key: Int32
        let value: Int64
    }

    struct Bound: Decodable, Equatable {
        let key: Int
        let value: Data
    }
}

@Suite("Decoding into Decodable types")
struct AvroDecodableTests {
    @Test("decodes Iceberg-like manifest entries", arguments: ["manifest-null", "manifest-snappy"])
    func manifestEntries(name: String) throws {
        let reader = try AvroContainerReader(contentsOf: AvroFixture(name: name).url)
        let entries = try reader.decodeAll(ManifestEntry.self)
        #expect(entries.count == 30)
        #expect(entries[0].snapshotID == nil)
        #expect(entries[1].snapshotID == 3_000_000_000_000_000_001)
        #expect(entries[1].dataFile.recordCount == 1001)
        #expect(entries[0].dataFile.columnSizes == nil)
        #expect(entries[1].dataFile.columnSizes?.map(\.value) == [1, 2, 3])
        #expect(entries[2].dataFile.lowerBounds?.first?.value == Data([2, 0, 0, 0, 0, 0, 0, 0]))
    }

    @Test("enums, maps, nested arrays and byte arrays")
    func complexTypes() throws {
        struct Point: Decodable, Equatable {
            let x: Double
            let y: Float
        }
        struct Complex: Decodable {
            let color: String
            let tags: [String]
            let counts: [String: Int]
            let maybe: String?
            let hash: [UInt8]
            let matrix: [[Int]]
            let points: [String: Point]
        }
        let reader = try AvroContainerReader(contentsOf: AvroFixture(name: "complex").url)
        let values = try reader.decodeAll(Complex.self)
        #expect(values.map(\.color) == ["RED", "GREEN", "BLUE", "RED", "GREEN"])
        #expect(values[3].counts == ["c0": -3, "c1": 997, "c2": 1997])
        #expect(values[1].maybe == nil)
        #expect(values[0].maybe == "maybe 0")
        #expect(values[0].hash.count == 16)
        #expect(values[3].matrix == [[], [0], [0, 2]])
        #expect(values[2].points["p1"] == Point(x: 1, y: 2))
    }

    @Test("a type mismatch names the coding path")
    func mismatch() throws {
        struct Wrong: Decodable {
            let status: String
        }
        struct Narrow: Decodable {
            let snapshot_id: Int8?
        }
        let reader = try AvroContainerReader(contentsOf: AvroFixture(name: "manifest-null").url)
        #expect {
            _ = try reader.decodeAll(Wrong.self)
        } throws: { error in
            let error = error as? TFMTError
            return error?.code == .avroTypeMismatch && error?.context["codingPath"] == .string("status")
                && (error?.context["offset"]?.intValue ?? 0) > 0
        }
        #expect {
            _ = try reader.decodeAll(Narrow.self)
        } throws: { error in
            (error as? TFMTError)?.code == .avroTypeMismatch
        }
    }
}
