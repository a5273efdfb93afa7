import Foundation
import HudiPlugin
import TFMTCore

/// Small Hudi tables built by following the spec, for the cases the real fixtures do not cover.
struct SyntheticTable {
    /// The table root.
    var root: String

    /// A minimal schema with two fields.
    static let schema =
        #"{"type":"record","name":"t_record","namespace":"hoodie.t","fields":["#
        + #"{"name":"id","type":["null","long"],"default":null},{"name":"city","type":["null","string"],"default":null}]}"#

    /// The properties of a table, with a valid checksum unless `checksum` overrides it.
    static func properties(
        name: String = "t",
        database: String? = "default",
        version: Int = 6,
        layout: Int? = nil,
        type: String = "COPY_ON_WRITE",
        extra: [String: String] = [:],
        checksum: String? = nil
    ) -> String {
        var lines = ["#Properties saved by a test", "hoodie.table.name=\(name)"]
        if let database { lines.append("hoodie.database.name=\(database)") }
        lines.append("hoodie.table.version=\(version)")
        lines.append("hoodie.timeline.layout.version=\(layout ?? (version >= 8 ? 2 : 1))")
        lines.append("hoodie.table.type=\(type)")
        for (key, value) in extra.sorted(by: { $0.key < $1.key }) { lines.append("\(key)=\(value)") }
        let computed = checksum ?? String(crc32(Array("\(database ?? "").\(name)".utf8)))
        lines.append("hoodie.table.checksum=\(computed)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A table folder as it is (for tables built by hand).
    init(root: String) {
        self.root = root
    }

    /// Creates a table whose `.hoodie/hoodie.properties` is `properties`.
    init(at root: String, properties: String) throws {
        self.root = root
        try HudiTestSupport.write(properties, at: ".hoodie/hoodie.properties", in: root)
    }

    /// Writes a file of the table.
    func write(_ text: String, at relative: String) throws {
        try HudiTestSupport.write(text, at: relative, in: root)
    }

    /// Writes a file of the table.
    func write(_ data: Data, at relative: String) throws {
        try HudiTestSupport.write(data, at: relative, in: root)
    }

    /// Layout-1 commit metadata JSON, as Hudi 0.x writes it (write stats left empty).
    static func commitJSON(schema: String? = SyntheticTable.schema, operation: String = "UPSERT") -> String {
        var extra: [String: String] = [:]
        if let schema { extra["schema"] = schema }
        let object: [String: Any] = [
            "partitionToWriteStats": [String: Any](), "compacted": false, "extraMetadata": extra,
            "operationType": operation,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// Inspects the table.
    func inspect(detail: Bool = false) async throws(TFMTError) -> TableRecord {
        try await HudiPlugin().inspect(at: root, options: InspectOptions(detail: detail))
    }

    /// zlib's CRC-32, written out again so that the tests do not check the plugin against itself.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
