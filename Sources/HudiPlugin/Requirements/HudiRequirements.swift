import TFMTCore

/// The minimum release of each Hudi runtime (Spark bundle, Flink bundle, hudi-rs) that reads and writes a table,
/// from the catalog's features.
///
/// For each runtime and access mode, the minimum is the latest first-supporting release among the record's features
/// that the catalog knows for the runtime, and never older than the runtime's oldest catalogued (non-pre-release)
/// release. A feature no release supports — or a `tableVersion<N>` the catalog does not list for the runtime, such as
/// a version newer than any release knows — makes the minimum `nil`. `because` names the table version first, then
/// the other features whose release is the minimum.
///
/// A minimum is a lower bound only. Two upper limits live in the catalog notes and the record's `upgradeWarning`:
/// hudi-rs 0.5.0 no longer reads table version 5, and any writer newer than the table upgrades it on its first
/// write unless `hoodie.write.table.version` pins the version.
enum HudiRequirements {
    /// The requirements of `record` according to `catalog`.
    static func requirements(for record: TableRecord, catalog: ReleaseCatalog) -> TableRequirements {
        var read: [RuntimeRequirement] = []
        var write: [RuntimeRequirement] = []
        let tableVersionFeature = record.features.first { $0.hasPrefix("tableVersion") }
        for runtime in catalog.runtimes {
            let releases = catalog.releases(of: runtime.id).filter { !$0.version.isPrerelease }
            guard let baseline = releases.first?.version else { continue }
            let features = catalog.features.filter { $0.runtime == runtime.id }
            let writes = releases.contains { $0.attributes["write"]?.boolValue != false }
            read.append(
                requirement(
                    runtime.id,
                    mode: \.read,
                    baseline: baseline,
                    record: record,
                    tableVersion: tableVersionFeature,
                    features: features
                )
            )
            var writeRequirement = requirement(
                runtime.id,
                mode: \.write,
                baseline: baseline,
                record: record,
                tableVersion: tableVersionFeature,
                features: features
            )
            if !writes { writeRequirement.minimum = nil }
            write.append(writeRequirement)
        }
        return TableRequirements(read: read, write: write)
    }

    private static func requirement(
        _ runtime: String,
        mode: KeyPath<CatalogFeature, Version?>,
        baseline: Version,
        record: TableRecord,
        tableVersion: String?,
        features: [CatalogFeature]
    ) -> RuntimeRequirement {
        let known = Dictionary(features.map { ($0.feature, $0) }) { first, _ in first }
        var unsupported: [String] = []
        var needs: [(feature: String, version: Version)] = []
        for feature in record.features {
            guard let entry = known[feature] else {
                // A table version the catalog does not list for this runtime is one no release of it reads.
                if feature == tableVersion { unsupported.append(feature) }
                continue
            }
            if let version = entry[keyPath: mode] {
                needs.append((feature, version))
            } else {
                unsupported.append(feature)
            }
        }
        if !unsupported.isEmpty {
            return RuntimeRequirement(
                runtime: runtime,
                minimum: nil,
                because: ordered(unsupported, first: tableVersion)
            )
        }
        let minimum = needs.map(\.version).reduce(baseline) { max($0, $1) }
        var because = needs.filter { $0.version == minimum }.map(\.feature)
        if let tableVersion, needs.contains(where: { $0.feature == tableVersion }), !because.contains(tableVersion) {
            because.append(tableVersion)
        }
        return RuntimeRequirement(runtime: runtime, minimum: minimum, because: ordered(because, first: tableVersion))
    }

    /// The table version first, then the rest in the order given, without repeats.
    private static func ordered(_ features: [String], first: String?) -> [String] {
        var seen: Set<String> = []
        let head = first.map { features.contains($0) ? [$0] : [] } ?? []
        return (head + features).filter { seen.insert($0).inserted }
    }
}
