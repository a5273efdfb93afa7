import Foundation
import TFMTCore
import Testing

@testable import HudiPlugin

/// Broken tables give structured errors (or, for a checksum mismatch, a warning in the record), never a trap.
@Suite("Hudi negative cases")
struct HudiNegativeTests {
    /// Inspects `table` and returns the error it throws.
    private func error(inspecting table: SyntheticTable, limits: HudiReadLimits = HudiReadLimits()) async -> TFMTError?
    {
        do throws(TFMTError) {
            _ = try await HudiPlugin(limits: limits).inspect(at: table.root, options: InspectOptions(detail: true))
            return nil
        } catch {
            #expect(!error.resolution.isEmpty, "\(error.code) has no resolution steps")
            #expect(error.code.area == "TBL")
            return error
        }
    }

    @Test("a folder without .hoodie is not a Hudi table")
    func notATable() async throws {
        try await HudiTestSupport.withScratchDirectory { root in
            let detection = try await HudiPlugin().detect(at: root)
            #expect(detection == nil)
            #expect(await error(inspecting: SyntheticTable(root: root))?.code == .notATable)
        }
    }

    @Test(".hoodie without hoodie.properties")
    func propertiesMissing() async throws {
        try await HudiTestSupport.withScratchDirectory { root in
            try HudiTestSupport.write("", at: ".hoodie/20240101000000000.commit", in: root)
            #expect(try await HudiPlugin().detect(at: root) == nil)
            let table = SyntheticTable(root: root)
            #expect(await error(inspecting: table)?.code == .hudiPropertiesMissing)
        }
    }

    @Test("corrupt properties: a bad escape, NUL bytes, a missing name, a bad version, an unknown layout")
    func corruptProperties() async throws {
        let cases: [(String, TFMTError.Code)] = [
            ("hoodie.table.name=t\nhoodie.table.create.schema=\\u00zz\n", .hudiPropertiesCorrupt),
            ("hoodie.table.name=t\0\n", .hudiPropertiesCorrupt),
            ("hoodie.table.version=6\n", .hudiRequiredPropertyMissing),
            ("hoodie.table.name=t\nhoodie.table.version=six\n", .hudiPropertyInvalid),
            ("hoodie.table.name=t\nhoodie.table.type=MOR\n", .hudiPropertyInvalid),
            ("hoodie.table.name=t\nhoodie.timeline.path=../../etc\nhoodie.table.version=8\n", .hudiPropertyInvalid),
            ("hoodie.table.name=t\nhoodie.timeline.layout.version=3\n", .hudiTimelineLayoutUnsupported),
        ]
        for (properties, code) in cases {
            try await HudiTestSupport.withScratchDirectory { root in
                let table = try SyntheticTable(at: root, properties: properties)
                #expect(try await HudiPlugin().detect(at: root)?.format == .hudi)
                #expect(await error(inspecting: table)?.code == code, "\(properties)")
            }
        }
    }

    @Test("an oversized hoodie.properties is refused by the read limit")
    func oversizedProperties() async throws {
        try await HudiTestSupport.withScratchDirectory { root in
            let table = try SyntheticTable(
                at: root,
                properties: SyntheticTable.properties() + "padding=" + String(repeating: "x", count: 2048) + "\n"
            )
            var limits = HudiReadLimits()
            limits.propertiesBytes = 1024
            #expect(await error(inspecting: table, limits: limits)?.code == .tablePathUnreadable)
        }
    }

    @Test("layout 2 without a timeline folder")
    func timelineMissing() async throws {
        try await HudiTestSupport.withScratchDirectory { root in
            let table = try SyntheticTable(at: root, properties: SyntheticTable.properties(version: 8))
            #expect(await error(inspecting: table)?.code == .hudiTimelineUnreadable)
        }
    }

    @Test("a corrupt JSON commit (layout 1)")
    func corruptJSONInstant() async throws {
        try await HudiTestSupport.withScratchDirectory { root in
            let table = try SyntheticTable(at: root, properties: SyntheticTable.properties())
            try table.write("{\"partitionToWriteStats\": {", at: ".hoodie/20240101000000000.commit")
            let failure = await error(inspecting: table)
            #expect(failure?.code == .hudiInstantCorrupt)
            #expect(failure?.context["encoding"] == "JSON")
            try table.write("[1, 2]", at: ".hoodie/20240101000000000.commit")
            #expect(await error(inspecting: table)?.code == .hudiInstantCorrupt)
        }
    }

    @Test("a corrupt Avro commit (layout 2)")
    func corruptAvroInstant() async throws {
        try await HudiTestSupport.withScratchDirectory { root in
            let table = try SyntheticTable(at: root, properties: SyntheticTable.properties(version: 9))
            let valid = AvroContainerWriter.commitMetadata(extraMetadata: ["schema": "x"], operationType: "INSERT")
            let path = ".hoodie/timeline/20250101000000000_20250101000001000.deltacommit"
            try table.write(valid.prefix(valid.count - 20), at: path)
            let failure = await error(inspecting: table)
            #expect(failure?.code == .hudiInstantCorrupt)
            #expect(failure?.context["encoding"] == "Avro")
            try table.write(Data("Obj".utf8) + Data([1, 0xFF, 0xFF, 0xFF]), at: path)
            #expect(await error(inspecting: table)?.code == .hudiInstantCorrupt)
        }
    }

