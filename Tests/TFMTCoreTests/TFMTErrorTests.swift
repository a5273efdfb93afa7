import Foundation
import Testing

@testable import TFMTCore

@Suite("Structured errors")
struct TFMTErrorTests {
    let sample = TFMTError(
        .dependencyMissing,
        "plugin 'top' needs plugin 'base'",
        context: ["plugin": "top", "versions": ["1.0", "2.0"], "count": 2],
        resolution: ["Register base.", "Validate again."]
    )

    @Test("encodes to the JSON shape of DESIGN.md")
    func jsonShape() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(sample), as: UTF8.self)
        #expect(
            json
                == #"{"code":"TFMT-DEP-0004","context":{"count":2,"plugin":"top","versions":["1.0","2.0"]},"#
                + #""docs":"docs\/errors.md#tfmt-dep-0004","message":"plugin 'top' needs plugin 'base'","#
                + #""resolution":["Register base.","Validate again."]}"#
        )
    }

    @Test("decodes what it encodes")
    func roundTrip() throws {
        let data = try JSONEncoder().encode(sample)
        #expect(try JSONDecoder().decode(TFMTError.self, from: data) == sample)
    }

    @Test("refuses a malformed code on decoding")
    func malformedCode() {
        let json = Data(#"{"code":"E42","message":"m"}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(TFMTError.self, from: json) }
    }

    @Test("code parts", arguments: ["TFMT-CFG-0001", "TFMT-SEC-1234", "TFMT-MET-0009"])
    func codeParts(_ text: String) throws {
        let code = try #require(TFMTError.Code(parsing: text))
        #expect(code.area == String(text.dropFirst(5).prefix(3)))
        #expect(code.docs == "docs/errors.md#" + text.lowercased())
    }

    @Test(
        "malformed codes are rejected",
        arguments: ["", "TFMT-CFG-001", "TFMT-cfg-0001", "XFMT-CFG-0001", "TFMT-CFG-00011"]
    )
    func malformedCodes(_ text: String) {
        #expect(TFMTError.Code(parsing: text) == nil)
    }

    @Test("renders for people with context, numbered steps and the docs link")
    func rendering() {
        #expect(
            sample.rendered() == """
                error TFMT-DEP-0004: plugin 'top' needs plugin 'base'
                  count:    2
                  plugin:   top
                  versions: ["1.0", "2.0"]
                to fix:
                  1. Register base.
                  2. Validate again.
                see docs/errors.md#tfmt-dep-0004
                """
        )
    }
}

@Suite("JSON values")
struct JSONValueTests {
    @Test("integers, doubles, strings and containers survive a round trip")
    func roundTrip() throws {
        let value: JSONValue = [
            "id": .int(9_007_199_254_740_993), "ratio": 0.25, "name": "t", "flags": [true, false, nil],
            "nested": ["k": ["v"]],
        ]
        let decoded = try JSONDecoder().decode(JSONValue.self, from: try JSONEncoder().encode(value))
        #expect(decoded == value)
    }

    @Test("accessors")
    func accessors() {
        let value: JSONValue = ["n": 3, "s": "x", "b": true, "a": [1]]
        #expect(value["n"]?.intValue == 3)
        #expect(value["s"]?.stringValue == "x")
        #expect(value["b"]?.boolValue == true)
        #expect(value["a"]?.arrayValue == [1])
        #expect(value["missing"] == nil)
        #expect(JSONValue.double(2.0).intValue == 2)
        #expect(JSONValue.double(2.5).intValue == nil)
    }

    @Test("description escapes strings inside containers")
    func description() {
        #expect(JSONValue.array(["a\"b", "c\nd"]).description == #"["a\"b", "c\nd"]"#)
        #expect(JSONValue.string("plain").description == "plain")
    }
}

@Suite("Engine targets")
struct EngineTargetTests {
    @Test("parses ENGINE@VERSION")
    func parses() throws {
        let target = try EngineTarget(parsing: "spark@3.5.3", scala: Version("2.12"), java: 17)
        #expect(target.engine == "spark")
        #expect(target.version.description == "3.5.3")
        #expect(target.description == "spark@3.5.3 (Scala 2.12, Java 17)")
        #expect(try EngineTarget(parsing: "trino@476").description == "trino@476")
    }

    @Test(
        "rejects malformed targets with TFMT-ENV-0001",
        arguments: ["spark", "@3.5", "Spark@3.5", "spark@", "spark@abc"]
    )
    func rejects(_ text: String) {
        let error = #expect(throws: TFMTError.self) { try EngineTarget(parsing: text) }
        #expect(error?.code == .engineTargetMalformed)
        #expect(error?.resolution.isEmpty == false)
    }
}

@Suite("Timestamps")
struct TimestampTests {
    @Test(
        "formats epoch milliseconds as ISO-8601 UTC",
        arguments: [
            (Int64(0), "1970-01-01T00:00:00.000Z"),
            (1_713_461_751_906, "2024-04-18T17:35:51.906Z"),
            (951_782_400_000, "2000-02-29T00:00:00.000Z"),
            (-1, "1969-12-31T23:59:59.999Z"),
            (253_402_300_799_999, "9999-12-31T23:59:59.999Z"),
        ]
    )
    func formats(_ millis: Int64, _ expected: String) {
        #expect(Timestamp.iso8601(epochMilliseconds: millis) == expected)
    }

    @Test(
        "out-of-range instants give nil instead of a nonsense date",
        arguments: [Int64.max, Int64.min, 253_402_300_800_000]
    )
    func outOfRange(_ millis: Int64) {
        #expect(Timestamp.iso8601(epochMilliseconds: millis) == nil)
    }

    @Test("days since epoch agrees with formatting")
    func daysSinceEpoch() {
        let days = Timestamp.daysSinceEpoch(year: 2024, month: 4, day: 18)
        #expect(Timestamp.iso8601(epochMilliseconds: days * 86_400_000) == "2024-04-18T00:00:00.000Z")
    }
}

@Suite("Catalog documents")
struct CatalogDecodingTests {
    static func document(format: String, schemaVersion: Int = 1) -> String {
        #"{"schemaVersion":\#(schemaVersion),"format":"\#(format)","provenance":"p","runtimes":[],"releases":[],"features":[]}"#
    }

    @Test("a document for the format decodes")
    func decodes() throws {
        let catalog = try ReleaseCatalog.decode(json: Self.document(format: "delta"), format: .delta, origin: "t").get()
        #expect(catalog.format == .delta)
    }

    @Test(
        "a document that is not JSON, for another format, or of another schema version is refused",
        arguments: ["{", Self.document(format: "hudi"), Self.document(format: "delta", schemaVersion: 2)]
    )
    func refuses(_ json: String) {
        guard case .failure(let error) = ReleaseCatalog.decode(json: json, format: .delta, origin: "the test catalog")
        else {
            Issue.record("decoded")
            return
        }
        #expect(error.code == .catalogInvalid)
        #expect(error.message.hasPrefix("the test catalog could not be decoded"))
    }

    @Test("a failed decode falls back to the runtime families, saying why")
    func fallback() {
        let runtime = CatalogRuntime(id: "r", ecosystem: .pypi, engine: "python", summary: "", source: "s")
        let catalog = ReleaseCatalog.orFallback(
            ReleaseCatalog.decode(json: "{", format: .delta, origin: "x"),
            format: .delta,
            fallbackRuntimes: [runtime]
        )
        #expect(catalog.runtimes == [runtime])
        #expect(catalog.provenance.contains("could not be decoded"))
    }
}
