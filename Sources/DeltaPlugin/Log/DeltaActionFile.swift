import TFMTCore

/// The actions of one newline-delimited JSON file (a commit or a JSON V2 checkpoint) that tfmt needs.
///
/// Only `protocol`, `metaData`, `commitInfo`, `checkpointMetadata` and `sidecar` lines are parsed; every other line
/// (`add`, `remove`, `cdc`, `txn`, `domainMetadata`, …) is recognised by its first key and skipped after a cheap
/// shape check, so that files with thousands of `add` actions cost little more than reading them.
struct DeltaActionFile: Sendable {
    var protocolAction: DeltaProtocol?
    var metadata: DeltaMetadata?
    var commitInfo: DeltaCommitInfo?
    /// Whether a `checkpointMetadata` action is present (V2 checkpoints).
    var hasCheckpointMetadata = false
    /// The `sidecar.path` values (V2 checkpoints).
    var sidecars: [String] = []
    /// How many lines hold actions.
    var actionCount = 0

    /// The action keys that are parsed; the rest are skipped.
    private static let parsedKeys: Set<String> = [
        "protocol", "metaData", "commitInfo", "checkpointMetadata", "sidecar",
    ]

    /// Reads `path` (at most `limit` bytes); `name` stands for the file in errors.
    ///
    /// - Throws: ``TFMTError/Code/deltaCommitCorrupt`` for a line that is not a JSON object with one action,
    ///   ``TFMTError/Code/deltaActionInvalid`` for a malformed `protocol` or `metaData`, and
    ///   ``TFMTError/Code/tablePathUnreadable`` when the file cannot be read or exceeds `limit`.
    init(path: String, name: String, limit: Int) throws(TFMTError) {
        let bytes = try LocalFiles.read(path, limit: limit)
        try self.init(bytes: bytes, name: name)
    }

    /// Reads the lines of `bytes`; `name` stands for the file in errors.
    init(bytes: [UInt8], name: String) throws(TFMTError) {
        var lineNumber = 0
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            lineNumber += 1
            try consume(bytes, start..<end, line: lineNumber, name: name)
            start = end + 1
        }
    }

    private mutating func consume(_ bytes: [UInt8], _ range: Range<Int>, line: Int, name: String) throws(TFMTError) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, Self.isWhitespace(bytes[lower]) { lower += 1 }
        while upper > lower, Self.isWhitespace(bytes[upper - 1]) { upper -= 1 }
        guard lower < upper else { return }
        guard bytes[lower] == UInt8(ascii: "{"), bytes[upper - 1] == UInt8(ascii: "}") else {
            throw .deltaCommitCorrupt(name, line: line, reason: "it is not a JSON object (truncated or damaged)")
        }
        actionCount += 1
        if let key = Self.firstKey(bytes, lower + 1..<upper), !Self.parsedKeys.contains(key) {
            return
        }
        let json: JSONValue
        do {
            json = try DeltaJSON.parse(bytes[lower..<upper])
        } catch {
            throw .deltaCommitCorrupt(name, line: line, reason: error.reason)
        }
        guard case .object(let members) = json, members.count == 1, let (key, value) = members.first else {
            throw .deltaCommitCorrupt(name, line: line, reason: "an action line must hold exactly one action")
        }
        switch key {
        case "protocol": protocolAction = try DeltaProtocol(json: value, file: name)
        case "metaData": metadata = try DeltaMetadata(json: value, file: name)
        case "commitInfo": commitInfo = DeltaCommitInfo(json: value)
        case "checkpointMetadata": hasCheckpointMetadata = true
        case "sidecar":
            if let path = value["path"]?.stringValue { sidecars.append(path) }
        default: break
        }
    }

    /// The first member name of an object whose `{` precedes `range`, when it has no escapes; `nil` sends the line
    /// to the full parser.
    private static func firstKey(_ bytes: [UInt8], _ range: Range<Int>) -> String? {
        var index = range.lowerBound
        while index < range.upperBound, isWhitespace(bytes[index]) { index += 1 }
        guard index < range.upperBound, bytes[index] == UInt8(ascii: "\"") else { return nil }
        index += 1
        let start = index
        while index < range.upperBound, bytes[index] != UInt8(ascii: "\"") {
            if bytes[index] == UInt8(ascii: "\\") { return nil }
            index += 1
        }
        guard index < range.upperBound else { return nil }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }
}
