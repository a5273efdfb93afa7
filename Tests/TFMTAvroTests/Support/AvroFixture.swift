import Foundation
import TFMTCore
import Testing

/// A file written by `scripts/fixtures/avro_fixtures.py` and what fastavro read back from it.
struct AvroFixture: Sendable, CustomTestStringConvertible {
    let name: String

    var testDescription: String { name }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static let names = [
        "primitives", "complex", "logical", "deep", "empty", "manifest-null", "manifest-deflate", "manifest-snappy",
        "manifest-zstandard",
    ]

    static let all = names.map(AvroFixture.init(name:))

    var url: URL { Self.directory.appendingPathComponent(name + ".avro") }

    func bytes() throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

    /// The JSON document beside the file.
    func expected() throws -> Expected {
        let data = try Data(contentsOf: Self.directory.appendingPathComponent(name + ".json"))
        return try JSONDecoder().decode(Expected.self, from: data)
    }

    struct Expected: Decodable {
        let codec: String
        let metadata: [String: String]
        let records: [JSONValue]
    }
}

/// JSON equality that treats an integer and a floating-point number of the same value alike, since a JSON number
/// such as `2.0` may come back either way.
func jsonEquivalent(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.int(let left), .double(let right)):
        return Double(left) == right
    case (.double(let left), .int(let right)):
        return left == Double(right)
    case (.array(let left), .array(let right)):
        return left.count == right.count && zip(left, right).allSatisfy(jsonEquivalent)
    case (.object(let left), .object(let right)):
        return left.count == right.count
            && left.allSatisfy { key, value in right[key].map { jsonEquivalent(value, $0) } ?? false }
    default:
        return lhs == rhs
    }
}

/// Checks that an error is one of this module's structured errors and names the file and an offset inside it.
func expectStructured(
    _ error: TFMTError,
    path: String,
    fileSize: Int,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let number = Int(error.code.rawValue.suffix(4)) ?? -1
    #expect(error.code.area == "TBL" && (100...119).contains(number), "\(error)", sourceLocation: sourceLocation)
    #expect(error.context["path"] == .string(path), "\(error)", sourceLocation: sourceLocation)
    let offset = error.context["offset"]?.intValue ?? -1
    #expect(offset >= 0 && offset <= Int64(fileSize), "\(error) \(error.context)", sourceLocation: sourceLocation)
    #expect(!error.resolution.isEmpty, sourceLocation: sourceLocation)
}
