import TFMTCore

/// A `protocol` action: the reader and writer versions a client needs, and the table features on protocols (3, 7).
struct DeltaProtocol: Sendable, Hashable {
    var minReaderVersion: Int
    var minWriterVersion: Int
    /// Present when `minReaderVersion` is 3.
    var readerFeatures: [String]?
    /// Present when `minWriterVersion` is 7.
    var writerFeatures: [String]?

    /// Reads the action's value (the object under `"protocol"`), from a commit, a JSON checkpoint or a Parquet
    /// checkpoint row converted to JSON.
    ///
    /// - Throws: ``TFMTError/Code/deltaActionInvalid`` when a version is missing or not a small positive integer,
    ///   or a feature list is not a list of strings.
    init(json: JSONValue, file: String) throws(TFMTError) {
        guard case .object(let fields) = json else {
            throw .deltaActionInvalid("protocol", file: file, reason: "it is not a JSON object")
        }
        func version(_ key: String) throws(TFMTError) -> Int {
            guard let value = fields[key]?.intValue, (1...Int64(Int32.max)).contains(value) else {
                throw .deltaActionInvalid(
                    "protocol",
                    file: file,
                    reason: "\(key) is \(fields[key].map { "\($0)" } ?? "missing"), not a positive integer"
                )
            }
            return Int(value)
        }
        func features(_ key: String) throws(TFMTError) -> [String]? {
            guard let value = fields[key], value != .null else { return nil }
            guard let list = value.arrayValue else {
                throw .deltaActionInvalid("protocol", file: file, reason: "\(key) is not a list")
            }
            var names: [String] = []
            for element in list {
                guard let name = element.stringValue else {
                    throw .deltaActionInvalid("protocol", file: file, reason: "\(key) holds a non-string \(element)")
                }
                names.append(name)
            }
            return names
        }
        minReaderVersion = try version("minReaderVersion")
        minWriterVersion = try version("minWriterVersion")
        readerFeatures = try features("readerFeatures")
        writerFeatures = try features("writerFeatures")
    }

    init(minReaderVersion: Int, minWriterVersion: Int, readerFeatures: [String]? = nil, writerFeatures: [String]? = nil)
    {
        self.minReaderVersion = minReaderVersion
        self.minWriterVersion = minWriterVersion
        self.readerFeatures = readerFeatures
        self.writerFeatures = writerFeatures
    }

    /// Whether readers see an explicit feature list (reader version 3 and up).
    var usesReaderFeatures: Bool { minReaderVersion >= 3 }

    /// Whether writers see an explicit feature list (writer version 7 and up).
    var usesWriterFeatures: Bool { minWriterVersion >= 7 }

    /// The record's `protocol` object: the four fields of DESIGN.md, feature lists sorted and `null` when absent.
    var recordFields: [String: JSONValue] {
        [
            "minReaderVersion": JSONValue(minReaderVersion),
            "minWriterVersion": JSONValue(minWriterVersion),
            "readerFeatures": readerFeatures.map { JSONValue($0.sorted()) } ?? .null,
            "writerFeatures": writerFeatures.map { JSONValue($0.sorted()) } ?? .null,
        ]
    }
}
