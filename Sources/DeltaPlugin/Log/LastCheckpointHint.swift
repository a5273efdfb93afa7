import TFMTCore

/// What `_delta_log/_last_checkpoint` says, and how far it can be trusted.
///
/// The file is only a hint (PROTOCOL.md "Last Checkpoint File"): writers update it after the checkpoint, it can be
/// stale, missing, damaged, or name a checkpoint that was never completed or has been cleaned up. tfmt always lists
/// the log and compares.
struct LastCheckpointHint: Sendable, Hashable {
    /// How the hint compares with the log.
    enum Status: String, Sendable, Hashable {
        /// It names the checkpoint the table was read from.
        case current
        /// It names an older complete checkpoint than the newest one in the log.
        case stale
        /// There is no `_last_checkpoint`.
        case missing
        /// It cannot be read or is not a JSON object with an integer `version`.
        case corrupt
        /// It names a version with no complete checkpoint in the log.
        case pointsAtMissingCheckpoint
        /// It names a version after the latest commit.
        case ahead
    }

    /// The checkpoint version the hint names, when it could be read.
    var version: Int64?
    /// The number of parts it announces, for multi-part checkpoints.
    var parts: Int64?
    /// Why it could not be read, when it could not.
    var problem: String?

    /// Reads the hint from `logDirectory`, never failing: a missing or damaged hint is reported, not thrown.
    init(logDirectory: String, exists: Bool, limit: Int) {
        guard exists else {
            problem = nil
            return
        }
        do {
            let bytes = try LocalFiles.read(LocalFiles.join(logDirectory, "_last_checkpoint"), limit: limit)
            let json = try Self.parse(bytes)
            guard let version = json["version"]?.intValue, version >= 0 else {
                problem = "it has no non-negative integer 'version'"
                return
            }
            self.version = version
            self.parts = json["parts"]?.intValue
        } catch {
            problem = error.message
        }
    }

    private static func parse(_ bytes: [UInt8]) throws(TFMTError) -> JSONValue {
        do {
            return try DeltaJSON.parse(bytes)
        } catch {
            throw TFMTError(.deltaCommitCorrupt, "it is not JSON: \(error.reason)")
        }
    }

    /// How the hint compares with the checkpoint actually used (`nil` when none was) and the latest version.
    func status(exists: Bool, listing: DeltaLogListing, used: Int64?, latest: Int64) -> Status {
        guard exists else { return .missing }
        guard let version, problem == nil else { return .corrupt }
        if version > latest { return .ahead }
        guard listing.checkpoints.contains(where: { $0.version == version }) else { return .pointsAtMissingCheckpoint }
        return version == used ? .current : .stale
    }
}
