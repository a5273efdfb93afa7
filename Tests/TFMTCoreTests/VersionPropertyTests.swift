import Foundation
import PropertyBased
import TFMTCore
import Testing

// Property tests for Version and VersionRequirement. Versions are generated as abstract models (epoch, release
// numbers, qualifiers, local label) and spelled in many equivalent ways (separators, aliases, case, trailing zeros,
// `v` prefix); the models carry a reference ordering written independently of the parser, which the parsed
// versions must follow.

// MARK: - Version model

/// An abstract version: what it means, independent of how it is spelled.
struct VersionModel: Sendable, CustomStringConvertible {
    enum Qualifier: Sendable {
        /// A known kind by rank (see ``spellings``), with an optional number.
        case known(Int, Int?)
        /// An unknown word, lower case, with an optional number.
        case other(String, Int?)
        /// A label such as `incubating`, ignored for ordering; a number after it is a post-release.
        case label(Int?)
        /// A number on its own: an implicit post-release.
        case number(Int)
    }

    var epoch: Int?
    var release: [Int]
    var qualifiers: [Qualifier]
    var local: String?

    /// The spellings of each known kind, by rank; rank 7 is the release itself and has none.
    static let spellings: [Int: [String]] = [
        0: ["dev", "DEV", "Dev"],
        1: ["a", "alpha", "Alpha", "ALPHA"],
        2: ["b", "beta", "Beta", "BETA"],
        3: ["m", "M", "milestone"],
        4: ["preview", "PREVIEW"],
        5: ["rc", "RC", "cr", "CR", "c", "pre"],
        6: ["SNAPSHOT", "snapshot"],
        8: ["post", "rev", "r", "sp", "SP"],
    ]
    static let knownRanks = [0, 1, 2, 3, 4, 5, 6, 8]
    static let otherWords = ["cdh", "amzn", "hdp", "zeta", "databricks"]
    static let labelWords = ["incubating", "INCUBATING", "final", "Final", "GA", "ga", "release", "RELEASE"]

    /// The plainest spelling.
    var description: String { plain }

    /// The canonical spelling: first alias, `-`/`.` separators, no extra zeros.
    var plain: String {
        var rng = SystemRandomNumberGenerator()  // not consumed by the plain style
        return spelled(style: .plain, using: &rng)
    }

    // MARK: Reference ordering

    /// The reference sort key: epoch, release numbers without trailing zeros, qualifier parts.
    struct Key: Hashable, Comparable {
        struct Part: Hashable {
            var rank: Int
            var word: String
            var number: Int
        }

        var epoch: Int
        var release: [Int]
        var parts: [Part]

        static func compare(_ lhs: Key, _ rhs: Key) -> Int {
            if lhs.epoch != rhs.epoch { return lhs.epoch < rhs.epoch ? -1 : 1 }
            for index in 0..<max(lhs.release.count, rhs.release.count) {
                let left = index < lhs.release.count ? lhs.release[index] : 0
                let right = index < rhs.release.count ? rhs.release[index] : 0
                if left != right { return left < right ? -1 : 1 }
            }
            let neutral = Part(rank: 7, word: "", number: 0)
            for index in 0..<max(lhs.parts.count, rhs.parts.count) {
                let left = index < lhs.parts.count ? lhs.parts[index] : neutral
                let right = index < rhs.parts.count ? rhs.parts[index] : neutral
                if left.rank != right.rank { return left.rank < right.rank ? -1 : 1 }
                if left.word != right.word { return left.word < right.word ? -1 : 1 }
                if left.number != right.number { return left.number < right.number ? -1 : 1 }
            }
            return 0
        }

        static func < (lhs: Key, rhs: Key) -> Bool { compare(lhs, rhs) < 0 }
    }

