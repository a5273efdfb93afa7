import Foundation

/// A Delta table built file by file in a temporary folder, for the broken logs real writers never produce.
struct TemporaryTable {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("tfmt-delta-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("_delta_log"),
            withIntermediateDirectories: true
        )
    }

    /// A copy of a fixture table.
    init(copying table: URL) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("tfmt-delta-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: table, to: root)
    }

    var path: String { root.path }
    var log: URL { root.appendingPathComponent("_delta_log") }

    /// Writes `_delta_log/<name>`.
    func write(_ name: String, _ text: String) throws {
        let url = log.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Writes the commit of `version` from action lines.
    func commit(_ version: Int64, _ lines: [String]) throws {
        try write(Self.name(version) + ".json", lines.joined(separator: "\n") + "\n")
    }

    func remove(_ name: String) throws {
        try FileManager.default.removeItem(at: log.appendingPathComponent(name))
    }

    func delete() {
        try? FileManager.default.removeItem(at: root)
    }

    static func name(_ version: Int64) -> String {
        let digits = String(version)
        return String(repeating: "0", count: 20 - digits.count) + digits
    }

    /// Action lines for a minimal table.
    enum Action {
        static func `protocol`(
            _ reader: Int = 1,
            _ writer: Int = 2,
            readerFeatures: [String]? = nil,
            writerFeatures: [String]? = nil
        ) -> String {
            var fields = ["\"minReaderVersion\":\(reader)", "\"minWriterVersion\":\(writer)"]
            if let readerFeatures { fields.append("\"readerFeatures\":" + list(readerFeatures)) }
            if let writerFeatures { fields.append("\"writerFeatures\":" + list(writerFeatures)) }
            return "{\"protocol\":{" + fields.joined(separator: ",") + "}}"
        }

        static func metaData(configuration: [String: String] = [:], schema: String = defaultSchema) -> String {
            let config = configuration.sorted { $0.key < $1.key }.map { "\"\($0.key)\":\"\($0.value)\"" }
                .joined(separator: ",")
            let escapedSchema = schema.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "\"", with: "\\\"")
            return "{\"metaData\":{\"id\":\"table-id\",\"format\":{\"provider\":\"parquet\",\"options\":{}},"
                + "\"schemaString\":\"\(escapedSchema)\",\"partitionColumns\":[],\"configuration\":{\(config)},"
                + "\"createdTime\":1700000000000}}"
        }

        static func commitInfo(timestamp: Int64 = 1_700_000_000_000, inCommitTimestamp: Int64? = nil) -> String {
            if let inCommitTimestamp {
                return
                    "{\"commitInfo\":{\"inCommitTimestamp\":\(inCommitTimestamp),\"timestamp\":\(timestamp),\"operation\":\"WRITE\"}}"
            }
            return "{\"commitInfo\":{\"timestamp\":\(timestamp),\"operation\":\"WRITE\"}}"
        }

        static func add(_ path: String) -> String {
            "{\"add\":{\"path\":\"\(path)\",\"partitionValues\":{},\"size\":1,\"modificationTime\":0,\"dataChange\":true}}"
        }

        static let defaultSchema =
            #"{"type":"struct","fields":[{"name":"id","type":"long","nullable":true,"metadata":{}}]}"#

        private static func list(_ names: [String]) -> String {
            "[" + names.map { "\"\($0)\"" }.joined(separator: ",") + "]"
        }
    }
}
