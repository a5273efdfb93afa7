extension TFMTError {
    /// The path holds no table of `format`.
    ///
    /// - Parameters:
    ///   - path: The path as the user gave it.
    ///   - format: The format asked for.
    ///   - root: Where the table's root is, in the format's terms ("the folder that contains _delta_log/").
    public static func notATable(_ path: String, format: TableFormat, root: String) -> TFMTError {
        TFMTError(
            .notATable,
            "\(path) is not a\(format == .iceberg ? "n" : "") \(format.displayName) table",
            context: ["path": .string(path), "format": .string(format.rawValue)],
            resolution: [
                "Point at \(root).",
                "Run tfmtctl detect \(path) to see which format, if any, is there.",
            ]
        )
    }

    /// The plugin recognises the table at `location` but this build cannot read its metadata.
    public static func inspectUnsupported(_ location: String, format: TableFormat) -> TFMTError {
        TFMTError(
            .inspectUnsupported,
            "this build of tfmt recognises \(format.displayName) tables but cannot read their metadata yet",
            context: ["path": .string(location), "format": .string(format.rawValue)],
            resolution: ["Upgrade tfmt to a release whose \(format.displayName) plugin reads table metadata."]
        )
    }

    /// No active plugin recognises the path as a table.
    public static func noTableFound(_ path: String, formats: [TableFormat]) -> TFMTError {
        TFMTError(
            .notATable,
            "no table format recognises \(path)",
            context: ["path": .string(path), "formatsTried": JSONValue(formats.map(\.rawValue))],
            resolution: [
                "Point at a table's root folder: the one with _delta_log/ (Delta), metadata/ (Iceberg), "
                    + ".hoodie/ (Hudi) or schema/ and snapshot/ (Paimon).",
                "Check with tfmtctl plugins list that the plugin for the table's format is active.",
            ]
        )
    }
}
