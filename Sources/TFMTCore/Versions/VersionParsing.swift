// The version parser. It works on the UTF-8 bytes and accepts only ASCII, so a hostile string from a table file or a
// jar manifest costs at most one pass over its first ``Version/maximumLength`` bytes and never traps.

extension Version {
    /// Why a text is not a version.
    struct ParseFailure: Error, Sendable {
        /// The reason, a phrase that completes "'TEXT' is not a version: …".
        var reason: String

        /// The error users see.
        func error(for text: String) -> TFMTError {
            TFMTError(
                .versionMalformed,
                "'\(text.shortenedForMessage)' is not a version: \(reason)",
                context: ["version": .string(text.shortenedForMessage), "reason": .string(reason)],
                resolution: [
                    "Write the version as numbers separated by dots, optionally with a 'v' prefix, an epoch 'N!', "
                        + "a qualifier and a '+local' label, for example 3.5.1, v1.2.3, 1.0.0-beta2, "
                        + "0.4.0-incubating, 1.1.0-SNAPSHOT, 0.10.0rc1, 1.0.0.dev3, 1.0.0.post1 or 1!2.0.",
                    "Copy the version exactly as the release, the jar manifest or the package metadata prints it "
                        + "(at most \(Version.maximumLength) characters); use a requirement such as 3.5.* "
                        + "where a series of versions is meant.",
                ]
            )
        }
    }

    /// The qualifier words that have a kind, lower-cased.
    private static let kinds: [String: Part.Kind] = [
        "dev": .dev,
        "a": .alpha, "alpha": .alpha,
        "b": .beta, "beta": .beta,
        "m": .milestone, "milestone": .milestone,
        "preview": .preview,
        "c": .releaseCandidate, "rc": .releaseCandidate, "cr": .releaseCandidate, "pre": .releaseCandidate,
        "snapshot": .snapshot,
        "post": .post, "rev": .post, "r": .post, "sp": .post,
    ]

    /// The qualifier words that are labels and do not take part in ordering.
    private static let labels: Set<String> = ["incubating", "final", "ga", "release"]

    private enum Token {
        case word(String)
        case number(Int)
    }

    /// Parses a version; surrounding whitespace is ignored.
    static func parse(_ input: Substring) -> Result<Version, ParseFailure> {
        let text = input.trimmingVersionWhitespace()
        guard !text.isEmpty else { return .failure(ParseFailure(reason: "it is empty")) }
        guard text.utf8.count <= maximumLength else {
            return .failure(ParseFailure(reason: "it is longer than \(maximumLength) characters"))
        }
        var scanner = ByteScanner(Array(text.utf8))
        return scanner.version().map { parsed in
            Version(
                description: String(text),
                epoch: parsed.epoch,
                release: parsed.release,
                qualifier: parsed.qualifier,
                local: parsed.local,
                suffix: parts(from: parsed.tokens)
            )
        }
    }

    /// Groups tokens into ordering qualifiers: a word takes the number after it, a lone number is a post-release.
    private static func parts(from tokens: [Token]) -> [Part] {
        var parts: [Part] = []
        var index = 0
        while index < tokens.count {
            switch tokens[index] {
            case .number(let number):
                parts.append(Part(kind: .post, word: "", number: number))
                index += 1
            case .word(let word):
                var number: Int?
                if index + 1 < tokens.count, case .number(let following) = tokens[index + 1] {
                    number = following
                    index += 2
                } else {
                    index += 1
                }
                if let kind = kinds[word] {
                    parts.append(Part(kind: kind, word: "", number: number ?? 0))
                } else if labels.contains(word) {
                    if let number { parts.append(Part(kind: .post, word: "", number: number)) }
                } else {
                    parts.append(Part(kind: .other, word: word, number: number ?? 0))
                }
            }
        }
        return parts
    }

    private struct Parsed {
        var epoch = 0
        var release: [Int] = []
        var tokens: [Token] = []
        var qualifier: String?
        var local: String?
    }

