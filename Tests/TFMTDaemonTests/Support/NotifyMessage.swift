/// One datagram tfmtd sent to `NOTIFY_SOCKET`: newline-separated `KEY=value` assignments, as `sd_notify` writes them.
struct NotifyMessage: Sendable, CustomStringConvertible {
    /// The datagram as sent.
    let text: String
    /// When the listener read it.
    let receivedAt: ContinuousClock.Instant

    /// The assignments, by key.
    var fields: [String: String] {
        var fields: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let equals = line.firstIndex(of: "=") else { continue }
            fields[String(line[..<equals])] = String(line[line.index(after: equals)...])
        }
        return fields
    }

    /// The value of `key`, or `nil` when the message does not set it.
    subscript(key: String) -> String? { fields[key] }

    /// Whether the message sets `key` to `value`.
    func has(_ key: String, _ value: String = "1") -> Bool { fields[key] == value }

    var description: String { text.split(separator: "\n").joined(separator: " | ") }
}
