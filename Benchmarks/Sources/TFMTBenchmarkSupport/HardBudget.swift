import Benchmark
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Whether a budget was missed in this process; read by the exit handler ``HardBudget`` installs.
private let budgetMissed = Atomic<Bool>(false)

/// A hard budget from the seed (such as "registration under 2 s"): an iteration over it fails the benchmark run.
///
/// The benchmark framework's thresholds are tolerances for comparing a run with a stored baseline, not limits, and a
/// benchmark that reports an error through `Benchmark.error` is listed as failed while a plain run still exits 0.
/// So a miss does both: it reports the error (the benchmark's results are dropped and the message is printed), and
/// it makes the benchmark's process exit with status 3, which the benchmark tool counts as a failed job, so that
/// `swift package benchmark`, and `make bench`, exit non-zero.
public struct HardBudget: Sendable {
    /// What is limited, for the failure message.
    public let what: String
    /// The limit.
    public let limit: Duration

    /// A budget of `limit` for `what`.
    public init(_ what: String, under limit: Duration) {
        self.what = what
        self.limit = limit
    }

    /// Runs `body`, measuring it, and fails `benchmark` if it took `limit` or longer.
    public func enforce<Result>(
        on benchmark: Benchmark,
        _ body: () async throws -> Result
    ) async rethrows -> Result {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try await body()
        let elapsed = start.duration(to: clock.now)
        if elapsed >= limit {
            benchmark.error(
                "hard budget missed: \(what) took \(Self.microseconds(elapsed)) µs; the budget is under "
                    + "\(Self.microseconds(limit)) µs"
            )
            Self.failProcessAtExit()
        }
        return result
    }

    /// `duration` in whole microseconds, for messages.
    private static func microseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1_000_000 + duration.components.attoseconds / 1_000_000_000_000
    }

    /// Makes the process exit with status 3 however it ends, once the benchmark framework has reported the error.
    private static func failProcessAtExit() {
        guard !budgetMissed.exchange(true, ordering: .relaxed) else { return }
        atexit {
            fflush(nil)
            _exit(3)
        }
    }
}
