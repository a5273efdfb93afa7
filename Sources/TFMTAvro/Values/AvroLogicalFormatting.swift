import TFMTCore

/// Renders logical-type values as text the way fastavro reports them; see ``AvroSchema/jsonValue(of:)``.
enum AvroLogicalFormatting {
    static func render(_ value: AvroValue, as logical: AvroLogicalType) -> JSONValue? {
        switch (logical, value) {
        case (.decimal(_, let scale), .bytes(let bytes)), (.decimal(_, let scale), .fixed(let bytes)):
            return decimal(bytes, scale: scale).map(JSONValue.string)
        case (.uuid, .string(let text)):
            return .string(uuid(text) ?? text)
        case (.uuid, .fixed(let bytes)) where bytes.count == 16:
            return .string(uuid(hex(bytes)) ?? hex(bytes))
        case (.date, .int(let days)):
            return .string(date(Int64(days)))
        case (.timeMillis, .int(let millis)):
            return time(Int64(millis) * 1000).map(JSONValue.string)
        case (.timeMicros, .long(let micros)):
            return time(micros).map(JSONValue.string)
        case (.timestampMillis, .long(let millis)):
            return .string(timestamp(millis, unitsPerSecond: 1000) + "Z")
        case (.timestampMicros, .long(let micros)):
            return .string(timestamp(micros, unitsPerSecond: 1_000_000) + "Z")
        case (.localTimestampMillis, .long(let millis)):
            return .string(timestamp(millis, unitsPerSecond: 1000))
        case (.localTimestampMicros, .long(let micros)):
            return .string(timestamp(micros, unitsPerSecond: 1_000_000))
        default:
            return nil
        }
    }

    // MARK: Decimal

    /// The exact value of a two's-complement big-endian unscaled integer divided by 10^scale, in plain notation.
    static func decimal(_ bytes: [UInt8], scale: Int) -> String? {
        guard bytes.count <= 128, scale >= 0, scale <= 1000 else { return nil }
        let negative = (bytes.first ?? 0) & 0x80 != 0
        var magnitude = bytes
        if negative {
            // Two's complement: invert and add one.
            var carry = true
            for index in magnitude.indices.reversed() {
                magnitude[index] = ~magnitude[index]
                if carry {
                    let (sum, overflow) = magnitude[index].addingReportingOverflow(1)
                    magnitude[index] = sum
                    carry = overflow
                }
            }
        }
        var digits = decimalDigits(magnitude)
        if scale > 0 {
            if digits.count <= scale {
                digits = String(repeating: "0", count: scale + 1 - digits.count) + digits
            }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
        }
        return negative ? "-" + digits : digits
    }

    /// The base-10 digits of an unsigned big-endian integer.
    private static func decimalDigits(_ bytes: [UInt8]) -> String {
        // Big-endian 32-bit limbs, divided by 10^9 until zero; each remainder is nine digits.
        var limbs: [UInt32] = []
        var limb: UInt32 = 0
        let leading = bytes.count % 4
        for (offset, byte) in bytes.enumerated() {
            limb = limb << 8 | UInt32(byte)
            if (offset + 1 - leading) % 4 == 0 {
                limbs.append(limb)
                limb = 0
            }
        }
        var chunks: [UInt32] = []
        while limbs.contains(where: { $0 != 0 }) {
            var remainder: UInt64 = 0
            for index in limbs.indices {
                let current = remainder << 32 | UInt64(limbs[index])
                limbs[index] = UInt32(current / 1_000_000_000)
                remainder = current % 1_000_000_000
            }
            chunks.append(UInt32(remainder))
        }
        guard let most = chunks.popLast() else { return "0" }
        return chunks.reversed().reduce(String(most)) { text, chunk in text + pad(Int64(chunk), 9) }
    }

    // MARK: UUID

    /// The canonical lowercase form of a UUID written with or without hyphens, braces or a `urn:uuid:` prefix.
    static func uuid(_ text: String) -> String? {
        var hexDigits = text.lowercased()
        if hexDigits.hasPrefix("urn:") { hexDigits.removeFirst(4) }
        if hexDigits.hasPrefix("uuid:") { hexDigits.removeFirst(5) }
        hexDigits = String(hexDigits.filter { $0 != "{" && $0 != "}" && $0 != "-" })
        guard hexDigits.utf8.count == 32, hexDigits.allSatisfy(\.isHexDigit) else { return nil }
        let characters = Array(hexDigits)
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(characters[$0]) }.joined(separator: "-")
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { pad(Int64($0), 2, radix: 16) }.joined()
    }

    // MARK: Dates and times

    /// `YYYY-MM-DD` for days since 1970-01-01 in the proleptic Gregorian calendar.
    static func date(_ days: Int64) -> String {
        let (year, month, day) = Timestamp.civilDate(daysSinceEpoch: days)
        let yearText = year >= 0 ? pad(year, 4) : "-" + pad(-year, 4)
        return yearText + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    /// `HH:MM:SS.ffffff` for microseconds after midnight, or nil outside one day.
    static func time(_ micros: Int64) -> String? {
        guard micros >= 0, micros < 86_400_000_000 else { return nil }
        return clock(micros)
    }

    /// `YYYY-MM-DDTHH:MM:SS.ffffff` for a count of units since the epoch.
    static func timestamp(_ value: Int64, unitsPerSecond: Int64) -> String {
        let unitsPerDay = unitsPerSecond * 86_400
        // Floor division, so instants before 1970 land on the right day.
        var days = value / unitsPerDay
        var remainder = value % unitsPerDay
        if remainder < 0 {
            days -= 1
            remainder += unitsPerDay
        }
        let micros = remainder * (1_000_000 / unitsPerSecond)
        return date(days) + "T" + clock(micros)
    }

    private static func clock(_ micros: Int64) -> String {
        let seconds = micros / 1_000_000
        return pad(seconds / 3600, 2) + ":" + pad(seconds / 60 % 60, 2) + ":" + pad(seconds % 60, 2) + "."
            + pad(micros % 1_000_000, 6)
    }

    private static func pad(_ value: Int64, _ width: Int, radix: Int = 10) -> String {
        let digits = String(value, radix: radix)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
