/// The Iceberg features a table uses, by the names tfmt gives them (the catalog's feature names):
///
/// | Feature | In use when |
/// |---|---|
/// | `v2`, `v3`, `v4` | the table's `format-version` (v1 is the baseline and is not listed) |
/// | `positionDeletes` | the current snapshot's summary has `total-position-deletes` > 0 |
/// | `equalityDeletes` | the current snapshot's summary has `total-equality-deletes` > 0 |
/// | `deletionVectors` | v3 and a snapshot's summary has `added-dvs` > 0 (summaries are optional: absence proves nothing) |
/// | `rowLineage` | v3 and `next-row-id` is present |
/// | `variant`, `geometry`, `geography`, `unknown`, `timestamp_ns`, `timestamptz_ns` | the type appears in any schema, nested ones included |
/// | `defaultValues` | a field of any schema has `initial-default` or `write-default` |
/// | `multiArgTransforms` | a partition or sort field has more than one source id (`source-ids`) |
/// | `encryptionKeys` | `encryption-keys` is present and not empty |
///
/// Every schema, spec and sort order is scanned, not only the current ones, because readers parse all of them.
enum FeatureDetector {
    /// The v3 type names that are features of their own.
    static let v3Types: Set<String> = ["variant", "geometry", "geography", "unknown", "timestamp_ns", "timestamptz_ns"]

    /// The features `resolved` uses, sorted.
    static func features(of resolved: ResolvedMetadata) -> [String] {
        let metadata = resolved.metadata
        var features: Set<String> = []
        if metadata.formatVersion >= 2 {
            features.insert("v\(metadata.formatVersion)")
        }
        if let current = resolved.currentSnapshot {
            if (current.summaryInteger("total-position-deletes") ?? 0) > 0 {
                features.insert("positionDeletes")
            }
            if (current.summaryInteger("total-equality-deletes") ?? 0) > 0 {
                features.insert("equalityDeletes")
            }
        }
        if metadata.formatVersion >= 3 {
            if resolved.snapshots.contains(where: { ($0.summaryInteger("added-dvs") ?? 0) > 0 }) {
                features.insert("deletionVectors")
            }
            if metadata.nextRowID != nil {
                features.insert("rowLineage")
            }
        }
        for schema in resolved.schemas {
            let type = IcebergType.structure(schema.fields)
            features.formUnion(type.primitiveNames.intersection(v3Types))
            if type.hasDefaultValues {
                features.insert("defaultValues")
            }
        }
        let multiArgument =
            resolved.specs.contains { $0.fields.contains { $0.sourceIDs.count > 1 } }
            || resolved.sortOrders.contains { $0.fields.contains { $0.sourceIDs.count > 1 } }
        if multiArgument {
            features.insert("multiArgTransforms")
        }
        if let keys = metadata.encryptionKeys, !keys.isEmpty {
            features.insert("encryptionKeys")
        }
        return features.sorted()
    }
}
