import Foundation
import TFMTCore
import TFMTParquet
import Testing

/// A Delta-like checkpoint with 100,000 add actions, written by the fixture script at test time (too big to
/// commit): protocol and metaData decode through projection without reading the adds.
@Suite("Large checkpoint (generated)")
struct LargeCheckpointTests {
    static let adds = 100_000
    static let output = FixturePaths.repositoryRoot.appendingPathComponent(
        ".build/fixtures/delta_checkpoint_100k.parquet"
    )

    /// A Python with pyarrow: `TFMT_PYTHON`, the repository's `.venv`, or `python3` on the path.
    static let python: String? = {
        var candidates: [String] = []
        if let explicit = ProcessInfo.processInfo.environment["TFMT_PYTHON"], !explicit.isEmpty {
            candidates.append(explicit)
        }
        candidates.append(FixturePaths.repositoryRoot.appendingPathComponent(".venv/bin/python").path)
        candidates.append("/usr/bin/env")
        for candidate in candidates {
            let arguments =
                candidate == "/usr/bin/env" ? ["python3", "-c", "import pyarrow"] : ["-c", "import pyarrow"]
            if run(candidate, arguments) == 0 { return candidate }
        }
        return nil
    }()

    static func run(_ executable: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        } catch {
            return -1
        }
    }

    /// Generates the checkpoint once; later runs reuse it.
    static let checkpoint: String? = {
        if FileManager.default.fileExists(atPath: output.path) { return output.path }
        guard let python else { return nil }
        let script = FixturePaths.repositoryRoot.appendingPathComponent("scripts/fixtures/parquet_fixtures.py").path
        var arguments = [script, "--checkpoint-adds", String(adds), "--checkpoint-out", output.path]
        if python == "/usr/bin/env" { arguments.insert("python3", at: 0) }
        return run(python, arguments) == 0 ? output.path : nil
    }()

    @Test(
        "protocol and metaData of a 100,000-add checkpoint, read by projection",
        .enabled(if: checkpoint != nil, "no Python with pyarrow (set TFMT_PYTHON) to generate the checkpoint")
    )
    func protocolAndMetaData() throws {
        let path = try #require(Self.checkpoint)
        // Speed is measured in Benchmarks/, not asserted here.
        let reader = try ParquetReader(path: path)
        let protocolAction = try reader.firstNonNullValue(of: "protocol")
        let metaData = try reader.firstNonNullValue(of: "metaData")
        #expect(protocolAction?[field: "minReaderVersion"] == .int32(3))
        #expect(protocolAction?[field: "writerFeatures"]?.listValue?.count == 3)
        #expect(metaData?[field: "partitionColumns"] == .list([.string("part")]))
        #expect(metaData?[field: "configuration"]?.stringDictionary?["delta.enableDeletionVectors"] == "true")
        #expect(reader.numRows == Int64(Self.adds + 6 + Self.adds / 40))
    }
}
