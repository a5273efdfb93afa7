import TFMTCore

/// The built-in Delta Lake plugin.
///
/// At this stage it recognises Delta tables by their transaction log; reading the log into a table record and the
/// release catalog arrive with the Delta plugin work.
public struct DeltaPlugin: TableFormatPlugin {
    public init() {}

    public var metadata: PluginMetadata {
        PluginMetadata(
            id: "tfmt.delta",
            name: "Delta Lake",
            version: Version("0.1.0")!,
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
                ArtifactReference(ecosystem: .pypi, name: "deltalake"),
            ]
        )
    }

    public var catalog: ReleaseCatalog {
        ReleaseCatalog(
            format: .delta,
            provenance:
                "shared/reference/delta-iceberg.json (delta-io/delta@bb1057f4367f, delta-io/delta-rs@2c996fa9bc1a)",
            runtimes: [
                CatalogRuntime(
                    id: "delta-spark",
                    ecosystem: .maven,
                    engine: "spark",
                    summary: "Delta Lake for Apache Spark (io.delta:delta-core before 3.0, io.delta:delta-spark since)",
                    source: "delta-io/delta:docs/src/content/docs/releases.mdx@HEAD(bb1057f)"
                ),
                CatalogRuntime(
                    id: "deltalake",
                    ecosystem: .pypi,
                    engine: "python",
                    summary: "delta-rs Python bindings",
                    source: "delta-io/delta-rs python-v* tags @2c996fa9bc1a"
                ),
            ]
        )
    }

    public func detect(at path: String) async throws(TFMTError) -> Detection? {
        let location = LocalFiles.absolute(path)
        let log = LocalFiles.join(location, "_delta_log")
        guard LocalFiles.kind(at: log) == .directory else { return nil }
        let entries = try LocalFiles.contents(ofDirectory: log)
        let commits = entries.filter(DeltaLogFileName.isCommit).count
        let checkpoints = entries.filter(DeltaLogFileName.isCheckpoint).count
        let staged = entries.contains("_staged_commits")
        guard commits > 0 || checkpoints > 0 || staged else { return nil }
        return Detection(
            format: .delta,
            location: location,
            evidence: "_delta_log with \(commits) commit file(s) and \(checkpoints) checkpoint file(s)"
        )
    }

    public func inspect(at path: String, options: InspectOptions) async throws(TFMTError) -> TableRecord {
        guard let detection = try await detect(at: path) else {
            throw .notATable(path, format: .delta, root: "the table's root folder, the one that contains _delta_log/")
        }
        throw .inspectUnsupported(detection.location, format: .delta)
    }

    public func requirements(for record: TableRecord) -> TableRequirements {
        TableRequirements()
    }
}

/// The names of files in `_delta_log`, as the Delta protocol defines them.
enum DeltaLogFileName {
    /// `00000000000000000010.json`: a commit.
    static func isCommit(_ name: String) -> Bool {
        guard name.hasSuffix(".json") else { return false }
        let stem = name.dropLast(5)
        return stem.count == 20 && stem.allSatisfy(\.isASCII) && stem.allSatisfy(\.isNumber)
    }

    /// `00000000000000000010.checkpoint.parquet`, multi-part and UUID-named checkpoints.
    static func isCheckpoint(_ name: String) -> Bool {
        let prefix = name.prefix(20)
        return prefix.count == 20 && prefix.allSatisfy(\.isASCII) && prefix.allSatisfy(\.isNumber)
            && name.dropFirst(20).hasPrefix(".checkpoint.")
    }
}
