import TFMTCore
import Testing

@testable import HudiPlugin

@Suite("Hudi schema rendering")
struct HudiAvroSchemaTests {
    private func fields(_ json: String) throws -> [TableRecord.Schema.Field] {
        try HudiAvroSchema.fields(json, maximumDepth: 8).get()
    }

    @Test("renders primitives, logical types, nested types and nullability")
    func renders() throws {
        let schema = """
            {"type":"record","name":"r","fields":[
              {"name":"a","type":"long"},
              {"name":"b","type":["null","string"]},
              {"name":"c","type":[{"type":"bytes","logicalType":"decimal","precision":38,"scale":0},"null"]},
              {"name":"d","type":{"type":"long","logicalType":"local-timestamp-millis"}},
              {"name":"e","type":{"type":"enum","name":"E","symbols":["X","Y"]}},
              {"name":"f","type":{"type":"fixed","name":"F","size":16}},
              {"name":"g","type":["null","int","string"]},
              {"name":"h","type":{"type":"array","items":"E"}},
              {"name":"i","type":{"type":"map","values":["null",{"type":"array","items":"long"}]}},
              {"name":"j","type":"null"}
            ]}
            """
        let rendered = try fields(schema)
        #expect(rendered.map(\.name) == ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"])
        #expect(
            rendered.map(\.type) == [
                "long", "string", "decimal(38,0)", "local-timestamp-millis", "enum<X, Y>", "fixed(16)",
                "union<int, string>", "array<E>", "map<array<long>?>", "null",
            ]
        )
        #expect(rendered.map(\.nullable) == [false, true, true, false, false, false, true, false, false, true])
        #expect(rendered.allSatisfy { $0.id == nil })
    }

    @Test("rejects what is not a record schema, and nesting past the limit")
    func rejects() {
        for json in [
            "", "[]", #"{"type":"record"}"#, #"{"type":"record","fields":[{"name":"a"}]}"#,
            #"{"type":"record","fields":[{"name":"a","type":5}]}"#,
        ] {
            #expect(throws: HudiAvroSchema.Problem.self) { try fields(json) }
        }
        var deep = #""long""#
        for _ in 0..<20 { deep = #"{"type":"array","items":\#(deep)}"# }
        #expect(throws: HudiAvroSchema.Problem.self) {
            try fields(#"{"type":"record","name":"r","fields":[{"name":"a","type":\#(deep)}]}"#)
        }
    }
}