    var key: Key {
        var release = release
        while release.last == 0 { release.removeLast() }
        let parts = qualifiers.compactMap { qualifier -> Key.Part? in
            switch qualifier {
            case .known(let rank, let number): Key.Part(rank: rank, word: "", number: number ?? 0)
            case .other(let word, let number): Key.Part(rank: 9, word: word, number: number ?? 0)
            case .label(let number): number.map { Key.Part(rank: 8, word: "", number: $0) }
            case .number(let number): Key.Part(rank: 8, word: "", number: number)
            }
        }
        return Key(epoch: epoch ?? 0, release: release, parts: parts)
    }

    var isPrerelease: Bool { key.parts.contains { $0.rank < 7 } }
    var isPostrelease: Bool { key.parts.contains { $0.rank > 7 } }

    func hasSameRelease(as other: VersionModel) -> Bool {
        let (left, right) = (key, other.key)
        return left.epoch == right.epoch && left.release == right.release
    }

    func matches(epoch prefixEpoch: Int, prefix: [Int]) -> Bool {
        (epoch ?? 0) == prefixEpoch
            && prefix.indices.allSatisfy { (($0 < release.count) ? release[$0] : 0) == prefix[$0] }
    }

    // MARK: Generating

    static func number(using rng: inout some RandomNumberGenerator) -> Int {
        switch Int.random(in: 0..<100, using: &rng) {
        case 0..<70: Int.random(in: 0...3, using: &rng)
        case 70..<95: Int.random(in: 0...30, using: &rng)
        case 95..<99: Int.random(in: 0...100_000, using: &rng)
        default: Int.random(in: 0...Int.max, using: &rng)
        }
    }

    /// A random model; `small` keeps numbers and qualifiers few so that equal versions are frequent.
    static func random(using rng: inout some RandomNumberGenerator, small: Bool = false) -> VersionModel {
        func draw(_ rng: inout some RandomNumberGenerator) -> Int {
            small ? Int.random(in: 0...2, using: &rng) : number(using: &rng)
        }
        let epoch = Int.random(in: 0..<10, using: &rng) == 0 ? Int.random(in: 0...2, using: &rng) : nil
        let release = (0..<Int.random(in: 1...(small ? 3 : 5), using: &rng)).map { _ in draw(&rng) }
        let qualifierCount = [0, 0, 0, 0, 0, 1, 1, 1, 2, 3].randomElement(using: &rng) ?? 0
        var qualifiers: [Qualifier] = []
        for _ in 0..<(small ? min(qualifierCount, 2) : qualifierCount) {
            let number = Bool.random(using: &rng) ? draw(&rng) : nil
            var qualifier: Qualifier
            switch Int.random(in: 0..<10, using: &rng) {
            case 0..<6: qualifier = .known(knownRanks.randomElement(using: &rng) ?? 5, number)
            case 6: qualifier = .other(otherWords.randomElement(using: &rng) ?? "cdh", number)
            case 7: qualifier = .label(number)
            default: qualifier = .number(draw(&rng))
            }
            // A number after a word without one would join that word (`rc.1` is `rc1`): make it an explicit post.
            if case .number(let value) = qualifier, let previous = qualifiers.last {
                switch previous {
                case .known(_, nil), .other(_, nil): qualifier = .known(8, value)
                default: break
                }
            }
            qualifiers.append(qualifier)
        }
        var local: String?
        if Int.random(in: 0..<10, using: &rng) == 0 {
            let segments = (0..<Int.random(in: 1...3, using: &rng)).map { _ in
                String(
                    (0..<Int.random(in: 1...4, using: &rng)).map { _ in "abcXYZ0189".randomElement(using: &rng) ?? "a" }
                )
            }
            local = segments.joined(separator: [".", "-", "_"].randomElement(using: &rng) ?? ".")
        }
        return VersionModel(epoch: epoch, release: release, qualifiers: qualifiers, local: local)
    }

    // MARK: Spelling

    enum Style {
        /// Canonical spelling: first alias, `.`/`-` separators, no extra zeros.
        case plain
        /// A random equivalent spelling.
        case random
        /// A random equivalent spelling without extra trailing zeros (for prefixes, where they matter).
        case randomKeepingRelease
    }

