import TFMTCore

/// Reads a Delta table's log into the normalized table record.
///
/// Steps: list `_delta_log/` once; choose the segment that reconstructs the latest version (``DeltaLogSegment``);
/// replay it backwards only as far as the newest `protocol` and `metaData` (``DeltaReplay``); compare the
/// `_last_checkpoint` hint with what was found; then derive features, schema, timestamp and details.
///
/// `snapshot.count` is the number of versions the files on disk can reconstruct: every version from the oldest
/// reconstructable one (0 when all commits from 0 are present, otherwise the oldest complete checkpoint from which
/// commits run unbroken to the latest) through the latest. After log cleanup it is smaller than latest + 1.
struct DeltaInspector: Sendable {
    var limits: DeltaReadLimits
    /// The catalog that says which features are known.
    var catalog: ReleaseCatalog

    /// Inspects the table whose root is `location` (absolute, containing `_delta_log/`).
    func inspect(location: String) throws(TFMTError) -> TableRecord {
        let logDirectory = LocalFiles.join(location, "_delta_log")
        let names = try LocalFiles.contents(ofDirectory: logDirectory)
        var stagedCommits = 0
        let stagedDirectory = LocalFiles.join(logDirectory, "_staged_commits")
        if names.contains("_staged_commits"), LocalFiles.kind(at: stagedDirectory) == .directory {
            stagedCommits = (try? LocalFiles.contents(ofDirectory: stagedDirectory).count) ?? 0
        }
        let listing = DeltaLogListing(names: names, stagedCommits: stagedCommits)
        let segment = try DeltaLogSegment(listing: listing, location: location)
        let replay = try DeltaReplay(segment: segment, logDirectory: logDirectory, location: location, limits: limits)
        let schema = try DeltaSchema(schemaString: replay.metadata.schemaString, file: replay.metadataFile)
        let features = DeltaFeatures(protocol: replay.protocolAction, metadata: replay.metadata, schema: schema)
        let hint = LastCheckpointHint(
            logDirectory: logDirectory,
            exists: listing.hasLastCheckpoint,
            limit: limits.lastCheckpoint
        )
        let timestamp = commitTimestamp(replay: replay, segment: segment, logDirectory: logDirectory)

        var details: [String: JSONValue] = [:]
        details["tableId"] = .string(replay.metadata.id)
        details["name"] = JSONValue(replay.metadata.name)
        details["description"] = JSONValue(replay.metadata.description)
        details["provider"] = JSONValue(replay.metadata.provider)
        details["createdTime"] = JSONValue(replay.metadata.createdTime.flatMap(\.isoTimestamp))
        details["createdTimeMillis"] = replay.metadata.createdTime.map(JSONValue.int) ?? .null
        details["latestVersion"] = .int(segment.latest)
        details["earliestVersion"] = .int(segment.earliest)
        details["timestampSource"] = JSONValue(timestamp.source)
        details["protocolSource"] = .string(replay.protocolSource)
        details["metadataSource"] = .string(replay.metadataSource)
        details["commitsRead"] = JSONValue(replay.commitsRead)
        details["impliedFeatures"] = JSONValue(features.implied.sorted())
        details["activeFeatures"] = JSONValue(features.active.sorted())
        details["lastCheckpoint"] = lastCheckpointDetails(hint, listing: listing, replay: replay, segment: segment)
        details["checkpoint"] = checkpointDetails(replay: replay, logDirectory: logDirectory)
        let newestCheckpoint = listing.checkpoints.last { $0.version <= segment.latest }?.version
        details["commitsSinceCheckpoint"] = .int(segment.latest - (newestCheckpoint ?? -1))
        details["checksumFiles"] = JSONValue(listing.checksums.count)
        details["logCompactions"] = JSONValue(listing.compactions.count)
        if let info = replay.latestCommitInfo {
            details["lastOperation"] = JSONValue(info.operation)
            details["lastEngine"] = JSONValue(info.engineInfo)
        }
        var warnings: [String] = []
        let unknown = unknownFeatures(replay.protocolAction)
        if !unknown.reader.isEmpty || !unknown.writer.isEmpty {
            details["unknownReaderFeatures"] = JSONValue(unknown.reader)
            details["unknownWriterFeatures"] = JSONValue(unknown.writer)
        }
        if replay.protocolAction.minReaderVersion > 3 || replay.protocolAction.minWriterVersion > 7 {
            warnings.append(
                "protocol (\(replay.protocolAction.minReaderVersion), \(replay.protocolAction.minWriterVersion)) is newer "
                    + "than any the Delta protocol defines; no known release reads or writes it"
            )
        }
        if !features.activeButUnlisted.isEmpty {
            details["activeButUnlistedFeatures"] = JSONValue(features.activeButUnlisted)
            warnings.append(
                "the configuration or schema turns on \(features.activeButUnlisted.joined(separator: ", ")), which "
                    + "the protocol does not list"
            )
        }
        if listing.stagedCommits > 0 || features.listed.contains("catalogManaged") {
            details["stagedCommits"] = JSONValue(listing.stagedCommits)
            warnings.append(
                "the table is catalog-managed: the catalog, not the file system, knows its latest version; "
                    + "staged commits are not interpreted"
            )
        }
        if !listing.incompleteCheckpoints.isEmpty {
            details["incompleteCheckpoints"] = .array(
                listing.incompleteCheckpoints.map {
                    ["version": .int($0.version), "partsFound": JSONValue($0.found), "parts": JSONValue($0.parts)]
                }
            )
        }
        if !segment.ignoredCheckpoints.isEmpty {
            details["ignoredCheckpoints"] = .array(segment.ignoredCheckpoints.map { JSONValue.int($0.version) })
            warnings.append("checkpoints newer than the latest commit \(segment.latest) are ignored")
        }
        if !replay.skippedCheckpoints.isEmpty {
            details["skippedCheckpoints"] = .array(
                replay.skippedCheckpoints.map { skipped in
                    [
                        "version": .int(skipped.checkpoint.version),
                        "files": JSONValue(skipped.checkpoint.files),
                        "error": .string(skipped.error.code.rawValue),
                        "reason": .string(skipped.error.message),
                    ]
                }
            )
            warnings.append("an unreadable checkpoint was skipped; the table was read from an older base")
        }
        if !warnings.isEmpty { details["warnings"] = JSONValue(warnings) }

        return TableRecord(
            format: .delta,
            location: location,
            snapshot: TableRecord.Snapshot(
                id: String(segment.latest),
                timestamp: timestamp.millis?.isoTimestamp,
                count: Int(clamping: segment.versionCount)
            ),
            protocol: replay.protocolAction.recordFields,
            features: features.all,
            schema: schema.record,
            partitionColumns: replay.metadata.partitionColumns,
            properties: replay.metadata.configuration,
            details: details
        )
    }

