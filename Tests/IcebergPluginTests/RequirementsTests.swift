import IcebergPlugin
import TFMTCore
import Testing

/// The minimum runtimes for tables of each format version and with each v3 feature.
@Suite("Requirements")
struct RequirementsTests {
    let plugin = IcebergPlugin()

    /// The requirements of a table with `features` at `formatVersion`, as `runtime: text` lines.
    func requirements(
        _ formatVersion: Int,
        _ features: [String] = []
    ) -> (read: [String: String], write: [String: String]) {
        let record = TableRecord(
            format: .iceberg,
            location: "/t",
            snapshot: TableRecord.Snapshot(id: "1", timestamp: nil, count: 1),
            protocol: ["formatVersion": .int(Int64(formatVersion))],
            features: features
        )
        let requirements = plugin.requirements(for: record)
        return (
            Dictionary(uniqueKeysWithValues: requirements.read.map { ($0.runtime, $0.description) }),
            Dictionary(uniqueKeysWithValues: requirements.write.map { ($0.runtime, $0.description) })
        )
    }

    @Test("v1 and v2 tables: the oldest catalogued Java runtimes; pyiceberg reads from 0.1.0 and writes from 0.6.0")
    func v1AndV2() {
        for version in [1, 2] {
            let (read, write) = requirements(version, version == 2 ? ["v2"] : [])
            #expect(read["iceberg-spark-runtime"] == "iceberg-spark-runtime >= 1.0.0")
            #expect(read["iceberg-flink-runtime"] == "iceberg-flink-runtime >= 1.0.0")
            #expect(read["pyiceberg"] == "pyiceberg >= 0.1.0")
            #expect(write["iceberg-spark-runtime"] == "iceberg-spark-runtime >= 1.0.0")
            #expect(write["pyiceberg"] == "pyiceberg >= 0.6.0")
        }
    }

    @Test("v2 equality deletes: no pyiceberg release reads them")
    func equalityDeletes() {
        let (read, write) = requirements(2, ["v2", "equalityDeletes"])
        #expect(read["pyiceberg"] == "no known pyiceberg release because equalityDeletes")
        #expect(write["pyiceberg"] == "no known pyiceberg release because equalityDeletes")
        #expect(read["iceberg-spark-runtime"] == "iceberg-spark-runtime >= 1.0.0")
    }

    @Test("v3: Java 1.10.0 (spec adopted); pyiceberg reads from 0.9.0 and writes never")
    func v3() {
        let (read, write) = requirements(3, ["v3"])
        #expect(read["iceberg-spark-runtime"] == "iceberg-spark-runtime >= 1.10.0 because v3")
        #expect(write["iceberg-flink-runtime"] == "iceberg-flink-runtime >= 1.10.0 because v3")
        #expect(read["pyiceberg"] == "pyiceberg >= 0.9.0 because v3")
        #expect(write["pyiceberg"] == "no known pyiceberg release because v3")
    }

    @Test("v3 features name themselves when they raise the minimum")
    func v3Features() {
        let dvs = requirements(3, ["v3", "deletionVectors", "rowLineage"])
        #expect(dvs.read["pyiceberg"] == "pyiceberg >= 0.10.0 because deletionVectors")
        #expect(dvs.read["iceberg-spark-runtime"] == "iceberg-spark-runtime >= 1.10.0 because v3")
        #expect(dvs.write["iceberg-flink-runtime"] == "iceberg-flink-runtime >= 1.11.0 because deletionVectors")

        let variant = requirements(3, ["v3", "variant"])
        #expect(variant.read["iceberg-spark-runtime"] == "iceberg-spark-runtime >= 1.10.0 because v3, variant")
        #expect(variant.read["iceberg-flink-runtime"] == "iceberg-flink-runtime >= 1.11.0 because variant")
        #expect(variant.read["pyiceberg"] == "no known pyiceberg release because variant")

        let geometry = requirements(3, ["v3", "geometry", "timestamp_ns"])
        #expect(geometry.read["pyiceberg"] == "pyiceberg >= 0.12.0rc1 because geometry")
        #expect(geometry.write["iceberg-spark-runtime"] == "no known iceberg-spark-runtime release because geometry")
        #expect(geometry.write["pyiceberg"] == "no known pyiceberg release because geometry, timestamp_ns, v3")

        let defaults = requirements(3, ["v3", "defaultValues"])
        #expect(defaults.write["iceberg-spark-runtime"] == "iceberg-spark-runtime >= 1.11.0 because defaultValues")
        #expect(defaults.read["iceberg-spark-runtime"] == "iceberg-spark-runtime >= 1.10.0 because v3")
    }

    @Test("v4, a draft, has no known reader")
    func v4() {
        let (read, write) = requirements(4, ["v4"])
        for runtime in ["iceberg-spark-runtime", "iceberg-flink-runtime", "pyiceberg"] {
            #expect(read[runtime] == "no known \(runtime) release because v4")
            #expect(write[runtime] == "no known \(runtime) release because v4")
        }
    }

    @Test("without protocol, the format version comes from the features; every runtime is listed once per mode")
    func shape() {
        let record = TableRecord(
            format: .iceberg,
            location: "/t",
            snapshot: TableRecord.Snapshot(id: "1", timestamp: nil, count: 1),
            features: ["v3"]
        )
        let requirements = plugin.requirements(for: record)
        #expect(requirements.read.map(\.runtime) == ["iceberg-spark-runtime", "iceberg-flink-runtime", "pyiceberg"])
        #expect(requirements.write.map(\.runtime) == ["iceberg-spark-runtime", "iceberg-flink-runtime", "pyiceberg"])
        #expect(requirements.read.first?.because == ["v3"])
    }
}
