import TFMTAvro
import TFMTCore
import Testing

@Suite("Schema parsing")
struct AvroSchemaTests {
    @Test(
        "primitives, as names and as objects",
        arguments: ["null", "boolean", "int", "long", "float", "double", "bytes", "string"]
    )
    func primitives(name: String) throws {
        #expect(try AvroSchema(json: "\"\(name)\"").root.type.typeName == name)
        #expect(try AvroSchema(json: "{\"type\": \"\(name)\"}").root.type.typeName == name)
    }

    @Test("full names from names, namespaces and enclosing namespaces")
    func namespaces() throws {
        let schema = try AvroSchema(
            json: """
                {"type": "record", "name": "Outer", "namespace": "a.b", "fields": [
                  {"name": "f1", "type": {"type": "fixed", "name": "F", "size": 2}},
                  {"name": "f2", "type": {"type": "enum", "name": "x.y.E", "symbols": ["A"]}},
                  {"name": "f3", "type": {"type": "record", "name": "R", "namespace": "", "fields": []}},
                  {"name": "f4", "type": "F"},
                  {"name": "f5", "type": "x.y.E"},
                  {"name": "f6", "type": "R"},
                  {"name": "f7", "type": {"type": "record", "name": "In", "aliases": ["Old", "z.Older"], "fields": [
                    {"name": "g", "type": "F"}]}}
                ]}
                """
        )
        for name in ["a.b.Outer", "a.b.F", "x.y.E", "R", "a.b.In", "a.b.Old", "z.Older"] {
            #expect(schema.namedType(name) != nil, "\(name)")
        }
        guard case .record(let outer) = schema.root.type else {
            Issue.record("not a record")
            return
        }
        // References resolve to the one node of each named type.
        #expect(outer.fields[0].type == outer.fields[3].type)
        #expect(outer.fields[1].type == outer.fields[4].type)
        #expect(outer.fields[2].type == outer.fields[5].type)
    }