    func spelled(style: Style, using rng: inout some RandomNumberGenerator) -> String {
        let random = style != .plain
        func pick(_ options: [String]) -> String {
            random ? (options.randomElement(using: &rng) ?? options[0]) : options[0]
        }
        func cased(_ word: String) -> String {
            guard random else { return word }
            return [word, word.uppercased(), word.prefix(1).uppercased() + word.dropFirst()].randomElement(using: &rng)
                ?? word
        }
        var text = random && Int.random(in: 0..<5, using: &rng) == 0 ? pick(["v", "V"]) : ""
        if let epoch { text += "\(epoch)!" }
        var release = release.map(String.init)
        if style == .random {
            release += Array(repeating: "0", count: [0, 0, 0, 1, 2].randomElement(using: &rng) ?? 0)
        }
        text += release.joined(separator: ".")
        var endsWithDigit = true
        var afterRelease = true
        for qualifier in qualifiers {
            let word: String?
            let number: Int?
            switch qualifier {
            case .known(let rank, let value): (word, number) = (pick(Self.spellings[rank] ?? ["rc"]), value)
            case .other(let name, let value): (word, number) = (cased(name), value)
            case .label(let value): (word, number) = (pick(Self.labelWords), value)
            case .number(let value): (word, number) = (nil, value)
            }
            if let word {
                text += endsWithDigit ? pick(["-", "", ".", "_"]) : pick(["-", ".", "_"])
                text += word
                if let number {
                    text += pick(["", ".", "-", "_"]) + String(number)
                }
                endsWithDigit = number != nil
            } else if let number {
                // Right after the release a dot would add a release number.
                text += afterRelease ? pick(["-", "_"]) : pick(["-", ".", "_"])
                text += String(number)
                endsWithDigit = true
            }
            afterRelease = false
        }
        if let local { text += "+" + local }
        return text
    }
}

/// A model with two spellings of it.
struct SpelledVersion: Sendable, CustomStringConvertible {
    var model: VersionModel
    var text: String
    var alternative: String

    var description: String { "\(text) (also \(alternative))" }

    static func random(using rng: inout some RandomNumberGenerator, small: Bool = false) -> SpelledVersion {
        while true {
            let model = VersionModel.random(using: &rng, small: small)
            let text = model.spelled(style: .random, using: &rng)
            let alternative = model.spelled(style: .random, using: &rng)
            if text.utf8.count <= Version.maximumLength && alternative.utf8.count <= Version.maximumLength {
                return SpelledVersion(model: model, text: text, alternative: alternative)
            }
        }
    }
}

let spelledVersions = Generator<SpelledVersion, Shrink.None<SpelledVersion>> { rng in
    SpelledVersion.random(using: &rng)
}

/// Versions from a small space, so that equal versions and shared bounds come up often.
let smallVersions = Generator<SpelledVersion, Shrink.None<SpelledVersion>> { rng in
    SpelledVersion.random(using: &rng, small: true)
}

// MARK: - Requirement model

/// An abstract requirement, its reference meaning and its spellings.
struct RequirementModel: Sendable, CustomStringConvertible {
    struct RangeModel: Sendable {
        var lower: VersionModel?
        var lowerInclusive: Bool
        var upper: VersionModel?
        var upperInclusive: Bool
    }

    enum ClauseModel: Sendable {
        case comparison(String, VersionModel)
        case prefix(matching: Bool, epoch: Int?, release: [Int])
        case compatible(VersionModel)
    }

    enum Form: Sendable {
        case any
        case exact(VersionModel)
        case wildcard(epoch: Int?, release: [Int])
        case plus(VersionModel)
        case ranges([RangeModel])
        case clauses([ClauseModel])
    }

    var form: Form

    /// The canonical spelling.
    var description: String {
        var rng = SystemRandomNumberGenerator()  // not consumed without randomness
        return spelled(random: false, using: &rng)
    }

    // MARK: Reference meaning

