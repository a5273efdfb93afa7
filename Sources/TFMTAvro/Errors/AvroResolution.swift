import TFMTCore

/// The steps a person can follow for each Avro error code.
enum AvroResolution {
    static func steps(for code: TFMTError.Code) -> [String] {
        switch code {
        case .avroNotContainer:
            return [
                "Check that the path names an Avro file (Iceberg manifest or manifest list, Hudi timeline instant, "
                    + "Paimon manifest) and not a JSON or Parquet file with a similar name",
                "If the file should be Avro, it may have been overwritten or only partly copied; restore it from the "
                    + "table's storage or re-run the job that wrote it",
            ]
        case .avroTruncated:
            return [
                "The file may be truncated: check that the writer finished (no job still running or killed mid-write)",
                "Compare the file size with the copy in the table's storage and copy it again if they differ",
                "If the table's own writer produced it, re-run the job or roll the table back to the previous snapshot",
            ]
        case .avroCorrupt, .avroSyncMismatch, .avroDatumInvalid:
            return [
                "The file is damaged or was not written by an Avro writer; copy it again from the table's storage",
                "Check that the writer finished and that nothing else wrote to the same path at the same time",
                "If the damage is in the table's storage too, roll the table back to a snapshot whose metadata reads",
            ]
        case .avroSchemaInvalid:
            return [
                "Inspect the writer's schema with `avro-tools getschema FILE` or fastavro and compare it with the "
                    + "Avro specification",
                "If another tool reads the file, report the schema to the tfmt maintainers with the file attached",
            ]
        case .avroCodecUnsupported:
            return [
                "tfmt reads the null, deflate, snappy and zstandard codecs; rewrite the table's metadata with one of "
                    + "them (for Iceberg, set write.avro.compression-codec)"
            ]
        case .avroDecompressionFailed, .avroChecksumMismatch:
            return [
                "The compressed block is damaged; copy the file again from the table's storage",
                "If the copy in storage is damaged too, re-run the job that wrote it or roll the table back",
            ]
        case .avroLimitExceeded:
            return [
                "The file passes one of tfmt's safety limits; if it is genuine, raise the limit named in the context "
                    + "through AvroLimits",
                "Otherwise treat the file as damaged and copy it again from the table's storage",
            ]
        case .avroTypeMismatch:
            return [
                "The file's schema differs from the one this tfmt version expects; check the table format version "
                    + "and upgrade tfmt if the format is newer"
            ]
        default:
            return []
        }
    }
}
