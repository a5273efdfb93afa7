import TFMTCore

/// Where a table's current metadata file is, and how tfmt chose it.
struct MetadataLocation: Sendable, Hashable {
    /// How the metadata file was chosen.
    enum Selection: String, Sendable, Hashable {
        /// The user named the metadata file.
        case given
        /// `metadata/version-hint.text` named it (possibly followed by newer files).
        case versionHint
        /// The highest version number in `metadata/`.
        case newest
    }

    /// The table's root folder, absolute: the folder that holds `metadata/`, or the folder of a metadata file given
    /// on its own.
    var root: String
    /// The metadata file, absolute.
    var file: String
    /// Whether the file's name says it is gzip-compressed.
    var isGzip: Bool
    /// How the file was chosen.
    var selection: Selection
    /// How many metadata files `metadata/` holds (1 for a file given on its own).
    var candidates: Int
    /// Other metadata files with the same version number as the chosen one (orphans of failed commits, usually).
    var sameVersion: [String]
    /// What `version-hint.text` said, when there is one.
    var hint: VersionHint?

    /// The location as the record's details show it.
    var details: [String: JSONValue] {
        var details: [String: JSONValue] = [
            "metadataFile": .string(file),
            "metadataSelection": .string(selection.rawValue),
            "metadataFiles": JSONValue(candidates),
        ]
        if isGzip {
            details["metadataCompression"] = "gzip"
        }
        if !sameVersion.isEmpty {
            details["metadataSameVersion"] = JSONValue(sameVersion)
        }
        if let hint {
            details["versionHint"] = hint.json
        }
        return details
    }
}