    @Test(
        "invalid schemas",
        arguments: [
            "",
            "42",
            "\"Undefined\"",
            #"{"type": "record", "name": "R"}"#,
            #"{"type": "record", "fields": []}"#,
            #"{"type": "record", "name": "R", "fields": [{"name": "a", "type": "int"}, {"name": "a", "type": "int"}]}"#,
            #"{"type": "record", "name": "R", "fields": [{"name": "a"}]}"#,
            #"{"type": "enum", "name": "E", "symbols": ["A", "A"]}"#,
            #"{"type": "enum", "name": "E", "symbols": ["A"], "default": "B"}"#,
            #"{"type": "enum", "name": "E"}"#,
            #"{"type": "fixed", "name": "F", "size": -1}"#,
            #"{"type": "fixed", "name": "F"}"#,
            #"{"type": "array"}"#,
            #"{"type": "map"}"#,
            #"["int", "int"]"#,
            #"["null", ["int"]]"#,
            #"{"type": "record", "name": "R", "fields": [{"name": "a", "type": {"type": "enum", "name": "R", "symbols": []}}]}"#,
            #"{"type": "fixed", "name": "int", "size": 1}"#,
            #"{"type": "record", "name": "R", "fields": [{"name": "a", "type": "S"}, {"name": "b", "type": {"type": "fixed", "name": "S", "size": 1}}]}"#,
        ]
    )
    func invalid(json: String) {
        #expect {
            try AvroSchema(json: json)
        } throws: { error in
            (error as? TFMTError)?.code == .avroSchemaInvalid
        }
    }

    @Test("a name in no namespace resolves from inside one, as Avro's Java parser does")
    func nullNamespaceFallback() throws {
        let schema = try AvroSchema(
            json: #"""
                {"type": "record", "name": "a.Outer", "fields": [
                  {"name": "x", "type": {"type": "record", "name": "Plain", "namespace": "", "fields": []}},
                  {"name": "y", "type": "Plain"}]}
                """#
        )
        #expect(schema.namedType("Plain") != nil)
    }

    @Test("logical types on the wrong type, or with bad parameters, are ignored")
    func logicalTypeValidity() throws {
        func logical(_ json: String) throws -> AvroLogicalType? { try AvroSchema(json: json).root.logicalType }
        #expect(try logical(#"{"type": "int", "logicalType": "date"}"#) == .date)
        #expect(try logical(#"{"type": "long", "logicalType": "date"}"#) == nil)
        #expect(try logical(#"{"type": "bytes", "logicalType": "decimal", "precision": 4, "scale": 5}"#) == nil)
        #expect(try logical(#"{"type": "bytes", "logicalType": "decimal", "precision": 0}"#) == nil)
        #expect(
            try logical(#"{"type": "fixed", "name": "F", "size": 2, "logicalType": "decimal", "precision": 5}"#) == nil
        )
        #expect(
            try logical(#"{"type": "fixed", "name": "F", "size": 2, "logicalType": "decimal", "precision": 4}"#)
                == .decimal(precision: 4, scale: 0)
        )
        #expect(try logical(#"{"type": "fixed", "name": "U", "size": 16, "logicalType": "uuid"}"#) == .uuid)
        #expect(try logical(#"{"type": "fixed", "name": "D", "size": 12, "logicalType": "duration"}"#) == .duration)
        #expect(try logical(#"{"type": "long", "logicalType": "local-timestamp-nanos"}"#) == .localTimestampNanos)
    }

    @Test("nesting deeper than the limit is refused before any recursion")
    func deepNesting() {
        var json = "\"int\""
        for level in 0..<100 {
            json = #"{"type": "record", "name": "L\#(level)", "fields": [{"name": "c", "type": \#(json)}]}"#
        }
        #expect {
            try AvroSchema(json: json)
        } throws: { error in
            (error as? TFMTError)?.code == .avroLimitExceeded
        }
        // Arrays of arrays nest without records.
        let arrays =
            String(repeating: #"{"type": "array", "items": "#, count: 70) + "\"int\""
            + String(repeating: "}", count: 70)
        #expect {
            try AvroSchema(json: arrays)
        } throws: { error in
            (error as? TFMTError)?.code == .avroLimitExceeded
        }
        // Plain JSON brackets nested a million deep never reach the JSON parser.
        let brackets = String(repeating: "[", count: 1_000_000)
        #expect {
            try AvroSchema(json: brackets)
        } throws: { error in
            (error as? TFMTError)?.code == .avroLimitExceeded
        }
    }

    @Test("more types than the limit")
    func tooManyTypes() {
        var limits = AvroLimits()
        limits.maxSchemaNodes = 10
        let union =
            "[" + (0..<20).map { #"{"type": "fixed", "name": "F\#($0)", "size": 1}"# }.joined(separator: ",") + "]"
        #expect {
            try AvroSchema(json: union, limits: limits)
        } throws: { error in
            (error as? TFMTError)?.code == .avroLimitExceeded
        }
    }
}

@Suite("Schema JSON text")
struct AvroSchemaJSONTests {
    @Test("escapes, surrogate pairs, numbers and whitespace")
    func jsonText() throws {
        let schema = try AvroSchema(
            json: #"""
                 { "type" : "enum", "name" : "E", "doc": "tab\there \"quoted\" \u00e9 \ud83c\udf0d \/",
                   "symbols" : [ "A" , "B" ], "x-int": -12, "x-double": 1.5e3, "x-list": [true, false, null] }
                """#
        )
        guard case .enumeration(let enumeration) = schema.root.type else {
            Issue.record("not an enum")
            return
        }
        #expect(enumeration.doc == "tab\there \"quoted\" é 🌍 /")
        #expect(schema.root.properties["x-int"] == .int(-12))
        #expect(schema.root.properties["x-double"] == .double(1500))
        #expect(schema.root.properties["x-list"] == .array([.bool(true), .bool(false), .null]))
    }

    @Test(
        "malformed JSON",
        arguments: [
            #"{"type": "int""#, #"{"type" "int"}"#, #"["int",]"#, #""in"#, #"{"type": "int"} x"#, #""\ud800""#,
            #""\x""#, "\"a\u{01}\"", #"{"type": "int", "n": 1.}"#, #"{"type": "int", "n": -}"#, #"{"type": tru}"#,
            #"{"type": "int", "n": 1e999}"#, #"{"type": "int", "n": 01}"#, #"{"type": "int", "n": 1e}"#,
        ]
    )
    func malformed(json: String) {
        #expect {
            try AvroSchema(json: json)
        } throws: { error in
            (error as? TFMTError)?.code == .avroSchemaInvalid
        }
    }
}
