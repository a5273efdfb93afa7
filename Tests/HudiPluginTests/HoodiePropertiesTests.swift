import TFMTCore
import Testing

@testable import HudiPlugin

@Suite("hoodie.properties")
struct HoodiePropertiesTests {
    @Test("parses Java properties: separators, comments, escapes and continuations")
    func parsesJavaProperties() throws {
        let text = """
            # a comment
            ! another comment
            a=1
              b : two words
            c   3
            d=x\\:y\\=z\\\\w
            e=first \\
                second
            f=\\u00e9\\t
            g=
            h
            a=last
            i=\\uD83D\\uDE00
            """
        let properties = try JavaProperties.parse(text).get()
        #expect(properties["a"] == "last")
        #expect(properties["b"] == "two words")
        #expect(properties["c"] == "3")
        #expect(properties["d"] == "x:y=z\\w")
        #expect(properties["e"] == "first second")
        #expect(properties["f"] == "é\t")
        #expect(properties["g"] == "")
        #expect(properties["h"] == "")
        #expect(properties["i"] == "😀")
        #expect(properties.count == 9)
    }

    @Test("reports a malformed unicode escape with its line")
    func malformedEscape() {
        let result = JavaProperties.parse("a=1\nb=\\u12G4\n")
        #expect(throws: JavaProperties.Problem(line: 2, reason: "malformed \\uXXXX escape")) { try result.get() }
    }

    @Test("handles CR and CRLF line ends and a key escaped with a space")
    func lineEnds() throws {
        let properties = try JavaProperties.parse("a=1\r\nb=2\rkey\\ with\\ space=3").get()
        #expect(properties == ["a": "1", "b": "2", "key with space": "3"])
    }

    @Test("decodes UTF-8, falls back to ISO-8859-1 and rejects NUL bytes")
    func decodes() {
        #expect(JavaProperties.decode(Array("a=é".utf8)) == "a=é")
        #expect(JavaProperties.decode([0x61, 0x3D, 0xE9]) == "a=é")
        #expect(JavaProperties.decode([0x61, 0x00]) == nil)
    }

    @Test("types the configuration with Hudi's defaults")
    func typesDefaults() throws {
        let config = try HoodieTableConfig(properties: ["hoodie.table.name": "t"], path: "p")
        #expect(config.tableVersion == 0)
        #expect(config.tableVersionIsDefault)
        #expect(config.timelineLayoutVersion == 1)
        #expect(config.timelineLayoutVersionIsDerived)
        #expect(config.tableType == .copyOnWrite)
        #expect(config.baseFileFormat == "PARQUET")
        #expect(config.timelineTimezone == "LOCAL")
        #expect(config.timelinePath == "timeline")
        #expect(config.historyPath == "history")
        #expect(config.archiveFolder == "archived")
        #expect(config.populateMetaFields)
        #expect(config.partitionFields.isEmpty)
    }

    @Test("strips key-generator type suffixes from partition fields and keeps the types")
    func partitionFields() throws {
        let config = try HoodieTableConfig(
            properties: [
                "hoodie.table.name": "t", "hoodie.table.version": "8",
                "hoodie.table.partition.fields": "region:SIMPLE, ts:TIMESTAMP ,day,odd:name",
                "hoodie.table.precombine.field": "ts", "hoodie.table.recordkey.fields": "a,b",
                "hoodie.table.ro.file.format": "orc",
            ],
            path: "p"
        )
        #expect(config.partitionFields == ["region", "ts", "day", "odd:name"])
        #expect(config.partitionFieldTypes == ["region": "SIMPLE", "ts": "TIMESTAMP"])
        #expect(config.orderingFields == ["ts"])
        #expect(config.recordKeyFields == ["a", "b"])
        #expect(config.timelineLayoutVersion == 2)
        #expect(config.baseFileFormat == "ORC")
    }

    @Test("ordering fields (table version 9) win over the precombine field")
    func orderingFields() throws {
        let config = try HoodieTableConfig(
            properties: [
                "hoodie.table.name": "t", "hoodie.table.ordering.fields": "a,b", "hoodie.table.precombine.field": "c",
            ],
            path: "p"
        )
        #expect(config.orderingFields == ["a", "b"])
    }

    @Test(
        "rejects values Hudi rejects",
        arguments: [
            ("hoodie.table.version", "six"), ("hoodie.table.version", "-1"), ("hoodie.table.type", "MOR"),
            ("hoodie.timeline.layout.version", "x"), ("hoodie.timeline.path", "../elsewhere"),
            ("hoodie.timeline.history.path", "/abs"), ("hoodie.archivelog.folder", "a/../../b"),
        ]
    )
    func rejectsInvalid(_ key: String, _ value: String) {
        #expect(throws: TFMTError.self) {
            try HoodieTableConfig(properties: ["hoodie.table.name": "t", key: value], path: "p")
        }
        do throws(TFMTError) {
            _ = try HoodieTableConfig(properties: ["hoodie.table.name": "t", key: value], path: "p")
        } catch {
            #expect(error.code == .hudiPropertyInvalid)
            #expect(error.context["property"] == .string(key))
        }
    }

    @Test("requires the table name")
    func requiresName() {
        do throws(TFMTError) {
            _ = try HoodieTableConfig(properties: ["hoodie.table.version": "6"], path: "p")
            Issue.record("accepted properties without hoodie.table.name")
        } catch {
            #expect(error.code == .hudiRequiredPropertyMissing)
            #expect(!error.resolution.isEmpty)
        }
    }
}

@Suite("hoodie.table.checksum")
struct HoodieChecksumTests {
    @Test("CRC-32 matches zlib's check value")
    func crcCheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
    }

    @Test(
        "reproduces the checksums Hudi wrote",
        arguments: [
            ("default", "v6_nonpartitioned", "1363530505"), ("default", "v6_trips_8i1u", "3843273058"),
            ("default", "v8_nonpartitioned", "1908876706"), ("default", "v9_nonpartitioned_rollback_mor", "169463277"),
            // The metadata table has no database name: the checksum is that of ".<name>".
            ("", "v9_nonpartitioned_rollback_mor_metadata", "2335841802"),
        ]
    )
    func reproducesHudi(_ database: String, _ table: String, _ stored: String) {
        #expect(String(HoodieChecksum.compute(database: database, table: table)) == stored)
        var properties = ["hoodie.table.name": table, "hoodie.table.checksum": stored]
        if !database.isEmpty { properties["hoodie.database.name"] = database }
        #expect(HoodieChecksum(properties: properties).status == .valid)
    }

    @Test("reports a mismatch and an absent checksum")
    func mismatch() {
        #expect(
            HoodieChecksum(properties: ["hoodie.table.name": "t", "hoodie.table.checksum": "1"]).status == .mismatch
        )
        #expect(
            HoodieChecksum(properties: ["hoodie.table.name": "t", "hoodie.table.checksum": "x"]).status == .mismatch
        )
        #expect(HoodieChecksum(properties: ["hoodie.table.name": "t"]).status == .absent)
    }
}
