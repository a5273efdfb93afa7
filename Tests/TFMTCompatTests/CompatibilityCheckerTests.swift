import TFMTCompat
import TFMTCore
import Testing

@Suite("Compatibility verdicts")
struct CompatibilityCheckerTests {
    /// A plugin whose catalog and requirements a test states outright.
    struct StubPlugin: TableFormatPlugin {
        var metadata: PluginMetadata {
            PluginMetadata(id: "stub", name: "Stub", version: Version("1.0")!, format: .delta, capabilities: [.detect])
        }
        var dependencies: DependencySpec { DependencySpec(pluginAPI: .any) }
        var catalog: ReleaseCatalog {
            ReleaseCatalog(
                format: .delta,
                provenance: "test",
                runtimes: [
                    CatalogRuntime(id: "delta-spark", ecosystem: .maven, engine: "spark", summary: "", source: "t"),
                    CatalogRuntime(id: "deltalake", ecosystem: .pypi, engine: "python", summary: "", source: "t"),
                ],
                features: [
                    CatalogFeature(
                        feature: "deletionVectors",
                        runtime: "delta-spark",
                        read: Version("2.3.0"),
                        write: Version("2.4.0"),
                        source: "t"
                    )
                ]
            )
        }
        func detect(at path: String) async throws(TFMTError) -> Detection? { nil }
        func inspect(at path: String, options: InspectOptions) async throws(TFMTError) -> TableRecord {
            throw .notATable(path, format: .delta, root: "x")
        }
        func requirements(for record: TableRecord) -> TableRequirements {
            TableRequirements(
                read: [
                    RuntimeRequirement(runtime: "delta-spark", minimum: Version("2.3.0"), because: ["deletionVectors"]),
                    RuntimeRequirement(runtime: "deltalake", minimum: nil, because: ["deletionVectors"]),
                ],
                write: [
                    RuntimeRequirement(runtime: "delta-spark", minimum: Version("2.4.0"), because: ["deletionVectors"])
                ]
            )
        }
    }

    static let record = TableRecord(
        format: .delta,
        location: "/t",
        snapshot: .init(id: "1", timestamp: nil, count: 2),
        features: ["deletionVectors"]
    )
    static let spark = EngineTarget(engine: "spark", version: Version("3.5.3")!)

    static func installed(_ version: String) -> [InstalledRuntime] {
        [InstalledRuntime(runtime: "delta-spark", version: Version(version)!, origin: "--with")]
    }

    @Test("a runtime at the minimum passes; below it, each feature names the release that adds it")
    func verdicts() throws {
        let new = try CompatibilityChecker.check(
            Self.record,
            plugin: StubPlugin(),
            engineName: nil,
            target: Self.spark,
            runtimes: Self.installed("2.4.0")
        )
        #expect(new.read.ok && new.write.ok && new.compatible)

        let middle = try CompatibilityChecker.check(
            Self.record,
            plugin: StubPlugin(),
            engineName: nil,
            target: Self.spark,
            runtimes: Self.installed("2.3.0")
        )
        #expect(middle.read.ok)
        #expect(!middle.write.ok)
        #expect(
            middle.write.missing == [
                .init(feature: "deletionVectors", requires: "delta-spark >= 2.4.0 (installed 2.3.0)")
            ]
        )

        let old = try CompatibilityChecker.check(
            Self.record,
            plugin: StubPlugin(),
            engineName: nil,
            target: Self.spark,
            runtimes: Self.installed("2.2.0")
        )
        #expect(!old.read.ok)
        #expect(old.read.missing.map(\.requires) == ["delta-spark >= 2.3.0 (installed 2.2.0)"])
    }

    @Test("no runtime of the format installed says what to install")
    func nothingInstalled() throws {
        let result = try CompatibilityChecker.check(
            Self.record,
            plugin: StubPlugin(),
            engineName: "prod",
            target: Self.spark,
            runtimes: []
        )
        #expect(!result.read.ok)
        #expect(result.read.missing == [.init(feature: "runtime", requires: "delta-spark >= 2.3.0")])
        #expect(result.engine.name == "prod")
    }

    @Test("runtimes for other engines do not count")
    func otherEngines() throws {
        let python = EngineTarget(engine: "python", version: Version("3.11")!)
        let result = try CompatibilityChecker.check(
            Self.record,
            plugin: StubPlugin(),
            engineName: nil,
            target: python,
            runtimes: Self.installed("9.9.9") + [
                InstalledRuntime(runtime: "deltalake", version: Version("1.0")!, origin: "x")
            ]
        )
        #expect(result.engine.runtimes.map(\.runtime) == ["deltalake"])
        #expect(!result.read.ok)
        #expect(result.read.missing == [.init(feature: "deletionVectors", requires: "no known deltalake release")])
    }

    @Test("an engine the catalog does not cover is an error, not a guess")
    func uncataloguedEngine() {
        let error = #expect(throws: TFMTError.self) {
            try CompatibilityChecker.check(
                Self.record,
                plugin: StubPlugin(),
                engineName: nil,
                target: EngineTarget(engine: "trino", version: Version("476")!),
                runtimes: []
            )
        }
        #expect(error?.code == .noRuntimeCatalogued)
    }
}
