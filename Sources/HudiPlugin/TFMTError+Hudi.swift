import TFMTCore

// The errors the Hudi plugin raises, with their resolution steps. Codes are in TFMTError+HudiCodes.swift.

extension TFMTError {
    static func hudiPropertiesMissing(_ hoodieFolder: String) -> TFMTError {
        TFMTError(
            .hudiPropertiesMissing,
            "\(hoodieFolder) has neither hoodie.properties nor hoodie.properties.backup",
            context: ["path": .string(hoodieFolder)],
            resolution: [
                "Check that the path is the table's base path and that the table was fully created.",
                "If a writer crashed while rewriting hoodie.properties, restore it from a backup of the table.",
            ]
        )
    }

    static func hudiPropertiesCorrupt(_ path: String, reason: String) -> TFMTError {
        TFMTError(
            .hudiPropertiesCorrupt,
            "\(path) is not a valid properties file: \(reason)",
            context: ["path": .string(path), "reason": .string(reason)],
            resolution: [
                "Compare the file with hoodie.properties.backup next to it, if there is one.",
                "Restore hoodie.properties from a backup; do not edit it by hand while writers run.",
            ]
        )
    }

    static func hudiRequiredPropertyMissing(_ key: String, path: String) -> TFMTError {
        TFMTError(
            .hudiRequiredPropertyMissing,
            "\(path) does not set \(key), which every Hudi table has",
            context: ["path": .string(path), "property": .string(key)],
            resolution: [
                "Check that the file is a complete hoodie.properties (compare with hoodie.properties.backup).",
                "Restore the file from a backup of the table.",
            ]
        )
    }

    static func hudiPropertyInvalid(_ key: String, value: String, expected: String, path: String) -> TFMTError {
        TFMTError(
            .hudiPropertyInvalid,
            "\(key) in \(path) is '\(value.prefix(200))', expected \(expected)",
            context: [
                "path": .string(path), "property": .string(key), "found": .string(String(value.prefix(200))),
                "expected": .string(expected),
            ],
            resolution: [
                "Check the value against the Hudi release that wrote the table.",
                "Restore hoodie.properties from hoodie.properties.backup or a backup of the table.",
            ]
        )
    }

    static func hudiTimelineLayoutUnsupported(_ layout: Int, tableVersion: Int, path: String) -> TFMTError {
        TFMTError(
            .hudiTimelineLayoutUnsupported,
            "the table uses timeline layout version \(layout), which this build of tfmt does not read",
            context: [
                "path": .string(path), "timelineLayoutVersion": .int(Int64(layout)),
                "tableVersion": .int(Int64(tableVersion)), "supported": [0, 1, 2],
            ],
            resolution: [
                "Upgrade tfmt to a release whose Hudi plugin knows this timeline layout.",
                "Check hoodie.timeline.layout.version in hoodie.properties: table versions up to 7 use layout 1, "
                    + "8 and 9 use layout 2.",
            ]
        )
    }

    static func hudiTimelineUnreadable(_ folder: String, reason: String) -> TFMTError {
        TFMTError(
            .hudiTimelineUnreadable,
            "cannot list the Hudi timeline in \(folder)",
            context: ["path": .string(folder), "reason": .string(reason)],
            resolution: [
                "Check that the folder exists and that the user running tfmtd may list it (ls -ld \(folder)).",
                "Check hoodie.timeline.path in hoodie.properties (layout 2 keeps the timeline in .hoodie/timeline/).",
            ]
        )
    }

    static func hudiInstantUnreadable(_ path: String, cause: TFMTError) -> TFMTError {
        TFMTError(
            .hudiInstantUnreadable,
            "cannot read the timeline instant \(path)",
            context: ["path": .string(path), "reason": .string(cause.message), "cause": .string(cause.code.rawValue)],
            resolution: [
                "Check that the user running tfmtd may read the file.",
                "A very large instant file is not commit metadata tfmt expects; check the file with the Hudi CLI "
                    + "(commit showfiles).",
            ]
        )
    }

    static func hudiInstantCorrupt(_ path: String, encoding: String, reason: String) -> TFMTError {
        TFMTError(
            .hudiInstantCorrupt,
            "the timeline instant \(path) is not valid \(encoding) commit metadata: \(reason)",
            context: ["path": .string(path), "encoding": .string(encoding), "reason": .string(reason)],
            resolution: [
                "Check the instant with the Hudi CLI (timeline show active) and with a Hudi reader.",
                "If a writer crashed, roll the instant back with the Hudi CLI (commit rollback) rather than deleting "
                    + "files by hand.",
            ]
        )
    }

    static func hudiSchemaInvalid(_ source: String, path: String, reason: String) -> TFMTError {
        TFMTError(
            .hudiSchemaInvalid,
            "the table schema in \(source) is not a valid Avro record schema: \(reason)",
            context: ["path": .string(path), "source": .string(source), "reason": .string(reason)],
            resolution: [
                "Check the schema with the Hudi CLI (desc) or a Hudi reader.",
                "If the latest commit is damaged, roll it back with the Hudi CLI (commit rollback).",
            ]
        )
    }

    static func hudiHistoryCorrupt(_ path: String, reason: String) -> TFMTError {
        TFMTError(
            .hudiHistoryCorrupt,
            "the LSM timeline history \(path) is corrupt: \(reason)",
            context: ["path": .string(path), "reason": .string(reason)],
            resolution: [
                "Check the history with the Hudi CLI (timeline show archived).",
                "Restore .hoodie/timeline/history/ from a backup of the table; readers of the active timeline are "
                    + "unaffected.",
            ]
        )
    }

    static func hudiChecksumMismatch(_ path: String, stored: String, computed: UInt32) -> TFMTError {
        TFMTError(
            .hudiChecksumMismatch,
            "hoodie.table.checksum in \(path) is \(stored), but the table name gives \(computed)",
            context: ["path": .string(path), "stored": .string(stored), "computed": .int(Int64(computed))],
            resolution: [
                "Hudi readers reject this file and fall back to hoodie.properties.backup: compare the two.",
                "If hoodie.table.name or hoodie.database.name was edited by hand, restore the original values.",
            ]
        )
    }

    static func hudiIndexDefinitionsUnreadable(_ path: String, reason: String) -> TFMTError {
        TFMTError(
            .hudiIndexDefinitionsUnreadable,
            "cannot read the index definitions \(path): \(reason)",
            context: ["path": .string(path), "reason": .string(reason)],
            resolution: [
                "Check hoodie.table.index.defs.path in hoodie.properties and that the file is readable JSON.",
                "Index features are then judged from hoodie.table.metadata.partitions alone.",
            ]
        )
    }

    /// The error as a JSON object for a record's `details.warnings` (the same shape as on the wire).
    var warningJSON: JSONValue {
        .object([
            "code": .string(code.rawValue), "message": .string(message), "context": .object(context),
            "resolution": JSONValue(resolution), "docs": .string(docs),
        ])
    }
}