    func contains(_ version: VersionModel) -> Bool {
        let key = version.key
        switch form {
        case .any:
            return true
        case .exact(let exact):
            return key == exact.key
        case .wildcard(let epoch, let release):
            return version.matches(epoch: epoch ?? 0, prefix: release)
        case .plus(let lower):
            return key >= lower.key
        case .ranges(let ranges):
            return ranges.contains { range in
                let aboveLower = range.lower.map { range.lowerInclusive ? key >= $0.key : key > $0.key } ?? true
                let belowUpper = range.upper.map { range.upperInclusive ? key <= $0.key : key < $0.key } ?? true
                return aboveLower && belowUpper
            }
        case .clauses(let clauses):
            return clauses.allSatisfy { clause in
                switch clause {
                case .comparison("==", let other), .comparison("=", let other): key == other.key
                case .comparison("!=", let other): key != other.key
                case .comparison("<=", let other): key <= other.key
                case .comparison(">=", let other): key >= other.key
                case .comparison("<", let other):
                    key < other.key
                        && !(version.isPrerelease && !other.isPrerelease && version.hasSameRelease(as: other))
                case .comparison(">", let other):
                    key > other.key
                        && !(version.isPostrelease && !other.isPostrelease && version.hasSameRelease(as: other))
                case .comparison:
                    false
                case .prefix(let matching, let epoch, let release):
                    version.matches(epoch: epoch ?? 0, prefix: release) == matching
                case .compatible(let other):
                    key >= other.key
                        && version.matches(epoch: other.epoch ?? 0, prefix: Array(other.release.dropLast()))
                }
            }
        }
    }

    /// Versions worth checking: the ones the requirement names, and their neighbours.
    var mentionedVersions: [VersionModel] {
        var versions: [VersionModel] = []
        switch form {
        case .any: break
        case .exact(let version), .plus(let version): versions.append(version)
        case .wildcard(let epoch, let release):
            versions.append(VersionModel(epoch: epoch, release: release, qualifiers: []))
        case .ranges(let ranges): versions += ranges.flatMap { [$0.lower, $0.upper].compactMap { $0 } }
        case .clauses(let clauses):
            for clause in clauses {
                switch clause {
                case .comparison(_, let version), .compatible(let version): versions.append(version)
                case .prefix(_, let epoch, let release):
                    versions.append(VersionModel(epoch: epoch, release: release, qualifiers: []))
                }
            }
        }
        return versions.flatMap { version -> [VersionModel] in
            var neighbours = [version]
            var bumped = version
            bumped.release[bumped.release.count - 1] &+= 1
            neighbours.append(bumped)
            for rank in [0, 5, 8] {
                var qualified = version
                qualified.qualifiers.append(.known(rank, 1))
                neighbours.append(qualified)
            }
            var longer = version
            longer.release.append(1)
            neighbours.append(longer)
            return neighbours.filter { $0.release.allSatisfy { $0 >= 0 } }
        }
    }

    /// The same requirement with a 0 added to the release numbers of every version and prefix in it.
    var withTrailingZeros: RequirementModel {
        func zero(_ model: VersionModel) -> VersionModel {
            var model = model
            model.release.append(0)
            return model
        }
        switch form {
        case .any:
            return self
        case .exact(let version):
            return RequirementModel(form: .exact(zero(version)))
        case .wildcard(let epoch, let release):
            return RequirementModel(form: .wildcard(epoch: epoch, release: release + [0]))
        case .plus(let version):
            return RequirementModel(form: .plus(zero(version)))
        case .ranges(let ranges):
            return RequirementModel(
                form: .ranges(
                    ranges.map {
                        RangeModel(
                            lower: $0.lower.map(zero),
                            lowerInclusive: $0.lowerInclusive,
                            upper: $0.upper.map(zero),
                            upperInclusive: $0.upperInclusive
                        )
                    }
                )
            )
        case .clauses(let clauses):
            return RequirementModel(
                form: .clauses(
                    clauses.map { clause in
                        switch clause {
                        case .comparison(let op, let version): .comparison(op, zero(version))
                        case .prefix(let matching, let epoch, let release):
                            .prefix(matching: matching, epoch: epoch, release: release + [0])
                        case .compatible(let version): .compatible(zero(version))
                        }
                    }
                )
            )
        }
    }

