import Foundation
import TFMTCompat
import TFMTCore
import Testing

@Suite("Scan findings")
struct ScanAnalyzerTests {
    /// Writes jars into a fresh folder and scans it for `target`.
    static func scan(
        _ jars: [(file: String, group: String, artifact: String, version: String, major: UInt16, embeds: [String])],
        target: EngineTarget?
    ) throws -> ScanResult {
        let dir = try InventoryScannerTests.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for jar in jars {
            var writer = ZipWriter()
            writer.addPom(group: jar.group, artifact: jar.artifact, version: jar.version)
            for embedded in jar.embeds {
                let parts = embedded.split(separator: ":").map(String.init)
                writer.addPom(group: parts[0], artifact: parts[1], version: parts[2])
            }
            writer.addClass("x/Y.class", major: jar.major)
            try writer.write(to: dir + "/" + jar.file)
        }
        return ScanAnalyzer.analyze(try InventoryScanner.scan(dir), target: target, plugins: [])
    }

    static let spark = EngineTarget(engine: "spark", version: Version("3.5.3")!, scala: Version("2.13"), java: 11)

    @Test("a Scala 2.12 jar on a Scala 2.13 Spark names the replacement")
    func scala() throws {
        let result = try Self.scan(
            [("delta-spark_2.12-3.2.0.jar", "io.delta", "delta-spark_2.12", "3.2.0", 52, [])],
            target: Self.spark
        )
        let finding = try #require(result.findings.first { $0.code == .scalaSuffixMismatch })
        #expect(finding.context["expected"] == "2.13")
        #expect(finding.context["found"] == "2.12")
        #expect(finding.context["replacement"] == "io.delta:delta-spark_2.13:3.2.0")
    }

    @Test("an Iceberg runtime for Spark 3.4 on Spark 3.5")
    func engineMinor() throws {
        let result = try Self.scan(
            [
                (
                    "iceberg-spark-runtime-3.4_2.13-1.6.1.jar", "org.apache.iceberg", "iceberg-spark-runtime-3.4_2.13",
                    "1.6.1", 52, []
                )
            ],
            target: Self.spark
        )
        let finding = try #require(result.findings.first { $0.code == .engineMinorMismatch })
        #expect(finding.context["found"] == "3.4")
        #expect(finding.context["replacement"] == "org.apache.iceberg:iceberg-spark-runtime-3.5_2.13:1.6.1")
        #expect(!result.findings.contains { $0.code == .scalaSuffixMismatch })
    }

    @Test("classes for Java 17 on a Java 11 engine")
    func java() throws {
        let result = try Self.scan(
            [
                (
                    "iceberg-spark-runtime-3.5_2.13-1.11.0.jar", "org.apache.iceberg", "iceberg-spark-runtime-3.5_2.13",
                    "1.11.0", 61, []
                )
            ],
            target: Self.spark
        )
        let finding = try #require(result.findings.first { $0.code == .classFilesTooNew })
        #expect(finding.context["classFileVersion"] == 61)
        #expect(finding.message.contains("Java 17"))
    }

    @Test("two versions of one artifact")
    func duplicates() throws {
        let result = try Self.scan(
            [
                ("delta-spark_2.13-3.1.0.jar", "io.delta", "delta-spark_2.13", "3.1.0", 52, []),
                ("delta-spark_2.13-3.2.0.jar", "io.delta", "delta-spark_2.13", "3.2.0", 52, []),
            ],
            target: nil
        )
        let finding = try #require(result.findings.first { $0.code == .duplicateRuntime })
        #expect(finding.context["jars"]?.arrayValue?.count == 2)
    }

    @Test("a library shaded into a bundle and beside it in another version")
    func shaded() throws {
        let result = try Self.scan(
            [
                (
                    "iceberg-flink-runtime-1.20-1.9.0.jar", "org.apache.iceberg", "iceberg-flink-runtime-1.20", "1.9.0",
                    55,
                    ["com.fasterxml.jackson.core:jackson-databind:2.18.2"]
                ),
                ("jackson-databind-2.12.7.jar", "com.fasterxml.jackson.core", "jackson-databind", "2.12.7", 52, []),
            ],
            target: nil
        )
        let finding = try #require(result.findings.first { $0.code == .shadedAndUnshadedCopy })
        #expect(finding.context["found"] == "2.12.7")
        #expect(finding.context["expected"] == "2.18.2")
    }

    @Test("Hudi and Paimon Spark extensions in one Spark clash, with the source")
    func clash() throws {
        let result = try Self.scan(
            [
                (
                    "hudi-spark3.5-bundle_2.12-0.15.0.jar", "org.apache.hudi", "hudi-spark3.5-bundle_2.12", "0.15.0",
                    52, []
                ),
                ("paimon-spark-3.5-1.2.0.jar", "org.apache.paimon", "paimon-spark-3.5", "1.2.0", 52, []),
            ],
            target: nil
        )
        let finding = try #require(result.findings.first { $0.code == .formatClash })
        #expect(finding.context["source"] == "apache/paimon#2449")
    }

    @Test("a clean folder has no findings")
    func clean() throws {
        let result = try Self.scan(
            [("delta-spark_2.13-3.2.0.jar", "io.delta", "delta-spark_2.13", "3.2.0", 52, [])],
            target: Self.spark
        )
        #expect(result.findings.isEmpty, "\(result.findings)")
    }

    @Test(
        "engine minors inside artifact names",
        arguments: [
            ("iceberg-spark-runtime-3.5_2.12", "spark", "3.5"), ("hudi-spark3.4-bundle_2.12", "spark", "3.4"),
            ("paimon-flink-1.20", "flink", "1.20"), ("delta-spark_2.12", "spark", nil),
            ("paimon-flink-common", "flink", nil),
        ]
    )
    func minors(_ name: String, _ engine: String, _ expected: String?) {
        #expect(ScanAnalyzer.engineMinor(in: name, engine: engine) == expected)
    }
}
