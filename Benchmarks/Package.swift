// swift-tools-version:6.3
import PackageDescription

/// tfmt's benchmarks (ordo-one/benchmark), in a package of their own so the main package's `swift build` and
/// `swift test` never build them. Run them with `make bench` from the repository root.
///
/// Each benchmark suite is an executable target in `Benchmarks/<Name>/<Name>.swift`: the benchmark plugin runs the
/// executable targets whose folder sits in a folder named `Benchmarks` at this package's root.

/// The benchmark suites; each links the shared support library and the benchmark framework.
let suites = [
    "RPCBenchmarks", "StartupBenchmarks", "RegistryBenchmarks", "ParquetBenchmarks", "AvroBenchmarks",
    "InspectBenchmarks", "VersionBenchmarks",
]

/// Swift 6 language mode for everything of ours; warnings as errors, as in the main package.
let settings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .treatAllWarnings(as: .error),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "tfmt-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "tfmt", path: ".."),
        // Only the malloc interposer trait: the default RuntimeInterposer trait pulls in
        // ordo-one/swift-runtime-interposer on Linux with Swift 6.3, which the local package mirror lacks.
        .package(url: "https://github.com/ordo-one/benchmark.git", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .target(
            name: "TFMTBenchmarkSupport",
            dependencies: [
                .product(name: "TFMTCore", package: "tfmt"),
                .product(name: "TFMTRPC", package: "tfmt"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            swiftSettings: settings
        )
    ]
        + suites.map { suite in
            .executableTarget(
                name: suite,
                dependencies: [
                    "TFMTBenchmarkSupport",
                    .product(name: "Benchmark", package: "benchmark"),
                    .product(name: "TFMTCore", package: "tfmt"),
                    .product(name: "TFMTRPC", package: "tfmt"),
                    .product(name: "TFMTBuiltinPlugins", package: "tfmt"),
                    .product(name: "TFMTParquet", package: "tfmt"),
                    .product(name: "TFMTAvro", package: "tfmt"),
                    .product(name: "DeltaPlugin", package: "tfmt"),
                    .product(name: "IcebergPlugin", package: "tfmt"),
                    .product(name: "HudiPlugin", package: "tfmt"),
                    .product(name: "PaimonPlugin", package: "tfmt"),
                ],
                path: "Benchmarks/\(suite)",
                swiftSettings: settings,
                plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
            )
        }
)
