import Foundation
import PaimonPlugin
import TFMTCore
import TFMTPluginContract
import Testing

/// Requirements from the catalog, and the plugin contract.
@Suite("Paimon requirements and contract")
struct RequirementsTests {
    private func record(_ features: [String]) -> TableRecord {
        var record = TableRecord(
            format: .paimon,
            location: "/t",
            snapshot: TableRecord.Snapshot(id: "1", timestamp: nil, count: 1)
        )
        record.features = features
        return record
    }

    private func requirement(
        _ requirements: TableRequirements,
        _ runtime: String,
        write: Bool = false
    ) -> RuntimeRequirement? {
        (write ? requirements.write : requirements.read).first { $0.runtime == runtime }
    }

    @Test("with no features, each runtime's oldest release (pypaimon: the pure-Python line) is enough")
    func baseline() {
        let requirements = PaimonPlugin().requirements(for: record([]))
        #expect(requirement(requirements, "paimon-flink")?.minimum == Version("0.4.0-incubating"))
        #expect(requirement(requirements, "paimon-hive-connector")?.minimum == Version("0.4.0"))
        #expect(requirement(requirements, "pypaimon")?.minimum == Version("1.3.0"))
        #expect(requirements.read.allSatisfy { $0.because.isEmpty })
    }

    @Test(
        "each feature raises the minimum to its first release, and names itself",
        arguments: [
            ("deletionVectors", "0.8.0"), ("variant", "1.1.0"), ("postponeBucket", "1.1.0"),
            ("rowTracking", "1.3.0"), ("dataEvolution", "1.3.0"), ("blob", "1.4.1"), ("vector", "1.4.1"),
            ("branches", "0.9.0"), ("firstRow", "0.5.0-incubating"),
        ]
    )
    func featureMinimum(feature: String, version: String) {
        let requirements = PaimonPlugin().requirements(for: record([feature]))
        for runtime in ["paimon-flink", "paimon-spark", "paimon-hive-connector"] {
            let read = requirement(requirements, runtime)
            #expect(read?.minimum == Version(version), "\(runtime) \(feature)")
            #expect(read?.minimum?.description == version)
            #expect(read?.because == [feature])
            #expect(requirement(requirements, runtime, write: true)?.minimum == Version(version))
        }
    }

    @Test("pypaimon writes deduplicate primary-key tables only: other merge engines have no minimum")
    func pypaimonMergeEngines() {
        let requirements = PaimonPlugin().requirements(for: record(["partialUpdate", "rowTracking"]))
        let write = requirement(requirements, "pypaimon", write: true)
        #expect(write?.minimum == nil)
        #expect(write?.because == ["partialUpdate"])
        #expect(write?.description == "no known pypaimon release because partialUpdate")
        #expect(requirement(requirements, "paimon-spark", write: true)?.minimum == Version("1.3.0"))
    }

    @Test("several features at one bound are all named; the highest bound wins")
    func severalFeatures() {
        let requirements = PaimonPlugin().requirements(for: record(["tags", "dataEvolution", "rowTracking"]))
        let flink = requirement(requirements, "paimon-flink")
        #expect(flink?.minimum == Version("1.3.0"))
        #expect(flink?.because == ["dataEvolution", "rowTracking"])
        #expect(flink?.description == "paimon-flink >= 1.3.0 because dataEvolution, rowTracking")
    }

    @Test("every feature the plugin can report has catalog entries for every runtime")
    func catalogCoversFeatures() {
        let catalog = PaimonPlugin().catalog
        for feature in PaimonFeatures.all {
            let runtimes = Set(catalog.features.filter { $0.feature == feature }.map(\.runtime))
            #expect(runtimes == Set(catalog.runtimes.map(\.id)), "\(feature)")
        }
        #expect(Set(catalog.features.map(\.feature)) == Set(PaimonFeatures.all))
    }

    @Test("the plugin keeps the contract")
    func contract() async throws {
        try await TestSupport.withScratchDirectory { scratch in
            let violations = await PluginContract.check(PaimonPlugin(), scratchDirectory: scratch)
            #expect(violations.isEmpty, "\(violations)")
        }
    }
}
