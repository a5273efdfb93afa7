import TFMTCore

/// The table configuration in `hoodie.properties`, typed: what `inspect` and `requirements` need, with Hudi's
/// defaults applied. ``properties`` keeps every key as written.
struct HoodieTableConfig: Sendable, Hashable {
    /// Every property as written (escapes resolved).
    var properties: [String: String]
    /// `hoodie.table.name`.
    var tableName: String
    /// `hoodie.database.name`, when set.
    var databaseName: String?
    /// `hoodie.table.version`; Hudi reads a missing value as version 0.
    var tableVersion: Int
    /// Whether ``tableVersion`` was written or is Hudi's default.
    var tableVersionIsDefault: Bool
    /// `hoodie.table.initial.version` (1.0.0+), when set.
    var initialTableVersion: Int?
    /// `hoodie.timeline.layout.version`, or the layout the table version implies when absent.
    var timelineLayoutVersion: Int
    /// Whether ``timelineLayoutVersion`` was written or derived from the table version.
    var timelineLayoutVersionIsDerived: Bool
    /// `hoodie.table.type`; copy-on-write when absent.
    var tableType: HoodieTableType
    /// `hoodie.table.recordkey.fields`, split.
    var recordKeyFields: [String]
    /// `hoodie.table.ordering.fields` (table version 9) or `hoodie.table.precombine.field`, split.
    var orderingFields: [String]
    /// The partition fields with key-generator type suffixes (`ts:TIMESTAMP`) removed.
    var partitionFields: [String]
    /// The type suffixes of ``partitionFields`` that had one (`["ts": "TIMESTAMP"]`), as the custom key generator
    /// writes them.
    var partitionFieldTypes: [String: String]
    /// `hoodie.table.keygenerator.class` (up to table version 6) or `hoodie.table.keygenerator.type` (8+).
    var keyGenerator: String?
    /// `hoodie.table.base.file.format` (or the older `hoodie.table.ro.file.format`), upper-cased; PARQUET by default.
    var baseFileFormat: String
    /// `hoodie.table.log.file.format`; HOODIE_LOG by default.
    var logFileFormat: String
    /// `hoodie.table.metadata.partitions`: the metadata-table partitions that are ready.
    var metadataPartitions: [String]
    /// `hoodie.table.metadata.partitions.inflight`: the metadata-table partitions being built.
    var metadataPartitionsInflight: [String]
    /// `hoodie.table.create.schema`, the Avro schema JSON at creation.
    var createSchema: String?
    /// `hoodie.table.cdc.enabled`.
    var cdcEnabled: Bool
    /// `hoodie.populate.meta.fields`; `false` means virtual keys.
    var populateMetaFields: Bool
    /// `hoodie.table.timeline.timezone`: `LOCAL` (the default) or `UTC`, the zone of instant times.
    var timelineTimezone: String
    /// `hoodie.record.merge.mode` (1.0.0+), when set.
    var recordMergeMode: String?
    /// `hoodie.timeline.path`, the layout-2 timeline folder inside `.hoodie/`.
    var timelinePath: String
    /// `hoodie.timeline.history.path`, the LSM history folder inside the timeline folder.
    var historyPath: String
    /// `hoodie.archivelog.folder`, the layout-1 archive folder inside `.hoodie/`.
    var archiveFolder: String
    /// `hoodie.table.index.defs.path` (1.0.0+), relative to the table root.
    var indexDefinitionsPath: String?

    /// The keys read here.
    enum Key {
        static let tableName = "hoodie.table.name"
        static let databaseName = "hoodie.database.name"
        static let tableType = "hoodie.table.type"
        static let tableVersion = "hoodie.table.version"
        static let initialVersion = "hoodie.table.initial.version"
        static let timelineLayoutVersion = "hoodie.timeline.layout.version"
        static let timelinePath = "hoodie.timeline.path"
        static let historyPath = "hoodie.timeline.history.path"
        static let archiveFolder = "hoodie.archivelog.folder"
        static let recordKeyFields = "hoodie.table.recordkey.fields"
        static let partitionFields = "hoodie.table.partition.fields"
        static let precombineField = "hoodie.table.precombine.field"
        static let orderingFields = "hoodie.table.ordering.fields"
        static let baseFileFormat = "hoodie.table.base.file.format"
        static let legacyBaseFileFormat = "hoodie.table.ro.file.format"
        static let logFileFormat = "hoodie.table.log.file.format"
        static let keyGeneratorClass = "hoodie.table.keygenerator.class"
        static let keyGeneratorType = "hoodie.table.keygenerator.type"
        static let recordMergeMode = "hoodie.record.merge.mode"
        static let createSchema = "hoodie.table.create.schema"
        static let metadataPartitions = "hoodie.table.metadata.partitions"
        static let metadataPartitionsInflight = "hoodie.table.metadata.partitions.inflight"
        static let indexDefinitionsPath = "hoodie.table.index.defs.path"
        static let cdcEnabled = "hoodie.table.cdc.enabled"
        static let timelineTimezone = "hoodie.table.timeline.timezone"
        static let populateMetaFields = "hoodie.populate.meta.fields"
        static let checksum = "hoodie.table.checksum"
    }