    /// A cursor over the bytes of a trimmed version.
    private struct ByteScanner {
        let bytes: [UInt8]
        var index = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func version() -> Result<Parsed, ParseFailure> {
            var parsed = Parsed()
            if current == UInt8(ascii: "v") || current == UInt8(ascii: "V") { index += 1 }
            guard current?.isASCIIDigit == true else { return fail("it does not start with a number") }
            var first: Int
            switch number() {
            case .success(let value): first = value
            case .failure(let failure): return .failure(failure)
            }
            if current == UInt8(ascii: "!") {
                parsed.epoch = first
                index += 1
                guard current?.isASCIIDigit == true else { return fail("a release number must follow the epoch") }
                switch number() {
                case .success(let value): first = value
                case .failure(let failure): return .failure(failure)
                }
            }
            parsed.release = [first]
            while current == UInt8(ascii: "."), index + 1 < bytes.count, bytes[index + 1].isASCIIDigit {
                index += 1
                switch number() {
                case .success(let value): parsed.release.append(value)
                case .failure(let failure): return .failure(failure)
                }
            }

            let qualifierStart = index
            while let byte = current, byte != UInt8(ascii: "+") {
                if byte.isVersionSeparator {
                    index += 1
                    guard let next = current, next.isASCIILetter || next.isASCIIDigit else {
                        return current.map { $0.isVersionSeparator } == true
                            ? fail("it has two separators in a row")
                            : fail("a separator is not followed by a qualifier")
                    }
                }
                guard let next = current else { break }
                if next.isASCIILetter {
                    let start = index
                    while let letter = current, letter.isASCIILetter { index += 1 }
                    let word = String(decoding: bytes[start..<index].map { $0 | 0x20 }, as: UTF8.self)
                    guard word != "x" || (current != nil && current != UInt8(ascii: "+")) else {
                        return fail("'x' stands for a wildcard; write a requirement such as 3.5.* for a series")
                    }
                    parsed.tokens.append(.word(word))
                } else if next.isASCIIDigit {
                    switch number() {
                    case .success(let value): parsed.tokens.append(.number(value))
                    case .failure(let failure): return .failure(failure)
                    }
                } else {
                    return fail(next.describedAsUnexpected)
                }
            }
            if qualifierStart < index {
                let start = bytes[qualifierStart].isVersionSeparator ? qualifierStart + 1 : qualifierStart
                parsed.qualifier = String(decoding: bytes[start..<index], as: UTF8.self)
            }

            if current == UInt8(ascii: "+") {
                index += 1
                let start = index
                guard current != nil else { return fail("nothing follows '+'") }
                var previousWasSeparator = true
                while let byte = current {
                    if byte.isVersionSeparator {
                        guard !previousWasSeparator else {
                            return fail("the local label after '+' has a misplaced separator")
                        }
                        previousWasSeparator = true
                    } else if byte.isASCIILetter || byte.isASCIIDigit {
                        previousWasSeparator = false
                    } else {
                        return fail(byte.describedAsUnexpected + " in the local label after '+'")
                    }
                    index += 1
                }
                guard !previousWasSeparator else { return fail("the local label after '+' ends with a separator") }
                parsed.local = String(decoding: bytes[start...], as: UTF8.self)
            }
            return .success(parsed)
        }

        /// Reads a run of digits as a number, failing when it does not fit in `Int`.
        private mutating func number() -> Result<Int, ParseFailure> {
            let start = index
            var value = 0
            var overflow = false
            while let digit = current, digit.isASCIIDigit {
                let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times10.addingReportingOverflow(Int(digit - UInt8(ascii: "0")))
                overflow = overflow || overflow1 || overflow2
                value = sum
                index += 1
            }
            guard !overflow else {
                let digits = String(decoding: bytes[start..<index], as: UTF8.self)
                return fail("the number \(digits) is too large")
            }
            return .success(value)
        }

        private func fail<T>(_ reason: String) -> Result<T, ParseFailure> { .failure(ParseFailure(reason: reason)) }
    }
}

extension UInt8 {
    fileprivate var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }

    fileprivate var isASCIILetter: Bool {
        (self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z"))
            || (self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z"))
    }

    fileprivate var isVersionSeparator: Bool {
        self == UInt8(ascii: ".") || self == UInt8(ascii: "-") || self == UInt8(ascii: "_")
    }

    /// "'%' is not allowed", or a description of a byte that is not printable ASCII.
    fileprivate var describedAsUnexpected: String {
        if self >= 0x21 && self < 0x7F {
            return "'\(String(decoding: [self], as: UTF8.self))' is not allowed"
        }
        return self >= 0x80 ? "it has a non-ASCII character" : "it has a space or control character inside"
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace.
    func trimmingVersionWhitespace() -> SubSequence {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return self[endIndex...] }
        return self[first...last]
    }

    /// The text, cut after 100 characters with an ellipsis, for messages and error contexts.
    var shortenedForMessage: String {
        let head = prefix(100)
        return head.endIndex == endIndex ? String(self) : String(head) + "…"
    }
}
