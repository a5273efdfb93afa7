/// Reads and prints the durations the configuration uses: `500ms`, `10s`, `5m`, `24h`, `7d`, `1h30m`, or a whole
/// number of seconds.
///
/// Kept apart from the reader so the command line and the documentation print durations the same way the file
/// accepts them.
enum DurationSyntax {
    /// How to write a duration, for error messages.
    static let forms =
        "a number and a unit (ms, s, m, h, d), such as 500ms, 10s, 5m, 24h or 1h30m, or a whole number "
        + "of seconds"

    /// The units in the order `format` prints them, with their length in milliseconds.
    private static let units: [(name: String, milliseconds: Int64)] = [
        ("d", 86_400_000), ("h", 3_600_000), ("m", 60_000), ("s", 1000), ("ms", 1),
    ]

    /// Parses `text`, or returns `nil` when it is not a duration (or is too long to count in milliseconds).
    static func parse(_ text: String) -> Duration? {
        let trimmed = text.filter { $0 != " " && $0 != "_" }
        guard !trimmed.isEmpty, trimmed.count <= 40 else { return nil }
        if trimmed.allSatisfy(\.isASCIIDigit) {
            guard let seconds = Int64(trimmed), seconds <= Int64.max / 1000 else { return nil }
            return .seconds(seconds)
        }
        var total: Int64 = 0
        var rest = Substring(trimmed)
        while !rest.isEmpty {
            let digits = rest.prefix(while: \.isASCIIDigit)
            guard !digits.isEmpty, digits.count <= 15, let amount = Int64(digits) else { return nil }
            rest = rest.dropFirst(digits.count)
            let unit = rest.prefix(while: { $0.isASCII && $0.isLetter })
            guard let multiplier = units.first(where: { $0.name == unit })?.milliseconds else { return nil }
            rest = rest.dropFirst(unit.count)
            let (part, overflow) = amount.multipliedReportingOverflow(by: multiplier)
            guard !overflow else { return nil }
            let (sum, sumOverflow) = total.addingReportingOverflow(part)
            guard !sumOverflow else { return nil }
            total = sum
        }
        return .milliseconds(total)
    }

    /// Prints `duration` in the largest units that divide it: `1h30m`, `500ms`, `0s`.
    static func format(_ duration: Duration) -> String {
        var remaining = milliseconds(duration)
        guard remaining > 0 else { return "0s" }
        var text = ""
        for unit in units where remaining >= unit.milliseconds {
            text += "\(remaining / unit.milliseconds)\(unit.name)"
            remaining %= unit.milliseconds
        }
        return text
    }

    /// Whole milliseconds in `duration`, rounded down, saturating instead of trapping.
    static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        let (fromSeconds, overflow) = seconds.multipliedReportingOverflow(by: 1000)
        guard !overflow else { return seconds < 0 ? .min : .max }
        return fromSeconds + attoseconds / 1_000_000_000_000_000
    }
}

extension Character {
    /// Whether this is one of the ASCII digits 0 to 9 (not any Unicode number, which `isNumber` accepts).
    var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
