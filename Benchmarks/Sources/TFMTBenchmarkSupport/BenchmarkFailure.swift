/// Why a benchmark could not run or missed a hard budget; its description is what the benchmark reports.
public struct BenchmarkFailure: Error, CustomStringConvertible, Sendable {
    /// What went wrong, in one or a few lines.
    public let description: String

    /// Creates a failure that says `description`.
    public init(_ description: String) {
        self.description = description
    }
}
