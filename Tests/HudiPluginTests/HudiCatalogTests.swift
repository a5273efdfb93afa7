import Foundation
import TFMTCore
import TFMTPluginContract
import Testing

@testable import HudiPlugin

@Suite("Hudi catalog")
struct HudiCatalogTests {
    @Test("the embedded JSON is catalogs/hudi.json and decodes")
    func embeddedMatchesFile() throws {
        let url = HudiTestSupport.repositoryRoot.appendingPathComponent("catalogs/hudi.json")
        let file = try String(contentsOf: url, encoding: .utf8)
        let embedded = HudiCatalogData.json
        #expect(
            embedded.trimmingCharacters(in: .whitespacesAndNewlines)
                == file.trimmingCharacters(in: .whitespacesAndNewlines)
        )
        let decoded = try HudiCatalog.decode(file).get()
        #expect(decoded == HudiCatalog.embedded)
        #expect(!HudiCatalog.embedded.provenance.contains("could not be decoded"))
    }

    @Test("knows the three runtimes and their releases")
    func runtimes() {
        let catalog = HudiCatalog.embedded
        #expect(catalog.format == .hudi)
        #expect(catalog.runtimes.map(\.id) == ["hudi-spark-bundle", "hudi-flink-bundle", "hudi"])
        #expect(
            catalog.releases(of: "hudi").map(\.version.description) == ["0.1.0", "0.2.0", "0.3.0", "0.4.0", "0.5.0"]
        )
        #expect(catalog.releases(of: "hudi-spark-bundle").count == catalog.releases(of: "hudi-flink-bundle").count)
        #expect(catalog.releases.allSatisfy { !$0.source.isEmpty })
        #expect(catalog.features.allSatisfy { !$0.source.isEmpty })
    }

    @Test("Spark bundles per Spark minor with the Scala placeholder, Flink bundles per Flink minor")
    func bundles() throws {
        let catalog = HudiCatalog.embedded
        let spark = try #require(catalog.releases(of: "hudi-spark-bundle").first { $0.version.description == "1.1.0" })
        let spark35 = try #require(spark.engines.first { $0.versions.contains(Version(major: 3, minor: 5, patch: 3)) })
        #expect(spark35.artifact?.name == "hudi-spark3.5-bundle_{scala}")
        #expect(spark35.artifact?.group == "org.apache.hudi")
        #expect(spark35.scala == ["2.12", "2.13"])
        #expect(spark.attributes["tableVersion"] == 9)
        #expect(spark.attributes["writesTableVersions"] == [6, 8, 9])
        #expect(spark.java?.description == ">=8")
        let spark40 = try #require(spark.engines.first { $0.versions.contains(Version(major: 4)) })
        #expect(spark40.scala == ["2.13"])
        let flink = try #require(catalog.releases(of: "hudi-flink-bundle").first { $0.version.description == "1.1.0" })
        #expect(flink.engines.compactMap(\.artifact?.name).contains("hudi-flink1.20-bundle"))
        #expect(flink.engines.allSatisfy { $0.scala.isEmpty })
        // hudi-spark3.2-bundle of 0.13.x needs Spark 3.2.1.
        let old = try #require(catalog.releases(of: "hudi-spark-bundle").first { $0.version.description == "0.13.0" })
        let spark32 = try #require(old.engines.first { $0.artifact?.name == "hudi-spark3.2-bundle_{scala}" })
        #expect(!spark32.versions.contains(Version(major: 3, minor: 2, patch: 0)))
        #expect(spark32.versions.contains(Version(major: 3, minor: 2, patch: 4)))
    }

    @Test("scan recognises bundles and hudi-rs by artifact name")
    func scan() {
        let plugin = HudiPlugin()
        let catalog = plugin.catalog
        #expect(
            catalog.runtimeID(forArtifactNamed: "hudi-spark3.5-bundle_2.13", ecosystem: .maven) == "hudi-spark-bundle"
        )
        #expect(catalog.runtimeID(forArtifactNamed: "hudi-flink1.18-bundle", ecosystem: .maven) == "hudi-flink-bundle")
        #expect(catalog.runtimeID(forArtifactNamed: "hudi", ecosystem: .pypi) == "hudi")
        #expect(catalog.runtimeID(forArtifactNamed: "hudi-spark3.5-bundle_2.11", ecosystem: .maven) == nil)
    }

    @Test("uncertain facts say why")
    func uncertainty() {
        let catalog = HudiCatalog.embedded
        for release in catalog.releases where release.uncertain {
            #expect(release.notes?.isEmpty == false, "\(release.runtime) \(release.version)")
        }
        for feature in catalog.features where feature.uncertain {
            #expect(feature.notes?.isEmpty == false, "\(feature.feature) \(feature.runtime)")
        }
        let beta = catalog.releases(of: "hudi-spark-bundle").first { $0.version.isPrerelease }
        #expect(beta?.uncertain == true)
    }
}

@Suite("Hudi plugin contract")
struct HudiPluginContractTests {
    @Test("keeps the plugin contract")
    func contract() async throws {
        try await HudiTestSupport.withScratchDirectory { scratch in
            let violations = await PluginContract.check(HudiPlugin(), scratchDirectory: scratch)
            #expect(violations.isEmpty, "\(violations)")
        }
    }

    @Test("capabilities follow the catalog")
    func capabilities() {
        let environment = RuntimeEnvironment(
            target: nil,
            installed: [
                InstalledRuntime(
                    runtime: "hudi",
                    version: Version(major: 0, minor: 4),
                    artifact: "hudi",
                    origin: "/venv"
                )
            ]
        )
        let capabilities = HudiPlugin().capabilities(of: environment)
        #expect(capabilities.first?.read.contains("tableVersion6") == true)
        #expect(capabilities.first?.read.contains("tableVersion8") == false)
        #expect(capabilities.first?.write.isEmpty == true)
    }
}
