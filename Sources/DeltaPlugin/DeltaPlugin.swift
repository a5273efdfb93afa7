import TFMTCore

/// The built-in Delta Lake plugin: reads `_delta_log/` into the normalized table record and knows the delta-spark
/// (delta-core before 3.0) and deltalake releases, what they run on and which table features they read and write.
public struct DeltaPlugin: TableFormatPlugin {
    /// The release catalog requirements are computed from.
    public let catalog: ReleaseCatalog
    /// The most bytes inspect reads from each kind of log file.
    public let limits: DeltaReadLimits

    /// Creates the plugin with the built-in catalog, or with a newer catalog loaded from the catalog directory.
    public init(catalog: ReleaseCatalog? = nil, limits: DeltaReadLimits = .default) {
        self.catalog = catalog ?? DeltaCatalog.embedded
        self.limits = limits
    }

    public var metadata: PluginMetadata {
        PluginMetadata(
            id: "tfmt.delta",
            name: "Delta Lake",
            version: Version(major: 0, minor: 2),
            format: .delta,
            capabilities: [.detect, .inspect, .requirements, .catalog, .capabilities, .scan],
            summary: "Reads Delta Lake transaction logs and knows delta-spark and deltalake releases."
        )
    }

    public var dependencies: DependencySpec {
        DependencySpec(
            pluginAPI: .atLeast(PluginAPI.version),
            artifacts: [
                ArtifactReference(ecosystem: .maven, group: "io.delta", name: "delta-spark"),
                ArtifactReference(ecosystem: .maven, group: "io.delta", name: "delta-core"),
                ArtifactReference(ecosystem: .pypi, name: "deltalake"),
            ]
        )
    }

    /// A Delta table is a folder whose `_delta_log/` holds at least one commit, checkpoint or staged commit.
    public func detect(at path: String) async throws(TFMTError) -> Detection? {
        let location = LocalFiles.absolute(path)
        let log = LocalFiles.join(location, "_delta_log")
        guard LocalFiles.kind(at: log) == .directory else { return nil }
        let entries = try LocalFiles.contents(ofDirectory: log)
        var commits = 0
        var checkpoints = 0
        for entry in entries {
            switch DeltaLogFileName(entry) {
            case .commit: commits += 1
            case .classicCheckpoint, .checkpointPart, .uuidCheckpoint: checkpoints += 1
            default: break
            }
        }
        var staged = 0
        let stagedDirectory = LocalFiles.join(log, "_staged_commits")
        if entries.contains("_staged_commits"), LocalFiles.kind(at: stagedDirectory) == .directory {
            staged = try LocalFiles.contents(ofDirectory: stagedDirectory).filter { $0.hasSuffix(".json") }.count
        }
        guard commits > 0 || checkpoints > 0 || staged > 0 else { return nil }
        var evidence = "_delta_log with \(commits) commit file(s) and \(checkpoints) checkpoint file(s)"
        if staged > 0 { evidence += " and \(staged) staged commit(s)" }
        return Detection(format: .delta, location: location, evidence: evidence)
    }

    public func inspect(at path: String, options: InspectOptions) async throws(TFMTError) -> TableRecord {
        let location = LocalFiles.absolute(path)
        guard LocalFiles.kind(at: LocalFiles.join(location, "_delta_log")) == .directory else {
            if LocalFiles.kind(at: location) == nil {
                throw TFMTError(
                    .tablePathUnreadable,
                    "\(path) does not exist",
                    context: ["path": .string(path)],
                    resolution: ["Check the path: ls -ld \(path)."]
                )
            }
            throw .notATable(path, format: .delta, root: "the table's root folder, the one that contains _delta_log/")
        }
        var record = try DeltaInspector(limits: limits, catalog: catalog).inspect(location: location)
        record.requirements = requirements(for: record)
        return record
    }

    public func requirements(for record: TableRecord) -> TableRequirements {
        DeltaRequirements(catalog: catalog).requirements(for: record)
    }
}
