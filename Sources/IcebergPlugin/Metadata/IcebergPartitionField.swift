/// A field of a partition spec (spec "Partition Specs"). v3 multi-argument transforms use `source-ids`.
struct IcebergPartitionField: Sendable, Hashable, Decodable {
    var name: String
    var transform: String
    /// The source column ids: `source-id`, or the v3 `source-ids`.
    var sourceIDs: [Int]
    /// The partition field id; v1 metadata may omit it.
    var fieldID: Int?

    private enum CodingKeys: String, CodingKey {
        case name, transform
        case sourceID = "source-id"
        case sourceIDs = "source-ids"
        case fieldID = "field-id"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        transform = try container.decode(String.self, forKey: .transform)
        fieldID = try container.decodeIfPresent(Int.self, forKey: .fieldID)
        sourceIDs = try Self.sourceIDs(container, single: .sourceID, multiple: .sourceIDs)
    }

    /// Reads `source-ids` when present, else `source-id`; one of them is required.
    static func sourceIDs<Key: CodingKey>(
        _ container: KeyedDecodingContainer<Key>,
        single: Key,
        multiple: Key
    ) throws -> [Int] {
        if let ids = try container.decodeIfPresent([Int].self, forKey: multiple) {
            return ids
        }
        return [try container.decode(Int.self, forKey: single)]
    }
}
