import TFMTCore

/// A `metaData` action: the table's identity, schema, partitioning and configuration.
struct DeltaMetadata: Sendable, Hashable {
    var id: String
    var name: String?
    var description: String?
    /// `format.provider`, `parquet` for every table written so far.
    var provider: String?
    /// The schema as a JSON-encoded struct type.
    var schemaString: String
    var partitionColumns: [String]
    /// Table properties (`delta.appendOnly`, `delta.columnMapping.mode`, …); null values are left out.
    var configuration: [String: String]
    /// Milliseconds since the epoch, when the writer recorded it.
    var createdTime: Int64?

    /// Reads the action's value (the object under `"metaData"`).
    ///
    /// - Throws: ``TFMTError/Code/deltaActionInvalid`` when `id` or `schemaString` is missing or a field has the
    ///   wrong type.
    init(json: JSONValue, file: String) throws(TFMTError) {
        guard case .object(let fields) = json else {
            throw .deltaActionInvalid("metaData", file: file, reason: "it is not a JSON object")
        }
        func optionalString(_ key: String) throws(TFMTError) -> String? {
            guard let value = fields[key], value != .null else { return nil }
            guard let text = value.stringValue else {
                throw .deltaActionInvalid("metaData", file: file, reason: "\(key) is not a string")
            }
            return text
        }
        guard let id = try optionalString("id") else {
            throw .deltaActionInvalid("metaData", file: file, reason: "id is missing")
        }
        guard let schemaString = try optionalString("schemaString") else {
            throw .deltaActionInvalid("metaData", file: file, reason: "schemaString is missing")
        }
        self.id = id
        self.schemaString = schemaString
        self.name = try optionalString("name")
        self.description = try optionalString("description")
        self.provider = fields["format"]?["provider"]?.stringValue
        var partitionColumns: [String] = []
        if let value = fields["partitionColumns"], value != .null {
            guard let list = value.arrayValue else {
                throw .deltaActionInvalid("metaData", file: file, reason: "partitionColumns is not a list")
            }
            for element in list {
                guard let column = element.stringValue else {
                    throw .deltaActionInvalid("metaData", file: file, reason: "partitionColumns holds \(element)")
                }
                partitionColumns.append(column)
            }
        }
        self.partitionColumns = partitionColumns
        var configuration: [String: String] = [:]
        if let value = fields["configuration"], value != .null {
            guard let members = value.objectValue else {
                throw .deltaActionInvalid("metaData", file: file, reason: "configuration is not an object")
            }
            for (key, member) in members {
                switch member {
                case .null: continue
                case .string(let text): configuration[key] = text
                default:
                    throw .deltaActionInvalid("metaData", file: file, reason: "configuration['\(key)'] is not a string")
                }
            }
        }
        self.configuration = configuration
        if let value = fields["createdTime"], value != .null {
            guard let millis = value.intValue else {
                throw .deltaActionInvalid("metaData", file: file, reason: "createdTime is not an integer")
            }
            self.createdTime = millis
        } else {
            self.createdTime = nil
        }
    }

    /// Whether a Boolean table property is set to `true` (case-insensitively, as Delta parses it).
    func isEnabled(_ key: String) -> Bool {
        configuration[key]?.lowercased() == "true"
    }
}
