import Foundation
import TFMTCompression
import Testing

/// One reference output written by `scripts/fixtures/compression_fixtures.py`.
struct CompressionFixture: Decodable, Sendable, CustomTestStringConvertible {
    let file: String
    let codec: String
    let size: Int
    let crc32: UInt32

    var testDescription: String { file }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures"
    )

    /// Every entry of the manifest; empty when the fixtures are missing, which the manifest test reports.
    static let all: [CompressionFixture] = {
        let url = directory.appendingPathComponent("manifest.json")
        guard let data = try? Data(contentsOf: url) else { return [] }
        return (try? JSONDecoder().decode([CompressionFixture].self, from: data)) ?? []
    }()

    var compressionCodec: CompressionCodec? { CompressionCodec(rawValue: codec) }

    func compressed() throws -> [UInt8] {
        [UInt8](try Data(contentsOf: Self.directory.appendingPathComponent(file)))
    }
}
