import TFMTCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The index definitions file of Hudi 1.x (`hoodie.table.index.defs.path`, e.g. `.hoodie/.index_defs/index.json`):
/// each index's name, type, source fields and layout version (`V1`, or `V2` for tables created at version 9).
enum HudiIndexDefinitions {
    /// The indexes as record details, or a warning when the file cannot be read.
    static func read(tableRoot: String, relativePath: String, limits: HudiReadLimits) -> Result<JSONValue, TFMTError> {
        let path = LocalFiles.join(tableRoot, relativePath)
        let bytes: [UInt8]
        do throws(TFMTError) {
            bytes = try LocalFiles.read(path, limit: limits.sideFileBytes)
        } catch {
            return .failure(.hudiIndexDefinitionsUnreadable(path, reason: error.message))
        }
        guard let document = try? JSONDecoder().decode(JSONValue.self, from: Data(bytes)),
            let definitions = document["indexDefinitions"]?.objectValue
        else {
            return .failure(
                .hudiIndexDefinitionsUnreadable(path, reason: "not a JSON object with indexDefinitions")
            )
        }
        let indexes: [JSONValue] = definitions.keys.sorted().compactMap { key in
            guard let definition = definitions[key] else { return nil }
            var index: [String: JSONValue] = ["name": .string(definition["indexName"]?.stringValue ?? key)]
            if let type = definition["indexType"]?.stringValue { index["type"] = .string(type) }
            if let version = definition["version"]?.stringValue { index["version"] = .string(version) }
            if let fields = definition["sourceFields"]?.arrayValue {
                index["sourceFields"] = .array(fields.filter { $0.stringValue != nil })
            }
            return .object(index)
        }
        return .success(.array(indexes))
    }
}
