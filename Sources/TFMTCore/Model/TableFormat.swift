/// One of the open table formats tfmt covers.
public enum TableFormat: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    case delta
    case iceberg
    case hudi
    case paimon

    /// The name people use for the format.
    public var displayName: String {
        switch self {
        case .delta: return "Delta Lake"
        case .iceberg: return "Apache Iceberg"
        case .hudi: return "Apache Hudi"
        case .paimon: return "Apache Paimon"
        }
    }

    public var description: String { rawValue }
}
