import Foundation
import TFMTCore
import Testing

@testable import IcebergPlugin

/// The built-in release catalog: generated data, kept equal to catalogs/iceberg.json and to the reference.
@Suite("Release catalog")
struct CatalogTests {
    let catalog = IcebergPlugin().catalog

    @Test("the embedded JSON is catalogs/iceberg.json and decodes")
    func embeddedEqualsFile() throws {
        let file = try String(contentsOfFile: TestPaths.repository + "/catalogs/iceberg.json", encoding: .utf8)
        #expect(IcebergCatalogData.json + "\n" == file, "run python3 scripts/catalogs/iceberg.py")
        let decoded = try IcebergCatalog.decoded.get()
        let fromFile = try JSONDecoder().decode(ReleaseCatalog.self, from: Data(file.utf8))
        #expect(decoded == fromFile)
        #expect(catalog == decoded)
    }

    @Test("runtimes, releases and sources")
    func shape() {
        #expect(catalog.format == .iceberg)
        #expect(catalog.runtimes.map(\.id) == ["iceberg-spark-runtime", "iceberg-flink-runtime", "pyiceberg"])
        #expect(catalog.releases(of: "iceberg-spark-runtime").count == 27)
        #expect(catalog.releases(of: "iceberg-flink-runtime").count == 27)
        #expect(catalog.releases(of: "pyiceberg").count == 19)
        for release in catalog.releases {
            #expect(!release.source.isEmpty)
        }
        for feature in catalog.features {
            #expect(!feature.source.isEmpty)
            if feature.uncertain {
                #expect(feature.notes != nil, "uncertain \(feature.feature) for \(feature.runtime) has no note")
            }
        }
    }

    @Test("Java floors: Java 8 dropped in 1.7.0, Java 11 dropped in 1.11.0")
    func javaFloors() throws {
        func java(_ version: String) throws -> VersionRequirement {
            let release = try #require(
                catalog.releases(of: "iceberg-spark-runtime").first { $0.version == Version(version) }
            )
            return try #require(release.java)
        }
        #expect(try java("1.6.1").contains(Version("8")!))
        #expect(try !java("1.7.0").contains(Version("8")!))
        #expect(try java("1.7.0").contains(Version("11")!))
        #expect(try java("1.10.2").contains(Version("11")!))
        #expect(try !java("1.11.0").contains(Version("11")!))
        #expect(try java("1.11.0").contains(Version("17")!))
    }

    @Test("Spark runtimes per minor and Scala, Flink runtimes per minor")
    func artifacts() throws {
        let release = try #require(
            catalog.releases(of: "iceberg-spark-runtime").first { $0.version == Version("1.10.0") }
        )
        let spark = release.engines.map { ($0.versions.description, $0.scala, $0.artifact?.name ?? "") }
        #expect(spark.map(\.0) == ["3.4.*", "3.5.*", "4.0.*"])
        #expect(spark.map(\.1) == [["2.12", "2.13"], ["2.12", "2.13"], ["2.13"]])
        #expect(spark.map(\.2).last == "iceberg-spark-runtime-4.0_{scala}")
        #expect(release.attributes["maxFormatVersionAccepted"] == 4)
        let flink = try #require(
            catalog.releases(of: "iceberg-flink-runtime").first { $0.version == Version("1.11.0") }
        )
        #expect(
            flink.engines.compactMap(\.artifact?.name) == [
                "iceberg-flink-runtime-1.20", "iceberg-flink-runtime-2.0", "iceberg-flink-runtime-2.1",
            ]
        )
        let old = try #require(catalog.releases(of: "iceberg-spark-runtime").first { $0.version == Version("1.0.0") })
        #expect(old.engines.first?.artifact?.name == "iceberg-spark-runtime-2.4")
        #expect(old.engines.first?.scala == [])
    }

    @Test("pyiceberg releases carry Python and pyarrow ranges")
    func pyiceberg() throws {
        let release = try #require(catalog.releases(of: "pyiceberg").first { $0.version == Version("0.8.0") })
        let python = try #require(release.python)
        #expect(python.contains(Version("3.12")!))
        #expect(!python.contains(Version("3.13")!))
        #expect(!python.contains(Version("3.9.7")!))
        #expect(release.attributes["pyarrow"] == ">=14.0.0,<19.0.0")
        #expect(release.attributes["pythonAsWritten"] == "^3.9,<3.13,!=3.9.7")
        #expect(release.engines.first?.artifact?.description == "pyiceberg==0.8.0")
    }

    @Test("scan and capabilities work from the catalog")
    func scanAndCapabilities() {
        let inventory = ArtifactInventory(
            directory: "/jars",
            artifacts: [
                FoundArtifact(
                    path: "/jars/a.jar",
                    ecosystem: .maven,
                    name: "iceberg-spark-runtime-3.5_2.12",
                    version: Version("1.9.2")
                ),
                FoundArtifact(
                    path: "/jars/b.jar",
                    ecosystem: .maven,
                    name: "iceberg-spark-runtime-3.5_2.11",
                    version: Version("1.9.2")
                ),
                FoundArtifact(path: "/site/p", ecosystem: .pypi, name: "pyiceberg", version: Version("0.10.0")),
            ]
        )
        let report = IcebergPlugin().scan(inventory, target: nil)
        #expect(report.runtimes.map(\.runtime) == ["iceberg-spark-runtime", "pyiceberg"])
        let capabilities = IcebergPlugin().capabilities(
            of: RuntimeEnvironment(target: nil, installed: report.runtimes)
        )
        let pyiceberg = capabilities.first { $0.runtime == "pyiceberg" }
        #expect(pyiceberg?.read.contains("deletionVectors") == true)
        #expect(pyiceberg?.write.contains("v3") == false)
    }

    @Test(
        "no invented versions: every release is in the reference",
        .enabled(if: FileManager.default.fileExists(atPath: referencePath), "../shared/reference is absent")
    )
    func matchesReference() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.referencePath))
        let reference = try JSONDecoder().decode(JSONValue.self, from: data)
        let iceberg = reference["iceberg"]
        let java = Set((iceberg?["releases"]?.arrayValue ?? []).compactMap { $0["version"]?.stringValue })
        let python = Set((iceberg?["pyiceberg"]?.arrayValue ?? []).compactMap { $0["version"]?.stringValue })
        #expect(Set(catalog.releases(of: "iceberg-spark-runtime").map(\.version.description)) == java)
        #expect(Set(catalog.releases(of: "pyiceberg").map(\.version.description)) == python)
        let known = java.union(python)
        for feature in catalog.features {
            for version in [feature.read, feature.write].compactMap(\.self) {
                #expect(known.contains(version.description), "\(feature.feature): \(version) is no known release")
            }
        }
    }

    static let referencePath =
        URL(fileURLWithPath: TestPaths.sharedFixtures).deletingLastPathComponent().path
        + "/reference/delta-iceberg.json"
}
