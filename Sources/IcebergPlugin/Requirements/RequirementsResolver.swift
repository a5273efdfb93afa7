import TFMTCore

/// The minimum release of each runtime in the catalog that reads and writes a table, from the catalog's feature
/// facts.
///
/// The table's format version counts as a feature (`v1` … `v4`, from `protocol.formatVersion`, default 1), beside
/// the features of the record. For each runtime and mode, the minimum is the newest of the first releases of every
/// feature in use that the catalog has a fact for, and never older than the runtime's `v1` baseline (or its oldest
/// release). A feature the catalog says no release supports (`read`/`write` `nil`) makes the minimum `nil`. Features
/// without a fact for a runtime do not constrain it. `because` names the features that force the minimum: those
/// whose first release is the minimum when it is above the baseline, or those no release supports.
enum RequirementsResolver {
    /// Read and write requirements for `record`.
    static func requirements(for record: TableRecord, catalog: ReleaseCatalog) -> TableRequirements {
        var features = Set(record.features)
        let formatVersion = record.protocol["formatVersion"]?.intValue ?? 1
        features.insert("v\(formatVersion)")
        var read: [RuntimeRequirement] = []
        var write: [RuntimeRequirement] = []
        for runtime in catalog.runtimes {
            let facts = catalog.features.filter { $0.runtime == runtime.id && features.contains($0.feature) }
            let baselineFact = catalog.features.first { $0.runtime == runtime.id && $0.feature == "v1" }
            let oldest = catalog.releases(of: runtime.id).first?.version
            read.append(
                requirement(runtime.id, facts: facts, baseline: baselineFact.map(\.read) ?? oldest, mode: \.read)
            )
            write.append(
                requirement(runtime.id, facts: facts, baseline: baselineFact.map(\.write) ?? oldest, mode: \.write)
            )
        }
        return TableRequirements(read: read, write: write)
    }

    private static func requirement(
        _ runtime: String,
        facts: [CatalogFeature],
        baseline: Version?,
        mode: KeyPath<CatalogFeature, Version?>
    ) -> RuntimeRequirement {
        let unsupported = facts.filter { $0[keyPath: mode] == nil }.map(\.feature)
        if !unsupported.isEmpty {
            return RuntimeRequirement(runtime: runtime, minimum: nil, because: Array(Set(unsupported)).sorted())
        }
        guard let baseline else {
            return RuntimeRequirement(runtime: runtime, minimum: nil, because: ["v1"])
        }
        let newest = facts.compactMap { $0[keyPath: mode] }.max() ?? baseline
        guard newest > baseline else {
            return RuntimeRequirement(runtime: runtime, minimum: baseline)
        }
        let because = facts.filter { $0[keyPath: mode] == newest }.map(\.feature)
        return RuntimeRequirement(runtime: runtime, minimum: newest, because: Array(Set(because)).sorted())
    }
}
