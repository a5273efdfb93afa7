/// Waits for a condition by asking again every few milliseconds until a deadline, instead of sleeping for a fixed
/// time: fast when the machine is idle, patient when it is loaded.
enum Polling {
    /// Calls `attempt` until it returns a value or `timeout` passes.
    ///
    /// - Throws: ``E2EFailure`` naming `what` when the deadline passes, or whatever `attempt` throws.
    static func until<Value>(
        _ what: String,
        timeout: Duration = .seconds(10),
        interval: Duration = .milliseconds(10),
        _ attempt: () async throws -> Value?
    ) async throws -> Value {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let value = try await attempt() { return value }
            guard ContinuousClock.now < deadline else {
                throw E2EFailure("timed out after \(timeout) waiting for \(what)")
            }
            try await Task.sleep(for: interval)
        }
    }

    /// Waits until `condition` holds or `timeout` passes.
    static func until(
        _ what: String,
        timeout: Duration = .seconds(10),
        interval: Duration = .milliseconds(10),
        _ condition: () async throws -> Bool
    ) async throws {
        let _: Bool = try await until(what, timeout: timeout, interval: interval) {
            try await condition() ? true : nil
        }
    }
}