    // MARK: Spelling

    func spelled(random: Bool, using rng: inout some RandomNumberGenerator) -> String {
        func space() -> String { random ? ([" ", "", "", "  "].randomElement(using: &rng) ?? "") : "" }
        func version(_ model: VersionModel) -> String { model.spelled(style: random ? .random : .plain, using: &rng) }
        func prefix(_ epoch: Int?, _ release: [Int]) -> String {
            let model = VersionModel(epoch: epoch, release: release, qualifiers: [])
            let star = random ? ([".*", ".x", ".X"].randomElement(using: &rng) ?? ".*") : ".*"
            return model.spelled(style: random ? .randomKeepingRelease : .plain, using: &rng) + star
        }
        switch form {
        case .any:
            return space() + "*" + space()
        case .exact(let model):
            return space() + version(model) + space()
        case .wildcard(let epoch, let release):
            return space() + prefix(epoch, release) + space()
        case .plus(let model):
            return space() + version(model) + "+" + space()
        case .ranges(let ranges):
            let texts = ranges.map { range -> String in
                if let lower = range.lower, let upper = range.upper, lower.key == upper.key {
                    return "[" + space() + version(lower) + space() + "]"
                }
                return (range.lowerInclusive ? "[" : "(") + space() + (range.lower.map(version) ?? "") + space() + ","
                    + space() + (range.upper.map(version) ?? "") + space() + (range.upperInclusive ? "]" : ")")
            }
            return space() + texts.joined(separator: space() + "," + space()) + space()
        case .clauses(let clauses):
            let texts = clauses.map { clause -> String in
                switch clause {
                case .comparison(let op, let model): (op == "=" && !random ? "==" : op) + space() + version(model)
                case .prefix(let matching, let epoch, let release):
                    (matching ? (random ? (["==", "="].randomElement(using: &rng) ?? "==") : "==") : "!=")
                        + space() + prefix(epoch, release)
                case .compatible(let model):
                    "~=" + space() + model.spelled(style: random ? .randomKeepingRelease : .plain, using: &rng)
                }
            }
            return space() + texts.joined(separator: space() + "," + space()) + space()
        }
    }

    // MARK: Generating

    /// A version to use in a requirement: no local label, short.
    private static func operand(using rng: inout some RandomNumberGenerator, small: Bool) -> VersionModel {
        var model = VersionModel.random(using: &rng, small: small)
        while model.plain.utf8.count > 40 { model = VersionModel.random(using: &rng, small: true) }
        model.local = nil
        return model
    }

    static func random(using rng: inout some RandomNumberGenerator, small: Bool = false) -> RequirementModel {
        switch Int.random(in: 0..<12, using: &rng) {
        case 0:
            return RequirementModel(form: .any)
        case 1:
            return RequirementModel(form: .exact(operand(using: &rng, small: small)))
        case 2:
            let prefix = operand(using: &rng, small: small)
            return RequirementModel(form: .wildcard(epoch: prefix.epoch, release: prefix.release))
        case 3:
            return RequirementModel(form: .plus(operand(using: &rng, small: small)))
        case 4, 5, 6:
            let ranges = (0..<Int.random(in: 1...3, using: &rng)).map { _ -> RangeModel in
                var lower = operand(using: &rng, small: small)
                var upper = operand(using: &rng, small: small)
                if upper.key < lower.key { swap(&lower, &upper) }
                if lower.key == upper.key {
                    return RangeModel(lower: lower, lowerInclusive: true, upper: upper, upperInclusive: true)
                }
                var range = RangeModel(
                    lower: lower,
                    lowerInclusive: Bool.random(using: &rng),
                    upper: upper,
                    upperInclusive: Bool.random(using: &rng)
                )
                switch Int.random(in: 0..<4, using: &rng) {
                case 0: (range.lower, range.lowerInclusive) = (nil, false)
                case 1: (range.upper, range.upperInclusive) = (nil, false)
                default: break
                }
                return range
            }
            return RequirementModel(form: .ranges(ranges))
        default:
            return RequirementModel(form: .clauses(randomClauses(using: &rng, small: small)))
        }
    }

