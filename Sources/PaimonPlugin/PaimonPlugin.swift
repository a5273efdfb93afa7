import TFMTCore

/// The built-in Apache Paimon plugin.
///
/// It recognises a Paimon table by its `schema/` folder of `schema-<id>` files (`snapshot/` is absent until the first
/// commit), reads the newest snapshot present and the schema it uses into the normalized record, and answers which
/// Paimon connector (Flink, Spark, Hive) and pypaimon releases read and write it, from its release catalog.
///
/// The `LATEST` and `EARLIEST` hints in `snapshot/` are reported but never trusted: the latest snapshot is the newest
/// `snapshot-<id>` file listed, and it must parse.
public struct PaimonPlugin: TableFormatPlugin {
    /// The largest metadata files read.
    public var limits: PaimonReadLimits

    public init(limits: PaimonReadLimits = .standard) {
        self.limits = limits
    }

    public var metadata: PluginMetadata {
        PluginMetadata(
            id: "tfmt.paimon",
            name: "Apache Paimon",
            version: Version(major: 0, minor: 1, patch: 0),
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
                ArtifactReference(ecosystem: .maven, group: "org.apache.paimon", name: "paimon-hive-connector"),
                ArtifactReference(ecosystem: .pypi, name: "pypaimon"),
            ]
        )
    }

    public var catalog: ReleaseCatalog { PaimonCatalog.builtin }

    public func detect(at path: String) async throws(TFMTError) -> Detection? {
        let location = LocalFiles.absolute(path)
        let schemaFolder = LocalFiles.join(location, "schema")
        guard LocalFiles.kind(at: schemaFolder) == .directory else { return nil }
        let schemas = try SchemaListing.read(folder: schemaFolder)
        guard !schemas.ids.isEmpty else { return nil }
        let snapshotFolder = LocalFiles.join(location, "snapshot")
        let snapshots =
            LocalFiles.kind(at: snapshotFolder) == .directory
            ? try LocalFiles.contents(ofDirectory: snapshotFolder).filter {
                PaimonFileName.id(of: $0, prefix: "snapshot-") != nil
            }.count : 0
        return Detection(
            format: .paimon,
            location: location,
            evidence: "schema/ with \(schemas.ids.count) schema file(s), snapshot/ with \(snapshots) snapshot file(s)"
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
        var record = try PaimonTable.read(at: detection.location, limits: limits).record
        record.requirements = requirements(for: record)
        return record
    }

    public func requirements(for record: TableRecord) -> TableRequirements {
        PaimonRequirements(catalog: catalog).requirements(for: record.features)
    }
}
