import Synchronization

/// A value that a benchmark's setup creates, its iterations use and its teardown clears.
///
/// The benchmark framework's setup and teardown hooks cannot hand anything to the benchmark closure, so suites
/// keep what they start (a daemon, a connection) in one of these.
public final class SharedSlot<Value: Sendable>: Sendable {
    private let value = Mutex<Value?>(nil)

    /// An empty slot.
    public init() {}

    /// Stores `newValue`, replacing what was there.
    public func set(_ newValue: Value?) {
        value.withLock { $0 = newValue }
    }

    /// The stored value.
    ///
    /// - Throws: ``BenchmarkFailure`` when the setup did not store one.
    public func get() throws -> Value {
        guard let stored = value.withLock({ $0 }) else {
            throw BenchmarkFailure("the benchmark's setup did not complete")
        }
        return stored
    }

    /// Removes the stored value and returns it.
    public func take() -> Value? {
        value.withLock { stored in
            defer { stored = nil }
            return stored
        }
    }
}
