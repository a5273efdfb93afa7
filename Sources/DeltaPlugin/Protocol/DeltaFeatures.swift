/// Which table features a table uses, by Delta's own feature names: those its protocol lists, those its legacy
/// protocol versions imply, and those its configuration or schema turns on.
struct DeltaFeatures: Sendable, Hashable {
    /// Features the protocol lists explicitly (reader features on reader 3, writer features on writer 7).
    var listed: Set<String>
    /// Features implied by legacy protocol versions (reader 2, writers 2 to 6), per PROTOCOL.md.
    var implied: Set<String>
    /// Features the configuration or schema makes active ("supported" is not "active").
    var active: Set<String>
    /// Features a reader must support: the reader feature list on reader 3, `columnMapping` on legacy reader 2.
    var readerSide: Set<String>

    /// Whether the protocol lists writer features, which makes its lists authoritative.
    var hasFeatureLists: Bool

    /// Every feature in use: listed and implied; on legacy protocols also those the configuration or schema turns
    /// on (on table-features protocols the lists are authoritative, and ``activeButUnlisted`` reports the rest).
    var all: [String] {
        (hasFeatureLists ? listed.union(implied) : listed.union(implied).union(active)).sorted()
    }

    /// Active features a table-features protocol fails to list (a writer bug worth reporting).
    var activeButUnlisted: [String] {
        hasFeatureLists ? active.subtracting(listed).sorted() : []
    }

    init(protocol: DeltaProtocol, metadata: DeltaMetadata, schema: DeltaSchema) {
        var listed = Set<String>()
        var implied = Set<String>()
        var readerSide = Set<String>()
        if `protocol`.usesReaderFeatures {
            let readerFeatures = `protocol`.readerFeatures ?? []
            listed.formUnion(readerFeatures)
            readerSide.formUnion(readerFeatures)
        } else {
            let features = Self.impliedByReaderVersion(`protocol`.minReaderVersion)
            implied.formUnion(features)
            readerSide.formUnion(features)
        }
        if `protocol`.usesWriterFeatures {
            listed.formUnion(`protocol`.writerFeatures ?? [])
        } else {
            implied.formUnion(Self.impliedByWriterVersion(`protocol`.minWriterVersion))
        }
        self.listed = listed
        self.implied = implied
        self.hasFeatureLists = `protocol`.usesWriterFeatures
        self.readerSide = readerSide
        self.active = Self.active(metadata: metadata, schema: schema)
    }

    /// PROTOCOL.md "Reader Version Requirements": reader 2 is column mapping.
    static func impliedByReaderVersion(_ version: Int) -> [String] {
        version >= 2 && version < 3 ? ["columnMapping"] : []
    }

    /// PROTOCOL.md "Writer Version Requirements", cumulative: 2 append-only and invariants, 3 CHECK constraints,
    /// 4 change data feed and generated columns, 5 column mapping, 6 identity columns.
    static func impliedByWriterVersion(_ version: Int) -> [String] {
        let ladder: [(Int, [String])] = [
            (2, ["appendOnly", "invariants"]),
            (3, ["checkConstraints"]),
            (4, ["changeDataFeed", "generatedColumns"]),
            (5, ["columnMapping"]),
            (6, ["identityColumns"]),
        ]
        guard version < 7 else { return [] }
        return ladder.filter { $0.0 <= version }.flatMap(\.1)
    }

    /// The table properties that turn a feature on, as PROTOCOL.md and the reference name them.
    static let enablingProperties: [(property: String, feature: String)] = [
        ("delta.appendOnly", "appendOnly"),
        ("delta.enableChangeDataFeed", "changeDataFeed"),
        ("delta.enableDeletionVectors", "deletionVectors"),
        ("delta.enableRowTracking", "rowTracking"),
        ("delta.enableInCommitTimestamps", "inCommitTimestamp"),
        ("delta.enableTypeWidening", "typeWidening"),
        ("delta.enableIcebergCompatV1", "icebergCompatV1"),
        ("delta.enableIcebergCompatV2", "icebergCompatV2"),
        ("delta.enableIcebergCompatV3", "icebergCompatV3"),
        ("delta.enableVariantShredding", "variantShredding"),
    ]

    private static func active(metadata: DeltaMetadata, schema: DeltaSchema) -> Set<String> {
        var active = Set<String>()
        for (property, feature) in enablingProperties where metadata.isEnabled(property) {
            active.insert(feature)
        }
        if metadata.configuration.keys.contains(where: { $0.hasPrefix("delta.constraints.") }) {
            active.insert("checkConstraints")
        }
        if let mode = metadata.configuration["delta.columnMapping.mode"]?.lowercased(), mode == "name" || mode == "id" {
            active.insert("columnMapping")
        }
        if metadata.configuration["delta.checkpointPolicy"]?.lowercased() == "v2" {
            active.insert("v2Checkpoint")
        }
        active.formUnion(schema.featuresInUse)
        return active
    }
}
