import TFMTCore

/// The logical annotation of a schema element (Parquet's `LogicalType` union).
public enum ParquetLogicalType: Sendable, Hashable {
    /// The unit of a time or timestamp.
    public enum TimeUnit: Sendable, Hashable {
        case millis
        case micros
        case nanos
    }

    case string
    case map
    case list
    case `enum`
    case decimal(scale: Int32, precision: Int32)
    case date
    case time(unit: TimeUnit, isAdjustedToUTC: Bool)
    case timestamp(unit: TimeUnit, isAdjustedToUTC: Bool)
    case integer(bitWidth: Int8, isSigned: Bool)
    /// Always null (`UNKNOWN` in the specification).
    case null
    case json
    case bson
    case uuid
    case float16
    case variant
    case geometry
    case geography
    /// A union member this reader does not know, by its field id.
    case other(Int16)
}

extension ParquetLogicalType {
    static func decode(_ reader: inout ThriftCompactReader) throws(ParquetFailure) -> ParquetLogicalType? {
        var result: ParquetLogicalType?
        try reader.readStruct { reader, id, type throws(ParquetFailure) in
            guard type == .struct else {
                try reader.skip(type)
                return
            }
            switch id {
            case 1: result = .string
            case 2: result = .map
            case 3: result = .list
            case 4: result = .enum
            case 5:
                var scale: Int32 = 0
                var precision: Int32 = 0
                try reader.readStruct { reader, id, type throws(ParquetFailure) in
                    switch (id, type) {
                    case (1, .i32): scale = try reader.readI32()
                    case (2, .i32): precision = try reader.readI32()
                    default: try reader.skip(type)
                    }
                }
                result = .decimal(scale: scale, precision: precision)
                return
            case 6: result = .date
            case 7, 8:
                var unit = TimeUnit.millis
                var utc = false
                try reader.readStruct { reader, id, type throws(ParquetFailure) in
                    switch (id, type) {
                    case (1, _) where type.isBoolean: utc = reader.readBool(type)
                    case (2, .struct): unit = try decodeUnit(&reader)
                    default: try reader.skip(type)
                    }
                }
                result =
                    id == 7 ? .time(unit: unit, isAdjustedToUTC: utc) : .timestamp(unit: unit, isAdjustedToUTC: utc)
                return
            case 10:
                var width: Int8 = 0
                var signed = true
                try reader.readStruct { reader, id, type throws(ParquetFailure) in
                    switch (id, type) {
                    case (1, .byte): width = Int8(truncatingIfNeeded: try reader.readByte())
                    case (2, _) where type.isBoolean: signed = reader.readBool(type)
                    default: try reader.skip(type)
                    }
                }
                result = .integer(bitWidth: width, isSigned: signed)
                return
            case 11: result = .null
            case 12: result = .json
            case 13: result = .bson
            case 14: result = .uuid
            case 15: result = .float16
            case 16: result = .variant
            case 17: result = .geometry
            case 18: result = .geography
            default: result = .other(id)
            }
            try reader.skip(.struct)
        }
        return result
    }

    private static func decodeUnit(_ reader: inout ThriftCompactReader) throws(ParquetFailure) -> TimeUnit {
        var unit = TimeUnit.millis
        try reader.readStruct { reader, id, type throws(ParquetFailure) in
            switch id {
            case 1: unit = .millis
            case 2: unit = .micros
            case 3: unit = .nanos
            default: break
            }
            try reader.skip(type)
        }
        return unit
    }
}
