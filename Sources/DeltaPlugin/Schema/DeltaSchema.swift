import TFMTCore

/// A table schema read from `metaData.schemaString`.
struct DeltaSchema: Sendable, Hashable {
    /// The top-level fields, in order.
    var fields: [DeltaField]

    /// Parses the schema string of the `metaData` action read from `file`.
    ///
    /// - Throws: ``TFMTError/Code/deltaSchemaInvalid`` when it is not JSON or not a struct type.
    init(schemaString: String, file: String) throws(TFMTError) {
        let json: JSONValue
        do {
            json = try DeltaJSON.parse(Array(schemaString.utf8))
        } catch {
            throw .deltaSchemaInvalid(file, reason: "schemaString is not JSON (\(error.reason))")
        }
        do throws(DeltaSchemaFailure) {
            guard case .struct(let fields) = try DeltaDataType(json: json) else {
                throw DeltaSchemaFailure("the top-level type is not a struct")
            }
            self.fields = fields
        } catch {
            throw .deltaSchemaInvalid(file, reason: error.reason)
        }
    }

    /// The record's schema: top-level fields with rendered types and column-mapping ids.
    var record: TableRecord.Schema {
        TableRecord.Schema(
            fields: fields.map { field in
                TableRecord.Schema.Field(
                    name: field.name,
                    type: field.type.rendered,
                    nullable: field.nullable,
                    id: field.columnMappingID
                )
            }
        )
    }

    /// Features the schema itself puts to use (PROTOCOL.md): invariants, generated and identity columns through
    /// field metadata; `timestamp_ntz` and `variant` through types.
    var featuresInUse: Set<String> {
        var features = Set<String>()
        let everyField = fields.flatMap { [$0] + $0.type.nestedFields }
        for field in everyField {
            if field.metadata["delta.invariants"] != nil { features.insert("invariants") }
            if field.metadata["delta.generationExpression"] != nil { features.insert("generatedColumns") }
            if field.metadata.keys.contains(where: { $0.hasPrefix("delta.identity.") }) {
                features.insert("identityColumns")
            }
        }
        let types = Set(fields.flatMap(\.type.primitiveNames))
        if types.contains("timestamp_ntz") { features.insert("timestampNtz") }
        if types.contains("variant") { features.insert("variantType") }
        return features
    }
}
