/// Reads and prints sizes in bytes: a whole number of bytes, or a number and a unit — `KiB`, `MiB`, `GiB` (powers
/// of 1024) or `KB`, `MB`, `GB` (powers of 1000), in any letter case.
enum ByteSizeSyntax {
    /// How to write a size, for error messages.
    static let forms = "a number of bytes or a number and a unit (B, KiB, MiB, GiB, KB, MB, GB), such as 16MiB"

    private static let units: [String: Int] = [
        "b": 1, "kib": 1 << 10, "mib": 1 << 20, "gib": 1 << 30, "kb": 1000, "mb": 1_000_000, "gb": 1_000_000_000,
    ]

    /// Parses `text`, or returns `nil` when it is not a size or does not fit in an `Int`.
    static func parse(_ text: String) -> Int? {
        let trimmed = text.filter { $0 != " " && $0 != "_" }
        let digits = trimmed.prefix(while: \.isASCIIDigit)
        guard !digits.isEmpty, digits.count <= 19, let amount = Int(digits) else { return nil }
        let unit = trimmed.dropFirst(digits.count).lowercased()
        guard unit.isEmpty || units[unit] != nil else { return nil }
        let (bytes, overflow) = amount.multipliedReportingOverflow(by: units[unit] ?? 1)
        return overflow ? nil : bytes
    }

    /// Prints `bytes` in the largest binary unit that divides it: `16MiB`, `1500B`.
    static func format(_ bytes: Int) -> String {
        for (name, size) in [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)] where bytes >= size {
            if bytes % size == 0 { return "\(bytes / size)\(name)" }
        }
        return "\(bytes)B"
    }
}
