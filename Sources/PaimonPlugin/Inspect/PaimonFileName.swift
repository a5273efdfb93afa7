/// Paimon's numbered metadata file names: `snapshot-<id>`, `schema-<id>`.
enum PaimonFileName {
    /// The id in `name` when it is exactly `prefix` followed by decimal digits, else `nil` (temporary files such as
    /// `.snapshot-3.tmp` or `snapshot-3.crc` are not snapshots).
    static func id(of name: String, prefix: String) -> Int64? {
        guard name.hasPrefix(prefix) else { return nil }
        let digits = name.dropFirst(prefix.count)
        guard !digits.isEmpty, digits.count <= 18, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return nil
        }
        return Int64(digits)
    }
}
