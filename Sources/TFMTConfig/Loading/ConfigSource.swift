/// The text being read and the name it is reported under, with the helpers that turn positions into snippets.
struct ConfigSource {
    /// The file name shown in errors (`/etc/tfmt/tfmtd.yaml`, or what the caller of `parse` chose).
    let file: String
    /// The YAML text.
    let text: String

    /// Line `number` (1-based) without its line break, or `nil` past the end.
    func line(_ number: Int) -> Substring? {
        guard number >= 1 else { return nil }
        var current = 1
        var start = text.startIndex
        while current < number {
            guard let newline = text[start...].firstIndex(of: "\n") else { return nil }
            start = text.index(after: newline)
            current += 1
        }
        let end = text[start...].firstIndex(of: "\n") ?? text.endIndex
        var line = text[start..<end]
        if line.hasSuffix("\r") { line = line.dropLast() }
        return line
    }

    /// The 1-based line and column (counted in Unicode scalars, as libyaml counts) of the character `offset`
    /// characters from the start.
    func position(ofCharacterOffset offset: Int) -> SourcePosition {
        var line = 1
        var column = 1
        for character in text.prefix(offset) {
            if character == "\n" || character == "\r\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return SourcePosition(line: line, column: column)
    }

    /// Two lines showing `position` under its source line, the second indented by `indent` spaces so the caret
    /// lines up when the first line is printed after `indent` columns of other text:
    ///
    /// ```
    /// 3 | sockt: /run/tfmt.sock
    ///   | ^
    /// ```
    func snippet(at position: SourcePosition, indent: Int) -> String? {
        guard let line = line(position.line) else { return nil }
        // Tabs would widen the line and throw the caret off; a long line is cut to a window around the column.
        var scalars = Array(line.unicodeScalars.map { $0 == "\t" ? " " : $0 })
        var caret = max(0, position.column - 1)
        if caret > 70 {
            let cut = caret - 40
            scalars = Array("…".unicodeScalars) + scalars.dropFirst(cut)
            caret = caret - cut + 1
        }
        if scalars.count > 110 { scalars = Array(scalars.prefix(109)) + Array("…".unicodeScalars) }
        var shown = String.UnicodeScalarView()
        shown.append(contentsOf: scalars)
        let gutter = String(position.line)
        let blankGutter = String(repeating: " ", count: gutter.count)
        return "\(gutter) | \(String(shown))\n" + String(repeating: " ", count: indent) + "\(blankGutter) | "
            + String(repeating: " ", count: min(caret, scalars.count)) + "^"
    }
}

/// A 1-based line and column in the file.
struct SourcePosition: Hashable, Comparable, CustomStringConvertible {
    var line: Int
    var column: Int

    static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    var description: String { "\(line):\(column)" }
}
