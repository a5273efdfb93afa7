import DeltaPlugin
import TFMTCore
import Testing

/// Requirements for read and write from protocol versions and features, against the catalog.
@Suite("Delta requirements")
struct DeltaRequirementsTests {
    let plugin = DeltaPlugin()

    func record(
        _ reader: Int,
        _ writer: Int,
        readerFeatures: [String]? = nil,
        writerFeatures: [String]? = nil,
        active: [String] = []
    ) -> TableRecord {
        var record = TableRecord(format: .delta, location: "/t", snapshot: .init(id: "0", timestamp: nil, count: 1))
        record.protocol = [
            "minReaderVersion": JSONValue(reader), "minWriterVersion": JSONValue(writer),
            "readerFeatures": readerFeatures.map { JSONValue($0) } ?? .null,
            "writerFeatures": writerFeatures.map { JSONValue($0) } ?? .null,
        ]
        record.details["activeFeatures"] = JSONValue(active)
        return record
    }

    func descriptions(_ record: TableRecord) -> (read: [String], write: [String]) {
        let requirements = plugin.requirements(for: record)
        return (requirements.read.map(\.description), requirements.write.map(\.description))
    }

    @Test("a (1, 2) table needs only the oldest releases")
    func baseline() {
        let result = descriptions(record(1, 2))
        #expect(result.read == ["delta-spark >= 0.1.0", "deltalake >= 0.6.4"])
        #expect(result.write == ["delta-spark >= 0.1.0", "deltalake >= 0.14.0 because appendOnly, invariants"])
    }

    @Test("writer 4: change data feed gates delta-spark writes only when active")
    func changeDataFeed() {
        #expect(descriptions(record(1, 4)).write.first == "delta-spark >= 1.0.0 because minWriterVersion 4")
        #expect(
            descriptions(record(1, 4, active: ["changeDataFeed"])).write.first
                == "delta-spark >= 2.0.0 because changeDataFeed"
        )
        #expect(descriptions(record(1, 4)).write.last == "deltalake >= 0.18.0 because changeDataFeed, generatedColumns")
    }

    @Test("writer 6 with identity columns: delta-spark 3.3.0, and no deltalake writes it")
    func identityColumns() {
        let result = descriptions(record(1, 6, active: ["identityColumns"]))
        #expect(result.read == ["delta-spark >= 0.1.0", "deltalake >= 0.6.4"])
        #expect(
            result.write == [
                "delta-spark >= 3.3.0 because identityColumns", "no known deltalake release because identityColumns",
            ]
        )
    }

    @Test("reader 3 / writer 7 with timestampNtz")
    func tableFeatures() {
        let result = descriptions(
            record(3, 7, readerFeatures: ["timestampNtz"], writerFeatures: ["timestampNtz", "appendOnly"])
        )
        #expect(
            result.read == [
                "delta-spark >= 2.4.0 because timestampNtz",
                "deltalake >= 0.16.0 because minReaderVersion 3, timestampNtz",
            ]
        )
        #expect(
            result.write == [
                "delta-spark >= 2.4.0 because timestampNtz",
                "deltalake >= 0.16.0 because minReaderVersion 3, timestampNtz",
            ]
        )
    }

    @Test("writer-only features never gate reads")
    func writerOnlyFeatures() {
        let result = descriptions(record(1, 7, writerFeatures: ["domainMetadata", "rowTracking"]))
        #expect(result.read == ["delta-spark >= 0.1.0", "deltalake >= 0.6.4"])
        #expect(
            result.write == [
                "delta-spark >= 3.2.0 because rowTracking",
                "no known deltalake release because domainMetadata, rowTracking",
            ]
        )
    }

    @Test("protocols beyond (3, 7) are readable by no known release")
    func futureProtocol() {
        let result = descriptions(record(4, 8))
        #expect(
            result.read == [
                "no known delta-spark release because minReaderVersion 4",
                "no known deltalake release because minReaderVersion 4",
            ]
        )
        #expect(plugin.requirements(for: record(4, 8)).write.allSatisfy { $0.minimum == nil })
    }

    @Test("without a protocol, the features alone decide")
    func featuresOnly() {
        var bare = TableRecord(format: .delta, location: "/t", snapshot: .init(id: "0", timestamp: nil, count: 1))
        bare.features = ["deletionVectors", "appendOnly"]
        let result = descriptions(bare)
        #expect(
            result.read == [
                "delta-spark >= 2.3.0 because deletionVectors", "deltalake >= 1.4.0 because deletionVectors",
            ]
        )
        #expect(
            result.write == [
                "delta-spark >= 2.4.0 because deletionVectors", "deltalake >= 1.4.0 because deletionVectors",
            ]
        )
    }

    @Test("every runtime of the catalog gets a read and a write requirement")
    func everyRuntime() {
        let requirements = plugin.requirements(for: record(1, 2))
        #expect(requirements.read.map(\.runtime) == ["delta-spark", "deltalake"])
        #expect(requirements.write.map(\.runtime) == ["delta-spark", "deltalake"])
    }
}
