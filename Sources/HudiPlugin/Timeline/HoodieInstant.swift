/// One instant of a Hudi timeline: an action at a time, in one of three states.
struct HoodieInstant: Sendable, Hashable {
    /// The state of an instant.
    enum State: String, Sendable, Hashable, Comparable {
        case requested
        case inflight
        case completed

        private var rank: Int {
            switch self {
            case .requested: 0
            case .inflight: 1
            case .completed: 2
            }
        }

        static func < (lhs: State, rhs: State) -> Bool { lhs.rank < rhs.rank }
    }

    /// The instant (requested) time, `yyyyMMddHHmmssSSS` (older tables `yyyyMMddHHmmss`; the metadata table appends
    /// a suffix).
    var time: String
    /// The completion time, from layout-2 file names (`<begin>_<completion>.<action>`).
    var completionTime: String?
    /// The action (`commit`, `deltacommit`, `replacecommit`, `clustering`, `compaction`, `clean`, `rollback`, …).
    var action: String
    var state: State
    /// The file the instant was read from.
    var fileName: String

    /// The actions Hudi writes to a timeline (`HoodieTimeline.VALID_ACTIONS_IN_TIMELINE`, plus `schemacommit`).
    static let actions: Set<String> = [
        "commit", "deltacommit", "replacecommit", "clustering", "clean", "compaction", "logcompaction", "rollback",
        "savepoint", "restore", "indexing", "schemacommit",
    ]

    /// The actions whose completed instants are commits a reader sees: compaction completes as `commit`,
    /// clustering as `replacecommit`, log compaction as `deltacommit`.
    static let commitActions: Set<String> = ["commit", "deltacommit", "replacecommit"]

    /// Whether this is a completed commit a reader sees.
    var isCompletedCommit: Bool { state == .completed && Self.commitActions.contains(action) }
}
