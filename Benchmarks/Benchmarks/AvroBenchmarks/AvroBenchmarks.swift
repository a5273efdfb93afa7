import Benchmark
import Foundation
import TFMTAvro
import TFMTBenchmarkSupport

/// The Iceberg-manifest-like files `scripts/bench-peers/avro_manifest.py` writes (50,000 entries), by codec; the same
/// files fastavro is timed on for the side-by-side in docs/performance.md. Missing files skip their benchmark.
private let manifests: [(codec: String, path: String, bytes: Int)] = ["null", "deflate"].compactMap { codec in
    let path = RepositoryPaths.root + "/Benchmarks/.data/manifest-50000-\(codec).avro"
    guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int else {
        FileHandle.standardError.write(
            Data("AvroBenchmarks: \(path) is missing; run scripts/bench-peers/avro_manifest.py --codec \(codec)\n".utf8)
        )
        return nil
    }
    return (codec, path, size)
}

/// The Avro reader (issue 4): decoding a manifest-sized container file record by record, as the Iceberg plugin reads
/// manifests. Throughput in MB/s is the file size over the wall-clock time of one iteration.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 2,
        maxDuration: .seconds(5),
        maxIterations: 50
    )

    for manifest in manifests {
        Benchmark("manifest decode, 50,000 entries, \(manifest.codec) (\(manifest.bytes / 1000) kB)") { _ in
            let reader = try AvroContainerReader(contentsOf: URL(fileURLWithPath: manifest.path))
            var records = reader.records()
            var count = 0
            while let record = try records.next() {
                blackHole(record)
                count += 1
            }
            guard count == 50_000 else { throw BenchmarkFailure("expected 50,000 records, read \(count)") }
        }
    }
}
