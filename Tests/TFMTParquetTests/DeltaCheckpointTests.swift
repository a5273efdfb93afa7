import TFMTCore
import TFMTParquet
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Real Delta checkpoints from ../shared/fixtures decode to the protocol, metadata and files deltalake reports.
@Suite("Delta checkpoints in the shared fixtures")
struct DeltaCheckpointTests {
    static let deltaDirectory = FixturePaths.sharedFixtures.appendingPathComponent("delta")
    static let isAvailable = FileManager.default.fileExists(atPath: deltaDirectory.path)

    struct Case {
        var directory: URL
        var expected: JSONValue

        init(_ name: String) throws {
            directory = DeltaCheckpointTests.deltaDirectory.appendingPathComponent(name)
            let data = try Data(contentsOf: directory.appendingPathComponent("expected.json"))
            expected = try JSONDecoder().decode(JSONValue.self, from: data)["expected"] ?? .null
        }

        var log: URL { directory.appendingPathComponent("table/_delta_log") }

        func files(in folder: URL, matching suffix: String) -> [URL] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }.sorted()
                .map { folder.appendingPathComponent($0) }
        }
    }

    /// Every `add.path` in the given checkpoint parts.
    static func addPaths(_ parts: [URL]) throws -> [String] {
        var paths: [String] = []
        for part in parts {
            let reader = try ParquetReader(path: part.path)
            try reader.forEachRow(columns: ["add.path"]) { row in
                if let path = row[field: "add"]?[field: "path"]?.stringValue { paths.append(path) }
                return true
            }
        }
        return paths
    }

    @Test(
        "a multi-part classic checkpoint yields deltalake's protocol, metadata and files",
        .enabled(if: isAvailable, "../shared/fixtures is absent; skipping the real Delta checkpoints")
    )
    func multiPartCheckpoint() throws {
        let testCase = try Case("golden-multi-part-checkpoint")
        let parts =
            testCase.files(in: testCase.log, matching: ".checkpoint.0000000001.0000000002.parquet")
            + testCase.files(in: testCase.log, matching: ".checkpoint.0000000002.0000000002.parquet")
        #expect(parts.count == 2)
        var protocolAction: ParquetValue?
        var metaData: ParquetValue?
        for part in parts {
            let reader = try ParquetReader(path: part.path)
            protocolAction = try protocolAction ?? reader.firstNonNullValue(of: "protocol")
            metaData = try metaData ?? reader.firstNonNullValue(of: "metaData")
        }
        let expected = testCase.expected
        #expect(protocolAction?[field: "minReaderVersion"]?.intValue == expected["min_reader_version"]?.intValue)
        #expect(protocolAction?[field: "minWriterVersion"]?.intValue == expected["min_writer_version"]?.intValue)
        try checkMetaData(metaData, expected: expected)
        let paths = try Self.addPaths(parts)
        #expect(Set(paths) == Set(expected["files"]?.arrayValue?.compactMap(\.stringValue) ?? []))
        #expect(paths.count == expected["num_files"]?.intValue.map(Int.init))
    }

    @Test(
        "v2-checkpoint sidecars hold the add actions their checkpoint manifest counts",
        .enabled(if: isAvailable, "../shared/fixtures is absent; skipping the real Delta checkpoints")
    )
    func sidecars() throws {
        let testCase = try Case("deltars-checkpoint-v2-table")
        let sidecars = testCase.files(in: testCase.log.appendingPathComponent("_sidecars"), matching: ".parquet")
        #expect(sidecars.count == 2)
        let tableFiles = Set(testCase.expected["files"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        for sidecar in sidecars {
            let version = String(sidecar.lastPathComponent.prefix(20))
            let manifest = testCase.files(in: testCase.log, matching: ".json").first {
                $0.lastPathComponent.hasPrefix(version + ".checkpoint.")
            }
            let paths = try Self.addPaths([sidecar])
            #expect(!paths.isEmpty)
            // Files a later commit removed are not in deltalake's list; each sidecar file that still is must be
            // named exactly as deltalake names it.
            #expect(paths.contains { tableFiles.contains($0) })
            if let manifest {
                let text = try String(contentsOf: manifest, encoding: .utf8)
                let count = text.split(separator: "\n").compactMap { line -> Int64? in
                    let json = try? JSONDecoder().decode(JSONValue.self, from: Data(line.utf8))
                    return json?["checkpointMetadata"]?["tags"]?["numOfAddFiles"]?.stringValue.flatMap { Int64($0) }
                }.first
                if let count { #expect(Int64(paths.count) == count, "\(sidecar.lastPathComponent)") }
            }
            let reader = try ParquetReader(path: sidecar.path)
            #expect(reader.schema.fields.contains { $0.name == "add" })
        }
    }

    func checkMetaData(_ metaData: ParquetValue?, expected: JSONValue) throws {
        let metaData = try #require(metaData)
        #expect(metaData[field: "id"]?.stringValue == expected["table_id"]?.stringValue)
        #expect(metaData[field: "createdTime"]?.intValue == expected["created_time"]?.intValue)
        #expect(metaData[field: "format"]?[field: "provider"]?.stringValue == "parquet")
        let partitions = metaData[field: "partitionColumns"]?.listValue?.compactMap(\.stringValue)
        #expect(partitions == expected["partition_columns"]?.arrayValue?.compactMap(\.stringValue))
        let configuration = metaData[field: "configuration"]?.stringDictionary
        #expect(configuration == expected["configuration"]?.objectValue?.compactMapValues(\.stringValue))
        let schemaString = try #require(metaData[field: "schemaString"]?.stringValue)
        let schema = try JSONDecoder().decode(JSONValue.self, from: Data(schemaString.utf8))
        let names = schema["fields"]?.arrayValue?.compactMap { $0["name"]?.stringValue }
        #expect(names == expected["schema_field_names"]?.arrayValue?.compactMap(\.stringValue))
    }
}
