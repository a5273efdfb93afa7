import TFMTAvro
import TFMTCore
import Testing

@Suite("Single datums")
struct AvroDatumTests {
    private func decode(_ schema: String, _ bytes: [UInt8]) throws -> AvroValue {
        try AvroDatumReader(schema: try AvroSchema(json: schema)).decode(bytes)
    }

    private func code(_ schema: String, _ bytes: [UInt8]) -> TFMTError.Code? {
        do {
            _ = try decode(schema, bytes)
            return nil
        } catch {
            return (error as? TFMTError)?.code
        }
    }

    @Test("zig-zag varints at their limits")
    func varints() throws {
        #expect(try decode("\"long\"", [0x00]) == .long(0))
        #expect(try decode("\"long\"", [0x01]) == .long(-1))
        #expect(try decode("\"long\"", [0x02]) == .long(1))
        #expect(try decode("\"long\"", [0xFE, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]) == .long(.max))
        #expect(try decode("\"long\"", [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]) == .long(.min))
        #expect(try decode("\"int\"", [0xFE, 0xFF, 0xFF, 0xFF, 0x0F]) == .int(.max))
        #expect(try decode("\"int\"", [0xFF, 0xFF, 0xFF, 0xFF, 0x0F]) == .int(.min))
        // Eleven bytes, a tenth byte above 1, a fifth int byte above 0x0F, and a varint cut short.
        #expect(code("\"long\"", Array(repeating: 0xFF, count: 10) + [0x01]) == .avroCorrupt)
        #expect(code("\"long\"", Array(repeating: 0xFF, count: 9) + [0x02]) == .avroCorrupt)
        #expect(code("\"int\"", [0xFF, 0xFF, 0xFF, 0xFF, 0x10]) == .avroCorrupt)
        #expect(code("\"int\"", [0xFF, 0xFF]) == .avroTruncated)
    }

    @Test("values that do not fit the schema")
    func invalidValues() {
        #expect(code("\"boolean\"", [0x02]) == .avroDatumInvalid)
        #expect(code("\"string\"", [0x04, 0xC3, 0x28]) == .avroDatumInvalid)
        #expect(code(#"["null", "int"]"#, [0x04]) == .avroDatumInvalid)
        #expect(code(#"["null", "int"]"#, [0x01]) == .avroDatumInvalid)
        #expect(code(#"{"type": "enum", "name": "E", "symbols": ["A"]}"#, [0x02]) == .avroDatumInvalid)
        #expect(code(#"{"type": "fixed", "name": "F", "size": 4}"#, [1, 2, 3]) == .avroTruncated)
        #expect(code("\"int\"", [0x02, 0x00]) == .avroCorrupt)
        #expect(code("\"double\"", [0, 0, 0]) == .avroTruncated)
    }

    @Test("arrays and maps in several blocks, with and without byte sizes")
    func blocks() throws {
        // Block of 2 with a byte size (negative count), block of 1, end.
        let array: [UInt8] = [0x03, 0x04, 0x02, 0x04, 0x02, 0x06, 0x00]
        #expect(try decode(#"{"type": "array", "items": "int"}"#, array) == .array([.int(1), .int(2), .int(3)]))
        let map: [UInt8] = [0x02, 0x02, 0x61, 0x02, 0x02, 0x02, 0x61, 0x04, 0x00]
        #expect(try decode(#"{"type": "map", "values": "int"}"#, map) == .map(["a": .int(2)]))
        // A block of Int64.min items cannot be negated.
        #expect(code(#"{"type": "array", "items": "int"}"#, Array(repeating: 0xFF, count: 9) + [0x01]) == .avroCorrupt)
    }

    @Test("floats, doubles, unions and JSON without a schema")
    func scalars() throws {
        let float = try decode("\"float\"", [0x00, 0x00, 0xC0, 0x3F])
        #expect(float == .float(1.5))
        #expect(float.jsonValue == .double(1.5))
        let union = try decode(#"["null", "string"]"#, [0x02, 0x04, 0x68, 0x69])
        #expect(union == .union(branch: 1, value: .string("hi")))
        #expect(union.stringValue == "hi")
        #expect(union.jsonValue == .string("hi"))
    }

    @Test("decimals render exactly")
    func decimals() throws {
        let schema = try AvroSchema(json: #"{"type": "bytes", "logicalType": "decimal", "precision": 40, "scale": 3}"#)
        func render(_ bytes: [UInt8]) -> JSONValue { schema.jsonValue(of: .bytes(bytes)) }
        #expect(render([]) == .string("0.000"))
        #expect(render([0x01]) == .string("0.001"))
        #expect(render([0xFF]) == .string("-0.001"))
        #expect(render([0x80]) == .string("-0.128"))
        #expect(render([0x00, 0xFF, 0xFF, 0xFF, 0xFF]) == .string("4294967.295"))
        #expect(render(Array(repeating: 0xFF, count: 17)) == .string("-0.001"))
        #expect(
            render([0x7F] + Array(repeating: 0xFF, count: 15)) == .string("170141183460469231731687303715884105.727")
        )
    }
}
