import Benchmark

/// A hard budget from the seed (such as "registration under 2 s"): an iteration over it fails the benchmark run.
///
/// The benchmark framework's own thresholds are tolerances for comparing a run with a stored baseline, not limits;
/// a budget has to fail a plain `swift package benchmark` run, so each iteration is timed here as well and a miss is
/// reported through `Benchmark.error`, which makes the run exit non-zero.
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
            benchmark.error("hard budget missed: \(what) took \(elapsed), the budget is under \(limit)")
        }
        return result
    }
}
