import TFMTCore

/// The errors the Iceberg plugin raises, with their context and resolution steps.
extension TFMTError {
    /// A metadata file that is not valid JSON, is not a JSON object, or lacks a required field.
    static func icebergMetadataCorrupt(_ file: String, reason: String) -> TFMTError {
        TFMTError(
            .icebergMetadataCorrupt,
            "the Iceberg metadata file \(file) is corrupt: \(reason)",
            context: ["path": .string(file), "reason": .string(reason)],
            resolution: [
                "Check whether a writer was interrupted while writing \(file) (a truncated file ends mid-value).",
                "Point tfmt at an intact metadata file: the catalog's metadata_location, or an older vN.metadata.json.",
                "If the table is managed by a catalog, ask it for the current metadata location.",
            ]
        )
    }

    /// The current snapshot id names no snapshot in the metadata.
    static func icebergCurrentSnapshotMissing(_ file: String, snapshotID: Int64, known: Int) -> TFMTError {
        TFMTError(
            .icebergCurrentSnapshotMissing,
            "the Iceberg metadata file \(file) names current snapshot \(snapshotID), which it does not contain",
            context: [
                "path": .string(file), "currentSnapshotId": .string(String(snapshotID)),
                "snapshots": .int(Int64(known)),
            ],
            resolution: [
                "The metadata file was edited or written by a broken writer; use the previous metadata file.",
                "Run the engine's metadata repair (for example rollback_to_snapshot in Spark) from an intact version.",
            ]
        )
    }

    /// A schema, partition spec or sort order id that names nothing in the metadata.
    static func icebergMetadataInconsistent(_ file: String, what: String, id: Int) -> TFMTError {
        TFMTError(
            .icebergMetadataInconsistent,
            "the Iceberg metadata file \(file) names \(what) \(id), which it does not contain",
            context: ["path": .string(file), "missing": .string(what), "id": .int(Int64(id))],
            resolution: [
                "The metadata file was edited or written by a broken writer; use the previous metadata file.",
                "Compare it with the metadata-log entries of a newer file to find an intact version.",
            ]
        )
    }

    /// `version-hint.text` without any metadata file.
    static func icebergVersionHintDangling(_ folder: String, hint: String) -> TFMTError {
        TFMTError(
            .icebergVersionHintDangling,
            "\(folder) has version-hint.text (\"\(hint)\") but no metadata file",
            context: ["path": .string(folder), "hint": .string(hint)],
            resolution: [
                "Restore the table's vN.metadata.json files, or point at a copy of the table that has them.",
                "If the table moved to a catalog, read it through the catalog's metadata_location.",
            ]
        )
    }

    /// A format version outside 1 to 4.
    static func icebergFormatVersionUnsupported(_ file: String, version: Int) -> TFMTError {
        TFMTError(
            .icebergFormatVersionUnsupported,
            "the Iceberg metadata file \(file) declares format-version \(version), which this build does not know",
            context: ["path": .string(file), "formatVersion": .int(Int64(version)), "known": [1, 2, 3, 4]],
            resolution: [
                "Upgrade tfmt to a release that knows Iceberg format version \(version).",
                "Check that the file is Iceberg table metadata; format versions are small integers.",
            ]
        )
    }

    /// A loop of symbolic links.
    static func icebergSymbolicLinkLoop(_ path: String) -> TFMTError {
        TFMTError(
            .icebergSymbolicLinkLoop,
            "\(path) is a loop of symbolic links",
            context: ["path": .string(path)],
            resolution: [
                "Inspect the links with namei -l \(path) and point one of them at the real table folder.",
                "Give tfmt the table's real path instead of the link.",
            ]
        )
    }

    /// A file that is neither a table folder nor a metadata file.
    static func icebergPathIsFile(_ path: String) -> TFMTError {
        TFMTError(
            .icebergPathIsFile,
            "\(path) is a file, not an Iceberg table folder or metadata file",
            context: ["path": .string(path)],
            resolution: [
                "Point at the table's root folder (the one that contains metadata/).",
                "Or point at one of its metadata files: metadata/vN.metadata.json or metadata/NNNNN-<uuid>.metadata.json.",
            ]
        )
    }

    /// A path `stat` refused for a reason other than a missing file or a link loop.
    static func icebergPathUnexaminable(_ path: String, reason: String) -> TFMTError {
        TFMTError(
            .tablePathUnreadable,
            "cannot examine \(path): \(reason)",
            context: ["path": .string(path), "reason": .string(reason)],
            resolution: [
                "Check that the user running tfmtd may search every folder on the way (ls -ld \(path) and its parents).",
                "Under systemd, check ReadOnlyPaths= and ProtectHome= in the tfmtd unit.",
            ]
        )
    }

    /// A path that does not exist.
    static func icebergPathMissing(_ path: String) -> TFMTError {
        TFMTError(
            .tablePathUnreadable,
            "\(path) does not exist",
            context: ["path": .string(path), "reason": "no such file or folder"],
            resolution: ["Check the path for typos; tfmt resolves relative paths against the daemon's folder."]
        )
    }
}
