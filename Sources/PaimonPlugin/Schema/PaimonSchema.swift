import TFMTCore

/// One version of a Paimon table's schema, as `schema/schema-<id>` holds it.
public struct PaimonSchema: Sendable, Hashable {
    /// The schema file format: 1 for Paimon 0.7 and older (also when absent), 2 for 0.8, 3 from 0.9.
    public var version: Int64
    /// The schema id, the number in the file name.
    public var id: Int64
    /// The top-level columns, in order.
    public var fields: [PaimonField]
    /// The highest field id ever assigned, dropped columns included.
    public var highestFieldId: Int64?
    /// The partition columns, in order.
    public var partitionKeys: [String]
    /// The primary-key columns; empty for append tables.
    public var primaryKeys: [String]
    /// The table options, as written (defaults are not filled in here; see ``PaimonTableOptions``).
    public var options: [String: String]
    /// The table comment.
    public var comment: String?
    /// When the schema was created, in milliseconds since the Unix epoch.
    public var timeMillis: Int64?

    /// The version assumed when a schema file has no `version` (Paimon 0.7 and older).
    public static let legacyVersion: Int64 = 1

    public init(
        version: Int64,
        id: Int64,
        fields: [PaimonField],
        highestFieldId: Int64? = nil,
        partitionKeys: [String] = [],
        primaryKeys: [String] = [],
        options: [String: String] = [:],
        comment: String? = nil,
        timeMillis: Int64? = nil
    ) {
        self.version = version
        self.id = id
        self.fields = fields
        self.highestFieldId = highestFieldId
        self.partitionKeys = partitionKeys
        self.primaryKeys = primaryKeys
        self.options = options
        self.comment = comment
        self.timeMillis = timeMillis
    }

    /// Reads `schema-<expectedID>` at `path`.
    ///
    /// - Throws: ``TFMTError/Code/paimonSchemaCorrupt`` when the file is not a schema,
    ///   ``TFMTError/Code/paimonIdMismatch`` when its id is not `expectedID`, and the core unreadable error when it
    ///   cannot be read or is larger than `limit`.
    public static func read(at path: String, expectedID: Int64, limit: Int) throws(TFMTError) -> PaimonSchema {
        let members = try PaimonJSONFile.object(at: path, limit: limit) { reason in
            TFMTError.paimonSchemaCorrupt(path, reason: reason)
        }
        let schema = try PaimonSchema(members: members, path: path)
        guard schema.id == expectedID else {
            throw TFMTError.paimonIdMismatch(path, expected: expectedID, found: schema.id)
        }
        return schema
    }

    /// Reads a schema from the members of its JSON object.
    init(members: [String: JSONValue], path: String) throws(TFMTError) {
        func corrupt(_ reason: String) -> TFMTError { .paimonSchemaCorrupt(path, reason: reason) }
        let version: Int64
        switch members["version"] {
        case nil, .null?: version = Self.legacyVersion
        case let value?:
            guard let number = value.intValue, number >= 1 else { throw corrupt("'version' is not a positive integer") }
            version = number
        }
        guard let id = members["id"]?.intValue, id >= 0 else { throw corrupt("'id' is missing or not an integer") }
        guard let fieldValues = members["fields"]?.arrayValue else { throw corrupt("'fields' is missing") }
        var fields: [PaimonField] = []
        fields.reserveCapacity(fieldValues.count)
        for value in fieldValues {
            var reason = ""
            guard let field = PaimonField(json: value, reason: &reason) else { throw corrupt(reason) }
            fields.append(field)
        }
        let partitionKeys = try Self.names(members["partitionKeys"], key: "partitionKeys", corrupt: corrupt)
        let primaryKeys = try Self.names(members["primaryKeys"], key: "primaryKeys", corrupt: corrupt)
        var options: [String: String] = [:]
        switch members["options"] {
        case nil, .null?: break
        case .object(let values)?:
            for (key, value) in values {
                switch value {
                case .string(let text): options[key] = text
                case .null: continue
                default: options[key] = value.description
                }
            }
        default: throw corrupt("'options' is not an object")
        }
        let columns = Set(fields.map(\.name))
        for key in partitionKeys + primaryKeys where !columns.contains(key) {
            throw corrupt("key column '\(key)' is not a field")
        }
        self.init(
            version: version,
            id: id,
            fields: fields,
            highestFieldId: members["highestFieldId"]?.intValue,
            partitionKeys: partitionKeys,
            primaryKeys: primaryKeys,
            options: options,
            comment: members["comment"]?.stringValue,
            timeMillis: members["timeMillis"]?.intValue
        )
    }

    private static func names(
        _ value: JSONValue?,
        key: String,
        corrupt: (String) -> TFMTError
    ) throws(TFMTError) -> [String] {
        switch value {
        case nil, .null?: return []
        case .array(let items)?:
            var names: [String] = []
            for item in items {
                guard let name = item.stringValue else { throw corrupt("'\(key)' holds a value that is not a name") }
                names.append(name)
            }
            return names
        default:
            throw corrupt("'\(key)' is not a list of names")
        }
    }
}
