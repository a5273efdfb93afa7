import TFMTCore

/// The built-in Apache Hudi plugin.
///
/// At this stage it recognises Hudi tables by `hoodie.properties`; reading the timeline into a table record and the
/// release catalog arrive with the Hudi plugin work.
public struct HudiPlugin: TableFormatPlugin {
    public init() {}

    public var metadata: PluginMetadata {
        PluginMetadata(
            id: "tfmt.hudi",
            name: "Apache Hudi",
            version: Version("0.1.0")!,
            format: .hudi,
            capabilities: [.detect, .inspect, .requirements, .catalog, .capabilities, .scan],
            summary: "Reads Hudi table properties and timelines and knows Hudi bundle and hudi-rs releases."
        )
    }

    public var dependencies: DependencySpec {
        DependencySpec(
            pluginAPI: .atLeast(PluginAPI.version),
            artifacts: [
                ArtifactReference(ecosystem: .maven, group: "org.apache.hudi", name: "hudi-spark-bundle"),
                ArtifactReference(ecosystem: .maven, group: "org.apache.hudi", name: "hudi-flink-bundle"),
                ArtifactReference(ecosystem: .pypi, name: "hudi"),
            ]
        )
    }

    public var catalog: ReleaseCatalog {
        ReleaseCatalog(
            format: .hudi,
            provenance: "shared/reference/hudi-paimon.json",
            runtimes: [
                CatalogRuntime(
                    id: "hudi-spark-bundle",
                    ecosystem: .maven,
                    engine: "spark",
                    summary: "Hudi bundle for Apache Spark, one artifact per Spark minor and Scala version",
                    source: "apache/hudi:packaging/hudi-spark-bundle/pom.xml"
                ),
                CatalogRuntime(
                    id: "hudi-flink-bundle",
                    ecosystem: .maven,
                    engine: "flink",
                    summary: "Hudi bundle for Apache Flink, one artifact per Flink minor",
                    source: "apache/hudi:packaging/hudi-flink-bundle/pom.xml"
                ),
                CatalogRuntime(
                    id: "hudi",
                    ecosystem: .pypi,
                    engine: "python",
                    summary: "hudi-rs Python bindings (read only)",
                    source: "apache/hudi-rs:python/pyproject.toml"
                ),
            ]
        )
    }

    public func detect(at path: String) async throws(TFMTError) -> Detection? {
        let location = LocalFiles.absolute(path)
        let hoodie = LocalFiles.join(location, ".hoodie")
        for name in ["hoodie.properties", "hoodie.properties.backup"] {
            if LocalFiles.kind(at: LocalFiles.join(hoodie, name)) == .file {
                return Detection(format: .hudi, location: location, evidence: ".hoodie/\(name)")
            }
        }
        return nil
    }

    public func inspect(at path: String, options: InspectOptions) async throws(TFMTError) -> TableRecord {
        guard let detection = try await detect(at: path) else {
            throw .notATable(
                path,
                format: .hudi,
                root: "the table's base path, the folder that contains .hoodie/hoodie.properties"
            )
        }
        throw .inspectUnsupported(detection.location, format: .hudi)
    }

    public func requirements(for record: TableRecord) -> TableRequirements {
        TableRequirements()
    }
}
