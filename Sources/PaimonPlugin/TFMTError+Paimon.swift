import TFMTCore

extension TFMTError {
    /// A snapshot file that cannot be read as a snapshot.
    ///
    /// - Parameters:
    ///   - path: The snapshot file.
    ///   - reason: What is wrong, a phrase ("it is not valid JSON", "'commitKind' is missing").
    static func paimonSnapshotCorrupt(_ path: String, reason: String) -> TFMTError {
        TFMTError(
            .paimonSnapshotCorrupt,
            "\(path) is not a valid Paimon snapshot: \(reason)",
            context: ["path": .string(path), "reason": .string(reason)],
            resolution: [
                "Check whether a writer is still committing or crashed mid-commit; Paimon writes snapshots "
                    + "atomically, so a damaged newest snapshot means the file was changed or copied partially.",
                "Restore the file from a backup or copy, or roll the table back to the previous snapshot with "
                    + "Paimon's rollback procedure (CALL sys.rollback) and inspect again.",
            ]
        )
    }

    /// A schema file that cannot be read as a schema.
    static func paimonSchemaCorrupt(_ path: String, reason: String) -> TFMTError {
        TFMTError(
            .paimonSchemaCorrupt,
            "\(path) is not a valid Paimon schema: \(reason)",
            context: ["path": .string(path), "reason": .string(reason)],
            resolution: [
                "Restore the schema file from a backup or copy of the table; every schema-N file is kept and needed.",
                "If a tool rewrote it by hand, compare it with a schema written by Paimon (fields, partitionKeys, "
                    + "primaryKeys, options).",
            ]
        )
    }

    /// A hint file naming a snapshot when no snapshot exists.
    static func paimonHintDangling(_ path: String, hint: Int64) -> TFMTError {
        TFMTError(
            .paimonHintDangling,
            "\(path) names snapshot \(hint), but the table holds no snapshot file",
            context: ["path": .string(path), "snapshot": .int(hint)],
            resolution: [
                "Check whether the table's snapshot files were deleted or not copied (ls snapshot/).",
                "If the table was never committed to, remove the stale hint file; Paimon rewrites it on the next "
                    + "commit.",
            ]
        )
    }

    /// A snapshot naming a schema that is not there.
    static func paimonSchemaMissing(snapshot: String, schemaID: Int64, schemaFolder: String) -> TFMTError {
        TFMTError(
            .paimonSchemaMissing,
            "\(snapshot) uses schema \(schemaID), but \(schemaFolder) has no schema-\(schemaID)",
            context: [
                "path": .string(snapshot), "schemaId": .int(schemaID), "schemaFolder": .string(schemaFolder),
            ],
            resolution: [
                "Restore \(schemaFolder)/schema-\(schemaID) from a backup or copy of the table.",
                "Check that the table was copied whole: Paimon keeps every schema version a snapshot may use.",
            ]
        )
    }

    /// `snapshot` or `schema` is not a folder.
    static func paimonLayoutInvalid(_ path: String) -> TFMTError {
        TFMTError(
            .paimonLayoutInvalid,
            "\(path) is not a folder",
            context: ["path": .string(path)],
            resolution: [
                "A Paimon table keeps its snapshots in snapshot/ and its schemas in schema/, both folders; check "
                    + "that the path is the table's root and that nothing replaced the folder with a file."
            ]
        )
    }

    /// A metadata file whose `id` disagrees with its name.
    static func paimonIdMismatch(_ path: String, expected: Int64, found: Int64) -> TFMTError {
        TFMTError(
            .paimonIdMismatch,
            "\(path) holds id \(found), but its name says \(expected)",
            context: ["path": .string(path), "expected": .int(expected), "found": .int(found)],
            resolution: [
                "The file was renamed or copied over another; restore the table's snapshot/ and schema/ folders "
                    + "from a consistent copy."
            ]
        )
    }

    /// An option with a value Paimon would reject.
    static func paimonOptionInvalid(_ path: String, option: String, value: String, expected: String) -> TFMTError {
        TFMTError(
            .paimonOptionInvalid,
            "option '\(option)' in \(path) is '\(value)', not \(expected)",
            context: ["path": .string(path), "option": .string(option), "value": .string(value)],
            resolution: [
                "Set the option to \(expected) with ALTER TABLE ... SET ('\(option)' = ...), or restore the schema "
                    + "file if it was edited by hand."
            ]
        )
    }
}
