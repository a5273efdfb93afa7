import TFMTCore

/// Decodes `Decodable` types from ``AvroValue``s, so plugins can declare the records they read as Swift structs.
///
/// Records and maps decode as keyed containers (by field name or map key), arrays as unkeyed containers, and
/// `bytes` and `fixed` as unkeyed containers of `UInt8` (so `[UInt8]` and `Data` work). Unions are transparent: a
/// union decodes as the value of the branch written, and an optional is nil when that value is null. Numbers convert
/// when the value fits the Swift type exactly; enum symbols decode as strings.
public struct AvroValueDecoder: Sendable {
    /// Creates a decoder.
    public init() {}

    /// Decodes `type` from `value`.
    ///
    /// - Parameter source: What the value is, for error messages (the file path, usually).
    /// - Throws: ``TFMTError`` with code ``TFMTError/Code/avroTypeMismatch`` naming the coding path that failed.
    public func decode<T: Decodable>(
        _ type: T.Type,
        from value: AvroValue,
        source: String = "value"
    ) throws(TFMTError) -> T {
        do {
            return try T(from: AvroDecoding(value: value, codingPath: []))
        } catch let error as DecodingError {
            let (path, description) = Self.describe(error)
            throw TFMTError(
                .avroTypeMismatch,
                "cannot decode \(T.self) at '\(path)': \(description)",
                context: ["path": .string(source), "codingPath": .string(path), "type": .string("\(T.self)")],
                resolution: AvroResolution.steps(for: .avroTypeMismatch)
            )
        } catch let error as TFMTError {
            throw error
        } catch {
            throw TFMTError(
                .avroTypeMismatch,
                "cannot decode \(T.self): \(error)",
                context: ["path": .string(source), "type": .string("\(T.self)")],
                resolution: AvroResolution.steps(for: .avroTypeMismatch)
            )
        }
    }

    private static func describe(_ error: DecodingError) -> (path: String, description: String) {
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let value), .valueNotFound(_, let value), .keyNotFound(_, let value),
            .dataCorrupted(let value):
            context = value
        @unknown default:
            return ("", "\(error)")
        }
        var path = context.codingPath.map { key in key.intValue.map { "[\($0)]" } ?? key.stringValue }
            .joined(separator: ".")
        if case .keyNotFound(let key, _) = error {
            path += (path.isEmpty ? "" : ".") + key.stringValue
        }
        return (path.isEmpty ? "(root)" : path, context.debugDescription)
    }
}

/// The `Decoder` over one value.
private struct AvroDecoding: Decoder {
    let value: AvroValue
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        switch value.unwrapped {
        case .record(let record):
            return KeyedDecodingContainer(
                AvroKeyedContainer<Key>(names: record.names, values: record.values, codingPath: codingPath)
            )
        case .map(let entries):
            return KeyedDecodingContainer(
                AvroKeyedContainer<Key>(
                    names: Array(entries.keys),
                    values: Array(entries.values),
                    codingPath: codingPath
                )
            )
        default:
            throw mismatch([String: Any].self, value, codingPath)
        }
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        switch value.unwrapped {
        case .array(let elements):
            return AvroUnkeyedContainer(elements: elements, codingPath: codingPath)
        case .bytes(let bytes), .fixed(let bytes):
            return AvroUnkeyedContainer(elements: bytes.map { .int(Int32($0)) }, codingPath: codingPath)
        default:
            throw mismatch([Any].self, value, codingPath)
        }
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        AvroSingleValue(value: value, codingPath: codingPath)
    }
}

private func mismatch(_ type: Any.Type, _ value: AvroValue, _ path: [any CodingKey]) -> DecodingError {
    DecodingError.typeMismatch(
        type,
        DecodingError.Context(codingPath: path, debugDescription: "expected \(type), found \(describe(value))")
    )
}

private func describe(_ value: AvroValue) -> String {
    switch value.unwrapped {
    case .null: "null"
    case .boolean: "a boolean"
    case .int(let number): "the int \(number)"
    case .long(let number): "the long \(number)"
    case .float: "a float"
    case .double: "a double"
    case .bytes: "bytes"
    case .string: "a string"
    case .fixed: "a fixed value"
    case .enumeration(let symbol, _): "the enum symbol \(symbol)"
    case .array: "an array"
    case .map: "a map"
    case .record: "a record"
    case .union: "a union"
    }
}

/// Decodes scalars, with the conversions the type documentation lists.
private struct AvroSingleValue: SingleValueDecodingContainer {
    let value: AvroValue
    let codingPath: [any CodingKey]

    func decodeNil() -> Bool { value.isNull }

    func decode(_ type: Bool.Type) throws -> Bool {
        guard case .boolean(let flag) = value.unwrapped else { throw mismatch(type, value, codingPath) }
        return flag
    }