    /// Clauses that are satisfiable and that the parser's emptiness check must accept.
    private static func randomClauses(using rng: inout some RandomNumberGenerator, small: Bool) -> [ClauseModel] {
        var clauses: [ClauseModel] = []
        let lowerKind = [nil, ">=", ">", "~=", "==", "="].randomElement(using: &rng) ?? nil
        var lower = operand(using: &rng, small: small)
        var upper = operand(using: &rng, small: small)
        if lowerKind == "~=" {
            // ~= needs two release numbers; add them before ordering the two ends.
            while lower.release.count < 2 { lower.release.append(Int.random(in: 0...3, using: &rng)) }
            while upper.release.count < 2 { upper.release.append(Int.random(in: 0...3, using: &rng)) }
        }
        if upper.key < lower.key { swap(&lower, &upper) }
        let distinct = lower.key < upper.key
        switch lowerKind {
        case "~=": clauses.append(.compatible(lower))
        case let op?: clauses.append(.comparison(op, lower))
        case nil: break
        }
        let exact = lowerKind == "==" || lowerKind == "="
        if !exact, distinct || lowerKind == nil, let op = [nil, "<", "<="].randomElement(using: &rng) ?? nil {
            clauses.append(.comparison(op, upper))
        }
        for _ in 0..<Int.random(in: 0...2, using: &rng) {
            let other = operand(using: &rng, small: small)
            if exact {
                if other.key != lower.key { clauses.append(.comparison("!=", other)) }
            } else if Bool.random(using: &rng) {
                clauses.append(.comparison("!=", other))
            } else {
                clauses.append(.prefix(matching: Bool.random(using: &rng), epoch: other.epoch, release: other.release))
            }
        }
        if clauses.isEmpty { clauses.append(.comparison("!=", operand(using: &rng, small: small))) }
        return clauses.shuffled(using: &rng)
    }
}

/// A requirement model with two spellings of it.
struct SpelledRequirement: Sendable, CustomStringConvertible {
    var model: RequirementModel
    var text: String
    var alternative: String

    var description: String { "\(text) (also \(alternative))" }
}

let spelledRequirements = Generator<SpelledRequirement, Shrink.None<SpelledRequirement>> { rng in
    let model = RequirementModel.random(using: &rng)
    return SpelledRequirement(
        model: model,
        text: model.spelled(random: true, using: &rng),
        alternative: model.spelled(random: true, using: &rng)
    )
}

let smallRequirements = Generator<SpelledRequirement, Shrink.None<SpelledRequirement>> { rng in
    let model = RequirementModel.random(using: &rng, small: true)
    return SpelledRequirement(model: model, text: model.spelled(random: true, using: &rng), alternative: "")
}

/// Strings over the characters versions and requirements are made of, and a few they must reject.
let noiseStrings = Gen<Character?>.element(of: Array("0123456789..--__+!vVxXaArRcCbBpPsS*[](),<>=~ é\t") as [Character])
    .map { $0 ?? "0" }
    .string(of: 0...24)

// MARK: - Properties

@Suite("Version and VersionRequirement properties")
struct VersionPropertyTests {
    @Test("parsing follows the reference ordering, whatever the spelling")
    func followsReferenceOrdering() async throws {
        // Any versions, and versions from a small space where equal releases and qualifiers are frequent.
        for generator in [spelledVersions, smallVersions] {
            await propertyCheck(count: 1500, input: generator, generator) { x, y in
                let a = try #require(Version(x.text), "\(x.text) parses")
                let b = try #require(Version(y.alternative), "\(y.alternative) parses")
                let expected = VersionModel.Key.compare(x.model.key, y.model.key)
                #expect((a < b) == (expected < 0), "\(x) vs \(y)")
                #expect((a == b) == (expected == 0), "\(x) vs \(y)")
                #expect((a > b) == (expected > 0), "\(x) vs \(y)")
                #expect(a.isPrerelease == x.model.isPrerelease, "\(x)")
            }
        }
    }

