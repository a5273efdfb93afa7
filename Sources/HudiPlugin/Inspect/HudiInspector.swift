import TFMTCore

/// Reads a Hudi table into the normalized record: `hoodie.properties` (or its backup), the active timeline in
/// either layout, the archive or LSM history by name, the latest commit's schema and the index definitions.
///
/// The record:
/// - `snapshot`: the latest completed commit (`commit`, `deltacommit`, `replacecommit`) by instant time; its
///   `timestamp` is the completion time in layout 2 and the instant time in layout 1, read as UTC; `count` is the
///   number of completed commits on the active timeline (archived ones are summarised in
///   `details.timeline.history`). A table without completed commits has Hudi's initial instant
///   `00000000000000`, no timestamp and count 0.
/// - `protocol`: `tableVersion`, `timelineLayoutVersion`, `tableType`.
/// - `features`: see ``HudiFeatures``.
/// - `schema`: from the newest completed commit whose metadata carries `extraMetadata.schema`, else
///   `hoodie.table.create.schema`; `details.schemaSource` says which.
/// - `partitionColumns`: `hoodie.table.partition.fields` without key-generator type suffixes.
/// - `properties`: every property of the file read.
/// - `details`: table name, keys, ordering fields, key generator, file formats, metadata partitions, checksum,
///   timeline summary, `pendingInstants` by action, the latest commit, index definitions, `upgradeWarning` and
///   `warnings` (structured errors that did not stop the inspection, such as a checksum mismatch).
struct HudiInspector: Sendable {
    var limits: HudiReadLimits
    var catalog: ReleaseCatalog

    /// Inspects the table whose root is `location` (absolute).
    func inspect(location: String, options: InspectOptions) throws(TFMTError) -> TableRecord {
        let hoodie = LocalFiles.join(location, ".hoodie")
        let file = try HoodiePropertiesFile.load(hoodieFolder: hoodie, limits: limits)
        let config = file.config
        var warnings: [JSONValue] = []
        if file.checksum.status == .mismatch, let stored = file.checksum.stored {
            let error = TFMTError.hudiChecksumMismatch(
                LocalFiles.join(hoodie, file.fileName),
                stored: stored,
                computed: file.checksum.computed
            )
            warnings.append(error.warningJSON)
        }

        let timeline = try HoodieTimelineReader.read(hoodieFolder: hoodie, config: config, limits: limits)
        let history = try HoodieTimelineHistory.read(hoodieFolder: hoodie, config: config, limits: limits)
        let timelineFolder = LocalFiles.join(location, timeline.folder)

        // The schema: newest completed commit that recorded one, else the create schema.
        var latestMetadata: HoodieCommitMetadata?
        var schemaText: String?
        var schemaSource = "none"
        for (depth, instant) in timeline.completedCommits.reversed().enumerated() {
            guard depth < limits.schemaSearchDepth else { break }
            let metadata = try HoodieCommitMetadata.read(
                LocalFiles.join(timelineFolder, instant.fileName),
                limits: limits
            )
            if depth == 0 { latestMetadata = metadata }
            if let schema = metadata?.schema {
                schemaText = schema
                schemaSource = "commit \(instant.time)"
                break
            }
        }
        if schemaText == nil, let create = config.createSchema {
            schemaText = create
            schemaSource = HoodieTableConfig.Key.createSchema
        }
        var fields: [TableRecord.Schema.Field] = []
        if let schemaText {
            switch HudiAvroSchema.fields(schemaText, maximumDepth: limits.schemaNestingDepth) {
            case .success(let parsed): fields = parsed
            case .failure(let problem):
                throw .hudiSchemaInvalid(schemaSource, path: location, reason: problem.reason)
            }
        }

        var details = configDetails(config)
        details["propertiesFile"] = .string(".hoodie/" + file.fileName)
        if let reason = file.fallbackReason { details["propertiesFallbackReason"] = .string(reason) }
        details["checksum"] = checksumDetails(file.checksum)
        details["timeline"] = timelineDetails(timeline, history: history)
        details["pendingInstants"] = .object(timeline.pendingByAction.mapValues { JSONValue($0) })
        details["schemaSource"] = .string(schemaSource)
        if let latest = timeline.latestCompletedCommit {
            var commit: [String: JSONValue] = ["instant": .string(latest.time), "action": .string(latest.action)]
            if let completion = latest.completionTime { commit["completionTime"] = .string(completion) }
            if let latestMetadata {
                commit["encoding"] = .string(latestMetadata.encoding.rawValue)
                if let operation = latestMetadata.operationType { commit["operationType"] = .string(operation) }
                if let partitions = latestMetadata.partitionsWritten {
                    commit["partitionsWritten"] = JSONValue(partitions)
                }
            }
            details["latestCommit"] = .object(commit)
        }
        if options.detail {
            details["commits"] = try commitDetails(timeline, folder: timelineFolder)
        }
        if let indexPath = config.indexDefinitionsPath {
            switch HudiIndexDefinitions.read(tableRoot: location, relativePath: indexPath, limits: limits) {
            case .success(let indexes): details["indexes"] = indexes
            case .failure(let warning): warnings.append(warning.warningJSON)
            }
        }
        details["timestampZone"] = .string(
            "instant times are read as UTC; the table declares hoodie.table.timeline.timezone="
                + config.timelineTimezone
        )
        if !warnings.isEmpty { details["warnings"] = .array(warnings) }

        var record = TableRecord(
            format: .hudi,
            location: location,
            snapshot: snapshot(timeline),
            protocol: [
                "tableVersion": JSONValue(config.tableVersion),
                "timelineLayoutVersion": JSONValue(config.timelineLayoutVersion),
                "tableType": .string(config.tableType.rawValue),
            ],
            features: HudiFeatures.of(config, checksum: file.checksum),
            schema: TableRecord.Schema(fields: fields),
            partitionColumns: config.partitionFields,
            properties: config.properties,
            details: details
        )
        record.requirements = HudiRequirements.requirements(for: record, catalog: catalog)
        record.details["upgradeWarning"] = HudiUpgradeWarning.details(
            tableVersion: config.tableVersion,
            catalog: catalog
        )
        return record
    }

