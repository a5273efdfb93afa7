import TFMTCore

/// The active timeline of a table: one instant per instant time, in its most advanced state, oldest first.
struct HoodieTimeline: Sendable, Hashable {
    /// Hudi's instant time before any commit (`HoodieTimeline.INIT_INSTANT_TS`), the snapshot id of a table without
    /// completed commits.
    static let initialInstantTime = "00000000000000"

    /// The timeline layout version the files were read with.
    var layoutVersion: Int
    /// The timeline folder relative to the table root (`.hoodie` or `.hoodie/timeline`).
    var folder: String
    /// The instants, oldest first.
    var instants: [HoodieInstant]
    /// Names that look like instants but follow no known grammar or action, kept so that nothing is dropped
    /// silently.
    var unrecognizedFiles: [String]

    /// Merges the instant files of a folder: the states of one instant time collapse into the most advanced one.
    init(layoutVersion: Int, folder: String, files: [HoodieInstant], unrecognizedFiles: [String]) {
        var byTime: [String: HoodieInstant] = [:]
        for file in files {
            guard let current = byTime[file.time] else {
                byTime[file.time] = file
                continue
            }
            // A bare `<time>.inflight` says "commit"; a named file of the same time and state knows better.
            let currentIsBare = current.fileName == "\(current.time).inflight"
            if file.state > current.state || (file.state == current.state && currentIsBare) {
                byTime[file.time] = file
            }
        }
        self.layoutVersion = layoutVersion
        self.folder = folder
        self.instants = byTime.values.sorted { $0.time < $1.time }
        self.unrecognizedFiles = unrecognizedFiles.sorted()
    }

    /// The completed instants of every action, oldest first.
    var completed: [HoodieInstant] { instants.filter { $0.state == .completed } }

    /// The instants requested or in flight, oldest first.
    var pending: [HoodieInstant] { instants.filter { $0.state != .completed } }

    /// The completed commits a reader sees (`commit`, `deltacommit`, `replacecommit`), oldest first.
    var completedCommits: [HoodieInstant] { instants.filter(\.isCompletedCommit) }

    /// The latest completed commit: the table's snapshot.
    var latestCompletedCommit: HoodieInstant? { completedCommits.last }

    /// The latest completed instant of any action.
    var latestCompletedInstant: HoodieInstant? { completed.last }

    /// The pending instants by action, each list oldest first.
    var pendingByAction: [String: [String]] {
        Dictionary(grouping: pending, by: \.action).mapValues { $0.map(\.time) }
    }

    /// The number of completed instants per action.
    var completedCountByAction: [String: Int] {
        Dictionary(grouping: completed, by: \.action).mapValues(\.count)
    }
}
