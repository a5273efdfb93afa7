// swift-tools-version:6.2
import PackageDescription

/// Settings every target of ours shares: Swift 6 language mode, warnings as errors, and the upcoming features the
/// anchor codebases (swift-nio, hummingbird) build with.
let strictSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .treatAllWarnings(as: .error),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "tfmt",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "tfmtd", targets: ["tfmtd"]),
        .executable(name: "tfmtctl", targets: ["tfmtctl"]),
        .executable(name: "tfmt-http", targets: ["tfmt-http"]),
        .library(name: "TFMTCore", targets: ["TFMTCore"]),
        .library(name: "TFMTPluginContract", targets: ["TFMTPluginContract"]),
        // Libraries the benchmark package (Benchmarks/) links; not a stable API.
        .library(name: "TFMTConfig", targets: ["TFMTConfig"]),
        .library(name: "TFMTRPC", targets: ["TFMTRPC"]),
        .library(name: "TFMTParquet", targets: ["TFMTParquet"]),
        .library(name: "TFMTAvro", targets: ["TFMTAvro"]),
        .library(name: "DeltaPlugin", targets: ["DeltaPlugin"]),
        .library(name: "IcebergPlugin", targets: ["IcebergPlugin"]),
        .library(name: "HudiPlugin", targets: ["HudiPlugin"]),
        .library(name: "PaimonPlugin", targets: ["PaimonPlugin"]),
        .library(name: "TFMTBuiltinPlugins", targets: ["TFMTBuiltinPlugins"]),
        .library(name: "TFMTDaemon", targets: ["TFMTDaemon"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.0"),
    ],
    targets: [
        // MARK: Core model, plugin API, registry and errors (no I/O frameworks, no YAML).
        .target(name: "TFMTCore", swiftSettings: strictSettings),

        // MARK: Configuration: the only target that imports Yams.
        .target(
            name: "TFMTConfig",
            dependencies: ["TFMTCore", .product(name: "Yams", package: "Yams")],
            swiftSettings: strictSettings
        ),

        // MARK: RPC contract: frames, JSON-RPC envelope, method catalogue, client.
        .target(
            name: "TFMTRPC",
            dependencies: [
                "TFMTCore",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOExtras", package: "swift-nio-extras"),
            ],
            swiftSettings: strictSettings
        ),

        // MARK: Binary readers for table metadata, and the codecs they share.
        .systemLibrary(name: "CZstd", pkgConfig: "libzstd", providers: [.apt(["libzstd-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "TFMTCompression", dependencies: ["CZstd", "CZlib"], swiftSettings: strictSettings),
        .target(name: "TFMTParquet", dependencies: ["TFMTCore", "TFMTCompression"], swiftSettings: strictSettings),
        .target(name: "TFMTAvro", dependencies: ["TFMTCore", "TFMTCompression"], swiftSettings: strictSettings),

        // MARK: Format plugins.
        .target(name: "DeltaPlugin", dependencies: ["TFMTCore", "TFMTParquet"], swiftSettings: strictSettings),
        .target(
            name: "IcebergPlugin",
            dependencies: ["TFMTCore", "TFMTCompression", "TFMTAvro"],
            swiftSettings: strictSettings
        ),
        .target(name: "HudiPlugin", dependencies: ["TFMTCore", "TFMTAvro"], swiftSettings: strictSettings),
        .target(name: "PaimonPlugin", dependencies: ["TFMTCore"], swiftSettings: strictSettings),
        .target(
            name: "TFMTBuiltinPlugins",
            dependencies: ["TFMTCore", "DeltaPlugin", "IcebergPlugin", "HudiPlugin", "PaimonPlugin"],
            swiftSettings: strictSettings
        ),
        .target(name: "TFMTPluginContract", dependencies: ["TFMTCore"], swiftSettings: strictSettings),

        // MARK: Compatibility: engine environments, scan, check, resolve.
        .target(name: "TFMTCompat", dependencies: ["TFMTCore", "TFMTCompression"], swiftSettings: strictSettings),

        // MARK: Daemon, bridge and systemd.
        .systemLibrary(name: "CSystemd", pkgConfig: "libsystemd", providers: [.apt(["libsystemd-dev"])]),
        .target(
            name: "TFMTDaemon",
            dependencies: [
                "TFMTCore",
                "TFMTConfig",
                "TFMTRPC",
                "TFMTBuiltinPlugins",
                "TFMTCompat",
                "CSystemd",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictSettings
        ),
        // The bridge adds Hummingbird with the HTTP work; until then it is the shell of its library.
        .target(name: "TFMTHTTP", dependencies: ["TFMTCore", "TFMTRPC"], swiftSettings: strictSettings),

        // MARK: Command-line client: argument parsing, one RPC per command, rendering.
        .target(
            name: "TFMTControl",
            dependencies: [
                "TFMTCore",
                "TFMTRPC",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),

        // MARK: Thin executables.
        .executableTarget(
            name: "tfmtd",
            dependencies: ["TFMTDaemon", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strictSettings
        ),
        .executableTarget(name: "tfmtctl", dependencies: ["TFMTControl"], swiftSettings: strictSettings),
        .executableTarget(
            name: "tfmt-http",
            dependencies: ["TFMTHTTP", "TFMTCore"],
            swiftSettings: strictSettings
        ),

        // MARK: Tests, mirroring the targets.
        .testTarget(
            name: "TFMTCoreTests",
            dependencies: ["TFMTCore", .product(name: "PropertyBased", package: "swift-property-based")],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "TFMTConfigTests", dependencies: ["TFMTConfig"], swiftSettings: strictSettings),
        .testTarget(
            name: "TFMTRPCTests",
            dependencies: ["TFMTRPC", .product(name: "NIOTestUtils", package: "swift-nio")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "DeltaPluginTests",
            dependencies: ["DeltaPlugin", "TFMTPluginContract"],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "IcebergPluginTests",
            dependencies: ["IcebergPlugin", "TFMTCore", "TFMTPluginContract"],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "HudiPluginTests",
            dependencies: ["HudiPlugin", "TFMTCore", "TFMTPluginContract"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "PaimonPluginTests",
            dependencies: ["PaimonPlugin", "TFMTCore", "TFMTPluginContract"],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "TFMTCompressionTests",
            dependencies: ["TFMTCompression"],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "TFMTAvroTests",
            dependencies: ["TFMTAvro", "TFMTCore"],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "TFMTParquetTests",
            dependencies: ["TFMTParquet"],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "TFMTPluginContractTests",
            dependencies: ["TFMTPluginContract", "TFMTBuiltinPlugins"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "TFMTControlTests",
            dependencies: ["TFMTControl", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "TFMTCompatTests",
            dependencies: ["TFMTCompat", "TFMTCompression", "TFMTCore"],
            swiftSettings: strictSettings
        ),
        // End-to-end suites against the real tfmtd binary (built alongside the tests).
        .testTarget(
            name: "TFMTDaemonTests",
            dependencies: ["TFMTDaemon", "TFMTRPC", "TFMTCore"],
            exclude: ["Support/peer_client.py"],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "TFMTHTTPTests", dependencies: ["TFMTHTTP"], swiftSettings: strictSettings),
    ]
)