    private func snapshot(_ timeline: HoodieTimeline) -> TableRecord.Snapshot {
        guard let latest = timeline.latestCompletedCommit else {
            return TableRecord.Snapshot(id: HoodieTimeline.initialInstantTime, timestamp: nil, count: 0)
        }
        let timestamp =
            latest.completionTime.flatMap(HoodieInstantTime.iso8601) ?? HoodieInstantTime.iso8601(latest.time)
        return TableRecord.Snapshot(id: latest.time, timestamp: timestamp, count: timeline.completedCommits.count)
    }

    private func configDetails(_ config: HoodieTableConfig) -> [String: JSONValue] {
        var details: [String: JSONValue] = [
            "tableName": .string(config.tableName),
            "recordKeyFields": JSONValue(config.recordKeyFields),
            "orderingFields": JSONValue(config.orderingFields),
            "partitionFields": JSONValue(config.partitionFields),
            "baseFileFormat": .string(config.baseFileFormat),
            "logFileFormat": .string(config.logFileFormat),
            "metadataPartitions": JSONValue(config.metadataPartitions),
            "metadataPartitionsInflight": JSONValue(config.metadataPartitionsInflight),
            "populateMetaFields": .bool(config.populateMetaFields),
            "timelineTimezone": .string(config.timelineTimezone),
        ]
        details["databaseName"] = JSONValue(config.databaseName)
        details["keyGenerator"] = JSONValue(config.keyGenerator)
        details["recordMergeMode"] = JSONValue(config.recordMergeMode)
        if let initial = config.initialTableVersion { details["initialTableVersion"] = JSONValue(initial) }
        if !config.partitionFieldTypes.isEmpty {
            details["partitionFieldTypes"] = .object(config.partitionFieldTypes.mapValues(JSONValue.string))
        }
        if config.tableVersionIsDefault {
            details["tableVersionSource"] = .string("absent from hoodie.properties; Hudi reads it as version 0")
        }
        if config.timelineLayoutVersionIsDerived {
            details["timelineLayoutVersionSource"] = .string(
                "absent from hoodie.properties; implied by the table version"
            )
        }
        return details
    }

    private func checksumDetails(_ checksum: HoodieChecksum) -> JSONValue {
        var object: [String: JSONValue] = [
            "status": .string(checksum.status.rawValue), "computed": .int(Int64(checksum.computed)),
        ]
        if let stored = checksum.stored { object["stored"] = .string(stored) }
        return .object(object)
    }

    private func timelineDetails(_ timeline: HoodieTimeline, history: HoodieTimelineHistory) -> JSONValue {
        var object: [String: JSONValue] = [
            "layoutVersion": JSONValue(timeline.layoutVersion),
            "path": .string(timeline.folder),
            "completedInstants": JSONValue(timeline.completed.count),
            "completedByAction": .object(timeline.completedCountByAction.mapValues { JSONValue($0) }),
            "completedCommits": JSONValue(timeline.completedCommits.count),
            "pending": .array(
                timeline.pending.map {
                    .object([
                        "instant": .string($0.time), "action": .string($0.action), "state": .string($0.state.rawValue),
                    ])
                }
            ),
            "history": history.json,
        ]
        if let latest = timeline.latestCompletedInstant {
            var instant: [String: JSONValue] = ["instant": .string(latest.time), "action": .string(latest.action)]
            if let completion = latest.completionTime { instant["completionTime"] = .string(completion) }
            object["latestCompletedInstant"] = .object(instant)
        }
        if !timeline.unrecognizedFiles.isEmpty {
            object["unrecognizedFiles"] = JSONValue(timeline.unrecognizedFiles)
        }
        return .object(object)
    }

    /// Every completed commit with its operation, read from its metadata (only with `InspectOptions.detail`).
    private func commitDetails(_ timeline: HoodieTimeline, folder: String) throws(TFMTError) -> JSONValue {
        var commits: [JSONValue] = []
        for instant in timeline.completedCommits {
            var commit: [String: JSONValue] = ["instant": .string(instant.time), "action": .string(instant.action)]
            if let completion = instant.completionTime { commit["completionTime"] = .string(completion) }
            let metadata = try HoodieCommitMetadata.read(LocalFiles.join(folder, instant.fileName), limits: limits)
            if let operation = metadata?.operationType { commit["operationType"] = .string(operation) }
            commits.append(.object(commit))
        }
        return .array(commits)
    }
}
