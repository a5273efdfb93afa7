import TFMTCore

/// The header in front of every page (Parquet's `PageHeader` with its per-type headers).
struct ParquetPageHeader: Sendable, Hashable {
    enum PageType: Int32, Sendable {
        case dataPage = 0
        case indexPage = 1
        case dictionaryPage = 2
        case dataPageV2 = 3
    }

    struct DataPage: Sendable, Hashable {
        var numValues: Int32 = 0
        var encoding = ParquetEncoding.plain
        var definitionLevelEncoding = ParquetEncoding.rle
        var repetitionLevelEncoding = ParquetEncoding.rle
    }

    struct DictionaryPage: Sendable, Hashable {
        var numValues: Int32 = 0
        var encoding = ParquetEncoding.plain
    }

    struct DataPageV2: Sendable, Hashable {
        var numValues: Int32 = 0
        var numNulls: Int32 = 0
        var numRows: Int32 = 0
        var encoding = ParquetEncoding.plain
        var definitionLevelsByteLength: Int32 = 0
        var repetitionLevelsByteLength: Int32 = 0
        var isCompressed = true
    }

    /// The raw page type; unknown types are skipped by their size.
    var rawType: Int32 = -1
    var type: PageType? { PageType(rawValue: rawType) }
    var uncompressedPageSize: Int32 = 0
    var compressedPageSize: Int32 = 0
    var dataPage: DataPage?
    var dictionaryPage: DictionaryPage?
    var dataPageV2: DataPageV2?

    static func decode(_ reader: inout ThriftCompactReader) throws(ParquetFailure) -> ParquetPageHeader {
        var header = ParquetPageHeader()
        var sawSizes = (false, false, false)
        try reader.readStruct { reader, id, type throws(ParquetFailure) in
            switch (id, type) {
            case (1, .i32):
                header.rawType = try reader.readI32()
                sawSizes.0 = true
            case (2, .i32):
                header.uncompressedPageSize = try reader.readI32()
                sawSizes.1 = true
            case (3, .i32):
                header.compressedPageSize = try reader.readI32()
                sawSizes.2 = true
            case (5, .struct):
                var page = DataPage()
                try reader.readStruct { reader, id, type throws(ParquetFailure) in
                    switch (id, type) {
                    case (1, .i32): page.numValues = try reader.readI32()
                    case (2, .i32): page.encoding = ParquetEncoding(rawValue: try reader.readI32())
                    case (3, .i32): page.definitionLevelEncoding = ParquetEncoding(rawValue: try reader.readI32())
                    case (4, .i32): page.repetitionLevelEncoding = ParquetEncoding(rawValue: try reader.readI32())
                    default: try reader.skip(type)
                    }
                }
                header.dataPage = page
            case (7, .struct):
                var page = DictionaryPage()
                try reader.readStruct { reader, id, type throws(ParquetFailure) in
                    switch (id, type) {
                    case (1, .i32): page.numValues = try reader.readI32()
                    case (2, .i32): page.encoding = ParquetEncoding(rawValue: try reader.readI32())
                    default: try reader.skip(type)
                    }
                }
                header.dictionaryPage = page
            case (8, .struct):
                var page = DataPageV2()
                try reader.readStruct { reader, id, type throws(ParquetFailure) in
                    switch (id, type) {
                    case (1, .i32): page.numValues = try reader.readI32()
                    case (2, .i32): page.numNulls = try reader.readI32()
                    case (3, .i32): page.numRows = try reader.readI32()
                    case (4, .i32): page.encoding = ParquetEncoding(rawValue: try reader.readI32())
                    case (5, .i32): page.definitionLevelsByteLength = try reader.readI32()
                    case (6, .i32): page.repetitionLevelsByteLength = try reader.readI32()
                    case (7, _) where type.isBoolean: page.isCompressed = reader.readBool(type)
                    default: try reader.skip(type)
                    }
                }
                header.dataPageV2 = page
            default: try reader.skip(type)
            }
        }
        guard sawSizes == (true, true, true) else {
            throw reader.malformed("page header lacks its type or sizes")
        }
        return header
    }
}
