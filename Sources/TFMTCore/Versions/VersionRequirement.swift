/// A set of acceptable versions, written the way Maven, PEP 440 and release notes write them.
///
/// ## Forms
///
/// | Text | Meaning |
/// |---|---|
/// | `*` | any version |
/// | `3.5.1` | exactly that version (so also `3.5.1.0`, see ``Version`` ordering) |
/// | `3.5.*`, `3.5.x` | every version whose release numbers begin with 3.5, pre-releases included |
/// | `0.14.0+` | at least 0.14.0, printed `>=0.14.0` |
/// | `[1.0,2.0)`, `(,1.0]`, `[1.5,)`, `[1.0]` | Maven ranges: `[`/`]` include the bound, `(`/`)` exclude it |
/// | `[1.0,2.0),[3.0,)` | a union of Maven ranges |
/// | `>=2.3.0,<3`, `>= 2.3, != 2.4.0` | comparisons that must all hold; `==`, `=`, `!=`, `<`, `<=`, `>`, `>=` |
/// | `~=1.4.2`, `~=0.5` | PEP 440 compatible release: `>=1.4.2,==1.4.*`; `>=0.5,==0.*` |
/// | `==1.0.*`, `!=1.0.*` | PEP 440 prefix match and its negation |
///
/// Whitespace around versions, operators, brackets and commas is ignored. Text that is empty, longer than
/// ``maximumLength``, names a malformed version, or describes an obviously empty set (`[2.0,1.0)`, `(1.0,1.0)`,
/// `>=2,<1`) is rejected.
///
/// ## Matching
///
/// Versions compare with ``Version``'s ordering. In comparisons, `<V` and `>V` follow PEP 440's exclusive ordered
/// comparisons: `<3.6` does not accept pre-releases of 3.6 (`3.6.0-rc1`, `3.6.0-SNAPSHOT`) unless `V` is itself a
/// pre-release, and `>3.3.2` does not accept post-releases or vendor builds of 3.3.2 (`3.3.2.post1`,
/// `3.3.2-amzn-0`) unless `V` is itself one. Maven ranges compare plainly, as Maven does: `[3.5,4.0)` accepts
/// `4.0.0-rc1`. Pre-releases are otherwise accepted whenever the ordering allows (PEP 440's rule that a specifier
/// skips pre-releases by default is left to callers, see ``Version/isPrerelease``).
///
/// ## Text and equality
///
/// ``description`` is a canonical text that parses back to an equal requirement: versions keep their text, `=`
/// becomes `==`, `x` wildcards become `*`, whitespace goes (`>= 2.3, != 2.4.0` prints `>=2.3,!=2.4.0`). Two
/// requirements are equal when they have the same form and the same comparisons or ranges, in any order; versions
/// inside compare with ``Version``'s equality, so `>=1.0` equals `>=1.0.0`. Equal sets written in different forms
/// (`3.5.1` and `==3.5.1`) are not equal.
public struct VersionRequirement: Sendable {
    /// The longest text, after trimming surrounding whitespace, accepted as a requirement.
    public static let maximumLength = 1024

    /// One end of a requirement: a version and whether the version itself is accepted.
    public struct Bound: Sendable, Hashable {
        /// The version at the end.
        public let version: Version
        /// Whether ``version`` itself is inside the bound.
        public let isInclusive: Bool

        /// Creates a bound.
        public init(_ version: Version, isInclusive: Bool) {
            self.version = version
            self.isInclusive = isInclusive
        }
    }

    /// The comparison operators, by their canonical text.
    enum Operator: String, Sendable, Hashable {
        case equal = "=="
        case notEqual = "!="
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
    }

    /// One comparison of a comparison set.
    ///
    /// Prefix and compatible-release clauses depend on how many release numbers were written (`==1.0.*` is not
    /// `==1.*`, `~=1.4` is not `~=1.4.0`), so their equality compares release numbers exactly.
    enum Clause: Sendable, Hashable {
        /// `OP V`.
        case comparison(Operator, Version)
        /// `==P.*` when `matching`, `!=P.*` otherwise; `P` has release numbers only.
        case prefix(matching: Bool, Version)
        /// `~=V`: at least `V`, and the release numbers of `V` but the last as a prefix.
        case compatible(Version)
    }

