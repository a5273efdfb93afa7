/// A release version as the table formats, their engines and their packages print it.
///
/// One type reads the Maven versions of the JVM artifacts (`3.5.1`, `1.0.0-beta2`, `0.4.0-incubating`,
/// `1.1.0-SNAPSHOT`), the PEP 440 versions of the Python packages (`0.10.0rc1`, `1.0.0.dev3`, `1.0.0.post1`,
/// `1!2.0`, `2.0.0+cu118`) and the plain numbers some engines use (Trino `476`). The text may come from table
/// files and jar manifests, so parsing never traps: anything that is not a version is rejected.
///
/// ## Grammar
///
/// `[v] [EPOCH!] N(.N)* QUALIFIER* [+LOCAL]`, case-insensitive, at most ``maximumLength`` characters after
/// surrounding whitespace is trimmed:
/// - an optional `v` or `V` prefix (`v1.2.3`) and an optional PEP 440 epoch (`1!2.0`);
/// - the release: one or more non-negative decimal numbers separated by `.` (each must fit in `Int`);
/// - qualifier tokens: words of letters and numbers, separated by `.`, `-` or `_` or directly attached
///   (`rc1`, `-beta.2`, `.dev3`, `-SNAPSHOT`, `_392`); two separators in a row, a leading or trailing separator
///   and a final word `x` (which stands for a wildcard, as in `3.5.x`) are rejected;
/// - an optional local label after `+`: letters and digits separated by `.`, `-` or `_` (`+cu118`, `+8`).
///
/// A word followed by a number forms one qualifier (`rc1`, `rc-1`, `rc.1` are the same); a number on its own is an
/// implicit post-release (`1.0.0-1` is `1.0.0.post1`, `1.8.0_392` sorts after `1.8.0`).
///
/// ## Ordering
///
/// Versions compare by epoch, then by release numbers with missing numbers read as zero (`1.0 == 1.0.0`, as in
/// Maven and PEP 440), then qualifier by qualifier, where a missing qualifier counts as the release itself:
///
/// `dev` < `alpha`/`a` < `beta`/`b` < `milestone`/`m` < `preview` < `rc`/`cr`/`c`/`pre` < `snapshot`
/// < *release* < `post`/`rev`/`r`/`sp` < any other word
///
/// - Qualifiers of the same kind compare by their number, numerically (`beta2 < beta10`); no number means 0.
/// - Several qualifiers compare in turn: `1.0rc1.dev2 < 1.0rc1 < 1.0rc1.post1 < 1.0`, `1.0.dev3 < 1.0a1`,
///   `1.0-rc1-SNAPSHOT < 1.0-rc1`.
/// - `preview` is its own kind just before `rc`, because Spark published `4.0.0-preview1` before `4.0.0-rc1`
///   (PEP 440 would read it as `rc`).
/// - The labels `incubating`, `final`, `ga` and `release` are ignored: `0.4.0-incubating == 0.4.0 == 0.4.0.Final`.
///   A number after a label is an implicit post-release.
/// - Any other word (`1.0-cdh`, `3.3.2-amzn-0`) sorts after the release and its post-releases, like Maven's unknown
///   qualifiers: a vendor build of 3.3.2 is newer than 3.3.2 and older than 3.3.3. Such words compare
///   alphabetically (case-insensitively), then by number.
/// - The local label is ignored: `2.0.0+cu118 == 2.0.0 == 2.0.0+cpu`, so `==2.0.0` accepts it as PEP 440's
///   matching rules require. (PEP 440 sorts local versions just after the public one; tfmt treats a local build as
///   the release it was built from, which keeps equality and ordering consistent.)
///
/// Equality and hashing follow the ordering: two versions are equal exactly when neither sorts before the other,
/// even if their ``description``s differ (`1.0` and `1.0.0`, `1.0rc1` and `1.0.0-RC1`). ``description`` always
/// keeps the text as written.
public struct Version: Sendable {
    /// The longest text, after trimming surrounding whitespace, accepted as a version.
    public static let maximumLength = 128

