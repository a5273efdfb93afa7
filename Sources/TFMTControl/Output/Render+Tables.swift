import TFMTCore
import TFMTRPC

extension Render {
    /// `tfmtctl detect PATH`.
    public static func detection(_ result: RPCMethods.TableDetection, style: TerminalStyle) -> String {
        result.detections.map { detection in
            "\(style.bold(detection.format.displayName)) table at \(detection.location)\n  \(detection.evidence)"
        }.joined(separator: "\n")
    }

    /// `tfmtctl inspect PATH`.
    public static func table(_ record: TableRecord, style: TerminalStyle) -> String {
        var rows: [(String, String)] = [
            ("format", "\(record.format.rawValue) (\(record.format.displayName))"),
            ("location", record.location),
            (
                "snapshot",
                "\(record.snapshot.id)" + (record.snapshot.timestamp.map { " at \($0)" } ?? "")
                    + " (\(record.snapshot.count) visible)"
            ),
            (
                "protocol",
                record.protocol.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
            ),
            ("features", record.features.isEmpty ? "none" : record.features.joined(separator: ", ")),
            (
                "partitioned by",
                record.partitionColumns.isEmpty ? "nothing" : record.partitionColumns.joined(separator: ", ")
            ),
            (
                "properties",
                record.properties.isEmpty ? "none" : "\(record.properties.count) (tfmtctl --json inspect lists them)"
            ),
        ]
        if record.protocol.isEmpty { rows[3].1 = "unknown" }
        let width = rows.map(\.0.count).max() ?? 0
        var text = rows.map { style.bold($0.0.padded(to: width)) + "  " + $0.1 }.joined(separator: "\n")

        text += "\n\n" + style.bold("schema") + "\n"
        let schema = TextTable(
            headers: ["ID", "NAME", "TYPE", "NULLABLE"],
            rows: record.schema.fields.map { field in
                [
                    TextTable.Cell(field.id.map(String.init) ?? "-"), TextTable.Cell(field.name),
                    TextTable.Cell(field.type), TextTable.Cell(field.nullable ? "yes" : "no"),
                ]
            }
        )
        text += record.schema.fields.isEmpty ? "  no fields" : indent(schema.render(style: style))

        text += "\n\n" + style.bold("requirements") + "\n"
        let requirements = [("read", record.requirements.read), ("write", record.requirements.write)]
        for (mode, list) in requirements {
            let lines = list.map { requirement -> String in
                requirement.minimum == nil ? style.red(requirement.description) : requirement.description
            }
            text +=
                "  \(mode):"
                + (lines.isEmpty ? " no known runtime" : "\n" + lines.map { "    " + $0 }.joined(separator: "\n"))
            text += "\n"
        }
        return String(text.dropLast())
    }

    private static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
    }
}

extension String {
    fileprivate func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
