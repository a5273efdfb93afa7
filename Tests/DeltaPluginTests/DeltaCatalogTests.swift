import DeltaPlugin
import Foundation
import TFMTCore
import TFMTPluginContract
import Testing

/// The built-in catalog: generated data, embedded verbatim, sourced, and keeping the reference's uncertainty.
@Suite("Delta release catalog")
struct DeltaCatalogTests {
    let catalog = DeltaPlugin().catalog

    @Test("the embedded JSON equals catalogs/delta.json and decodes to the plugin's catalog")
    func embeddedEqualsFile() throws {
        let file = FixturePaths.repositoryRoot.appendingPathComponent("catalogs/delta.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        let swift = try String(
            contentsOf: FixturePaths.repositoryRoot.appendingPathComponent(
                "Sources/DeltaPlugin/Catalog/DeltaCatalogData.swift"
            ),
            encoding: .utf8
        )
        let embedded = try #require(Self.embeddedJSON(swift))
        #expect(embedded == text.trimmingCharacters(in: .newlines))
        let decoded = try JSONDecoder().decode(ReleaseCatalog.self, from: Data(text.utf8))
        #expect(decoded == catalog)
        #expect(!catalog.provenance.contains("could not be decoded"))
    }

    /// The raw string literal's content, with the literal's indentation removed.
    static func embeddedJSON(_ swift: String) -> String? {
        guard let start = swift.range(of: "#\"\"\"\n"), let end = swift.range(of: "\n        \"\"\"#") else {
            return nil
        }
        return swift[start.upperBound..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("        ") ? String($0.dropFirst(8)) : String($0) }.joined(separator: "\n")
    }

    @Test("Maven names: delta-core up to 2.4, delta-spark from 3.0, per-Spark names from 4.1")
    func artifactNames() throws {
        func names(_ version: String) -> [String] {
            catalog.releases.first { $0.runtime == "delta-spark" && $0.version == Version(version)! }?.engines
                .compactMap(\.artifact?.name) ?? []
        }
        #expect(names("2.4.0") == ["delta-core_{scala}"])
        #expect(names("3.0.0") == ["delta-spark_{scala}"])
        #expect(names("4.0.0") == ["delta-spark_{scala}"])
        #expect(names("4.1.0") == ["delta-spark_4.0_{scala}", "delta-spark_4.1_{scala}", "delta-spark_{scala}"])
        let release = try #require(catalog.releases.first { $0.version == Version("3.2.1")! })
        #expect(release.engines.first?.versions.contains(Version("3.5.1")!) == false)
        #expect(release.engines.first?.versions.contains(Version("3.5.3")!) == true)
        #expect(release.java == VersionRequirement.atLeast(Version("8")!))
    }

    @Test("scans recognise every artifact name as delta-spark")
    func runtimeIDs() {
        #expect(catalog.runtimeID(forArtifactNamed: "delta-core_2.12", ecosystem: .maven) == "delta-spark")
        #expect(catalog.runtimeID(forArtifactNamed: "delta-spark_2.13", ecosystem: .maven) == "delta-spark")
        #expect(catalog.runtimeID(forArtifactNamed: "delta-spark_4.1_2.13", ecosystem: .maven) == "delta-spark")
        #expect(catalog.runtimeID(forArtifactNamed: "deltalake", ecosystem: .pypi) == "deltalake")
    }

    @Test("every fact has a source; uncertain items stay marked")
    func sourcesAndUncertainty() {
        #expect(catalog.releases.allSatisfy { !$0.source.isEmpty })
        #expect(catalog.features.allSatisfy { !$0.source.isEmpty })
        let typeWidening = catalog.features.first { $0.feature == "typeWidening" && $0.runtime == "delta-spark" }
        #expect(typeWidening?.uncertain == true)
        #expect(typeWidening?.read == Version("3.3.0"))
        #expect(catalog.features.filter { $0.runtime == "deltalake" }.allSatisfy { $0.uncertain })
        let deletionVectors = catalog.features.first { $0.feature == "deletionVectors" && $0.runtime == "delta-spark" }
        #expect(deletionVectors?.read == Version("2.3.0"))
        #expect(deletionVectors?.write == Version("2.4.0"))
        #expect(deletionVectors?.uncertain == false)
        #expect(catalog.releases.first { $0.version == Version("4.4.0")! }?.uncertain == true)
    }

    @Test("capabilities come from the catalog")
    func capabilities() {
        let environment = RuntimeEnvironment(
            target: nil,
            installed: [InstalledRuntime(runtime: "delta-spark", version: Version("2.4.0")!, origin: "--with")]
        )
        let capabilities = DeltaPlugin().capabilities(of: environment)
        #expect(capabilities.first?.read.contains("deletionVectors") == true)
        #expect(capabilities.first?.read.contains("v2Checkpoint") == false)
    }
}

/// The plugin contract every TableFormatPlugin keeps.
@Suite("Delta plugin contract")
struct DeltaContractTests {
    @Test("the Delta plugin keeps the plugin contract")
    func contract() async throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tfmt-contract-\(UUID().uuidString)"
        )
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let violations = await PluginContract.check(DeltaPlugin(), scratchDirectory: scratch.path)
        #expect(violations.isEmpty, "\(violations)")
    }
}