    /// One Maven range; a `nil` end is unbounded. `[V]` has both ends at `V`, inclusive.
    struct MavenRange: Sendable, Hashable {
        var lower: Bound?
        var upper: Bound?
    }

    enum Form: Sendable {
        case any
        case exact(Version)
        /// `P.*` on its own.
        case wildcard(Version)
        case ranges([MavenRange])
        case clauses([Clause])
    }

    let form: Form

    init(form: Form) { self.form = form }

    /// Every version.
    public static let any = VersionRequirement(form: .any)

    /// Exactly `version`, with trailing zeros insignificant (`exactly(3.5)` accepts `3.5.0`); prints as the bare
    /// version.
    public static func exactly(_ version: Version) -> VersionRequirement { VersionRequirement(form: .exact(version)) }

    /// `version` or any later version; prints as `>=VERSION`.
    public static func atLeast(_ version: Version) -> VersionRequirement {
        VersionRequirement(form: .clauses([.comparison(.greaterOrEqual, version)]))
    }

    /// Every version whose epoch and release numbers begin with those of `prefix`, whatever their qualifiers;
    /// prints as `PREFIX.*` (`wildcard(3.5)` is `3.5.*`). Qualifiers and the local label of `prefix` are dropped.
    public static func wildcard(_ prefix: Version) -> VersionRequirement {
        let plain =
            prefix.qualifier == nil && prefix.local == nil
            ? prefix : Version(epoch: prefix.epoch, release: prefix.release)
        return VersionRequirement(form: .wildcard(plain))
    }

    /// Whether this is `*`.
    public var isAny: Bool {
        if case .any = form { return true }
        return false
    }

    /// Whether `version` is acceptable.
    public func contains(_ version: Version) -> Bool {
        switch form {
        case .any: true
        case .exact(let exact): version == exact
        case .wildcard(let prefix): version.matches(epoch: prefix.epoch, prefix: prefix.release[...])
        case .ranges(let ranges): ranges.contains { $0.contains(version) }
        case .clauses(let clauses): clauses.allSatisfy { $0.contains(version) }
        }
    }

    /// The lower end the requirement names, or `nil` when it accepts versions as old as any.
    ///
    /// It is exact for comparisons, ranges and exact versions. For a wildcard `3.5.*` (and `==3.5.*`) it is 3.5,
    /// inclusive, although pre-releases of 3.5 such as `3.5.0rc1` also match. Clauses such as `!=` do not narrow it.
    public var lowerBound: Bound? {
        switch form {
        case .any:
            return nil
        case .exact(let version):
            return Bound(version, isInclusive: true)
        case .wildcard(let prefix):
            return Bound(prefix, isInclusive: true)
        case .ranges(let ranges):
            var result: Bound?
            for range in ranges {
                guard let lower = range.lower else { return nil }
                result = Bound.looserLower(result, lower)
            }
            return result
        case .clauses(let clauses):
            return clauses.reduce(nil) { result, clause in
                clause.bounds(includingPrefixes: true).lower.map { Bound.tighterLower(result, $0) } ?? result
            }
        }
    }

    /// The upper end the requirement names, or `nil` when it accepts versions as new as any.
    ///
    /// For a wildcard `3.5.*`, `~=3.5.1` or `==3.5.*` it is 3.6, exclusive. Clauses such as `!=` do not narrow it.
    public var upperBound: Bound? {
        switch form {
        case .any:
            return nil
        case .exact(let version):
            return Bound(version, isInclusive: true)
        case .wildcard(let prefix):
            return Version.successor(epoch: prefix.epoch, prefix: prefix.release[...]).map {
                Bound($0, isInclusive: false)
            }
        case .ranges(let ranges):
            var result: Bound?
            for range in ranges {
                guard let upper = range.upper else { return nil }
                result = Bound.looserUpper(result, upper)
            }
            return result
        case .clauses(let clauses):
            return clauses.reduce(nil) { result, clause in
                clause.bounds(includingPrefixes: true).upper.map { Bound.tighterUpper(result, $0) } ?? result
            }
        }
    }
}

// MARK: - Matching

extension VersionRequirement.MavenRange {
    func contains(_ version: Version) -> Bool {
        if let lower, version < lower.version || (version == lower.version && !lower.isInclusive) { return false }
        if let upper, version > upper.version || (version == upper.version && !upper.isInclusive) { return false }
        return true
    }
}

