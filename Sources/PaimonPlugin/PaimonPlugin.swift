import TFMTCore

/// The built-in Apache Paimon plugin.
///
/// At this stage it recognises Paimon tables by their snapshot and schema folders; reading them into a table record
/// and the release catalog arrive with the Paimon plugin work.
public struct PaimonPlugin: TableFormatPlugin {
    public init() {}

    public var metadata: PluginMetadata {
        PluginMetadata(
            id: "tfmt.paimon",
            name: "Apache Paimon",
            version: Version("0.1.0")!,
            format: .paimon,
            capabilities: [.detect, .inspect, .requirements, .catalog, .capabilities, .scan],
            summary: "Reads Paimon snapshots and schemas and knows Paimon connector and pypaimon releases."
        )
    }

    public var dependencies: DependencySpec {
        DependencySpec(
            pluginAPI: .atLeast(PluginAPI.version),
            artifacts: [
                ArtifactReference(ecosystem: .maven, group: "org.apache.paimon", name: "paimon-flink"),
                ArtifactReference(ecosystem: .maven, group: "org.apache.paimon", name: "paimon-spark"),
                ArtifactReference(ecosystem: .pypi, name: "pypaimon"),
            ]
        )
    }

    public var catalog: ReleaseCatalog {
        ReleaseCatalog(
            format: .paimon,
            provenance: "shared/reference/hudi-paimon.json",
            runtimes: [
                CatalogRuntime(
                    id: "paimon-flink",
                    ecosystem: .maven,
                    engine: "flink",
                    summary: "Paimon connector for Apache Flink, one artifact per Flink minor",
                    source: "apache/paimon:paimon-flink/pom.xml"
                ),
                CatalogRuntime(
                    id: "paimon-spark",
                    ecosystem: .maven,
                    engine: "spark",
                    summary: "Paimon connector for Apache Spark, one artifact per Spark minor",
                    source: "apache/paimon:paimon-spark/pom.xml"
                ),
                CatalogRuntime(
                    id: "pypaimon",
                    ecosystem: .pypi,
                    engine: "python",
                    summary: "The Python implementation of Paimon",
                    source: "apache/paimon-python:setup.py"
                ),
            ]
        )
    }

    public func detect(at path: String) async throws(TFMTError) -> Detection? {
        let location = LocalFiles.absolute(path)
        let schemaFolder = LocalFiles.join(location, "schema")
        guard LocalFiles.kind(at: schemaFolder) == .directory else { return nil }
        let schemas = try LocalFiles.contents(ofDirectory: schemaFolder).filter { $0.hasPrefix("schema-") }
        guard !schemas.isEmpty else { return nil }
        let snapshotFolder = LocalFiles.join(location, "snapshot")
        let snapshots =
            LocalFiles.kind(at: snapshotFolder) == .directory
            ? try LocalFiles.contents(ofDirectory: snapshotFolder).filter { $0.hasPrefix("snapshot-") }.count : 0
        return Detection(
            format: .paimon,
            location: location,
            evidence: "schema/ with \(schemas.count) schema file(s), snapshot/ with \(snapshots) snapshot file(s)"
        )
    }

    public func inspect(at path: String, options: InspectOptions) async throws(TFMTError) -> TableRecord {
        guard let detection = try await detect(at: path) else {
            throw .notATable(
                path,
                format: .paimon,
                root: "the table's folder, the one that contains schema/ and snapshot/"
            )
        }
        throw .inspectUnsupported(detection.location, format: .paimon)
    }

    public func requirements(for record: TableRecord) -> TableRequirements {
        TableRequirements()
    }
}
