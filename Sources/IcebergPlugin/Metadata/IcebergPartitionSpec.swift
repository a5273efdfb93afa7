/// A partition spec (spec "Partition Specs"): an id and its fields.
struct IcebergPartitionSpec: Sendable, Hashable, Decodable {
    var specID: Int
    var fields: [IcebergPartitionField]

    private enum CodingKeys: String, CodingKey {
        case specID = "spec-id"
        case fields
    }

    init(specID: Int, fields: [IcebergPartitionField]) {
        self.specID = specID
        self.fields = fields
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        specID = try container.decode(Int.self, forKey: .specID)
        fields = try container.decode([IcebergPartitionField].self, forKey: .fields)
    }
}