    /// The version exactly as written, without surrounding whitespace.
    public let description: String

    /// The PEP 440 epoch (`1` in `1!2.0`); 0 when there is none.
    public let epoch: Int

    /// The release numbers as written: `[3, 5, 1]` for `3.5.1`, `[1, 0]` for `1.0rc1`.
    public let release: [Int]

    /// The text between the release numbers and the local label, without its leading separator: `beta2` for
    /// `1.0.0-beta2`, `rc1.dev2` for `1.0rc1.dev2`, `incubating` for `0.4.0-incubating`; `nil` when there is none.
    public let qualifier: String?

    /// The local label after `+` (`cu118` in `2.0.0+cu118`), or `nil`. It does not take part in ordering.
    public let local: String?

    /// The qualifiers as they order, labels removed.
    let suffix: [Part]

    init(description: String, epoch: Int, release: [Int], qualifier: String?, local: String?, suffix: [Part]) {
        self.description = description
        self.epoch = epoch
        self.release = release
        self.qualifier = qualifier
        self.local = local
        self.suffix = suffix
    }

    /// Parses a version, or returns `nil` when the text is not one.
    ///
    /// - Parameter text: The version as printed; surrounding whitespace is ignored.
    public init?(_ text: String) {
        guard case .success(let version) = Version.parse(text[...]) else { return nil }
        self = version
    }

    /// Parses a version.
    ///
    /// - Parameter text: The version as printed; surrounding whitespace is ignored.
    /// - Throws: ``TFMTError`` with code ``TFMTError/Code/versionMalformed`` when the text is empty, longer than
    ///   ``maximumLength``, has a number that does not fit in `Int`, or does not follow the grammar above. The
    ///   context holds the `version` (shortened when very long) and the `reason`.
    public init(parsing text: String) throws(TFMTError) {
        switch Version.parse(text[...]) {
        case .success(let version): self = version
        case .failure(let failure): throw failure.error(for: text)
        }
    }

    /// Creates a plain release version, `major.minor.patch`.
    ///
    /// - Precondition: All numbers are non-negative.
    public init(major: Int, minor: Int = 0, patch: Int = 0) {
        precondition(major >= 0 && minor >= 0 && patch >= 0, "version numbers cannot be negative")
        self.init(epoch: 0, release: [major, minor, patch])
    }

    /// Creates a plain release version from its epoch and release numbers, printed as `EPOCH!N.N…` (the epoch only
    /// when it is not 0).
    init(epoch: Int, release: [Int]) {
        let numbers = release.map(String.init).joined(separator: ".")
        self.init(
            description: epoch == 0 ? numbers : "\(epoch)!\(numbers)",
            epoch: epoch,
            release: release,
            qualifier: nil,
            local: nil,
            suffix: []
        )
    }

    /// The first release number.
    public var major: Int { release.first ?? 0 }

    /// The second release number, or 0 when there is none.
    public var minor: Int { component(1) }

    /// The third release number, or 0 when there is none.
    public var patch: Int { component(2) }

    /// The major and minor numbers as the artifact names use them: `3.5` for `3.5.1`, `476.0` for `476`.
    public var majorMinor: String { "\(major).\(minor)" }

    /// Whether this is a pre-release: it has a `dev`, `alpha`, `beta`, `milestone`, `preview`, `rc` or `snapshot`
    /// qualifier (`1.0.0-beta2`, `0.10.0rc1`, `1.1.0-SNAPSHOT`, `1.0.post1.dev1`).
    public var isPrerelease: Bool { suffix.contains { $0.kind < .release } }

    /// Whether a qualifier sorts after the plain release: a post-release (`1.0.0.post1`, `1.0-1`, `sp1`) or a
    /// vendor build (`3.3.2-amzn-0`).
    var isPostrelease: Bool { suffix.contains { $0.kind > .release } }

