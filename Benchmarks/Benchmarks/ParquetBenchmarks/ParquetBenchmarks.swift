import Benchmark
import Foundation
import TFMTBenchmarkSupport
import TFMTParquet

/// The checkpoint, found or generated when the suite registers its benchmarks; `nil` skips them.
private let checkpoint: String? = {
    do {
        return try CheckpointFixture.locate()
    } catch {
        FileHandle.standardError.write(Data("ParquetBenchmarks: \(error)\n".utf8))
        return nil
    }
}()

/// The Parquet reader (issue 4) on a Delta checkpoint with 100,000 add actions.
///
/// Goal (reported, not enforced): protocol and metaData decoded in under 5 ms — projection should make it
/// independent of the number of adds.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 10,
        maxDuration: .seconds(3),
        maxIterations: 5_000,
        skip: checkpoint == nil
    )

    // Opening the file: magic, footer length, the Thrift footer and the schema tree.
    Benchmark("checkpoint footer (100,000 adds)") { _ in
        blackHole(try ParquetReader(path: checkpoint!))
    }

    // What the Delta plugin does with a checkpoint: open it, then the first non-null protocol and metaData
    // through projection, without reading the add columns.
    Benchmark("checkpoint protocol + metaData (100,000 adds)") { _ in
        let reader = try ParquetReader(path: checkpoint!)
        let protocolAction = try reader.firstNonNullValue(of: "protocol")
        let metaData = try reader.firstNonNullValue(of: "metaData")
        guard protocolAction != nil, metaData != nil else {
            throw BenchmarkFailure("the checkpoint has no protocol or metaData action")
        }
        blackHole((protocolAction, metaData))
    }
}
