/// The fields of a decoded record, in schema order.
///
/// The names are shared with the schema rather than copied per record.
public struct AvroRecordValue: Sendable, Hashable {
    /// The field names, in schema order.
    public let names: [String]
    /// The field values, in the order of ``names``.
    public let values: [AvroValue]

    /// Creates a record; `names` and `values` must have the same count.
    public init(names: [String], values: [AvroValue]) {
        precondition(names.count == values.count, "a record needs one value per field")
        self.names = names
        self.values = values
    }

    /// The fields as name and value pairs, in order.
    public var fields: some Sequence<(name: String, value: AvroValue)> {
        zip(names, values).lazy.map { (name: $0, value: $1) }
    }

    /// The value of the field with this name.
    public subscript(name: String) -> AvroValue? {
        names.firstIndex(of: name).map { values[$0] }
    }
}