    /// The release number at `index`, or 0 past the end.
    func component(_ index: Int) -> Int { index < release.count ? release[index] : 0 }

    /// Whether the epoch is `epoch` and the release numbers begin with `prefix` (missing numbers read as 0).
    func matches(epoch: Int, prefix: ArraySlice<Int>) -> Bool {
        guard self.epoch == epoch else { return false }
        for (offset, number) in prefix.enumerated() where component(offset) != number {
            return false
        }
        return true
    }

    /// Whether both have the same epoch and release numbers, ignoring trailing zeros and qualifiers.
    func hasSameRelease(as other: Version) -> Bool {
        guard epoch == other.epoch else { return false }
        for index in 0..<max(release.count, other.release.count) where component(index) != other.component(index) {
            return false
        }
        return true
    }
}

// MARK: - Qualifiers

extension Version {
    /// One qualifier as it orders: its kind, the word for unknown kinds, and its number.
    struct Part: Sendable, Hashable, Comparable {
        /// The kinds in ascending order; `release` is what a missing qualifier compares as and never stored.
        enum Kind: Int, Sendable, Comparable {
            case dev
            case alpha
            case beta
            case milestone
            case preview
            case releaseCandidate
            case snapshot
            case release
            case post
            case other

            static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
        }

        var kind: Kind
        /// The lower-cased word for ``Kind/other``, empty for the known kinds.
        var word: String
        var number: Int

        /// What a missing qualifier compares as.
        static let neutral = Part(kind: .release, word: "", number: 0)

        static func < (lhs: Part, rhs: Part) -> Bool {
            if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
            if lhs.word != rhs.word { return lhs.word < rhs.word }
            return lhs.number < rhs.number
        }
    }
}

// MARK: - Ordering, equality, hashing

extension Version: Comparable, Hashable {
    /// Compares two versions: negative when `lhs` sorts first, 0 when they are equal, positive otherwise.
    static func compare(_ lhs: Version, _ rhs: Version) -> Int {
        if lhs.epoch != rhs.epoch { return lhs.epoch < rhs.epoch ? -1 : 1 }
        for index in 0..<max(lhs.release.count, rhs.release.count) {
            let left = lhs.component(index)
            let right = rhs.component(index)
            if left != right { return left < right ? -1 : 1 }
        }
        for index in 0..<max(lhs.suffix.count, rhs.suffix.count) {
            let left = index < lhs.suffix.count ? lhs.suffix[index] : .neutral
            let right = index < rhs.suffix.count ? rhs.suffix[index] : .neutral
            if left != right { return left < right ? -1 : 1 }
        }
        return 0
    }

    public static func < (lhs: Version, rhs: Version) -> Bool { compare(lhs, rhs) < 0 }

    /// Whether the two versions order as equal; their ``description``s may differ (`1.0` and `1.0.0`).
    public static func == (lhs: Version, rhs: Version) -> Bool { compare(lhs, rhs) == 0 }

    /// Hashes the normalized form: epoch, release numbers without trailing zeros and the ordering qualifiers.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(epoch)
        let significant = (release.lastIndex { $0 != 0 } ?? -1) + 1
        hasher.combine(significant)
        for number in release[..<significant] {
            hasher.combine(number)
        }
        hasher.combine(suffix)
    }
}

// MARK: - Text and Codable

extension Version: LosslessStringConvertible, Codable {
    /// Decodes a version from a JSON string.
    ///
    /// - Throws: `DecodingError.dataCorrupted` whose underlying error is the ``TFMTError`` of
    ///   ``init(parsing:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        switch Version.parse(text[...]) {
        case .success(let version):
            self = version
        case .failure(let failure):
            let error = failure.error(for: text)
            throw DecodingError.dataCorrupted(
                .init(codingPath: container.codingPath, debugDescription: error.message, underlyingError: error)
            )
        }
    }

    /// Encodes the version as a JSON string, its ``description``.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
