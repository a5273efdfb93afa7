import TFMTCore

/// The minimum release of each runtime in a catalog that reads and writes a table with given features.
///
/// For every runtime family the catalog lists, the answer starts at the family's oldest release and rises to the
/// first release that handles each feature in use, naming the features that set the final bound. When the catalog
/// says no release handles a feature (`read`/`write` absent), the minimum is `nil` and `because` names the features
/// that no release handles. A feature the catalog has no entry for adds no bound.
///
/// pypaimon has two lines: 0.2.0, a py4j bridge to Paimon 0.9.0 that needs a JVM, and the pure-Python releases from
/// 1.3.0. Releases marked `"line": "java-bridge"` are left out of the baseline, so pypaimon requirements speak of the
/// pure-Python line (whose minimum, 1.3.0, is above the bridge's version anyway).
public struct PaimonRequirements: Sendable {
    /// The catalog answering.
    public var catalog: ReleaseCatalog

    public init(catalog: ReleaseCatalog) {
        self.catalog = catalog
    }

    /// What reading and writing a table with `features` needs.
    public func requirements(for features: [String]) -> TableRequirements {
        var read: [RuntimeRequirement] = []
        var write: [RuntimeRequirement] = []
        for runtime in catalog.runtimes {
            guard let baseline = baseline(of: runtime.id) else { continue }
            let entries = catalog.features.filter { $0.runtime == runtime.id }
            read.append(requirement(runtime.id, baseline: baseline, features: features, entries: entries, \.read))
            write.append(requirement(runtime.id, baseline: baseline, features: features, entries: entries, \.write))
        }
        return TableRequirements(read: read, write: write)
    }

    /// The oldest release of `runtime` outside the Java-bridge line.
    func baseline(of runtime: String) -> Version? {
        catalog.releases(of: runtime).first { $0.attributes["line"]?.stringValue != "java-bridge" }?.version
    }

    private func requirement(
        _ runtime: String,
        baseline: Version,
        features: [String],
        entries: [CatalogFeature],
        _ first: KeyPath<CatalogFeature, Version?>
    ) -> RuntimeRequirement {
        var minimum = baseline
        var because: [String] = []
        var unsupported: [String] = []
        for feature in features {
            guard let entry = entries.first(where: { $0.feature == feature }) else { continue }
            guard let version = entry[keyPath: first] else {
                unsupported.append(feature)
                continue
            }
            if version > minimum {
                minimum = version
                because = [feature]
            } else if version == minimum, version > baseline {
                because.append(feature)
            }
        }
        if !unsupported.isEmpty {
            return RuntimeRequirement(runtime: runtime, minimum: nil, because: unsupported)
        }
        return RuntimeRequirement(runtime: runtime, minimum: minimum, because: because)
    }
}
