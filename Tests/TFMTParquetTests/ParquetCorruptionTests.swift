import TFMTCore
import TFMTParquet
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Damaged files fail with a structured TFMT-TBL error that names the file and offset — never a trap.
@Suite("Corrupt Parquet input")
struct ParquetCorruptionTests {
    static let parquetCodes: Set<TFMTError.Code> = [
        .parquetNotParquet, .parquetFooterInvalid, .parquetThriftMalformed, .parquetSchemaInvalid,
        .parquetLimitExceeded, .parquetPageCorrupt, .parquetEncodingCorrupt, .parquetUnsupported,
        .parquetDecompressionFailed, .parquetLevelsInconsistent, .parquetFileUnreadable,
    ]

    static func bytes(_ name: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: FixturePaths.fixture(name)))
    }

    /// Opens and fully decodes `bytes`; returns the error when there is one.
    static func decodeAll(_ bytes: [UInt8], name: String = "corrupt.parquet") -> TFMTError? {
        do {
            let reader = try ParquetReader(bytes: bytes, name: name)
            _ = try reader.rows()
            return nil
        } catch {
            return error
        }
    }

    static func expectStructured(_ error: TFMTError?, _ note: String) {
        guard let error else { return }
        #expect(parquetCodes.contains(error.code), "\(note): \(error)")
        #expect(error.context["file"] != nil, "\(note): no file in \(error)")
        #expect(!error.resolution.isEmpty, "\(note): no resolution in \(error)")
    }

    @Test("too short, bad magic at either end, encrypted footer")
    func magic() throws {
        #expect(Self.decodeAll(Array("PAR1PAR1".utf8))?.code == .parquetNotParquet)
        var good = try Self.bytes("int96")
        good[0] = UInt8(ascii: "X")
        #expect(Self.decodeAll(good)?.code == .parquetNotParquet)
        good = try Self.bytes("int96")
        good[good.count - 1] = UInt8(ascii: "X")
        let error = Self.decodeAll(good)
        #expect(error?.code == .parquetNotParquet)
        #expect(error?.context["offset"] == .int(Int64(good.count - 4)))
        good = try Self.bytes("int96")
        good[good.count - 1] = UInt8(ascii: "E")
        #expect(Self.decodeAll(good)?.code == .parquetUnsupported)
    }

    @Test("a footer length beyond the file", arguments: [UInt32(1 << 20), UInt32.max, 0x7FFF_FFFF])
    func footerTooLong(length: UInt32) throws {
        var bytes = try Self.bytes("int96")
        let at = bytes.count - 8
        for shift in 0..<4 { bytes[at + shift] = UInt8(truncatingIfNeeded: length >> (8 * UInt32(shift))) }
        let error = Self.decodeAll(bytes)
        #expect(error?.code == .parquetFooterInvalid)
        #expect(error?.context["offset"] == .int(Int64(at)))
    }

    @Test("a file truncated at any offset fails cleanly")
    func truncation() throws {
        let bytes = try Self.bytes("nested")
        for length in stride(from: 0, to: bytes.count, by: 7) {
            let error = Self.decodeAll(Array(bytes[0..<length]))
            #expect(error != nil, "truncated to \(length)")
            Self.expectStructured(error, "truncated to \(length)")
        }
    }

    @Test("a footer cut short at any offset (with a consistent length) fails as malformed Thrift")
    func footerTruncation() throws {
        let bytes = try Self.bytes("nested")
        let length = Int(bytes[bytes.count - 8]) | Int(bytes[bytes.count - 7]) << 8 | Int(bytes[bytes.count - 6]) << 16
        let footerStart = bytes.count - 8 - length
        let body = Array(bytes[4..<footerStart])
        for cut in stride(from: 0, to: length, by: 3) {
            let footer = Array(bytes[footerStart..<(footerStart + cut)])
            let error = Self.decodeAll(ThriftCompactWriter.file(body: body, footer: footer))
            #expect(error != nil, "footer cut to \(cut)")
            Self.expectStructured(error, "footer cut to \(cut)")
        }
    }

    @Test(
        "every byte flipped in turn: decoded or a structured error",
        arguments: ["nested", "delta_encodings", "primitives_snappy"]
    )
    func byteFlips(name: String) throws {
        let original = try Self.bytes(name)
        for index in stride(from: 0, to: original.count, by: 3) {
            var bytes = original
            bytes[index] ^= 0xFF
            Self.expectStructured(Self.decodeAll(bytes), "\(name) byte \(index)")
        }
    }

    @Test("garbage Thrift footers", arguments: 0..<64)
    func garbageFooter(seed: Int) throws {
        var generator = SplitMix(seed: UInt64(seed))
        let footer = (0..<(16 + seed * 7)).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let error = Self.decodeAll(ThriftCompactWriter.file(footer: footer))
        #expect(error != nil)
        Self.expectStructured(error, "seed \(seed)")
    }

    @Test("huge collection counts are rejected before allocation")
    func hugeCounts() throws {
        // FileMetaData { 2: list<struct> of 2^62 elements }
        var writer = ThriftCompactWriter()
        writer.listHeader(2, elementType: 12, count: 1 << 62)
        writer.stop()
        let error = Self.decodeAll(ThriftCompactWriter.file(footer: writer.bytes))
        #expect(error?.code == .parquetThriftMalformed)
        // A binary whose length is far larger than the footer.
        var binary = ThriftCompactWriter()
        binary.fieldHeader(6, type: 8)
        binary.varint(UInt64(Int.max))
        #expect(Self.decodeAll(ThriftCompactWriter.file(footer: binary.bytes))?.code == .parquetThriftMalformed)
    }

    @Test("deeply nested Thrift structs hit the depth limit")
    func deepNesting() throws {
        // Unknown field 100 holding a struct holding a struct … 10,000 deep.
        var writer = ThriftCompactWriter()
        for _ in 0..<10_000 { writer.beginStruct(100) }
        let error = Self.decodeAll(ThriftCompactWriter.file(footer: writer.bytes))
        #expect(error?.code == .parquetLimitExceeded)
        var lists = ThriftCompactWriter()
        lists.fieldHeader(100, type: 9)
        for _ in 0..<10_000 { lists.bytes.append(0x19) }  // list of one list of one list …
        #expect(Self.decodeAll(ThriftCompactWriter.file(footer: lists.bytes))?.code == .parquetLimitExceeded)
    }

    @Test("limits are enforced: footer size")
    func footerLimit() throws {
        var limits = ParquetLimits()
        limits.maxFooterSize = 16
        let error = #expect(throws: TFMTError.self) {
            try ParquetReader(path: FixturePaths.path("nested"), limits: limits)
        }
        #expect(error?.code == .parquetLimitExceeded)
        #expect(error?.context["file"] == .string(FixturePaths.path("nested")))
    }

    @Test("a missing file is a structured error")
    func missingFile() {
        let error = #expect(throws: TFMTError.self) { try ParquetReader(path: "/nonexistent/x.parquet") }
        #expect(error?.code == .parquetFileUnreadable)
    }
}

/// A small deterministic generator, so failures reproduce.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
