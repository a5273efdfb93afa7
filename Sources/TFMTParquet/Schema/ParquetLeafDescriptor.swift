import TFMTCore

/// What the page decoders need to know about one leaf column.
struct ParquetLeafDescriptor: Sendable, Hashable {
    let physicalType: ParquetPhysicalType
    /// The value length of `FIXED_LEN_BYTE_ARRAY` columns.
    let typeLength: Int
    /// `BYTE_ARRAY` values that become ``ParquetValue/string(_:)``.
    let isString: Bool
    /// `INT32` values that are unsigned and widen to ``ParquetValue/int64(_:)``.
    let isUnsigned32: Bool
    let maxDefinitionLevel: Int
    let maxRepetitionLevel: Int
    let path: String

    init(
        physicalType: ParquetPhysicalType,
        typeLength: Int,
        isString: Bool,
        isUnsigned32: Bool,
        maxDefinitionLevel: Int,
        maxRepetitionLevel: Int,
        path: String
    ) {
        self.physicalType = physicalType
        self.typeLength = typeLength
        self.isString = isString
        self.isUnsigned32 = isUnsigned32
        self.maxDefinitionLevel = maxDefinitionLevel
        self.maxRepetitionLevel = maxRepetitionLevel
        self.path = path
    }

    init(node: ParquetSchemaNode) {
        self.physicalType = node.physicalType ?? .byteArray
        self.typeLength = Int(node.element.typeLength ?? 0)
        let converted = node.convertedType
        switch node.logicalType {
        case .string, .enum, .json:
            self.isString = true
        default:
            self.isString = converted == .utf8 || converted == .enum || converted == .json
        }
        switch node.logicalType {
        case .integer(let width, let signed) where !signed && width <= 32:
            self.isUnsigned32 = true
        default:
            self.isUnsigned32 = converted == .uint8 || converted == .uint16 || converted == .uint32
        }
        self.maxDefinitionLevel = node.definitionLevel
        self.maxRepetitionLevel = node.repetitionLevel
        self.path = node.dottedPath
    }

    /// The fixed size of one value in bytes, for the types that have one.
    var fixedSize: Int? {
        switch physicalType {
        case .boolean, .byteArray: return nil
        case .int32, .float: return 4
        case .int64, .double: return 8
        case .int96: return 12
        case .fixedLenByteArray: return typeLength
        }
    }

    func makeBytesValue(_ bytes: ArraySlice<UInt8>) -> ParquetValue {
        isString ? .string(String(decoding: bytes, as: UTF8.self)) : .bytes(Array(bytes))
    }

    func makeInt32(_ raw: UInt32) -> ParquetValue {
        isUnsigned32 ? .int64(Int64(raw)) : .int32(Int32(bitPattern: raw))
    }

    /// Builds a value of a fixed-size type from its little-endian bytes.
    func makeFixedValue(_ bytes: ArraySlice<UInt8>) -> ParquetValue {
        let base = bytes.startIndex
        func u32(_ at: Int) -> UInt32 {
            UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
        }
        switch physicalType {
        case .int32: return makeInt32(u32(base))
        case .float: return .float(Float(bitPattern: u32(base)))
        case .int64: return .int64(Int64(bitPattern: UInt64(u32(base)) | UInt64(u32(base + 4)) << 32))
        case .double: return .double(Double(bitPattern: UInt64(u32(base)) | UInt64(u32(base + 4)) << 32))
        case .int96:
            let nanos = Int64(bitPattern: UInt64(u32(base)) | UInt64(u32(base + 4)) << 32)
            return .int96(ParquetInt96(nanosecondsOfDay: nanos, julianDay: Int32(bitPattern: u32(base + 8))))
        case .fixedLenByteArray: return .fixed(Array(bytes))
        case .boolean, .byteArray: return .null
        }
    }
}
