/// A failure of the test harness itself (a timeout, a missing tool, a daemon that would not start), with a message
/// that says what was being waited for.
struct E2EFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
