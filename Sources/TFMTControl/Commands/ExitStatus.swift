import ArgumentParser

/// The exit codes of the command-line contract (DESIGN.md).
public enum ExitStatus {
    /// The command succeeded.
    public static let success = ExitCode(0)
    /// The request failed with a structured error.
    public static let requestFailed = ExitCode(1)
    /// The command line was wrong.
    public static let usage = ExitCode(2)
    /// The daemon could not be reached.
    public static let daemonUnreachable = ExitCode(3)
    /// A check ran and the verdict is "incompatible".
    public static let incompatible = ExitCode(4)
}