    /// Types the properties of the file at `path`.
    ///
    /// - Throws: ``TFMTError/Code/hudiRequiredPropertyMissing`` without `hoodie.table.name`;
    ///   ``TFMTError/Code/hudiPropertyInvalid`` for a table version, layout version or table type Hudi would reject,
    ///   or a folder property that leaves `.hoodie/`.
    init(properties: [String: String], path: String) throws(TFMTError) {
        self.properties = properties
        guard let name = properties[Key.tableName], !name.isEmpty else {
            throw .hudiRequiredPropertyMissing(Key.tableName, path: path)
        }
        tableName = name
        databaseName = properties[Key.databaseName].flatMap { $0.isEmpty ? nil : $0 }

        let version = try Self.integer(Key.tableVersion, in: properties, path: path)
        tableVersion = version ?? 0
        tableVersionIsDefault = version == nil
        initialTableVersion = try Self.integer(Key.initialVersion, in: properties, path: path)
        let layout = try Self.integer(Key.timelineLayoutVersion, in: properties, path: path)
        timelineLayoutVersion = layout ?? (tableVersion >= 8 ? 2 : 1)
        timelineLayoutVersionIsDerived = layout == nil

        if let text = properties[Key.tableType] {
            guard let type = HoodieTableType(rawValue: text.trimmingBlanks.uppercased()) else {
                throw .hudiPropertyInvalid(
                    Key.tableType,
                    value: text,
                    expected: "COPY_ON_WRITE or MERGE_ON_READ",
                    path: path
                )
            }
            tableType = type
        } else {
            tableType = .copyOnWrite
        }

        recordKeyFields = Self.list(properties[Key.recordKeyFields])
        orderingFields = Self.list(properties[Key.orderingFields] ?? properties[Key.precombineField])
        var fields: [String] = []
        var types: [String: String] = [:]
        for entry in Self.list(properties[Key.partitionFields]) {
            let (field, type) = Self.splitTypeSuffix(entry)
            fields.append(field)
            if let type { types[field] = type }
        }
        partitionFields = fields
        partitionFieldTypes = types
        keyGenerator = properties[Key.keyGeneratorClass] ?? properties[Key.keyGeneratorType]
        baseFileFormat = (properties[Key.baseFileFormat] ?? properties[Key.legacyBaseFileFormat] ?? "PARQUET")
            .trimmingBlanks.uppercased()
        logFileFormat = (properties[Key.logFileFormat] ?? "HOODIE_LOG").trimmingBlanks.uppercased()
        metadataPartitions = Self.list(properties[Key.metadataPartitions])
        metadataPartitionsInflight = Self.list(properties[Key.metadataPartitionsInflight])
        createSchema = properties[Key.createSchema].flatMap { $0.isEmpty ? nil : $0 }
        cdcEnabled = properties[Key.cdcEnabled]?.trimmingBlanks.lowercased() == "true"
        populateMetaFields = properties[Key.populateMetaFields]?.trimmingBlanks.lowercased() != "false"
        timelineTimezone = (properties[Key.timelineTimezone] ?? "LOCAL").trimmingBlanks.uppercased()
        recordMergeMode = properties[Key.recordMergeMode]

        timelinePath = try Self.folder(Key.timelinePath, default: "timeline", in: properties, path: path)
        historyPath = try Self.folder(Key.historyPath, default: "history", in: properties, path: path)
        archiveFolder = try Self.folder(Key.archiveFolder, default: "archived", in: properties, path: path)
        indexDefinitionsPath = try properties[Key.indexDefinitionsPath].flatMap { value throws(TFMTError) in
            value.isEmpty ? nil : try Self.folder(Key.indexDefinitionsPath, default: value, in: properties, path: path)
        }
    }

    /// A comma-separated list, trimmed, without empty entries.
    static func list(_ text: String?) -> [String] {
        guard let text else { return [] }
        return text.split(separator: ",").map { String($0).trimmingBlanks }.filter { !$0.isEmpty }
    }

    /// `ts:TIMESTAMP` → (`ts`, `TIMESTAMP`): the custom key generator's `field:type` partition syntax. Only an
    /// all-letters, upper-case suffix counts as a type, so field names that contain a colon survive.
    static func splitTypeSuffix(_ entry: String) -> (field: String, type: String?) {
        guard let colon = entry.lastIndex(of: ":") else { return (entry, nil) }
        let field = String(entry[..<colon]).trimmingBlanks
        let type = String(entry[entry.index(after: colon)...]).trimmingBlanks
        guard !field.isEmpty, !type.isEmpty, type.allSatisfy({ $0.isASCII && ($0.isUppercase || $0 == "_") }) else {
            return (entry, nil)
        }
        return (field, type)
    }

    private static func integer(
        _ key: String,
        in properties: [String: String],
        path: String
    ) throws(TFMTError)
        -> Int?
    {
        guard let text = properties[key] else { return nil }
        guard let value = Int(text.trimmingBlanks), value >= 0 else {
            throw .hudiPropertyInvalid(key, value: text, expected: "a non-negative integer", path: path)
        }
        return value
    }

    /// A folder property: relative, without `..`, so that reading it stays inside the table.
    private static func folder(
        _ key: String,
        default defaultValue: String,
        in properties: [String: String],
        path: String
    ) throws(TFMTError) -> String {
        let value = (properties[key] ?? defaultValue).trimmingBlanks
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        guard !value.isEmpty, !value.hasPrefix("/"), !parts.contains(".."), !value.contains("\0") else {
            throw .hudiPropertyInvalid(key, value: value, expected: "a relative path inside the table", path: path)
        }
        return value
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and line breaks.
    var trimmingBlanks: String {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        return String(drop(while: blank).reversed().drop(while: blank).reversed())
    }
}
