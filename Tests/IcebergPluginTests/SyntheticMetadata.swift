import Foundation

/// Table-metadata documents built by the tests, for cases pyiceberg cannot write (v3 features) and for damaged files.
enum SyntheticMetadata {
    /// A valid metadata document of `formatVersion`, with one snapshot (id 100) and the given extras merged in at
    /// the top level (a `nil` value removes a key).
    static func document(
        formatVersion: Int,
        fields: [[String: Any]] = defaultFields,
        extra: [String: Any?] = [:]
    ) -> [String: Any] {
        var document: [String: Any] = [
            "format-version": formatVersion,
            "table-uuid": "5f2a6b1e-7e59-4d3c-9d57-1d9c3f4a7b10",
            "location": "s3://bucket/warehouse/synthetic",
            "last-sequence-number": 1,
            "last-updated-ms": 1_700_000_000_000,
            "last-column-id": 3,
            "schemas": [["type": "struct", "schema-id": 0, "fields": fields]],
            "current-schema-id": 0,
            "partition-specs": [["spec-id": 0, "fields": [] as [Any]]],
            "default-spec-id": 0,
            "last-partition-id": 999,
            "sort-orders": [["order-id": 0, "fields": [] as [Any]]],
            "default-sort-order-id": 0,
            "properties": ["owner": "tests"],
            "current-snapshot-id": 100,
            "snapshots": [
                [
                    "snapshot-id": 100,
                    "sequence-number": 1,
                    "timestamp-ms": 1_700_000_000_000,
                    "manifest-list": "s3://bucket/warehouse/synthetic/metadata/snap-100.avro",
                    "summary": ["operation": "append", "total-records": "10"],
                    "schema-id": 0,
                ]
            ],
            "refs": ["main": ["snapshot-id": 100, "type": "branch"]],
        ]
        if formatVersion >= 3 {
            document["next-row-id"] = 10
        }
        for (key, value) in extra {
            document[key] = value
        }
        return document
    }

    /// Three plain fields.
    static var defaultFields: [[String: Any]] {
        [
            ["id": 1, "name": "id", "required": true, "type": "long"],
            ["id": 2, "name": "name", "required": false, "type": "string"],
            ["id": 3, "name": "amount", "required": false, "type": "decimal(10,2)"],
        ]
    }

    /// The document as JSON text.
    static func json(_ document: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys]), as: UTF8.self)
    }

    /// Writes `document` as `metadata/<name>` under a new table folder in `scratch` and returns the table folder.
    static func table(in scratch: String, name: String = "v1.metadata.json", _ document: [String: Any]) throws -> String
    {
        let table = scratch + "/table"
        try write(try json(document), to: table + "/metadata/" + name)
        return table
    }
}
