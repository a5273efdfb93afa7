import TFMTCompat
import TFMTCore
import Testing

@Suite("Resolve")
struct ResolverTests {
    /// Three releases of a Spark runtime: 1.0 for Spark 3.4 and 3.5 on Java 8, 2.0 for 3.5 on Java 11 (Scala 2.12
    /// and 2.13), 3.0 for Spark 4.0 only.
    struct CatalogPlugin: TableFormatPlugin {
        var metadata: PluginMetadata {
            PluginMetadata(
                id: "stub",
                name: "Stub",
                version: Version("1.0")!,
                format: .iceberg,
                capabilities: [.detect]
            )
        }
        var dependencies: DependencySpec { DependencySpec(pluginAPI: .any) }
        var catalog: ReleaseCatalog {
            func release(_ version: String, java: String, _ engines: [(String, [String])]) -> CatalogRelease {
                CatalogRelease(
                    runtime: "rt",
                    version: Version(version)!,
                    engines: engines.map { versions, scala in
                        EngineSupport(
                            engine: "spark",
                            versions: try! VersionRequirement(parsing: versions),
                            scala: scala,
                            artifact: ArtifactCoordinate(
                                ecosystem: .maven,
                                group: "org.example",
                                name: "rt-spark-\(versions.prefix(3))_{scala}",
                                version: version
                            )
                        )
                    },
                    java: try! VersionRequirement(parsing: java),
                    source: "test \(version)"
                )
            }
            return ReleaseCatalog(
                format: .iceberg,
                provenance: "test",
                runtimes: [CatalogRuntime(id: "rt", ecosystem: .maven, engine: "spark", summary: "", source: "t")],
                releases: [
                    release("1.0.0", java: ">=8", [("3.4.*", ["2.12"]), ("3.5.*", ["2.12"])]),
                    release("2.0.0", java: ">=11", [("3.5.*", ["2.12", "2.13"])]),
                    release("2.1.0-rc1", java: ">=11", [("3.5.*", ["2.12", "2.13"])]),
                    release("3.0.0", java: ">=17", [("4.0.*", ["2.13"])]),
                ]
            )
        }
        func detect(at path: String) async throws(TFMTError) -> Detection? { nil }
        func inspect(at path: String, options: InspectOptions) async throws(TFMTError) -> TableRecord {
            throw .notATable(path, format: .iceberg, root: "x")
        }
        func requirements(for record: TableRecord) -> TableRequirements { TableRequirements() }
    }

    static func resolve(
        _ engine: String,
        scala: String? = nil,
        java: Int? = nil,
        tables: [Resolver.TableConstraint] = []
    )
        throws -> ResolveResult
    {
        let target = try EngineTarget(parsing: engine, scala: scala.flatMap(Version.init), java: java)
        return Resolver.resolve(target: target, formats: [.iceberg], tables: tables, plugins: [CatalogPlugin()])
    }

    @Test("the newest final release that fits, with the Scala suffix filled in")
    func newestFitting() throws {
        let result = try Self.resolve("spark@3.5.3", scala: "2.13", java: 17)
        #expect(result.choices.map(\.artifact.description) == ["org.example:rt-spark-3.5_2.13:2.0.0"])
        #expect(result.unresolved.isEmpty)
        #expect(result.choices.first?.source == "test 2.0.0")
    }

    @Test("Java 8 falls back to the release built for it")
    func javaFloor() throws {
        let result = try Self.resolve("spark@3.5.1", scala: "2.12", java: 8)
        #expect(result.choices.map(\.version.description) == ["1.0.0"])
    }

    @Test("nothing fits: the reasons chain and the steps name the way out")
    func explains() throws {
        let result = try Self.resolve("spark@3.4.2", scala: "2.13", java: 17)
        #expect(result.choices.isEmpty)
        let error = try #require(result.unresolved.first)
        #expect(error.code == .noCompatibleRelease)
        #expect(error.message.hasPrefix("because rt 1.0.0 for spark 3.4.2 is built for Scala 2.12 only"))
        #expect(error.message.contains("the newer rt 3.0.0 supports spark 4.0.* only"))
        #expect(error.resolution.contains("Use Scala 2.12."))
        #expect(error.resolution.contains { $0.hasPrefix("Move to spark 4.0.*") })
    }

    @Test("a table that needs a newer release than the engine allows")
    func tableConstraint() throws {
        let table = Resolver.TableConstraint(
            location: "/data/t",
            format: .iceberg,
            requirements: TableRequirements(read: [
                RuntimeRequirement(runtime: "rt", minimum: Version("3.0.0"), because: ["v3"])
            ])
        )
        let result = try Self.resolve("spark@3.5.0", scala: "2.13", java: 17, tables: [table])
        let error = try #require(result.unresolved.first)
        #expect(error.message.contains("the table at /data/t needs rt >= 3.0.0 because v3"))
    }

    @Test("the same question gives the same answer")
    func deterministic() throws {
        #expect(
            try Self.resolve("spark@3.5.3", scala: "2.12", java: 11)
                == Self.resolve("spark@3.5.3", scala: "2.12", java: 11)
        )
    }
}
