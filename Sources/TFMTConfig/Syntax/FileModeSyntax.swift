/// Reads and prints Unix permission modes the way `chmod` writes them: octal digits, with or without a leading `0`
/// or `0o` (`0660`, `660`, `0o660`).
///
/// YAML 1.1 reads a plain `0660` as an octal number and YAML 1.2 as decimal 660; reading the scalar's text as octal
/// digits makes both spellings, quoted or not, mean what a person means.
enum FileModeSyntax {
    /// How to write a mode, for error messages.
    static let forms = "octal digits as chmod takes them, such as 0660, 0600 or \"0o660\""

    /// The result of reading a mode.
    enum Reading: Equatable {
        case mode(Int)
        /// Written in octal digits but above `0777` (setuid, setgid and sticky bits are not accepted on a socket),
        /// or with the digits 8 or 9.
        case outOfRange
        case malformed
    }

    static func parse(_ text: String) -> Reading {
        var digits = Substring(text)
        if digits.hasPrefix("0o") || digits.hasPrefix("0O") { digits = digits.dropFirst(2) }
        guard !digits.isEmpty, digits.count <= 12, digits.allSatisfy(\.isASCIIDigit) else { return .malformed }
        guard digits.allSatisfy({ $0 != "8" && $0 != "9" }), let mode = Int(digits, radix: 8), mode <= 0o777 else {
            return .outOfRange
        }
        return .mode(mode)
    }

    /// Prints `mode` as four octal digits, `0660`.
    static func format(_ mode: Int) -> String {
        let digits = String(mode, radix: 8)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
