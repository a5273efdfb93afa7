/// A sort order (spec "Sort Orders"): an id and its fields; order 0 is "unsorted".
struct IcebergSortOrder: Sendable, Hashable, Decodable {
    var orderID: Int
    var fields: [Field]

    /// One sort key.
    struct Field: Sendable, Hashable, Decodable {
        var transform: String
        var sourceIDs: [Int]
        /// `asc` or `desc`.
        var direction: String
        /// `nulls-first` or `nulls-last`.
        var nullOrder: String

        private enum CodingKeys: String, CodingKey {
            case transform, direction
            case sourceID = "source-id"
            case sourceIDs = "source-ids"
            case nullOrder = "null-order"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            transform = try container.decode(String.self, forKey: .transform)
            direction = try container.decode(String.self, forKey: .direction)
            nullOrder = try container.decode(String.self, forKey: .nullOrder)
            sourceIDs = try IcebergPartitionField.sourceIDs(container, single: .sourceID, multiple: .sourceIDs)
        }
    }

    private enum CodingKeys: String, CodingKey {
        case orderID = "order-id"
        case fields
    }

    init(orderID: Int, fields: [Field]) {
        self.orderID = orderID
        self.fields = fields
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        orderID = try container.decode(Int.self, forKey: .orderID)
        fields = try container.decode([Field].self, forKey: .fields)
    }
}
