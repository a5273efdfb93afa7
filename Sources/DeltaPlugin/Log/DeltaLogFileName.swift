/// What a file name in `_delta_log/` is, as the Delta protocol names them ("File Types" in PROTOCOL.md).
///
/// Parsing never traps: a name whose version does not fit in `Int64`, or that matches no pattern, is ``other``.
enum DeltaLogFileName: Sendable, Hashable {
    /// `00000000000000000010.json`: the commit of a version.
    case commit(version: Int64)
    /// `00000000000000000010.checkpoint.parquet`: a classic single-file checkpoint (V1 or V2 spec).
    case classicCheckpoint(version: Int64)
    /// `00000000000000000010.checkpoint.0000000001.0000000002.parquet`: part 1 of 2 of a multi-part checkpoint.
    case checkpointPart(version: Int64, part: Int, parts: Int)
    /// `00000000000000000010.checkpoint.<uuid>.json` or `.parquet`: a UUID-named V2 checkpoint.
    case uuidCheckpoint(version: Int64, uuid: String, isJSON: Bool)
    /// `00000000000000000010.crc`: a version checksum file.
    case checksum(version: Int64)
    /// `00000000000000000004.00000000000000000009.compacted.json`: a log compaction of versions 4 through 9.
    case compaction(from: Int64, to: Int64)
    /// `_last_checkpoint`.
    case lastCheckpoint
    /// Anything else: hidden Hadoop `.crc` files, `_sidecars/`, `_staged_commits/`, temporary files.
    case other

    /// Classifies one name in `_delta_log/`.
    init(_ name: String) {
        if name == "_last_checkpoint" {
            self = .lastCheckpoint
            return
        }
        let utf8 = Array(name.utf8)
        guard utf8.count > 21, let version = Self.number(utf8[0..<20]), utf8[20] == UInt8(ascii: ".") else {
            self = .other
            return
        }
        let rest = String(decoding: utf8[21...], as: UTF8.self)
        self = Self.classify(version: version, rest: rest)
    }

    private static func classify(version: Int64, rest: String) -> DeltaLogFileName {
        switch rest {
        case "json": return .commit(version: version)
        case "crc": return .checksum(version: version)
        case "checkpoint.parquet": return .classicCheckpoint(version: version)
        default: break
        }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 4, parts[0] == "checkpoint", parts[3] == "parquet",
            parts[1].utf8.count == 10, parts[2].utf8.count == 10,
            let part = number(parts[1].utf8), let count = number(parts[2].utf8),
            part >= 1, count >= 1, part <= count
        {
            return .checkpointPart(version: version, part: Int(part), parts: Int(count))
        }
        if parts.count == 3, parts[0] == "checkpoint", parts[2] == "json" || parts[2] == "parquet",
            isUUID(parts[1])
        {
            return .uuidCheckpoint(version: version, uuid: String(parts[1]), isJSON: parts[2] == "json")
        }
        if parts.count == 3, parts[1] == "compacted", parts[2] == "json", parts[0].utf8.count == 20,
            let end = number(parts[0].utf8), end >= version
        {
            return .compaction(from: version, to: end)
        }
        return .other
    }

    /// The decimal number spelled by `digits`, or `nil` when it holds anything else or overflows `Int64`.
    static func number<Digits: Collection>(_ digits: Digits) -> Int64? where Digits.Element == UInt8 {
        guard !digits.isEmpty else { return nil }
        var value: Int64 = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
            guard !overflow1, !overflow2 else { return nil }
            value = sum
        }
        return value
    }

    /// `8-4-4-4-12` hexadecimal digits, as Delta names UUID checkpoints.
    private static func isUUID(_ text: Substring) -> Bool {
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        guard groups.map(\.utf8.count) == [8, 4, 4, 4, 12] else { return false }
        return groups.allSatisfy { group in group.utf8.allSatisfy { $0.isHexDigit } }
    }

    /// The 20-digit, zero-padded form of a version, as file names spell it.
    static func padded(_ version: Int64) -> String {
        let digits = String(version)
        return String(repeating: "0", count: max(0, 20 - digits.count)) + digits
    }

    /// The commit file name of `version`.
    static func commitName(_ version: Int64) -> String { padded(version) + ".json" }
}

extension UInt8 {
    fileprivate var isHexDigit: Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(self)
    }
}
