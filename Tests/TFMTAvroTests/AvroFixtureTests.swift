import Foundation
import TFMTAvro
import TFMTCore
import Testing

@Suite("Files written by fastavro")
struct AvroFixtureTests {
    @Test("decodes every record as fastavro reads it", arguments: AvroFixture.all)
    func decodesLikeFastavro(fixture: AvroFixture) throws {
        let expected = try fixture.expected()
        let reader = try AvroContainerReader(contentsOf: fixture.url)
        #expect(reader.header.codec.rawValue == expected.codec)
        for (key, value) in expected.metadata {
            #expect(reader.header.metadataString(key) == value)
        }
        let records = try reader.readAll().map(reader.schema.jsonValue(of:))
        #expect(records.count == expected.records.count)
        for (index, (actual, wanted)) in zip(records, expected.records).enumerated() {
            #expect(jsonEquivalent(actual, wanted), "record \(index): \(actual) != \(wanted)")
        }
    }

    @Test("reads the same records from memory as from the mapped file", arguments: AvroFixture.all)
    func fromMemory(fixture: AvroFixture) throws {
        let mapped = try AvroContainerReader(contentsOf: fixture.url).readAll()
        let inMemory = try AvroContainerReader(data: Data(try fixture.bytes()), path: fixture.name).readAll()
        #expect(mapped == inMemory)
    }

    @Test(
        "every codec yields the same records, in several blocks",
        arguments: ["manifest-deflate", "manifest-snappy", "manifest-zstandard"]
    )
    func codecsAgree(name: String) throws {
        let plain = try AvroContainerReader(contentsOf: AvroFixture(name: "manifest-null").url)
        let compressed = try AvroContainerReader(contentsOf: AvroFixture(name: name).url)
        #expect(try compressed.readAll() == plain.readAll())
        var blocks = compressed.blocks()
        var count = 0
        var records = 0
        while let block = try blocks.next() {
            #expect(block.index == count)
            count += 1
            records += block.recordCount
        }
        #expect(count > 1)
        #expect(records == 30)
    }

    @Test("stops early without reading the rest")
    func stopsEarly() throws {
        let reader = try AvroContainerReader(contentsOf: AvroFixture(name: "manifest-zstandard").url)
        var records = reader.records()
        var seen: [AvroValue] = []
        while let record = try records.next() {
            seen.append(record)
            if seen.count == 2 { break }
        }
        #expect(seen.count == 2)
        #expect(seen[1]["data_file"]?["record_count"] == .long(1001))
    }

    @Test("exposes the schema, field properties and metadata Iceberg relies on")
    func schemaDetails() throws {
        let reader = try AvroContainerReader(contentsOf: AvroFixture(name: "manifest-null").url)
        guard case .record(let entry) = reader.schema.root.type else {
            Issue.record("the root is not a record")
            return
        }
        #expect(entry.name == "manifest_entry")
        #expect(entry.fieldNames == ["status", "snapshot_id", "data_file"])
        #expect(entry.fields[2].properties["field-id"] == .int(2))
        #expect(reader.header.metadataString("format-version") == "2")
        #expect(reader.header.syncMarker.count == 16)
        let pairs = try #require(reader.schema.namedType("k117_v118"))
        guard case .record(let pair) = pairs.type else {
            Issue.record("k117_v118 is not a record")
            return
        }
        #expect(pair.fields.map(\.name) == ["key", "value"])
    }

    @Test("resolves namespaces, references and logical types in the complex fixtures")
    func complexSchema() throws {
        let complex = try AvroContainerReader(contentsOf: AvroFixture(name: "complex").url).schema
        for name in [
            "tfmt.test.Complex", "tfmt.test.OldComplex", "tfmt.test.Color", "tfmt.test.Point",
            "tfmt.other.MD5", "tfmt.inner.Inner", "tfmt.test.LinkedList", "tfmt.test.Empty",
        ] {
            #expect(complex.namedType(name) != nil, "\(name)")
        }
        guard case .record(let record) = complex.root.type else {
            Issue.record("the root is not a record")
            return
        }
        let renamed = try #require(record.fields.last)
        #expect(renamed.aliases == ["old_name"])
        #expect(renamed.doc == "a field doc")
        #expect(renamed.properties == ["field-id": .int(7)])

        let logical = try AvroContainerReader(contentsOf: AvroFixture(name: "logical").url).schema
        guard case .record(let fields) = logical.root.type else {
            Issue.record("the root is not a record")
            return
        }
        let types = Dictionary(uniqueKeysWithValues: fields.fields.map { ($0.name, logical[$0.type].logicalType) })
        #expect(types["dec_bytes"] == .decimal(precision: 10, scale: 2))
        #expect(types["dec_fixed"] == .decimal(precision: 38, scale: 6))
        #expect(types["ts_ns"] == .timestampNanos)
        #expect(types["span"] == .duration)
        #expect(types["custom"] == .some(nil))
        #expect(types["bad_dec"] == .some(nil))
        let custom = try #require(fields.fields.first { $0.name == "custom" })
        #expect(logical[custom.type].properties["logicalType"] == .string("not-a-real-type"))
    }

    @Test("reads durations")
    func durations() throws {
        let records = try AvroContainerReader(contentsOf: AvroFixture(name: "logical").url).readAll()
        let spans = records.compactMap { $0["span"].flatMap(AvroDuration.init) }
        #expect(spans.count == 4)
        #expect(spans[1] == AvroDuration(months: 12, days: 30, milliseconds: 86_400_001))
    }
}
