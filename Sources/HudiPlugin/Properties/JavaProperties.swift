/// A parser for the Java `.properties` format that `hoodie.properties` is written in, following
/// `java.util.Properties.load`.
///
/// - Natural lines end at `\n`, `\r` or `\r\n`; a line ending in an odd number of backslashes continues on the next
///   line, whose leading white space is skipped.
/// - Lines whose first non-blank character is `#` or `!` are comments; blank lines are skipped.
/// - The key ends at the first unescaped `=`, `:` or white space (space, tab, form feed); white space and one `=` or
///   `:` after it are skipped; the rest of the line is the value.
/// - Escapes: `\t`, `\n`, `\r`, `\f`, `\uXXXX`, and a backslash before any other character stands for that character
///   (Hudi writes `\:` inside the create schema).
/// - A key that repeats keeps its last value.
///
/// Unlike Java, which throws on the first malformed `\u` escape, the parser reports every problem it found so that
/// the error can say which line is wrong.
enum JavaProperties {
    /// A problem in the text, with the 1-based line it starts on.
    struct Problem: Error, Sendable, Hashable, CustomStringConvertible {
        var line: Int
        var reason: String

        var description: String { "line \(line): \(reason)" }
    }

    /// The properties in `text`, or the first problem found.
    static func parse(_ text: String) -> Result<[String: String], Problem> {
        var properties: [String: String] = [:]
        for logical in logicalLines(text) {
            switch parseLine(logical.text, line: logical.line) {
            case .success(let pair?): properties[pair.key] = pair.value
            case .success(nil): continue
            case .failure(let problem): return .failure(problem)
            }
        }
        return .success(properties)
    }

    /// The file's bytes as text: UTF-8 when they are valid UTF-8, else ISO-8859-1 (the encoding
    /// `Properties.store` uses), and `nil` when they contain NUL bytes, which no properties file has.
    static func decode(_ bytes: [UInt8]) -> String? {
        guard !bytes.contains(0) else { return nil }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var text = ""
        text.unicodeScalars.append(contentsOf: bytes.map { Unicode.Scalar($0) })
        return text
    }

    private struct LogicalLine {
        var text: [Unicode.Scalar]
        var line: Int
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{0C}"
    }

    /// Joins continued natural lines and drops comments and blank lines.
    private static func logicalLines(_ text: String) -> [LogicalLine] {
        var natural: [[Unicode.Scalar]] = [[]]
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                natural.append([])
            } else {
                natural[natural.count - 1].append(scalar)
            }
        }
        var result: [LogicalLine] = []
        var index = 0
        while index < natural.count {
            let start = index
            var line = Array(natural[index].drop(while: isBlank))
            index += 1
            if line.isEmpty || line[0] == "#" || line[0] == "!" { continue }
            while endsWithContinuation(line) {
                line.removeLast()
                guard index < natural.count else { break }
                line += natural[index].drop(while: isBlank)
                index += 1
            }
            result.append(LogicalLine(text: line, line: start + 1))
        }
        return result
    }

    private static func endsWithContinuation(_ line: [Unicode.Scalar]) -> Bool {
        var backslashes = 0
        for scalar in line.reversed() {
            guard scalar == "\\" else { break }
            backslashes += 1
        }
        return backslashes % 2 == 1
    }

    private static func parseLine(
        _ scalars: [Unicode.Scalar],
        line: Int
    ) -> Result<(key: String, value: String)?, Problem> {
        var keyEnd = scalars.count
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\" {
                index += 2
                continue
            }
            if scalar == "=" || scalar == ":" || isBlank(scalar) {
                keyEnd = index
                break
            }
            index += 1
        }
        keyEnd = min(keyEnd, scalars.count)
        var valueStart = keyEnd
        while valueStart < scalars.count, isBlank(scalars[valueStart]) { valueStart += 1 }
        if valueStart < scalars.count, scalars[valueStart] == "=" || scalars[valueStart] == ":" {
            valueStart += 1
            while valueStart < scalars.count, isBlank(scalars[valueStart]) { valueStart += 1 }
        }
        let key: String
        switch unescape(scalars[0..<keyEnd], line: line) {
        case .success(let text): key = text
        case .failure(let problem): return .failure(problem)
        }
        switch unescape(scalars[valueStart...], line: line) {
        case .success(let value): return .success((key, value))
        case .failure(let problem): return .failure(problem)
        }
    }

    private static func unescape(_ scalars: ArraySlice<Unicode.Scalar>, line: Int) -> Result<String, Problem> {
        var result = String.UnicodeScalarView()
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index += 1
            guard scalar == "\\" else {
                result.append(scalar)
                continue
            }
            guard index < scalars.endIndex else { break }
            let escaped = scalars[index]
            index += 1
            switch escaped {
            case "t": result.append("\t")
            case "n": result.append("\n")
            case "r": result.append("\r")
            case "f": result.append("\u{0C}")
            case "u":
                guard let unit = hex4(scalars, at: index) else {
                    return .failure(Problem(line: line, reason: "malformed \\uXXXX escape"))
                }
                index += 4
                if let decoded = Unicode.Scalar(unit) {
                    result.append(decoded)
                    continue
                }
                // A UTF-16 surrogate pair written as two escapes (how Properties.store writes characters above
                // U+FFFF).
                guard (0xD800..<0xDC00).contains(unit), index + 1 < scalars.endIndex, scalars[index] == "\\",
                    scalars[index + 1] == "u", let low = hex4(scalars, at: index + 2), (0xDC00..<0xE000).contains(low),
                    let decoded = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
                else {
                    return .failure(Problem(line: line, reason: "unpaired UTF-16 surrogate in a \\uXXXX escape"))
                }
                result.append(decoded)
                index += 6
            default: result.append(escaped)
            }
        }
        return .success(String(result))
    }

    /// The value of four hexadecimal digits starting at `index`, or `nil`.
    private static func hex4(_ scalars: ArraySlice<Unicode.Scalar>, at index: Int) -> UInt32? {
        guard index >= scalars.startIndex, index + 4 <= scalars.endIndex else { return nil }
        var value: UInt32 = 0
        for scalar in scalars[index..<index + 4] {
            guard let digit = hexDigit(scalar) else { return nil }
            value = value << 4 | digit
        }
        return value
    }

    private static func hexDigit(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar.value {
        case 0x30...0x39: scalar.value - 0x30
        case 0x41...0x46: scalar.value - 0x41 + 10
        case 0x61...0x66: scalar.value - 0x61 + 10
        default: nil
        }
    }
}
