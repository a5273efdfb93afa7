/// `hoodie.table.checksum`: Hudi's guard against a half-written `hoodie.properties`.
///
/// `HoodieTableConfig.generateChecksum` computes the CRC-32 (zlib's polynomial, as `java.util.zip.CRC32`) of the
/// UTF-8 bytes of `"<hoodie.database.name>.<hoodie.table.name>"`, with an empty database name when the property is
/// absent (the metadata table's checksum is that of `".<name>_metadata"`), and stores it as an unsigned decimal.
/// Hudi checks it when it loads the file and falls back to `hoodie.properties.backup` when it does not match.
struct HoodieChecksum: Sendable, Hashable {
    /// The checksum as stored, when the property is present.
    var stored: String?
    /// The checksum recomputed from the names.
    var computed: UInt32

    /// Whether the table's properties carry a checksum and it matches.
    var status: Status {
        guard let stored else { return .absent }
        return UInt64(stored) == UInt64(computed) ? .valid : .mismatch
    }

    /// The outcome of a verification.
    enum Status: String, Sendable, Hashable {
        /// The stored checksum matches.
        case valid
        /// The stored checksum differs from the recomputed one (or is not a number).
        case mismatch
        /// There is no `hoodie.table.checksum` (tables written before 0.11.0).
        case absent
    }

    /// Verifies the checksum of a set of properties.
    init(properties: [String: String]) {
        self.stored = properties[HoodieTableConfig.Key.checksum]
        self.computed = Self.compute(
            database: properties[HoodieTableConfig.Key.databaseName] ?? "",
            table: properties[HoodieTableConfig.Key.tableName] ?? ""
        )
    }

    /// The checksum Hudi stores for a database and table name.
    static func compute(database: String, table: String) -> UInt32 {
        CRC32.checksum(Array("\(database).\(table)".utf8))
    }
}

/// CRC-32 with the reflected polynomial 0xEDB88320 (zlib, `java.util.zip.CRC32`).
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 {
            value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1
        }
        return value
    }

    /// The checksum of `bytes`.
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
        }
        return crc ^ 0xFFFF_FFFF
    }
}
