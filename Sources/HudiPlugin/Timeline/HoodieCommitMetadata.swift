import TFMTAvro
import TFMTCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What `inspect` takes from a completed commit's metadata (`HoodieCommitMetadata`): JSON in layout 1, an Avro
/// object container in layout 2. The encoding is recognised from the bytes (Avro's `Obj\u{1}` magic), not assumed
/// from the layout, because tables upgraded in place can hold either.
struct HoodieCommitMetadata: Sendable, Hashable {
    /// How the file was encoded.
    enum Encoding: String, Sendable, Hashable {
        case json = "JSON"
        case avro = "Avro"
    }

    var encoding: Encoding
    /// `extraMetadata`: the writer's string map; `schema` holds the Avro schema of the write.
    var extraMetadata: [String: String]
    /// `operationType` (`UPSERT`, `INSERT`, `BULK_INSERT`, `INSERT_OVERWRITE`, `CLUSTER`, `COMPACT`, …).
    var operationType: String?
    /// The number of partitions written (`partitionToWriteStats` keys).
    var partitionsWritten: Int?

    /// The table schema this commit recorded, when it recorded one.
    var schema: String? { extraMetadata["schema"].flatMap { $0.isEmpty ? nil : $0 } }

    /// Reads the metadata of the instant file at `path`.
    ///
    /// - Returns: `nil` for an empty file (Hudi writes empty metadata for some commits and reads it as empty).
    /// - Throws: ``TFMTError/Code/hudiInstantUnreadable`` when the file cannot be read or exceeds
    ///   ``HudiReadLimits/instantBytes``; ``TFMTError/Code/hudiInstantCorrupt`` when it is neither valid JSON nor
    ///   valid Avro commit metadata.
    static func read(_ path: String, limits: HudiReadLimits) throws(TFMTError) -> HoodieCommitMetadata? {
        let bytes: [UInt8]
        do throws(TFMTError) {
            bytes = try LocalFiles.read(path, limit: limits.instantBytes)
        } catch {
            throw .hudiInstantUnreadable(path, cause: error)
        }
        guard !bytes.isEmpty else { return nil }
        if bytes.starts(with: [0x4F, 0x62, 0x6A, 0x01]) {
            return try readAvro(bytes, path: path)
        }
        return try readJSON(bytes, path: path)
    }

    private static func readJSON(_ bytes: [UInt8], path: String) throws(TFMTError) -> HoodieCommitMetadata {
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: Data(bytes))
        } catch {
            throw .hudiInstantCorrupt(path, encoding: "JSON", reason: describe(error))
        }
        guard case .object(let object) = value else {
            throw .hudiInstantCorrupt(path, encoding: "JSON", reason: "the document is not a JSON object")
        }
        var extra: [String: String] = [:]
        switch object["extraMetadata"] {
        case nil, .null?: break
        case .object(let members)?:
            for (key, member) in members {
                if let text = member.stringValue { extra[key] = text }
            }
        default:
            throw .hudiInstantCorrupt(path, encoding: "JSON", reason: "extraMetadata is not an object")
        }
        return HoodieCommitMetadata(
            encoding: .json,
            extraMetadata: extra,
            operationType: object["operationType"]?.stringValue,
            partitionsWritten: object["partitionToWriteStats"]?.objectValue?.count
        )
    }

    private static func readAvro(_ bytes: [UInt8], path: String) throws(TFMTError) -> HoodieCommitMetadata {
        let record: AvroValue
        do throws(TFMTError) {
            let reader = try AvroContainerReader(data: Data(bytes), path: path)
            var records = reader.records()
            guard let first = try records.next() else {
                throw TFMTError(.avroCorrupt, "the container holds no record")
            }
            record = first
        } catch {
            throw .hudiInstantCorrupt(path, encoding: "Avro", reason: "\(error.code): \(error.message)")
        }
        guard record.recordValue != nil else {
            throw .hudiInstantCorrupt(path, encoding: "Avro", reason: "the container's records are not records")
        }
        var extra: [String: String] = [:]
        if let value = record["extraMetadata"], !value.isNull {
            guard case .map(let entries) = value.unwrapped else {
                throw .hudiInstantCorrupt(path, encoding: "Avro", reason: "extraMetadata is not a map")
            }
            for (key, entry) in entries {
                if let text = entry.stringValue { extra[key] = text }
            }
        }
        var partitions: Int?
        if case .map(let stats)? = record["partitionToWriteStats"]?.unwrapped { partitions = stats.count }
        return HoodieCommitMetadata(
            encoding: .avro,
            extraMetadata: extra,
            operationType: record["operationType"]?.stringValue,
            partitionsWritten: partitions
        )
    }

    private static func describe(_ error: any Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            return context.underlyingError.map { "\(context.debugDescription) (\($0))" } ?? context.debugDescription
        }
        return String(describing: error)
    }
}
