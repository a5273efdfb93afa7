#if canImport(Glibc)
import Glibc
#endif

/// Colour for people at a terminal, and none for pipes, files, `NO_COLOR` or `TERM=dumb`.
public struct TerminalStyle: Sendable {
    /// Whether escape sequences are written.
    public var colors: Bool

    public init(colors: Bool) {
        self.colors = colors
    }

    /// The style for standard output in this environment.
    public static func detect(environment: [String: String]) -> TerminalStyle {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let dumb = environment["TERM"] == "dumb"
        return TerminalStyle(colors: isatty(STDOUT_FILENO) == 1 && !noColor && !dumb)
    }

    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func dim(_ text: String) -> String { wrap(text, "2") }
    public func red(_ text: String) -> String { wrap(text, "31") }
    public func green(_ text: String) -> String { wrap(text, "32") }
    public func yellow(_ text: String) -> String { wrap(text, "33") }

    private func wrap(_ text: String, _ code: String) -> String {
        colors && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
