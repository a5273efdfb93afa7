import TFMTCore

/// A small, strict JSON parser for schema text, bounded in depth.
///
/// Schemas are parsed once per file, and files are many (a table has thousands of manifests), so this avoids the
/// cost of `JSONDecoder` building a ``JSONValue`` through `Codable`, where every value tries several types and
/// throws for each miss. Recursion follows the nesting of the text, which is checked against `maxDepth` first.
struct AvroJSONParser {
    private let bytes: [UInt8]
    private var index = 0
    private let maxDepth: Int

    /// Why the text is not JSON, and where.
    struct Failure: Error {
        var message: String
        var position: Int
        /// True when the text nests deeper than allowed, rather than being malformed.
        var depthExceeded = false
    }

    private init(_ bytes: [UInt8], maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    /// Parses one JSON value that spans the whole text (whitespace around it aside).
    static func parse(_ bytes: [UInt8], maxDepth: Int) throws(Failure) -> JSONValue {
        var parser = AvroJSONParser(bytes, maxDepth: maxDepth)
        let value = try parser.value(depth: 1)
        parser.skipWhitespace()
        guard parser.index == bytes.count else { throw parser.failure("unexpected text after the value") }
        return value
    }

    private func failure(_ message: String) -> Failure {
        Failure(message: message, position: index)
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    private mutating func value(depth: Int) throws(Failure) -> JSONValue {
        guard depth <= maxDepth else {
            throw Failure(message: "nested more than \(maxDepth) levels", position: index, depthExceeded: true)
        }
        skipWhitespace()
        guard index < bytes.count else { throw failure("the text ends where a value should start") }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            index += 1
            var object: [String: JSONValue] = [:]
            skipWhitespace()
            if try consume(UInt8(ascii: "}")) { return .object(object) }
            repeat {
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw failure("expected a key") }
                let key = try string()
                skipWhitespace()
                guard try consume(UInt8(ascii: ":")) else { throw failure("expected ':' after a key") }
                object[key] = try value(depth: depth + 1)
                skipWhitespace()
            } while try consume(UInt8(ascii: ","))
            guard try consume(UInt8(ascii: "}")) else { throw failure("expected ',' or '}' in an object") }
            return .object(object)
        case UInt8(ascii: "["):
            index += 1
            var array: [JSONValue] = []
            skipWhitespace()
            if try consume(UInt8(ascii: "]")) { return .array(array) }
            repeat {
                array.append(try value(depth: depth + 1))
                skipWhitespace()
            } while try consume(UInt8(ascii: ","))
            guard try consume(UInt8(ascii: "]")) else { throw failure("expected ',' or ']' in an array") }
            return .array(array)
        case UInt8(ascii: "\""):
            return .string(try string())
        case UInt8(ascii: "t"):
            try literal("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try literal("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        default:
            return try number()
        }
    }

    private mutating func consume(_ byte: UInt8) throws(Failure) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func literal(_ word: String) throws(Failure) {
        for expected in word.utf8 {
            guard index < bytes.count, bytes[index] == expected else { throw failure("expected '\(word)'") }
            index += 1
        }
    }

    /// A number by the JSON grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private mutating func number() throws(Failure) -> JSONValue {
        let start = index
        _ = try consume(UInt8(ascii: "-"))
        guard digits() > 0 else { throw failure("expected a value") }
        var integral = true
        if try consume(UInt8(ascii: ".")) {
            integral = false
            guard digits() > 0 else { throw failure("a number has no digits after its point") }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            integral = false
            index += 1
            if !(try consume(UInt8(ascii: "+"))) { _ = try consume(UInt8(ascii: "-")) }
            guard digits() > 0 else { throw failure("a number has no digits in its exponent") }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        let unsigned = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        guard !(unsigned.hasPrefix("0") && unsigned.count > 1 && unsigned.dropFirst().first?.isNumber == true) else {
            throw failure("a number has a leading zero")
        }
        if integral, let integer = Int64(text) { return .int(integer) }
        guard let double = Double(text), double.isFinite else { throw failure("'\(text)' is out of range") }
        return .double(double)
    }

    /// Skips decimal digits and returns how many there were.
    private mutating func digits() -> Int {
        let start = index
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
        return index - start
    }

    private mutating func string() throws(Failure) -> String {
        index += 1  // the opening quote
        var runStart = index
        var text = ""
        while true {
            guard index < bytes.count else { throw failure("a string is not closed") }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { break }
            if byte < 0x20 { throw failure("a string contains a control character") }
            if byte != UInt8(ascii: "\\") {
                index += 1
                continue
            }
            // Flush the plain run before the escape.
            text += try utf8(runStart, index)
            index += 1
            guard index < bytes.count else { throw failure("a string ends inside an escape") }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""): text += "\""
            case UInt8(ascii: "\\"): text += "\\"
            case UInt8(ascii: "/"): text += "/"
            case UInt8(ascii: "b"): text += "\u{08}"
            case UInt8(ascii: "f"): text += "\u{0C}"
            case UInt8(ascii: "n"): text += "\n"
            case UInt8(ascii: "r"): text += "\r"
            case UInt8(ascii: "t"): text += "\t"
            case UInt8(ascii: "u"):
                var code = try hex4()
                if (0xD800..<0xDC00).contains(code) {
                    // A high surrogate must be followed by an escaped low one.
                    guard try consume(UInt8(ascii: "\\")), try consume(UInt8(ascii: "u")) else {
                        throw failure("a lone surrogate in a string")
                    }
                    let low = try hex4()
                    guard (0xDC00..<0xE000).contains(low) else { throw failure("a lone surrogate in a string") }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(code) else { throw failure("a lone surrogate in a string") }
                text.unicodeScalars.append(scalar)
            default:
                throw failure("an unknown escape in a string")
            }
            runStart = index
        }
        text += try utf8(runStart, index)
        index += 1  // the closing quote
        return text
    }

    private func utf8(_ start: Int, _ end: Int) throws(Failure) -> String {
        guard let text = String(validating: bytes[start..<end], as: UTF8.self) else {
            throw Failure(message: "a string is not valid UTF-8", position: start)
        }
        return text
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard bytes.count - index >= 4 else { throw failure("a \\u escape is cut short") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure("a \\u escape has a non-hex digit")
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }
}