    @Test("total order: exactly one of <, ==, > holds")
    func totalOrder() async throws {
        await propertyCheck(count: 2000, input: smallVersions, smallVersions) { left, right in
            let a = try #require(Version(left.text))
            let b = try #require(Version(right.alternative))
            let holding = [a < b, a == b, a > b].filter { $0 }.count
            #expect(holding == 1, "\(a) vs \(b)")
            #expect((a < b) == (b > a) && (a <= b) == (b >= a) && (a == b) == (b == a))
        }
    }

    @Test("antisymmetry: a <= b and b <= a imply a == b")
    func antisymmetry() async throws {
        await propertyCheck(count: 2000, input: smallVersions, smallVersions) { left, right in
            let a = try #require(Version(left.text))
            let b = try #require(Version(right.text))
            if a <= b && b <= a {
                #expect(a == b, "\(a) vs \(b)")
            }
            #expect(!(a < b && b < a))
        }
    }

    @Test("transitivity of < and ==")
    func transitivity() async throws {
        await propertyCheck(count: 2000, input: smallVersions, smallVersions, smallVersions) { x, y, z in
            let sorted = try [x, y, z].map { try #require(Version($0.text)) }
            let (a, b, c) = (sorted[0], sorted[1], sorted[2])
            if a <= b && b <= c { #expect(a <= c, "\(a) <= \(b) <= \(c)") }
            if a < b && b < c { #expect(a < c, "\(a) < \(b) < \(c)") }
            if a == b && b == c { #expect(a == c, "\(a) == \(b) == \(c)") }
            if a < b && b == c { #expect(a < c, "\(a) < \(b) == \(c)") }
            #expect(sorted.sorted().sorted() == sorted.sorted())
        }
    }

    @Test("equal versions hash alike; every spelling of a version is equal")
    func equalityAndHash() async throws {
        await propertyCheck(count: 2000, input: spelledVersions, smallVersions, smallVersions) { spelled, x, y in
            let a = try #require(Version(spelled.text))
            let b = try #require(Version(spelled.alternative), "\(spelled.alternative) parses")
            #expect(a == b, "\(spelled)")
            #expect(a.hashValue == b.hashValue, "\(spelled)")
            #expect(Set([a, b]).count == 1)

            let c = try #require(Version(x.text))
            let d = try #require(Version(y.alternative))
            if c == d { #expect(c.hashValue == d.hashValue, "\(c) == \(d)") }
        }
    }

    @Test("a version parses back from its description, identical")
    func versionRoundTrip() async throws {
        await propertyCheck(count: 2000, input: spelledVersions) { spelled in
            let version = try #require(Version(spelled.text))
            #expect(version.description == spelled.text)
            let again = try #require(Version(version.description))
            #expect(again == version)
            #expect(again.description == version.description)
            #expect(again.release == version.release && again.epoch == version.epoch)
            #expect(again.qualifier == version.qualifier && again.local == version.local)
            #expect(again.local == spelled.model.local)
            let decoded = try JSONDecoder().decode(Version.self, from: JSONEncoder().encode(version))
            #expect(decoded == version && decoded.description == version.description)
        }
    }

    @Test("a requirement parses from any spelling and back from its description")
    func requirementRoundTrip() async throws {
        await propertyCheck(count: 2000, input: spelledRequirements) { spelled in
            let requirement = try VersionRequirement(parsing: spelled.text)
            let alternative = try VersionRequirement(parsing: spelled.alternative)
            #expect(requirement == alternative, "\(spelled)")
            #expect(requirement.hashValue == alternative.hashValue, "\(spelled)")
            let again = try VersionRequirement(parsing: requirement.description)
            #expect(again == requirement, "\(requirement)")
            #expect(again.hashValue == requirement.hashValue)
            #expect(again.description == requirement.description)
            #expect(try VersionRequirement(parsing: spelled.model.description) == requirement, "\(spelled.model)")
            let decoded = try JSONDecoder().decode(VersionRequirement.self, from: JSONEncoder().encode(requirement))
            #expect(decoded == requirement)
        }
    }

    @Test("a requirement contains exactly the versions its reference meaning contains")
    func requirementMeaning() async throws {
        await propertyCheck(count: 1000, input: spelledRequirements, smallVersions.array(of: 10)) { spelled, randoms in
            let requirement = try VersionRequirement(parsing: spelled.text)
            let candidates = randoms.map(\.model) + spelled.model.mentionedVersions
            for candidate in candidates {
                let text = candidate.plain
                guard let version = Version(text) else { continue }
                #expect(
                    requirement.contains(version) == spelled.model.contains(candidate),
                    "\(requirement) contains \(text)?"
                )
            }
        }
    }

    @Test("equal requirements contain the same versions and hash alike")
    func requirementEqualityMeansSameSet() async throws {
        let candidates = (0..<3).flatMap { a in
            (0..<3).flatMap { b in ["\(a)", "\(a).\(b)", "\(a).\(b).1", "\(a).\(b)rc1", "\(a).\(b).post1"] }
        }
        .compactMap { Version($0) }
        await propertyCheck(count: 3000, input: smallRequirements, smallRequirements) { left, right in
            // Pairs from a small space, and pairs that differ only in trailing zeros (`1.*` and `1.0.*`).
            let pairs = [
                (left.model.description, right.model.description),
                (left.model.description, left.model.withTrailingZeros.description),
            ]
            for (leftText, rightText) in pairs {
                let a = try VersionRequirement(parsing: leftText)
                let b = try VersionRequirement(parsing: rightText)
                if a == b {
                    #expect(a.hashValue == b.hashValue, "\(a) == \(b)")
                    for version in candidates {
                        #expect(a.contains(version) == b.contains(version), "\(a) == \(b) on \(version)")
                    }
                }
            }
        }
    }

    @Test("atLeast, exactly and wildcard agree with the ordering")
    func builders() async throws {
        await propertyCheck(count: 1000, input: smallVersions, smallVersions) { bound, candidate in
            let v = try #require(Version(bound.text))
            let w = try #require(Version(candidate.text))
            #expect(VersionRequirement.atLeast(v).contains(w) == (w >= v))
            #expect(VersionRequirement.exactly(v).contains(w) == (w == v))
            #expect(VersionRequirement.any.contains(w))
            let wildcard = VersionRequirement.wildcard(v)
            #expect(wildcard.contains(w) == candidate.model.matches(epoch: v.epoch, prefix: v.release))
            #expect(try VersionRequirement(parsing: VersionRequirement.exactly(v).description) == .exactly(v))
            #expect(try VersionRequirement(parsing: wildcard.description) == wildcard)
            if let lower = VersionRequirement.atLeast(v).lowerBound {
                #expect(lower.version == v && lower.isInclusive)
            }
        }
    }

    @Test("arbitrary text never traps, and whatever parses round-trips")
    func noise() async throws {
        await propertyCheck(count: 5000, input: noiseStrings) { text in
            if let version = Version(text) {
                let again = try #require(Version(version.description))
                #expect(again == version && again.description == version.description)
                #expect(version.description.utf8.count <= Version.maximumLength)
                for requirement in [VersionRequirement.exactly(version), .atLeast(version), .wildcard(version)] {
                    #expect(try VersionRequirement(parsing: requirement.description) == requirement, "\(requirement)")
                }
            } else {
                #expect(throws: TFMTError.self) { try Version(parsing: text) }
            }
            switch Result(catching: { () throws(TFMTError) in try VersionRequirement(parsing: text) }) {
            case .success(let requirement):
                #expect(try VersionRequirement(parsing: requirement.description) == requirement, "\(text)")
            case .failure(let error):
                #expect(error.code == .requirementMalformed)
            }
        }
    }
}
