import TFMTCore

/// The built-in Apache Hudi plugin.
///
/// It recognises Hudi tables by `.hoodie/hoodie.properties` (or its `.backup`, which exists alone while a writer
/// rewrites the main file), reads `hoodie.properties`, the timeline in both layouts and the latest commit's schema
/// into the normalized record (see ``HudiInspector``), and knows the Spark and Flink bundles and hudi-rs releases
/// with the table versions they read and write (see `scripts/catalogs/hudi.py`).
public struct HudiPlugin: TableFormatPlugin {
    /// How much `inspect` reads at most.
    public var limits: HudiReadLimits

    public init(limits: HudiReadLimits = HudiReadLimits()) {
        self.limits = limits
    }

    public var metadata: PluginMetadata {
        PluginMetadata(
            id: "tfmt.hudi",
            name: "Apache Hudi",
            version: Version(major: 0, minor: 2, patch: 0),
            format: .hudi,
            capabilities: [.detect, .inspect, .requirements, .catalog, .capabilities, .scan],
            summary: "Reads Hudi table properties and timelines and knows Hudi bundle and hudi-rs releases."
        )
    }

    public var dependencies: DependencySpec {
        DependencySpec(
            pluginAPI: .atLeast(PluginAPI.version),
            artifacts: [
                ArtifactReference(ecosystem: .maven, group: "org.apache.hudi", name: HudiCatalog.sparkBundle),
                ArtifactReference(ecosystem: .maven, group: "org.apache.hudi", name: HudiCatalog.flinkBundle),
                ArtifactReference(ecosystem: .pypi, name: HudiCatalog.hudiRS),
            ]
        )
    }

    public var catalog: ReleaseCatalog { HudiCatalog.embedded }

    public func detect(at path: String) async throws(TFMTError) -> Detection? {
        let location = LocalFiles.absolute(path)
        let hoodie = LocalFiles.join(location, ".hoodie")
        for name in [HoodiePropertiesFile.mainName, HoodiePropertiesFile.backupName] {
            if LocalFiles.kind(at: LocalFiles.join(hoodie, name)) == .file {
                return Detection(format: .hudi, location: location, evidence: ".hoodie/\(name)")
            }
        }
        return nil
    }

    public func inspect(at path: String, options: InspectOptions) async throws(TFMTError) -> TableRecord {
        let location = LocalFiles.absolute(path)
        guard LocalFiles.kind(at: LocalFiles.join(location, ".hoodie")) == .directory else {
            throw .notATable(
                path,
                format: .hudi,
                root: "the table's base path, the folder that contains .hoodie/hoodie.properties"
            )
        }
        return try HudiInspector(limits: limits, catalog: catalog).inspect(location: location, options: options)
    }

    public func requirements(for record: TableRecord) -> TableRequirements {
        HudiRequirements.requirements(for: record, catalog: catalog)
    }
}
