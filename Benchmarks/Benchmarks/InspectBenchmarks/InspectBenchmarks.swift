import Benchmark
import DeltaPlugin
import Foundation
import HudiPlugin
import IcebergPlugin
import PaimonPlugin
import TFMTBenchmarkSupport
import TFMTCore

/// The tables inspected, the same ones `scripts/bench-peers/inspect_peers.py` times the formats' own Python
/// libraries on. The large Delta and Iceberg tables come from `scripts/bench-peers/make_tables.py`; the Hudi tables
/// from the shared fixtures; missing tables skip their benchmark.
private let tables: [(name: String, path: String, plugin: any TableFormatPlugin)] = [
    ("delta, 1,250 commits", "Benchmarks/.data/delta-1250-commits", DeltaPlugin()),
    ("iceberg, 300 snapshots", "Benchmarks/.data/iceberg-300-snapshots", IcebergPlugin()),
    (
        "paimon, primary key with deletes and tags", "Tests/PaimonPluginTests/Fixtures/pk-fixed-deletes-tags/table",
        PaimonPlugin()
    ),
    ("hudi, v8 copy-on-write", "../shared/fixtures/hudi/hudirs-v8-cow-nonpartitioned/table", HudiPlugin()),
    ("hudi, v6 merge-on-read", "../shared/fixtures/hudi/hudirs-v6-mor-avro-trips-8i1u/table", HudiPlugin()),
].map { (name: String, path: String, plugin: any TableFormatPlugin) in
    (name, RepositoryPaths.root + "/" + path, plugin)
}

/// `inspect` per format (issues 5 and 6): the plugin reads the table into the normalized record, in process, as the
/// daemon does for `tfmtctl inspect`. Goal for Delta and Iceberg: at least 3× faster than deltalake and pyiceberg.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal],
        warmupIterations: 5,
        maxDuration: .seconds(3),
        maxIterations: 1_000
    )

    for table in tables {
        let present = FileManager.default.fileExists(atPath: table.path)
        if !present {
            FileHandle.standardError.write(
                Data("InspectBenchmarks: \(table.path) is missing; see scripts/bench-peers/make_tables.py\n".utf8)
            )
        }
        Benchmark("inspect \(table.name)", configuration: .init(skip: !present)) { _ in
            let record = try await table.plugin.inspect(at: table.path, options: InspectOptions())
            blackHole(record)
        }
    }
}