    /// The latest version's timestamp: the in-commit timestamp when In-Commit Timestamps are enabled, else the
    /// commit's `commitInfo.timestamp`, else the modification time of its commit (or checkpoint) file.
    private func commitTimestamp(
        replay: DeltaReplay,
        segment: DeltaLogSegment,
        logDirectory: String
    ) -> (millis: Int64?, source: String?) {
        let ictEnabled =
            replay.metadata.isEnabled("delta.enableInCommitTimestamps")
            || replay.metadata.isEnabled("delta.enableInCommitTimestamps-preview")
        if ictEnabled, let value = replay.latestCommitInfo?.inCommitTimestamp {
            return (value, "inCommitTimestamp")
        }
        if let value = replay.latestCommitInfo?.timestamp {
            return (value, "commitInfo.timestamp")
        }
        let file =
            segment.hasLatestCommit
            ? DeltaLogFileName.commitName(segment.latest) : (segment.bases.first?.files.first ?? "")
        if let value = FileModificationTime.milliseconds(of: LocalFiles.join(logDirectory, file)) {
            return (value, "fileModificationTime")
        }
        return (nil, nil)
    }

    private func lastCheckpointDetails(
        _ hint: LastCheckpointHint,
        listing: DeltaLogListing,
        replay: DeltaReplay,
        segment: DeltaLogSegment
    ) -> JSONValue {
        let status = hint.status(
            exists: listing.hasLastCheckpoint,
            listing: listing,
            used: replay.checkpoint?.version ?? segment.bases.first?.version,
            latest: segment.latest
        )
        var fields: [String: JSONValue] = ["status": .string(status.rawValue)]
        if let version = hint.version { fields["version"] = .int(version) }
        if let problem = hint.problem { fields["problem"] = .string(problem) }
        return .object(fields)
    }

    private func checkpointDetails(replay: DeltaReplay, logDirectory: String) -> JSONValue {
        guard let checkpoint = replay.checkpoint else { return .null }
        var fields: [String: JSONValue] = [
            "version": .int(checkpoint.version),
            "kind": .string(checkpoint.kind.rawValue),
            "files": JSONValue(checkpoint.files),
        ]
        if let contents = replay.checkpointContents {
            fields["spec"] = .string(contents.isV2Spec ? "v2" : "v1")
            if contents.isV2Spec || !contents.sidecars.isEmpty {
                fields["sidecars"] = JSONValue(contents.sidecars.count)
                let sidecarDirectory = LocalFiles.join(logDirectory, "_sidecars")
                let missing = contents.sidecars.filter { sidecar in
                    let path = sidecar.hasPrefix("/") ? sidecar : LocalFiles.join(sidecarDirectory, sidecar)
                    return LocalFiles.kind(at: path) != .file
                }
                if !missing.isEmpty { fields["missingSidecars"] = JSONValue(missing) }
            }
        }
        return .object(fields)
    }

    /// Listed features the catalog does not know.
    private func unknownFeatures(_ protocolAction: DeltaProtocol) -> (reader: [String], writer: [String]) {
        let known = Set(catalog.features.map(\.feature))
        let reader = (protocolAction.usesReaderFeatures ? protocolAction.readerFeatures ?? [] : []).filter {
            !known.contains($0)
        }
        let writer = (protocolAction.usesWriterFeatures ? protocolAction.writerFeatures ?? [] : []).filter {
            !known.contains($0)
        }
        return (Array(Set(reader)).sorted(), Array(Set(writer)).sorted())
    }
}

extension Int64 {
    /// The ISO-8601 text of milliseconds since the epoch.
    fileprivate var isoTimestamp: String? { Timestamp.iso8601(epochMilliseconds: self) }
}
