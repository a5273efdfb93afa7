import TFMTCore

/// Instant times as dates: `yyyyMMddHHmmssSSS` (or `yyyyMMddHHmmss`; digits past the 17th, which the metadata table
/// appends, are ignored).
///
/// Hudi writes instant times in the zone `hoodie.table.timeline.timezone` names, `LOCAL` by default: the writer's
/// wall clock. The zone is not recorded, so the time is read as UTC; the record's details say which zone the table
/// declares.
enum HoodieInstantTime {
    /// The ISO-8601 text of an instant time read as UTC, or `nil` when it is not a calendar date (such as Hudi's
    /// initial instant `00000000000000`).
    static func iso8601(_ time: String) -> String? {
        let digits = Array(time.utf8).map { Int64($0) - 0x30 }
        guard digits.count >= 14, digits.allSatisfy({ (0...9).contains($0) }) else { return nil }
        func number(_ start: Int, _ length: Int) -> Int64 {
            digits[start..<start + length].reduce(0) { $0 * 10 + $1 }
        }
        let year = number(0, 4)
        let month = number(4, 2)
        let day = number(6, 2)
        let hour = number(8, 2)
        let minute = number(10, 2)
        let second = number(12, 2)
        let millis = digits.count >= 17 ? number(14, 3) : 0
        guard year >= 1, (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year), hour < 24,
            minute < 60, second < 60
        else { return nil }
        let days = Timestamp.daysSinceEpoch(year: year, month: month, day: day)
        let milliseconds = ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + millis
        return Timestamp.iso8601(epochMilliseconds: milliseconds)
    }

    private static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