    func decode(_ type: String.Type) throws -> String {
        switch value.unwrapped {
        case .string(let text): return text
        case .enumeration(let symbol, _): return symbol
        default: throw mismatch(type, value, codingPath)
        }
    }

    func decode(_ type: Double.Type) throws -> Double {
        switch value.unwrapped {
        case .double(let number): return number
        case .float(let number): return Double(number)
        case .int(let number): return Double(number)
        case .long(let number): return Double(number)
        default: throw mismatch(type, value, codingPath)
        }
    }

    func decode(_ type: Float.Type) throws -> Float {
        switch value.unwrapped {
        case .float(let number): return number
        case .double(let number): return Float(number)
        case .int(let number): return Float(number)
        case .long(let number): return Float(number)
        default: throw mismatch(type, value, codingPath)
        }
    }

    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        // Byte arrays are common (Iceberg bounds, Hudi payloads): skip the per-element unkeyed container.
        if type == [UInt8].self {
            switch value.unwrapped {
            case .bytes(let bytes), .fixed(let bytes):
                if let result = bytes as? T { return result }
            default: break
            }
        }
        return try T(from: AvroDecoding(value: value, codingPath: codingPath))
    }

    private func integer<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
        let result: I?
        switch value.unwrapped {
        case .int(let number): result = I(exactly: number)
        case .long(let number): result = I(exactly: number)
        default: throw mismatch(type, value, codingPath)
        }
        guard let result else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: codingPath,
                    debugDescription: "\(describe(value)) does not fit \(type)"
                )
            )
        }
        return result
    }
}

/// Fields of a record or entries of a map, by name.
private struct AvroKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let names: [String]
    let values: [AvroValue]
    let codingPath: [any CodingKey]

    var allKeys: [Key] { names.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { names.contains(key.stringValue) }

    private func value(_ key: Key) throws -> AvroValue {
        guard let index = names.firstIndex(of: key.stringValue) else {
            throw DecodingError.keyNotFound(
                key,
                DecodingError.Context(codingPath: codingPath, debugDescription: "no field named '\(key.stringValue)'")
            )
        }
        return values[index]
    }

    private func single(_ key: Key) throws -> AvroSingleValue {
        AvroSingleValue(value: try value(key), codingPath: codingPath + [key])
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let index = names.firstIndex(of: key.stringValue) else { return true }
        return values[index].isNull
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try single(key).decode(type) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try single(key).decode(type) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try single(key).decode(type) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try single(key).decode(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try single(key).decode(type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try single(key).decode(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try single(key).decode(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try single(key).decode(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try single(key).decode(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try single(key).decode(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try single(key).decode(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try single(key).decode(type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try single(key).decode(type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try single(key).decode(type) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try single(key).decode(type) }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type,
        forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try AvroDecoding(value: try value(key), codingPath: codingPath + [key]).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try AvroDecoding(value: try value(key), codingPath: codingPath + [key]).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        AvroDecoding(value: .record(AvroRecordValue(names: names, values: values)), codingPath: codingPath)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        AvroDecoding(value: try value(key), codingPath: codingPath + [key])
    }
}

/// Elements of an array, or the bytes of a `bytes` or `fixed` value.
private struct AvroUnkeyedContainer: UnkeyedDecodingContainer {
    let elements: [AvroValue]
    let codingPath: [any CodingKey]
    private(set) var currentIndex = 0

    init(elements: [AvroValue], codingPath: [any CodingKey]) {
        self.elements = elements
        self.codingPath = codingPath
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private struct Index: CodingKey {
        let intValue: Int?
        var stringValue: String { "\(intValue ?? 0)" }
        init(_ index: Int) { intValue = index }
        init?(stringValue: String) { nil }
        init?(intValue: Int) { self.intValue = intValue }
    }

    private mutating func nextDecoder() throws -> AvroDecoding {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                Any.self,
                DecodingError.Context(codingPath: codingPath, debugDescription: "no element \(currentIndex)")
            )
        }
        let decoder = AvroDecoding(value: elements[currentIndex], codingPath: codingPath + [Index(currentIndex)])
        currentIndex += 1
        return decoder
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, elements[currentIndex].isNull else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let decoder = try nextDecoder()
        return try AvroSingleValue(value: decoder.value, codingPath: decoder.codingPath).decode(type)
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try scalar().decode(type) }
    mutating func decode(_ type: String.Type) throws -> String { try scalar().decode(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try scalar().decode(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try scalar().decode(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try scalar().decode(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try scalar().decode(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try scalar().decode(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try scalar().decode(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try scalar().decode(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try scalar().decode(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try scalar().decode(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try scalar().decode(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try scalar().decode(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try scalar().decode(type) }

    private mutating func scalar() throws -> AvroSingleValue {
        let decoder = try nextDecoder()
        return AvroSingleValue(value: decoder.value, codingPath: decoder.codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try nextDecoder().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try nextDecoder().unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        try nextDecoder()
    }
}
