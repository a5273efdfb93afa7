/// How a Paimon table assigns rows to buckets, by the names of Paimon's `BucketMode` enum as pypaimon prints them.
public enum PaimonBucketMode: String, Sendable, Hashable, CaseIterable {
    /// `bucket > 0`: a fixed number of buckets, rows hashed by bucket key.
    case hashFixed = "HASH_FIXED"
    /// `bucket = -1` on a primary-key table whose key holds every partition column: buckets grow with a hash index.
    case hashDynamic = "HASH_DYNAMIC"
    /// `bucket = -1` on a primary-key table whose key lacks a partition column: cross-partition upsert (Java calls it
    /// `KEY_DYNAMIC` from 1.3, `CROSS_PARTITION` in 0.9–1.2).
    case crossPartition = "CROSS_PARTITION"
    /// `bucket = -1` on an append table: no buckets.
    case bucketUnaware = "BUCKET_UNAWARE"
    /// `bucket = -2` on a primary-key table: rows land in `bucket-postpone/` until compaction assigns buckets (1.1+).
    case postpone = "POSTPONE_MODE"

    /// The mode of a table with `bucket` buckets, `primaryKeys` and `partitionKeys`.
    public init(bucket: Int64, primaryKeys: [String], partitionKeys: [String]) {
        guard !primaryKeys.isEmpty else {
            self = bucket == -1 ? .bucketUnaware : .hashFixed
            return
        }
        switch bucket {
        case -2: self = .postpone
        case -1:
            let crossPartition = !partitionKeys.isEmpty && !Set(partitionKeys).isSubset(of: Set(primaryKeys))
            self = crossPartition ? .crossPartition : .hashDynamic
        default: self = .hashFixed
        }
    }
}