extension VersionRequirement.Clause {
    func contains(_ version: Version) -> Bool {
        switch self {
        case .comparison(.equal, let other):
            return version == other
        case .comparison(.notEqual, let other):
            return version != other
        case .comparison(.lessOrEqual, let other):
            return version <= other
        case .comparison(.greaterOrEqual, let other):
            return version >= other
        case .comparison(.less, let other):
            // PEP 440: `<V` does not accept pre-releases of V unless V is one.
            return version < other
                && !(version.isPrerelease && !other.isPrerelease && version.hasSameRelease(as: other))
        case .comparison(.greater, let other):
            // PEP 440: `>V` does not accept post-releases of V unless V is one.
            return version > other
                && !(version.isPostrelease && !other.isPostrelease && version.hasSameRelease(as: other))
        case .prefix(let matching, let prefix):
            return version.matches(epoch: prefix.epoch, prefix: prefix.release[...]) == matching
        case .compatible(let other):
            return version >= other && version.matches(epoch: other.epoch, prefix: other.release.dropLast())
        }
    }

    /// The ends this clause names. Prefix clauses name approximate ends (their lower end lets pre-releases of the
    /// prefix through), so checks that must be exact leave them out.
    func bounds(includingPrefixes: Bool) -> (lower: VersionRequirement.Bound?, upper: VersionRequirement.Bound?) {
        typealias Bound = VersionRequirement.Bound
        switch self {
        case .comparison(.equal, let version):
            return (Bound(version, isInclusive: true), Bound(version, isInclusive: true))
        case .comparison(.greaterOrEqual, let version):
            return (Bound(version, isInclusive: true), nil)
        case .comparison(.greater, let version):
            return (Bound(version, isInclusive: false), nil)
        case .comparison(.lessOrEqual, let version):
            return (nil, Bound(version, isInclusive: true))
        case .comparison(.less, let version):
            return (nil, Bound(version, isInclusive: false))
        case .comparison(.notEqual, _), .prefix(matching: false, _):
            return (nil, nil)
        case .prefix(matching: true, let prefix):
            guard includingPrefixes else { return (nil, nil) }
            let next = Version.successor(epoch: prefix.epoch, prefix: prefix.release[...])
            return (Bound(prefix, isInclusive: true), next.map { Bound($0, isInclusive: false) })
        case .compatible(let version):
            let next = Version.successor(epoch: version.epoch, prefix: version.release.dropLast())
            return (Bound(version, isInclusive: true), next.map { Bound($0, isInclusive: false) })
        }
    }
}

extension Version {
    /// The first plain release after every version with the prefix: `3.6` for `3.5`; `nil` when the last number
    /// cannot grow or the prefix is empty.
    static func successor(epoch: Int, prefix: ArraySlice<Int>) -> Version? {
        guard let last = prefix.last else { return nil }
        let (next, overflow) = last.addingReportingOverflow(1)
        guard !overflow else { return nil }
        return Version(epoch: epoch, release: Array(prefix.dropLast()) + [next])
    }
}

extension VersionRequirement.Bound {
    /// The narrower of two lower ends: the later version; exclusive on a tie.
    static func tighterLower(_ current: Self?, _ candidate: Self) -> Self {
        guard let current else { return candidate }
        if current.version != candidate.version { return current.version > candidate.version ? current : candidate }
        return current.isInclusive ? candidate : current
    }

    /// The narrower of two upper ends: the earlier version; exclusive on a tie.
    static func tighterUpper(_ current: Self?, _ candidate: Self) -> Self {
        guard let current else { return candidate }
        if current.version != candidate.version { return current.version < candidate.version ? current : candidate }
        return current.isInclusive ? candidate : current
    }

    /// The wider of two lower ends: the earlier version; inclusive on a tie.
    static func looserLower(_ current: Self?, _ candidate: Self) -> Self {
        guard let current else { return candidate }
        if current.version != candidate.version { return current.version < candidate.version ? current : candidate }
        return current.isInclusive ? current : candidate
    }

    /// The wider of two upper ends: the later version; inclusive on a tie.
    static func looserUpper(_ current: Self?, _ candidate: Self) -> Self {
        guard let current else { return candidate }
        if current.version != candidate.version { return current.version > candidate.version ? current : candidate }
        return current.isInclusive ? current : candidate
    }
}

// MARK: - Equality and hashing

