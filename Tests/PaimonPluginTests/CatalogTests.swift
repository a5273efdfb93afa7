import Foundation
import TFMTCore
import Testing

@testable import PaimonPlugin

/// The embedded catalog: generated, decodable, in step with catalogs/paimon.json, and saying what the reference says.
@Suite("Paimon release catalog")
struct CatalogTests {
    @Test("the embedded JSON equals catalogs/paimon.json")
    func embeddedMatchesFile() throws {
        let file = TestSupport.repositoryRoot.appendingPathComponent("catalogs/paimon.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(PaimonCatalogData.json + "\n" == text)
    }

    @Test("the embedded catalog decodes")
    func decodes() throws {
        let catalog = try PaimonCatalog.decoded.get()
        #expect(catalog.format == .paimon)
        #expect(catalog.runtimes.map(\.id) == ["paimon-flink", "paimon-spark", "paimon-hive-connector", "pypaimon"])
        #expect(PaimonPlugin().catalog == catalog)
    }

    @Test("incubating releases keep their Maven version and compare equal to the release")
    func incubating() throws {
        let releases = PaimonCatalog.builtin.releases(of: "paimon-flink")
        let first = try #require(releases.first)
        #expect(first.version.description == "0.4.0-incubating")
        #expect(first.version == Version("0.4.0"))
        #expect(first.engines.first?.artifact?.description == "org.apache.paimon:paimon-flink-1.14:0.4.0-incubating")
        #expect(!releases.contains { $0.version == Version("1.4.0") })
        #expect(!releases.contains { $0.version == Version("2.1.0") })
    }

    @Test("Spark artifacts gain a Scala suffix at 1.4")
    func sparkNaming() throws {
        let releases = PaimonCatalog.builtin.releases(of: "paimon-spark")
        let old = try #require(releases.first { $0.version == Version("1.3.2") })
        let new = try #require(releases.first { $0.version == Version("1.4.1") })
        #expect(old.engines.first { $0.versions.contains(Version("3.5.3")!) }?.artifact?.name == "paimon-spark-3.5")
        let spark35 = try #require(new.engines.first { $0.versions.contains(Version("3.5.3")!) })
        #expect(spark35.artifact?.name == "paimon-spark-3.5_{scala}")
        #expect(spark35.scala == ["2.12", "2.13"])
        let catalog = PaimonCatalog.builtin
        #expect(catalog.runtimeID(forArtifactNamed: "paimon-spark-3.5_2.13", ecosystem: .maven) == "paimon-spark")
        #expect(catalog.runtimeID(forArtifactNamed: "paimon-flink-1.20", ecosystem: .maven) == "paimon-flink")
        #expect(catalog.runtimeID(forArtifactNamed: "paimon-hive-connector-3.1", ecosystem: .maven) != nil)
        #expect(catalog.runtimeID(forArtifactNamed: "pypaimon", ecosystem: .pypi) == "pypaimon")
    }

    @Test("pypaimon has two lines: the 0.2.0 Java bridge and pure Python from 1.3.0")
    func pypaimonLines() throws {
        let releases = PaimonCatalog.builtin.releases(of: "pypaimon")
        #expect(releases.first?.version == Version("0.2.0"))
        #expect(releases.first?.attributes["line"] == "java-bridge")
        #expect(releases.first?.attributes["requiresJVM"] == true)
        #expect(releases.dropFirst().allSatisfy { $0.attributes["line"] == "pure-python" })
        #expect(releases.dropFirst().first?.version == Version("1.3.0"))
        #expect(releases.allSatisfy { $0.python != nil })
    }

    @Test("every fact has a source; unsettled facts are marked uncertain with a note")
    func sources() {
        let catalog = PaimonCatalog.builtin
        #expect(catalog.releases.allSatisfy { !$0.source.isEmpty })
        #expect(catalog.features.allSatisfy { !$0.source.isEmpty })
        #expect(catalog.features.filter(\.uncertain).allSatisfy { $0.notes?.isEmpty == false })
        #expect(catalog.releases.filter(\.uncertain).allSatisfy { $0.notes?.isEmpty == false })
    }

    @Test("a catalog that does not decode is reported, not trapped on")
    func badCatalog() {
        let decoded = ReleaseCatalog.decode(json: "{\"schemaVersion\": 1}", format: .paimon, origin: "a test document")
        guard case .failure(let error) = decoded else {
            Issue.record("a truncated catalog decoded")
            return
        }
        #expect(!error.resolution.isEmpty)
        #expect(error.code == .catalogInvalid)
    }
}
