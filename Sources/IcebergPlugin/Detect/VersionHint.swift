import TFMTCore

/// What `metadata/version-hint.text` said and whether tfmt followed it.
///
/// The hint is only a hint, as in Java's `HadoopTableOperations`: tfmt reads the version it names, then follows
/// newer `v<N+1>.metadata.json` files that already exist (a commit may have landed after the hint was written). A
/// hint that names no file, or is not a number, is reported and the newest metadata file is read instead.
struct VersionHint: Sendable, Hashable {
    /// What tfmt made of the hint.
    enum Status: String, Sendable, Hashable {
        /// The file the hint names is the current one.
        case used
        /// The file the hint names exists, and newer files follow it; the newest of those was read.
        case behind
        /// The hint names a version whose file does not exist.
        case missingFile
        /// The hint is not a version number.
        case invalid
        /// The hint file is empty or could not be read.
        case unreadable
    }

    /// The hint's text, trimmed; empty when it could not be read.
    var text: String
    /// What tfmt made of it.
    var status: Status

    /// The hint as the record's details show it.
    var json: JSONValue {
        ["text": .string(text), "status": .string(status.rawValue)]
    }
}
