import TFMTCore

/// The Delta plugin's errors, built in one place so that messages, context keys and resolution steps stay alike.
extension TFMTError {
    /// `_delta_log/` holds no commit and no complete checkpoint.
    static func deltaLogEmpty(_ location: String, stagedCommits: Int, incompleteCheckpoints: Int) -> TFMTError {
        var resolution = [
            "If a writer is creating the table right now, wait for its first commit and retry.",
            "Otherwise the log was emptied or only partly copied: restore _delta_log/ from the source or a backup.",
        ]
        if stagedCommits > 0 {
            resolution.insert(
                "The table is catalog-managed (_delta_log/_staged_commits/ holds \(stagedCommits) file(s)): read it "
                    + "through its catalog, which knows which staged commits are ratified.",
                at: 0
            )
        }
        return TFMTError(
            .deltaLogEmpty,
            "\(location)/_delta_log holds no commit and no complete checkpoint",
            context: [
                "path": .string(location),
                "stagedCommits": JSONValue(stagedCommits),
                "incompleteCheckpoints": JSONValue(incompleteCheckpoints),
            ],
            resolution: resolution
        )
    }

    /// Commit `missing` is absent between the checkpoint (or the log's start) and the latest commit.
    static func deltaVersionGap(
        _ location: String,
        missing: ClosedRange<Int64>,
        checkpoint: Int64?,
        latest: Int64
    ) -> TFMTError {
        let range =
            missing.count == 1
            ? "version \(missing.lowerBound)" : "versions \(missing.lowerBound)…\(missing.upperBound)"
        return TFMTError(
            .deltaVersionGap,
            "the Delta log of \(location) is missing commit \(range) before the latest version \(latest)",
            context: [
                "path": .string(location),
                "missingFrom": .int(missing.lowerBound),
                "missingTo": .int(missing.upperBound),
                "checkpoint": checkpoint.map(JSONValue.int) ?? .null,
                "latest": .int(latest),
                "expectedFile": .string("_delta_log/" + DeltaLogFileName.commitName(missing.lowerBound)),
            ],
            resolution: [
                "Restore the missing commit file(s) from the source or a backup; commits must be contiguous after "
                    + "the newest checkpoint.",
                "If the table was copied, copy _delta_log/ again completely (commits are written atomically, so a "
                    + "gap means files were lost or are still in flight).",
            ]
        )
    }

    /// The log starts at `firstCommit` > 0 and no checkpoint covers the versions before it.
    static func deltaLogNotReconstructable(_ location: String, firstCommit: Int64?, latest: Int64) -> TFMTError {
        TFMTError(
            .deltaLogNotReconstructable,
            "the Delta log of \(location) starts at version \(firstCommit ?? latest) and no complete checkpoint "
                + "lets version \(latest) be reconstructed",
            context: [
                "path": .string(location),
                "firstCommit": firstCommit.map(JSONValue.int) ?? .null,
                "latest": .int(latest),
            ],
            resolution: [
                "Restore the checkpoint files (NNN.checkpoint*.parquet or .json) that log cleanup must have kept.",
                "If the table was copied, copy _delta_log/ completely, including checkpoints and _sidecars/.",
            ]
        )
    }

    /// No `protocol` (or `metaData`) action after replay.
    static func deltaActionMissing(
        _ action: String,
        location: String,
        latest: Int64,
        checkpoint: Int64?
    ) -> TFMTError {
        TFMTError(
            action == "protocol" ? .deltaProtocolMissing : .deltaMetadataMissing,
            "no \(action) action in the Delta log of \(location) up to version \(latest)",
            context: [
                "path": .string(location),
                "action": .string(action),
                "latest": .int(latest),
                "checkpoint": checkpoint.map(JSONValue.int) ?? .null,
            ],
            resolution: [
                "Every Delta table's first commit (or checkpoint) holds a \(action) action; check that "
                    + "_delta_log/ is complete and was written by a Delta writer.",
                "Restore the first commit or the checkpoint from the source or a backup.",
            ]
        )
    }

    /// Line `line` of a commit is not a JSON action.
    static func deltaCommitCorrupt(_ file: String, line: Int, reason: String) -> TFMTError {
        TFMTError(
            .deltaCommitCorrupt,
            "line \(line) of \(file) is not a Delta action: \(reason)",
            context: ["file": .string(file), "line": JSONValue(line), "reason": .string(reason)],
            resolution: [
                "Commits are written atomically, so a damaged one was changed or truncated after the fact: restore "
                    + "it from the source or a backup.",
                "If the file is still being copied, wait for the copy to finish and retry.",
            ]
        )
    }

    /// No checkpoint needed to reconstruct the table could be read.
    static func deltaCheckpointCorrupt(_ file: String, version: Int64, cause: TFMTError) -> TFMTError {
        TFMTError(
            .deltaCheckpointCorrupt,
            "checkpoint \(version) (\(file)) cannot be read and no older checkpoint or full history replaces it",
            context: [
                "file": .string(file),
                "version": .int(version),
                "cause": .string(cause.code.rawValue),
                "reason": .string(cause.message),
            ],
            resolution: [
                "Restore the checkpoint file from the source or a backup.",
                "Or let a Delta writer write a new checkpoint (for example CHECKPOINT in Spark SQL, or "
                    + "DeltaTable.create_checkpoint() in deltalake).",
            ]
        )
    }

    /// A `protocol` or `metaData` action is malformed.
    static func deltaActionInvalid(_ action: String, file: String, reason: String) -> TFMTError {
        TFMTError(
            .deltaActionInvalid,
            "the \(action) action in \(file) is invalid: \(reason)",
            context: ["file": .string(file), "action": .string(action), "reason": .string(reason)],
            resolution: [
                "Check which writer produced \(file); a Delta writer always writes well-formed \(action) actions.",
                "Restore the file from the source or a backup.",
            ]
        )
    }

    /// `metaData.schemaString` is not a Delta schema.
    static func deltaSchemaInvalid(_ file: String, reason: String) -> TFMTError {
        TFMTError(
            .deltaSchemaInvalid,
            "the table schema in \(file) is not a valid Delta schema: \(reason)",
            context: ["file": .string(file), "reason": .string(reason)],
            resolution: [
                "Check which writer produced \(file); the schemaString must be a JSON struct type.",
                "Restore the file from the source or a backup.",
            ]
        )
    }
}
