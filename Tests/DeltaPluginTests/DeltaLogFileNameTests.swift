import TFMTCore
import Testing

@testable import DeltaPlugin

/// File names in `_delta_log/`.
@Suite("Delta log file names")
struct DeltaLogFileNameTests {
    @Test("names are classified as the protocol defines them")
    func classification() {
        #expect(DeltaLogFileName("00000000000000000010.json") == .commit(version: 10))
        #expect(DeltaLogFileName("00000000000000000010.checkpoint.parquet") == .classicCheckpoint(version: 10))
        #expect(
            DeltaLogFileName("00000000000000000010.checkpoint.0000000001.0000000002.parquet")
                == .checkpointPart(version: 10, part: 1, parts: 2)
        )
        #expect(
            DeltaLogFileName("00000000000000000008.checkpoint.e5ac4dc4-be27-4106-8a55-609707487f83.json")
                == .uuidCheckpoint(version: 8, uuid: "e5ac4dc4-be27-4106-8a55-609707487f83", isJSON: true)
        )
        #expect(DeltaLogFileName("00000000000000000010.crc") == .checksum(version: 10))
        #expect(
            DeltaLogFileName("00000000000000000004.00000000000000000009.compacted.json") == .compaction(from: 4, to: 9)
        )
        #expect(DeltaLogFileName("_last_checkpoint") == .lastCheckpoint)
    }

    @Test(
        "anything else is other, and nothing traps",
        arguments: [
            ".00000000000000000000.json.crc", "99999999999999999999.json", "0000000000000000001.json", "abc",
            "00000000000000000010.checkpoint.0000000003.0000000002.parquet", "00000000000000000010.checkpoint.xyz.json",
            "00000000000000000010.json.tmp", "", "00000000000000000010.",
        ]
    )
    func others(_ name: String) {
        #expect(DeltaLogFileName(name) == .other)
    }

    @Test("incomplete multi-part sets are not checkpoints")
    func listing() {
        let listing = DeltaLogListing(
            names: [
                "00000000000000000000.json", "00000000000000000001.json",
                "00000000000000000001.checkpoint.0000000001.0000000002.parquet",
                "00000000000000000001.checkpoint.0000000002.0000000002.parquet",
                "00000000000000000001.checkpoint.0000000001.0000000003.parquet",
                "00000000000000000001.checkpoint.parquet",
            ],
            stagedCommits: 0
        )
        #expect(listing.commits == [0, 1])
        #expect(listing.checkpoints.map(\.kind) == [.classic, .multiPart])
        #expect(listing.incompleteCheckpoints.count == 1)
    }

    @Test(
        "the JSON parser rejects rather than traps",
        arguments: [
            "", "{", "[1,2", #"{"a":}"#, #""\u12"#, "1e", "-", #"{"a":1}x"#, String(repeating: "[", count: 10_000),
        ]
    )
    func jsonRejects(_ text: String) {
        #expect(throws: DeltaJSON.Failure.self) { _ = try DeltaJSON.parse(Array(text.utf8)) }
    }

    @Test("the JSON parser keeps integers exact and decodes escapes")
    func jsonValues() throws {
        let value = try DeltaJSON.parse(
            Array(#"{"a":9007199254740993,"b":"\u00e9\ud83d\ude00\n","c":[true,null,1.5]}"#.utf8)
        )
        #expect(value["a"] == .int(9_007_199_254_740_993))
        #expect(value["b"] == .string("é😀\n"))
        #expect(value["c"] == [true, nil, 1.5])
    }
}
