import TFMTCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads a Paimon metadata file (snapshot, schema) as a JSON object, bounded in size.
enum PaimonJSONFile {
    /// The members of the JSON object in `path`.
    ///
    /// - Parameters:
    ///   - path: The file.
    ///   - limit: The largest size accepted, in bytes.
    ///   - corrupt: Makes the error for a file that is not a JSON object, from a reason phrase.
    /// - Throws: The core `tablePathUnreadable` error when the file cannot be read or is too large; `corrupt`'s
    ///   error when it is not a JSON object.
    static func object(
        at path: String,
        limit: Int,
        corrupt: (String) -> TFMTError
    ) throws(TFMTError) -> [String: JSONValue] {
        let bytes = try LocalFiles.read(path, limit: limit)
        guard !bytes.isEmpty else { throw corrupt("the file is empty") }
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: Data(bytes))
        } catch {
            throw corrupt("it is not valid JSON (\(bytes.count) bytes)")
        }
        guard let members = value.objectValue else { throw corrupt("it is not a JSON object") }
        return members
    }
}
