/// Whether a Paimon table has a primary key.
public enum PaimonTableKind: String, Sendable, Hashable, CaseIterable {
    /// A primary-key table: rows are merged by key (LSM tree per bucket).
    case primaryKey = "primary-key"
    /// An append table (no primary key; "append-only").
    case append
}
