import TFMTCore

/// The minimum release of each runtime in the catalog that reads and writes a table, and why.
///
/// Gates, per runtime family:
/// - **Protocol versions.** When a family's releases carry `maxReaderVersion` (and `writerVersions`), the oldest
///   release that accepts the table's `minReaderVersion` (and `minWriterVersion`) is a floor, named
///   `minReaderVersion N` / `minWriterVersion N`. Readers above 3 and writers above 7 are beyond every release.
/// - **Reader features.** Reads need every reader feature: the `readerFeatures` list on reader 3, `columnMapping` on
///   legacy reader 2. Writer-only features never gate reads (PROTOCOL.md "Table Features").
/// - **Writer features.** Writes need the reader features plus the `writerFeatures` list on writer 7. On legacy
///   writers (2–6), a family whose catalog lists accepted `writerVersions` (delta-spark) needs only the implied
///   features that are active (e.g. change data feed on writer 4 only when `delta.enableChangeDataFeed=true`, the
///   reference's recipe); a family without that list (deltalake, whose `ProtocolChecker` checks every implied
///   feature) needs all implied features.
/// - A feature the catalog does not know, or that no release of a family supports, leaves the minimum `nil`: no
///   known release can do it.
///
/// `because` names what forces the minimum; it is empty when the family's oldest catalogued release suffices.
struct DeltaRequirements: Sendable {
    var catalog: ReleaseCatalog

    func requirements(for record: TableRecord) -> TableRequirements {
        let gates = Gates(record: record)
        var result = TableRequirements()
        for runtime in catalog.runtimes {
            let releases = catalog.releases(of: runtime.id)
            result.read.append(
                requirement(runtime.id, releases: releases, items: readItems(runtime.id, releases, gates))
            )
            result.write.append(
                requirement(runtime.id, releases: releases, items: writeItems(runtime.id, releases, gates))
            )
        }
        return result
    }

    /// One thing that sets a floor: a protocol version or a feature, and the oldest release that handles it.
    private struct Item {
        var label: String
        var minimum: Version?
    }

    /// What the table asks of readers and writers.
    private struct Gates {
        var reader: Int?
        var writer: Int?
        var readFeatures: [String]
        /// Write features for a family that knows which legacy writer versions it accepts.
        var writeFeaturesVersionAware: [String]
        /// Write features for a family that checks every feature a legacy writer version implies.
        var writeFeaturesStrict: [String]

        init(record: TableRecord) {
            let reader = record.protocol["minReaderVersion"]?.intValue.flatMap { Int(exactly: $0) }
            let writer = record.protocol["minWriterVersion"]?.intValue.flatMap { Int(exactly: $0) }
            guard let reader, let writer else {
                self.reader = nil
                self.writer = nil
                readFeatures = record.features.sorted()
                writeFeaturesVersionAware = readFeatures
                writeFeaturesStrict = readFeatures
                return
            }
            self.reader = reader
            self.writer = writer
            func list(_ key: String) -> [String] {
                record.protocol[key]?.arrayValue?.compactMap(\.stringValue) ?? []
            }
            let read = reader >= 3 ? list("readerFeatures") : DeltaFeatures.impliedByReaderVersion(reader)
            readFeatures = Array(Set(read)).sorted()
            if writer >= 7 {
                let all = Array(Set(read + list("writerFeatures"))).sorted()
                writeFeaturesVersionAware = all
                writeFeaturesStrict = all
            } else {
                let active = record.details["activeFeatures"]?.arrayValue?.compactMap(\.stringValue) ?? []
                writeFeaturesVersionAware = Array(Set(read + active)).sorted()
                writeFeaturesStrict = Array(Set(read + active + DeltaFeatures.impliedByWriterVersion(writer))).sorted()
            }
        }
    }

    private func readItems(_ runtime: String, _ releases: [CatalogRelease], _ gates: Gates) -> [Item] {
        var items: [Item] = []
        if let reader = gates.reader, let item = readerVersionItem(reader, releases) { items.append(item) }
        for feature in gates.readFeatures {
            items.append(featureItem(feature, runtime: runtime, mode: \.read))
        }
        return items
    }

    private func writeItems(_ runtime: String, _ releases: [CatalogRelease], _ gates: Gates) -> [Item] {
        var items: [Item] = []
        let knowsWriterVersions = releases.contains { $0.attributes["writerVersions"] != nil }
        if let reader = gates.reader, let item = readerVersionItem(reader, releases) { items.append(item) }
        if let reader = gates.reader, let writer = gates.writer {
            if writer > 7 {
                items.append(Item(label: "minWriterVersion \(writer)", minimum: nil))
            } else if writer > 1, knowsWriterVersions {
                let first = releases.first { release in
                    let accepted = release.attributes["writerVersions"]?.arrayValue?.compactMap(\.intValue) ?? []
                    let maxReader = release.attributes["maxReaderVersion"]?.intValue ?? 0
                    return accepted.contains(Int64(writer)) && maxReader >= Int64(reader)
                }
                items.append(Item(label: "minWriterVersion \(writer)", minimum: first?.version))
            }
        }
        let features = knowsWriterVersions ? gates.writeFeaturesVersionAware : gates.writeFeaturesStrict
        for feature in features {
            items.append(featureItem(feature, runtime: runtime, mode: \.write))
        }
        return items
    }

    private func readerVersionItem(_ reader: Int, _ releases: [CatalogRelease]) -> Item? {
        guard reader > 1 else { return nil }
        guard reader <= 3 else { return Item(label: "minReaderVersion \(reader)", minimum: nil) }
        guard releases.contains(where: { $0.attributes["maxReaderVersion"] != nil }) else { return nil }
        let first = releases.first { ($0.attributes["maxReaderVersion"]?.intValue ?? 0) >= Int64(reader) }
        return Item(label: "minReaderVersion \(reader)", minimum: first?.version)
    }

    private func featureItem(_ feature: String, runtime: String, mode: KeyPath<CatalogFeature, Version?>) -> Item {
        guard let entry = catalog.features.first(where: { $0.feature == feature && $0.runtime == runtime }) else {
            let known = catalog.features.contains { $0.feature == feature }
            return Item(label: known ? feature : "\(feature) (unknown feature)", minimum: nil)
        }
        return Item(label: feature, minimum: entry[keyPath: mode])
    }

    private func requirement(_ runtime: String, releases: [CatalogRelease], items: [Item]) -> RuntimeRequirement {
        let blocked = items.filter { $0.minimum == nil }
        guard blocked.isEmpty else {
            return RuntimeRequirement(runtime: runtime, minimum: nil, because: unique(blocked.map(\.label)))
        }
        guard let oldest = releases.first else {
            return RuntimeRequirement(runtime: runtime, minimum: nil, because: ["no release in the catalog"])
        }
        let highest = items.compactMap(\.minimum).max() ?? oldest.version
        guard highest > oldest.version else {
            return RuntimeRequirement(runtime: runtime, minimum: oldest.version)
        }
        return RuntimeRequirement(
            runtime: runtime,
            minimum: highest,
            because: unique(items.filter { $0.minimum == highest }.map(\.label))
        )
    }

    private func unique(_ labels: [String]) -> [String] {
        var seen = Set<String>()
        return labels.filter { seen.insert($0).inserted }
    }
}
