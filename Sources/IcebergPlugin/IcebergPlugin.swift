import TFMTCore

/// The built-in Apache Iceberg plugin.
///
/// At this stage it recognises Iceberg tables by their metadata files; reading them into a table record and the
/// release catalog arrive with the Iceberg plugin work.
public struct IcebergPlugin: TableFormatPlugin {
    public init() {}

    public var metadata: PluginMetadata {
        PluginMetadata(
            id: "tfmt.iceberg",
            name: "Apache Iceberg",
            version: Version("0.1.0")!,
            format: .iceberg,
            capabilities: [.detect, .inspect, .requirements, .catalog, .capabilities, .scan],
            summary: "Reads Iceberg table metadata and knows Iceberg runtime and pyiceberg releases."
        )
    }

    public var dependencies: DependencySpec {
        DependencySpec(
            pluginAPI: .atLeast(PluginAPI.version),
            artifacts: [
                ArtifactReference(ecosystem: .maven, group: "org.apache.iceberg", name: "iceberg-spark-runtime"),
                ArtifactReference(ecosystem: .maven, group: "org.apache.iceberg", name: "iceberg-flink-runtime"),
                ArtifactReference(ecosystem: .pypi, name: "pyiceberg"),
            ]
        )
    }

    public var catalog: ReleaseCatalog {
        ReleaseCatalog(
            format: .iceberg,
            provenance:
                "shared/reference/delta-iceberg.json (apache/iceberg@7f879b11366e, apache/iceberg-python@30730987d43d)",
            runtimes: [
                CatalogRuntime(
                    id: "iceberg-spark-runtime",
                    ecosystem: .maven,
                    engine: "spark",
                    summary: "Iceberg runtime for Apache Spark, one artifact per Spark minor and Scala version",
                    source: "apache/iceberg:site/docs/releases.md@7f879b11366e"
                ),
                CatalogRuntime(
                    id: "iceberg-flink-runtime",
                    ecosystem: .maven,
                    engine: "flink",
                    summary: "Iceberg runtime for Apache Flink, one artifact per Flink minor",
                    source: "apache/iceberg:site/docs/releases.md@7f879b11366e"
                ),
                CatalogRuntime(
                    id: "pyiceberg",
                    ecosystem: .pypi,
                    engine: "python",
                    summary: "The Python implementation of Iceberg",
                    source: "apache/iceberg-python:pyproject.toml@30730987d43d"
                ),
            ]
        )
    }

    public func detect(at path: String) async throws(TFMTError) -> Detection? {
        let location = LocalFiles.absolute(path)
        if LocalFiles.kind(at: location) == .file {
            guard location.hasSuffix(".metadata.json") else { return nil }
            return Detection(format: .iceberg, location: location, evidence: "an Iceberg metadata file")
        }
        let metadataFolder = LocalFiles.join(location, "metadata")
        guard LocalFiles.kind(at: metadataFolder) == .directory else { return nil }
        let files = try LocalFiles.contents(ofDirectory: metadataFolder).filter { $0.hasSuffix(".metadata.json") }
        guard !files.isEmpty else { return nil }
        return Detection(
            format: .iceberg,
            location: location,
            evidence: "metadata/ with \(files.count) metadata file(s)"
        )
    }

    public func inspect(at path: String, options: InspectOptions) async throws(TFMTError) -> TableRecord {
        guard let detection = try await detect(at: path) else {
            throw .notATable(
                path,
                format: .iceberg,
                root: "the table's root folder (the one that contains metadata/) or a metadata.json file"
            )
        }
        throw .inspectUnsupported(detection.location, format: .iceberg)
    }

    public func requirements(for record: TableRecord) -> TableRequirements {
        TableRequirements()
    }
}
