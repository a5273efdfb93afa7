import TFMTCore

/// The built-in Apache Iceberg plugin.
///
/// It finds a table's current metadata file (``MetadataLocator``), reads it (``MetadataReader``), applies the format
/// version's rules (``ResolvedMetadata``) and reports the normalized record (``TableRecordBuilder``), with the
/// minimum Iceberg Java runtimes and pyiceberg releases that read and write the table (``RequirementsResolver``)
/// from its built-in release catalog (``IcebergCatalog``).
public struct IcebergPlugin: TableFormatPlugin {
    public init() {}

    public var metadata: PluginMetadata {
        PluginMetadata(
            id: "tfmt.iceberg",
            name: "Apache Iceberg",
            version: Version(major: 0, minor: 2),
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
        IcebergCatalog.builtin
    }

    /// Finds the table's current metadata file: in `metadata/` of a folder (honouring `version-hint.text`), in a
    /// `metadata/` folder given itself, or a metadata file given directly.
    ///
    /// A folder whose `metadata/` holds `version-hint.text` but no metadata file is reported as a (broken) Iceberg
    /// table, so that ``inspect(at:options:)`` can say what is wrong with it.
    public func detect(at path: String) async throws(TFMTError) -> Detection? {
        let location: MetadataLocation
        do {
            guard let found = try MetadataLocator.locate(path) else { return nil }
            location = found
        } catch  where error.code == .icebergVersionHintDangling {
            let root = LocalFiles.absolute(path)
            return Detection(
                format: .iceberg,
                location: MetadataLocator.lastComponent(root) == "metadata" ? MetadataLocator.parent(root) : root,
                evidence: "metadata/version-hint.text without metadata files"
            )
        }
        return Detection(format: .iceberg, location: location.root, evidence: Self.evidence(location))
    }

    public func inspect(at path: String, options: InspectOptions) async throws(TFMTError) -> TableRecord {
        guard let location = try MetadataLocator.locate(path) else {
            if try PathProbe.kind(at: LocalFiles.absolute(path)) == .file {
                throw .icebergPathIsFile(LocalFiles.absolute(path))
            }
            throw .notATable(
                path,
                format: .iceberg,
                root: "the table's root folder (the one that contains metadata/) or a metadata.json file"
            )
        }
        let metadata = try MetadataReader.read(location.file)
        let resolved = try ResolvedMetadata(metadata, file: location.file)
        var record = TableRecordBuilder.record(resolved, location: location)
        if options.detail {
            record.details["manifests"] = Self.manifestDetails(
                resolved,
                root: location.root,
                features: &record.features
            )
        }
        record.requirements = requirements(for: record)
        return record
    }

    public func requirements(for record: TableRecord) -> TableRequirements {
        RequirementsResolver.requirements(for: record, catalog: catalog)
    }

    /// Reads the current snapshot's manifests and adds the delete-file features they prove. A manifest that cannot be
    /// read does not fail the inspection: the top-level metadata is still right, so the failure is reported here.
    private static func manifestDetails(
        _ resolved: ResolvedMetadata,
        root: String,
        features: inout [String]
    ) -> JSONValue {
        do {
            guard let summary = try ManifestScanner.summarize(resolved, root: root) else {
                return ["read": false, "reason": "the table has no current snapshot"]
            }
            features = Set(features).union(summary.features).sorted()
            return summary.json
        } catch {
            return [
                "read": false, "reason": .string(error.message), "error": .string(error.code.rawValue),
                "context": .object(error.context),
            ]
        }
    }

    private static func evidence(_ location: MetadataLocation) -> String {
        let name = MetadataLocator.lastComponent(location.file)
        switch location.selection {
        case .given:
            return "the Iceberg metadata file \(name)"
        case .versionHint:
            return "metadata/ with \(location.candidates) metadata file(s); current \(name) (from version-hint.text)"
        case .newest:
            return "metadata/ with \(location.candidates) metadata file(s); current \(name) (the highest version)"
        }
    }
}
