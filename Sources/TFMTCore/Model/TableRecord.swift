/// The normalized description of a table on disk, one shape for every format (DESIGN.md, "The normalized table
/// record"). Field names are part of the wire contract.
public struct TableRecord: Sendable, Hashable, Codable {
    /// The table's format.
    public var format: TableFormat
    /// The absolute path of the table's root folder.
    public var location: String
    /// The snapshot the table is at now.
    public var snapshot: Snapshot
    /// Format-specific protocol fields: Delta `minReaderVersion`, `minWriterVersion`, `readerFeatures`,
    /// `writerFeatures`; Iceberg `formatVersion`; Hudi `tableVersion`, `timelineLayoutVersion`, `tableType`;
    /// Paimon `snapshotVersion`, `schemaVersion`.
    public var `protocol`: [String: JSONValue]
    /// The features in use, by their format's own names.
    public var features: [String]
    /// The current schema's top-level fields.
    public var schema: Schema
    /// The source column names the table is partitioned by, in order.
    public var partitionColumns: [String]
    /// The table properties (Delta configuration, Iceberg properties, Hudi properties, Paimon options).
    public var properties: [String: String]
    /// What a runtime needs to read and to write the table.
    public var requirements: TableRequirements
    /// Further format-specific facts (Iceberg refs, Hudi pending instants, Paimon table kind, …).
    public var details: [String: JSONValue]

    public init(
        format: TableFormat,
        location: String,
        snapshot: Snapshot,
        protocol: [String: JSONValue] = [:],
        features: [String] = [],
        schema: Schema = Schema(fields: []),
        partitionColumns: [String] = [],
        properties: [String: String] = [:],
        requirements: TableRequirements = TableRequirements(),
        details: [String: JSONValue] = [:]
    ) {
        self.format = format
        self.location = location
        self.snapshot = snapshot
        self.protocol = `protocol`
        self.features = features
        self.schema = schema
        self.partitionColumns = partitionColumns
        self.properties = properties
        self.requirements = requirements
        self.details = details
    }

    /// A table's snapshot: Delta's latest commit version, Iceberg's current snapshot id, Hudi's latest completed
    /// instant, Paimon's latest snapshot id.
    public struct Snapshot: Sendable, Hashable, Codable {
        /// The snapshot's identifier as the format prints it.
        public var id: String
        /// When the snapshot was committed, ISO-8601 in UTC, when the table records it.
        public var timestamp: String?
        /// The commits or snapshots visible now.
        public var count: Int

        public init(id: String, timestamp: String?, count: Int) {
            self.id = id
            self.timestamp = timestamp
            self.count = count
        }
    }

    /// A table schema's top-level fields, in order.
    public struct Schema: Sendable, Hashable, Codable {
        public var fields: [Field]

        public init(fields: [Field]) {
            self.fields = fields
        }

        /// A top-level field; nested types are rendered as the format writes them.
        public struct Field: Sendable, Hashable, Codable {
            public var name: String
            public var type: String
            public var nullable: Bool
            /// The field id, for formats that assign them (Iceberg, Paimon, Delta with column mapping).
            public var id: Int?

            public init(name: String, type: String, nullable: Bool, id: Int? = nil) {
                self.name = name
                self.type = type
                self.nullable = nullable
                self.id = id
            }
        }
    }
}

/// The minimum releases of each known runtime that can read and write a table.
public struct TableRequirements: Sendable, Hashable, Codable {
    public var read: [RuntimeRequirement]
    public var write: [RuntimeRequirement]

    public init(read: [RuntimeRequirement] = [], write: [RuntimeRequirement] = []) {
        self.read = read
        self.write = write
    }
}

/// The minimum release of one runtime for one access mode, and the features that force it.
public struct RuntimeRequirement: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The runtime family as the catalog names it (`delta-spark`, `deltalake`, `iceberg-spark-runtime`, …).
    public var runtime: String
    /// The oldest release that can do it, or `nil` when no release the catalog knows can.
    public var minimum: Version?
    /// The features (or table versions) that force ``minimum``; empty when the baseline does.
    public var because: [String]

    public init(runtime: String, minimum: Version?, because: [String] = []) {
        self.runtime = runtime
        self.minimum = minimum
        self.because = because
    }

    /// `delta-spark >= 2.3.0 because deletionVectors`.
    public var description: String {
        let bound = minimum.map { "\(runtime) >= \($0)" } ?? "no known \(runtime) release"
        return because.isEmpty ? bound : "\(bound) because \(because.joined(separator: ", "))"
    }
}
