/// `hoodie.table.type`: how a Hudi table stores updates.
enum HoodieTableType: String, Sendable, Hashable, CaseIterable {
    /// Updates rewrite base files (the default when the property is absent).
    case copyOnWrite = "COPY_ON_WRITE"
    /// Updates go to log files that readers merge and compaction folds into base files.
    case mergeOnRead = "MERGE_ON_READ"
}
