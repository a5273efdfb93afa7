/// The features of a Hudi table that matter for compatibility, by the names the catalog and the record use.
///
/// | feature | when |
/// |---|---|
/// | `tableVersion<N>` | always: `hoodie.table.version` (0 when absent, as Hudi reads it) |
/// | `mergeOnRead` | `hoodie.table.type=MERGE_ON_READ` |
/// | `metadataTable` | `hoodie.table.metadata.partitions` lists a ready partition |
/// | `columnStats`, `bloomFilters`, `recordIndex`, `partitionStats` | that metadata-table partition is ready |
/// | `secondaryIndex`, `expressionIndex` | a ready `secondary_index_<name>` / `expr_index_<name>` partition |
/// | `cdc` | `hoodie.table.cdc.enabled=true` |
/// | `orcBaseFiles`, `hfileBaseFiles`, `lanceBaseFiles` | `hoodie.table.base.file.format` other than PARQUET |
/// | `virtualKeys` | `hoodie.populate.meta.fields=false` (no `_hoodie_*` meta columns in data files) |
/// | `checksumMismatch` | a condition flag, not a Hudi feature: `hoodie.table.checksum` does not match |
///
/// Metadata-table partitions still being built (`.inflight`) are not in use yet and give no feature.
enum HudiFeatures {
    /// The features of a table.
    static func of(_ config: HoodieTableConfig, checksum: HoodieChecksum) -> [String] {
        var features = ["tableVersion\(config.tableVersion)"]
        if config.tableType == .mergeOnRead { features.append("mergeOnRead") }
        let partitions = config.metadataPartitions
        if !partitions.isEmpty { features.append("metadataTable") }
        let named = [
            "column_stats": "columnStats", "bloom_filters": "bloomFilters", "record_index": "recordIndex",
            "partition_stats": "partitionStats",
        ]
        for partition in partitions {
            if let feature = named[partition] { features.append(feature) }
            if partition.hasPrefix("secondary_index_") { features.append("secondaryIndex") }
            if partition.hasPrefix("expr_index_") { features.append("expressionIndex") }
        }
        if config.cdcEnabled { features.append("cdc") }
        switch config.baseFileFormat {
        case "ORC": features.append("orcBaseFiles")
        case "HFILE": features.append("hfileBaseFiles")
        case "LANCE": features.append("lanceBaseFiles")
        default: break
        }
        if !config.populateMetaFields { features.append("virtualKeys") }
        if checksum.status == .mismatch { features.append("checksumMismatch") }
        var seen: Set<String> = []
        return features.filter { seen.insert($0).inserted }
    }
}
