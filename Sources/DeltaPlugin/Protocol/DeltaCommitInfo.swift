import TFMTCore

/// The few `commitInfo` fields tfmt reports; the action is otherwise free-form.
struct DeltaCommitInfo: Sendable, Hashable {
    /// The writer's wall-clock time, milliseconds since the epoch.
    var timestamp: Int64?
    /// The in-commit timestamp, present when the In-Commit Timestamps feature is enabled.
    var inCommitTimestamp: Int64?
    /// `WRITE`, `MERGE`, `DELETE`, …
    var operation: String?
    /// `Apache-Spark/3.5.0 Delta-Lake/3.2.0`, `delta-rs.0.25.0`, … when the writer says.
    var engineInfo: String?

    /// Reads what it can; a free-form action never makes a commit invalid.
    init(json: JSONValue) {
        timestamp = json["timestamp"]?.intValue
        inCommitTimestamp = json["inCommitTimestamp"]?.intValue
        operation = json["operation"]?.stringValue
        engineInfo = json["engineInfo"]?.stringValue ?? json["clientVersion"]?.stringValue
    }
}
