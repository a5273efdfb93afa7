import TFMTCore
import TFMTParquet
import Testing

/// The schema tree: levels, paths and how LIST and MAP annotations (modern and legacy) are read.
@Suite("Parquet schema tree")
struct ParquetSchemaTests {
    @Test("nested fixture: paths, levels and leaf order")
    func nestedLevels() throws {
        let reader = try ParquetReader(path: FixturePaths.path("nested"))
        let schema = reader.schema
        let element = try #require(schema.node(at: "ints.list.element"))
        #expect(element.isLeaf)
        #expect(element.definitionLevel == 3)
        #expect(element.repetitionLevel == 1)
        let nested = try #require(schema.node(at: "nested.list.element.list.element"))
        #expect(nested.repetitionLevel == 2)
        let mapKey = try #require(schema.node(at: "map.key_value.key"))
        #expect(mapKey.repetition == .required)
        #expect(schema.leaves.map { schema.nodes[$0].leafIndex } == Array(schema.leaves.indices).map { Optional($0) })
        #expect(schema.node(at: "map")?.logicalType == .map)
        #expect(schema.node(at: "s.point.label")?.logicalType == .string)
    }

    @Test("legacy two-level lists and MAP_KEY_VALUE maps are recognised")
    func legacyShapes() throws {
        // message { optional group legacy (LIST) { repeated int32 array }
        //           optional group pairs (LIST) { repeated group pairs_tuple { required int32 a; optional int32 b } }
        //           optional group m (MAP_KEY_VALUE) { repeated group map { required binary key (UTF8); optional int32 value } } }
        let footer = ThriftCompactWriter.footer(schema: [
            TestSchemaElement(name: "schema", children: 3),
            TestSchemaElement(name: "legacy", repetition: 1, children: 1, converted: 3),
            TestSchemaElement(name: "array", type: 1, repetition: 2),
            TestSchemaElement(name: "pairs", repetition: 1, children: 1, converted: 3),
            TestSchemaElement(name: "pairs_tuple", repetition: 2, children: 2),
            TestSchemaElement(name: "a", type: 1, repetition: 0),
            TestSchemaElement(name: "b", type: 1, repetition: 1),
            TestSchemaElement(name: "m", repetition: 1, children: 1, converted: 2),
            TestSchemaElement(name: "map", repetition: 2, children: 2),
            TestSchemaElement(name: "key", type: 6, repetition: 0, converted: 0),
            TestSchemaElement(name: "value", type: 1, repetition: 1),
        ])
        let reader = try ParquetReader(bytes: ThriftCompactWriter.file(footer: footer))
        #expect(reader.schema.leaves.count == 5)
        #expect(reader.schema.node(at: "legacy.array")?.repetitionLevel == 1)
        #expect(reader.schema.node(at: "m.map.value")?.definitionLevel == 3)
        #expect(try reader.rows().isEmpty)
    }

    @Test("a schema whose child counts overrun the element list is rejected")
    func childCountOverrun() throws {
        let footer = ThriftCompactWriter.footer(schema: [
            TestSchemaElement(name: "schema", children: 2),
            TestSchemaElement(name: "a", type: 1, repetition: 0),
        ])
        let error = #expect(throws: TFMTError.self) {
            try ParquetReader(bytes: ThriftCompactWriter.file(footer: footer))
        }
        #expect(error?.code == .parquetSchemaInvalid)
    }

    @Test("a schema nested deeper than the limit is rejected without recursion")
    func deepSchema() throws {
        var elements = [TestSchemaElement(name: "schema", children: 1)]
        for index in 0..<200 { elements.append(TestSchemaElement(name: "g\(index)", repetition: 1, children: 1)) }
        elements.append(TestSchemaElement(name: "leaf", type: 1, repetition: 1))
        let bytes = ThriftCompactWriter.file(footer: ThriftCompactWriter.footer(schema: elements))
        let error = #expect(throws: TFMTError.self) { try ParquetReader(bytes: bytes) }
        #expect(error?.code == .parquetLimitExceeded)
    }
}