    @Test("an instant file larger than the limit is unreadable, not loaded")
    func oversizedInstant() async throws {
        try await HudiTestSupport.withScratchDirectory { root in
            let table = try SyntheticTable(at: root, properties: SyntheticTable.properties())
            try table.write(SyntheticTable.commitJSON(), at: ".hoodie/20240101000000000.commit")
            var limits = HudiReadLimits()
            limits.instantBytes = 16
            let failure = await error(inspecting: table, limits: limits)
            #expect(failure?.code == .hudiInstantUnreadable)
            #expect(failure?.context["cause"] == .string(TFMTError.Code.tablePathUnreadable.rawValue))
        }
    }

    @Test("an unreadable instant (a folder where a file should be)")
    func unreadableInstant() async throws {
        try await HudiTestSupport.withScratchDirectory { root in
            let table = try SyntheticTable(at: root, properties: SyntheticTable.properties())
            try table.write("", at: ".hoodie/20240101000000000.commit/inner")
            #expect(await error(inspecting: table)?.code == .hudiInstantUnreadable)
        }
    }

    @Test("a schema that is not an Avro record")
    func invalidSchema() async throws {
        try await HudiTestSupport.withScratchDirectory { root in
            let table = try SyntheticTable(at: root, properties: SyntheticTable.properties())
            try table.write(
                SyntheticTable.commitJSON(schema: "{\"type\":\"int\"}"),
                at: ".hoodie/20240101000000000.commit"
            )
            #expect(await error(inspecting: table)?.code == .hudiSchemaInvalid)
            try table.write(SyntheticTable.commitJSON(schema: "not json"), at: ".hoodie/20240101000000000.commit")
            #expect(await error(inspecting: table)?.code == .hudiSchemaInvalid)
        }
    }

    @Test("a corrupt LSM history")
    func corruptHistory() async throws {
        try await HudiTestSupport.withScratchDirectory { root in
            let table = try SyntheticTable(at: root, properties: SyntheticTable.properties(version: 8))
            try table.write("", at: ".hoodie/timeline/20250101000000000.commit.requested")
            try table.write("seven", at: ".hoodie/timeline/history/_version_")
            #expect(await error(inspecting: table)?.code == .hudiHistoryCorrupt)
            try table.write("7", at: ".hoodie/timeline/history/_version_")
            #expect(await error(inspecting: table)?.code == .hudiHistoryCorrupt)
            try table.write("{\"files\": 3}", at: ".hoodie/timeline/history/manifest_7")
            #expect(await error(inspecting: table)?.code == .hudiHistoryCorrupt)
        }
    }

    @Test("a checksum mismatch is a warning and a flag, not a failure")
    func checksumMismatch() async throws {
        try await HudiTestSupport.withScratchDirectory { root in
            let table = try SyntheticTable(at: root, properties: SyntheticTable.properties(checksum: "12345"))
            try table.write(SyntheticTable.commitJSON(), at: ".hoodie/20240101000000000.commit")
            let record = try await table.inspect()
            #expect(record.features.contains("checksumMismatch"))
            #expect(record.details["checksum"]?["status"] == "mismatch")
            #expect(record.details["checksum"]?["stored"] == "12345")
            let warning = try #require(record.details["warnings"]?.arrayValue?.first)
            #expect(warning["code"] == .string(TFMTError.Code.hudiChecksumMismatch.rawValue))
            #expect(warning["resolution"]?.arrayValue?.isEmpty == false)
        }
    }

    @Test("a valid backup is read when the main file's checksum does not match, or the main file is missing")
    func backupFallback() async throws {
        try await HudiTestSupport.withScratchDirectory { root in
            let table = try SyntheticTable(at: root, properties: SyntheticTable.properties(checksum: "1"))
            try table.write(SyntheticTable.properties(version: 6), at: ".hoodie/hoodie.properties.backup")
            var record = try await table.inspect()
            #expect(record.details["propertiesFile"] == ".hoodie/hoodie.properties.backup")
            #expect(record.details["checksum"]?["status"] == "valid")
            #expect(record.details["propertiesFallbackReason"] != nil)
            try FileManager.default.removeItem(atPath: root + "/.hoodie/hoodie.properties")
            #expect(try await HudiPlugin().detect(at: root)?.evidence == ".hoodie/hoodie.properties.backup")
            record = try await table.inspect()
            #expect(record.details["propertiesFile"] == ".hoodie/hoodie.properties.backup")
        }
    }

    @Test("an unreadable index definitions file is a warning")
    func indexDefinitions() async throws {
        try await HudiTestSupport.withScratchDirectory { root in
            let table = try SyntheticTable(
                at: root,
                properties: SyntheticTable.properties(
                    version: 9,
                    extra: ["hoodie.table.index.defs.path": ".hoodie/.index_defs/index.json"]
                )
            )
            try table.write("", at: ".hoodie/timeline/20250101000000000.commit.requested")
            try table.write("{", at: ".hoodie/.index_defs/index.json")
            let record = try await table.inspect()
            let warning = try #require(record.details["warnings"]?.arrayValue?.first)
            #expect(warning["code"] == .string(TFMTError.Code.hudiIndexDefinitionsUnreadable.rawValue))
        }
    }
}
