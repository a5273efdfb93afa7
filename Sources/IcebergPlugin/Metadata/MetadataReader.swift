import TFMTCompression
import TFMTCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads an Iceberg table-metadata file: size-limited, gzip-aware, decoded with `JSONDecoder` into
/// ``IcebergTableMetadata``, every failure a structured error.
enum MetadataReader {
    /// The largest metadata file read, compressed or not (64 MiB; real ones are kilobytes to a few megabytes).
    static let sizeLimit = 64 << 20

    /// Decodes the metadata file at `file`.
    ///
    /// - Throws: ``TFMTError/Code/tablePathUnreadable`` when the file cannot be read or is too large,
    ///   ``TFMTError/Code/icebergSymbolicLinkLoop`` for a link loop, ``TFMTError/Code/icebergMetadataCorrupt`` when
    ///   it is not valid (gzip-compressed) JSON of the expected shape.
    static func read(_ file: String) throws(TFMTError) -> IcebergTableMetadata {
        let json = try bytes(of: file)
        do {
            return try JSONDecoder().decode(IcebergTableMetadata.self, from: Data(json))
        } catch let error as DecodingError {
            throw .icebergMetadataCorrupt(file, reason: describe(error))
        } catch {
            throw .icebergMetadataCorrupt(file, reason: String(describing: error))
        }
    }

    /// Whether `file` is a readable JSON object with an integer `format-version` and a schema: enough to call it
    /// Iceberg table metadata when its name does not say so.
    static func looksLikeTableMetadata(_ file: String) -> Bool {
        guard let json = try? bytes(of: file),
            let probe = try? JSONDecoder().decode(Probe.self, from: Data(json))
        else { return false }
        return probe.schema != nil || probe.schemas != nil
    }

    /// The file's JSON bytes, decompressed when they are gzip (by their magic number, whatever the name says).
    private static func bytes(of file: String) throws(TFMTError) -> [UInt8] {
        guard try PathProbe.kind(at: file) != nil else {
            throw .icebergPathMissing(file)
        }
        let raw = try LocalFiles.read(file, limit: sizeLimit)
        guard raw.count >= 2, raw[0] == 0x1f, raw[1] == 0x8b else { return raw }
        do {
            return try Decompressor.decompress(raw, codec: .gzip, expectedSize: nil, limit: sizeLimit)
        } catch {
            throw .icebergMetadataCorrupt(file, reason: "the gzip stream is damaged (\(error.reason))")
        }
    }

    /// One line saying what the decoder found wrong, with the path to the field.
    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            let text = keys.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
            return text.hasPrefix(".") ? String(text.dropFirst()) : text
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = path(context.codingPath)
            return "the required field '\(key.stringValue)' is missing" + (parent.isEmpty ? "" : " in \(parent)")
        case .typeMismatch(let type, let context):
            return "'\(path(context.codingPath))' is not of type \(type)"
        case .valueNotFound(let type, let context):
            return "'\(path(context.codingPath))' is null, expected \(type)"
        case .dataCorrupted(let context):
            let at = path(context.codingPath)
            if context.codingPath.isEmpty {
                return "not valid JSON (truncated or damaged)"
            }
            return "'\(at)': \(context.debugDescription)"
        @unknown default:
            return String(describing: error)
        }
    }

    /// The least a JSON document needs to be taken for table metadata.
    private struct Probe: Decodable {
        var formatVersion: Int
        var schema: JSONValue?
        var schemas: JSONValue?

        private enum CodingKeys: String, CodingKey {
            case formatVersion = "format-version"
            case schema, schemas
        }
    }
}
