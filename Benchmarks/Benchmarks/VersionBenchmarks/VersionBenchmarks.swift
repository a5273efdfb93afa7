import Benchmark
import TFMTBenchmarkSupport
import TFMTCore

/// Version texts as release catalogs, jar names and Python packages spell them.
private let versionTexts = [
    "3.5.1", "3.5.0-rc1", "2.12.18", "2.13", "0.14.0-SNAPSHOT", "1.4.2.post1", "3.3.2-amzn-0", "4.0.0-preview2",
    "1.5.0", "0.10.1", "1!2.0", "2.4.0+local.7", "3.4.4", "1.1.0a1", "3.0.0.dev3", "17",
]

/// Requirement texts in every supported form: exact, wildcard, Maven ranges, comparisons, PEP 440.
private let requirementTexts = [
    "[3.5,4.0)", ">=2.3.0,<3", "~=1.4.2", "3.5.*", "0.14.0+", "[1.0,2.0),[3.0,)", "==1.0.*", "3.5.1",
    ">= 2.3, != 2.4.0", "(,1.0]", "*", "[1.5,)",
]

/// Parses `texts`, failing when one does not parse.
private func parsedVersions() throws -> [Version] {
    try versionTexts.map { text in
        guard let version = Version(text) else { throw BenchmarkFailure("'\(text)' does not parse as a version") }
        return version
    }
}

/// Version and VersionRequirement (TFMTCore): parsing, ordering and matching, the work every compatibility verdict
/// repeats. Each iteration does 1,000 operations (the scaling factor), cycling through the sample texts.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal],
        warmupIterations: 10,
        scalingFactor: .kilo,
        maxDuration: .seconds(2),
        maxIterations: 10_000
    )

    Benchmark("Version parse") { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(Version(versionTexts[index % versionTexts.count]))
        }
    }

    Benchmark("Version compare") { benchmark in
        let versions = try parsedVersions()
        benchmark.startMeasurement()
        for index in benchmark.scaledIterations {
            let left = versions[index % versions.count]
            let right = versions[(index &* 7 &+ 3) % versions.count]
            blackHole(left < right)
        }
    }

    Benchmark("VersionRequirement parse") { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(try VersionRequirement(parsing: requirementTexts[index % requirementTexts.count]))
        }
    }

    Benchmark("VersionRequirement contains") { benchmark in
        let versions = try parsedVersions()
        let requirements = try requirementTexts.map { try VersionRequirement(parsing: $0) }
        benchmark.startMeasurement()
        for index in benchmark.scaledIterations {
            let requirement = requirements[index % requirements.count]
            blackHole(requirement.contains(versions[(index / requirements.count) % versions.count]))
        }
    }
}
