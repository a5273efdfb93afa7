/// Rows aligned in columns, for terminal output.
public struct TextTable: Sendable {
    /// A cell: its text, and how to colour it once padded (colour codes must not count towards the width).
    public struct Cell: Sendable, ExpressibleByStringLiteral {
        public var text: String
        public var paint: @Sendable (String) -> String

        public init(_ text: String, paint: @escaping @Sendable (String) -> String = { $0 }) {
            self.text = text
            self.paint = paint
        }

        public init(stringLiteral value: String) {
            self.init(value)
        }
    }

    public var headers: [String]
    public var rows: [[Cell]]

    public init(headers: [String], rows: [[Cell]]) {
        self.headers = headers
        self.rows = rows
    }

    /// The table as lines: headers in bold, two spaces between columns, no trailing spaces.
    public func render(style: TerminalStyle) -> String {
        let columns = max(headers.count, rows.map(\.count).max() ?? 0)
        var widths = [Int](repeating: 0, count: columns)
        for (index, header) in headers.enumerated() { widths[index] = header.count }
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.text.count) }
        }
        func line(_ cells: [Cell]) -> String {
            var parts: [String] = []
            for (index, cell) in cells.enumerated() {
                let isLast = index == cells.count - 1
                let padding = isLast ? "" : String(repeating: " ", count: widths[index] - cell.text.count)
                parts.append(cell.paint(cell.text) + padding)
            }
            return parts.joined(separator: "  ")
        }
        var lines = [line(headers.map { header in Cell(header, paint: { style.bold($0) }) })]
        lines += rows.map(line)
        return lines.joined(separator: "\n")
    }
}
