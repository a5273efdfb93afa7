import TFMTCore
import Testing

@testable import HudiPlugin

@Suite("Hudi requirements")
struct HudiRequirementsTests {
    private func record(_ features: [String]) -> TableRecord {
        TableRecord(
            format: .hudi,
            location: "/t",
            snapshot: TableRecord.Snapshot(id: "1", timestamp: nil, count: 1),
            features: features
        )
    }

    private func lines(_ features: [String]) -> (read: [String], write: [String]) {
        let requirements = HudiPlugin().requirements(for: record(features))
        return (requirements.read.map(\.description), requirements.write.map(\.description))
    }

    @Test("version 6, copy-on-write")
    func v6CopyOnWrite() {
        let (read, write) = lines(["tableVersion6"])
        #expect(
            read == [
                "hudi-spark-bundle >= 0.14.0 because tableVersion6",
                "hudi-flink-bundle >= 0.14.0 because tableVersion6",
                "hudi >= 0.1.0 because tableVersion6",
            ]
        )
        #expect(
            write == [
                "hudi-spark-bundle >= 0.14.0 because tableVersion6",
                "hudi-flink-bundle >= 0.14.0 because tableVersion6",
                "no known hudi release because tableVersion6",
            ]
        )
    }

    @Test("version 6, merge-on-read: hudi-rs reads it from 0.3.0")
    func v6MergeOnRead() {
        let (read, _) = lines(["tableVersion6", "mergeOnRead"])
        #expect(read[0] == "hudi-spark-bundle >= 0.14.0 because tableVersion6")
        #expect(read[2] == "hudi >= 0.3.0 because tableVersion6, mergeOnRead")
    }

    @Test("version 8, copy-on-write")
    func v8() {
        let (read, write) = lines(["tableVersion8"])
        #expect(
            read == [
                "hudi-spark-bundle >= 1.0.0 because tableVersion8", "hudi-flink-bundle >= 1.0.0 because tableVersion8",
                "hudi >= 0.5.0 because tableVersion8",
            ]
        )
        #expect(write[0] == "hudi-spark-bundle >= 1.0.0 because tableVersion8")
    }

    @Test("version 9, merge-on-read with a metadata table")
    func v9MergeOnRead() {
        let (read, write) = lines(["tableVersion9", "mergeOnRead", "metadataTable", "recordIndex"])
        #expect(
            read == [
                "hudi-spark-bundle >= 1.1.0 because tableVersion9", "hudi-flink-bundle >= 1.1.0 because tableVersion9",
                "hudi >= 0.5.0 because tableVersion9",
            ]
        )
        #expect(
            write == [
                "hudi-spark-bundle >= 1.1.0 because tableVersion9", "hudi-flink-bundle >= 1.1.0 because tableVersion9",
                "no known hudi release because tableVersion9, mergeOnRead",
            ]
        )
    }

    @Test("versions no catalogued release reads or writes")
    func unknownVersions() {
        #expect(lines(["tableVersion7"]).read[0] == "no known hudi-spark-bundle release because tableVersion7")
        #expect(
            lines(["tableVersion10"]).read == [
                "no known hudi-spark-bundle release because tableVersion10",
                "no known hudi-flink-bundle release because tableVersion10",
                "no known hudi release because tableVersion10",
            ]
        )
        // Catalogued releases read an old table but upgrade it on the first write.
        #expect(lines(["tableVersion4"]).read[0] == "hudi-spark-bundle >= 0.12.0 because tableVersion4")
        #expect(lines(["tableVersion4"]).write[0] == "no known hudi-spark-bundle release because tableVersion4")
    }

    @Test("features raise the minimum and name themselves")
    func features() {
        let (read, _) = lines(["tableVersion9", "lanceBaseFiles"])
        #expect(read[0] == "hudi-spark-bundle >= 1.2.0 because tableVersion9, lanceBaseFiles")
        #expect(read[1] == "no known hudi-flink-bundle release because lanceBaseFiles")
        #expect(lines(["tableVersion6", "orcBaseFiles"]).read[2] == "no known hudi release because orcBaseFiles")
        #expect(lines(["tableVersion5", "cdc"]).read[0] == "hudi-spark-bundle >= 0.13.0 because tableVersion5, cdc")
    }

    @Test("the upgrade warning names the pin and the releases that upgrade")
    func upgradeWarning() {
        let catalog = HudiPlugin().catalog
        let v6 = HudiUpgradeWarning.details(tableVersion: 6, catalog: catalog)
        #expect(v6["pin"] == "hoodie.write.table.version=6")
        #expect(
            v6["upgradingWriters"] == [
                ["from": "1.0.0", "upgradesTo": 8, "canBePinned": true],
                ["from": "1.1.0", "upgradesTo": 9, "canBePinned": true],
            ]
        )
        #expect(v6["message"]?.stringValue?.contains("hoodie.write.table.version=6") == true)
        let v5 = HudiUpgradeWarning.details(tableVersion: 5, catalog: catalog)
        #expect(v5["upgradingWriters"]?.arrayValue?.first == ["from": "0.14.0", "upgradesTo": 6, "canBePinned": false])
        let v9 = HudiUpgradeWarning.details(tableVersion: 9, catalog: catalog)
        #expect(v9["upgradingWriters"] == [])
        #expect(v9["message"]?.stringValue?.contains("hoodie.write.table.version=9") == true)
    }
}