extension VersionRequirement: Hashable {
    /// Whether both have the same form and the same comparisons or ranges, in any order.
    public static func == (lhs: VersionRequirement, rhs: VersionRequirement) -> Bool {
        switch (lhs.form, rhs.form) {
        case (.any, .any): true
        case (.exact(let left), .exact(let right)): left == right
        case (.wildcard(let left), .wildcard(let right)): left.hasSamePrefix(as: right)
        case (.ranges(let left), .ranges(let right)): Set(left) == Set(right)
        case (.clauses(let left), .clauses(let right)): Set(left) == Set(right)
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch form {
        case .any:
            hasher.combine(0)
        case .exact(let version):
            hasher.combine(1)
            hasher.combine(version)
        case .wildcard(let prefix):
            hasher.combine(2)
            prefix.hashPrefix(into: &hasher)
        case .ranges(let ranges):
            hasher.combine(3)
            hasher.combine(Set(ranges))
        case .clauses(let clauses):
            hasher.combine(4)
            hasher.combine(Set(clauses))
        }
    }
}

extension VersionRequirement.Clause {
    static func == (lhs: Self, rhs: Self) -> Bool {
        switch (lhs, rhs) {
        case (.comparison(let left, let leftVersion), .comparison(let right, let rightVersion)):
            left == right && leftVersion == rightVersion
        case (.prefix(let left, let leftPrefix), .prefix(let right, let rightPrefix)):
            left == right && leftPrefix.hasSamePrefix(as: rightPrefix)
        case (.compatible(let left), .compatible(let right)):
            left == right && left.release.count == right.release.count
        default:
            false
        }
    }

    func hash(into hasher: inout Hasher) {
        switch self {
        case .comparison(let op, let version):
            hasher.combine(0)
            hasher.combine(op)
            hasher.combine(version)
        case .prefix(let matching, let prefix):
            hasher.combine(1)
            hasher.combine(matching)
            prefix.hashPrefix(into: &hasher)
        case .compatible(let version):
            hasher.combine(2)
            hasher.combine(version)
            hasher.combine(version.release.count)
        }
    }
}

extension Version {
    /// Whether both name the same prefix: the same epoch and exactly the same release numbers (`3.5` is not
    /// `3.5.0` as a prefix).
    func hasSamePrefix(as other: Version) -> Bool { epoch == other.epoch && release == other.release }

    /// Hashes what ``hasSamePrefix(as:)`` compares.
    func hashPrefix(into hasher: inout Hasher) {
        hasher.combine(epoch)
        hasher.combine(release)
    }
}

// MARK: - Text and Codable

extension VersionRequirement: CustomStringConvertible, Codable {
    /// The canonical text, which parses back to an equal requirement.
    public var description: String {
        switch form {
        case .any: "*"
        case .exact(let version): version.description
        case .wildcard(let prefix): "\(prefix).*"
        case .ranges(let ranges): ranges.map(\.description).joined(separator: ",")
        case .clauses(let clauses): clauses.map(\.description).joined(separator: ",")
        }
    }

    /// Decodes a requirement from a JSON string.
    ///
    /// - Throws: `DecodingError.dataCorrupted` whose underlying error is the ``TFMTError`` of
    ///   ``init(parsing:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        switch VersionRequirement.parse(text) {
        case .success(let requirement):
            self = requirement
        case .failure(let failure):
            let error = failure.error(for: text)
            throw DecodingError.dataCorrupted(
                .init(codingPath: container.codingPath, debugDescription: error.message, underlyingError: error)
            )
        }
    }

    /// Encodes the requirement as a JSON string, its ``description``.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension VersionRequirement.MavenRange: CustomStringConvertible {
    var description: String {
        if let lower, let upper, lower.version == upper.version { return "[\(lower.version)]" }
        let open = lower?.isInclusive == true ? "[" : "("
        let close = upper?.isInclusive == true ? "]" : ")"
        return "\(open)\(lower?.version.description ?? ""),\(upper?.version.description ?? "")\(close)"
    }
}

extension VersionRequirement.Clause: CustomStringConvertible {
    var description: String {
        switch self {
        case .comparison(let op, let version): "\(op.rawValue)\(version)"
        case .prefix(let matching, let prefix): "\(matching ? "==" : "!=")\(prefix).*"
        case .compatible(let version): "~=\(version)"
        }
    }
}
