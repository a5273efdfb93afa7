// The requirement parser: `*`, bare versions and wildcards, Maven ranges and their unions, comparison sets with
// PEP 440 operators. Like the version parser it rejects rather than traps.

extension VersionRequirement {
    /// Parses a requirement in one of the forms listed on ``VersionRequirement``.
    ///
    /// - Parameter text: The requirement; whitespace around its parts is ignored.
    /// - Throws: ``TFMTError`` with code ``TFMTError/Code/requirementMalformed`` when the text is empty, longer than
    ///   ``maximumLength``, not one of the forms, names a malformed version, or describes an empty set such as
    ///   `[2.0,1.0)`. The context holds the `requirement` (shortened when very long) and the `reason`; the
    ///   resolution lists the accepted forms.
    public init(parsing text: String) throws(TFMTError) {
        switch VersionRequirement.parse(text) {
        case .success(let requirement): self = requirement
        case .failure(let failure): throw failure.error(for: text)
        }
    }

    /// Why a text is not a requirement.
    struct ParseFailure: Error, Sendable {
        /// The reason, a phrase that completes "'TEXT' is not a version requirement: …".
        var reason: String

        /// The error users see.
        func error(for text: String) -> TFMTError {
            TFMTError(
                .requirementMalformed,
                "'\(text.shortenedForMessage)' is not a version requirement: \(reason)",
                context: ["requirement": .string(text.shortenedForMessage), "reason": .string(reason)],
                resolution: [
                    "Correct the requirement: \(reason).",
                    "Write one of the accepted forms: * for any version; a version such as 3.5.1 for exactly it; "
                        + "3.5.* or 3.5.x for a series; a Maven range such as [1.0,2.0), (,1.0], [1.5,) or [1.0], "
                        + "or several joined by commas such as [1.0,2.0),[3.0,); comparisons joined by commas "
                        + "such as >=2.3.0,<3 or >=2.3,!=2.4.0 with ==, !=, <, <=, >, >= and ~= (~=1.4.2 means "
                        + ">=1.4.2,==1.4.*), and ==1.0.* or !=1.0.* for a series.",
                ]
            )
        }
    }

    private static func fail<T>(_ reason: String) -> Result<T, ParseFailure> { .failure(ParseFailure(reason: reason)) }

    static func parse(_ input: String) -> Result<VersionRequirement, ParseFailure> {
        let text = input.trimmingVersionWhitespace()
        guard !text.isEmpty else { return fail("it is empty; write * for any version") }
        guard text.utf8.count <= maximumLength else { return fail("it is longer than \(maximumLength) characters") }
        if text == "*" { return .success(.any) }
        switch text.first {
        case "[", "(": return parseRanges(text)
        case "<", ">", "=", "!", "~": return parseClauses(text)
        default: return parseBare(text)
        }
    }

    /// Parses a version inside a requirement, quoting it in the reason when it is malformed.
    private static func version(_ text: Substring) -> Result<Version, ParseFailure> {
        Version.parse(text).mapError { failure in
            let written = text.trimmingVersionWhitespace().shortenedForMessage
            return ParseFailure(reason: "'\(written)' is not a version (\(failure.reason))")
        }
    }

    /// The prefix of a wildcard `P.*`, `P.x` or `P.X`, or `nil` when the text is not one (`1.0+a.x` is a version
    /// with a local label).
    private static func wildcardPrefix(_ text: Substring) -> Substring? {
        guard text.hasSuffix(".*") || text.hasSuffix(".x") || text.hasSuffix(".X"), !text.contains("+") else {
            return nil
        }
        return text.dropLast(2)
    }

    /// Parses the `P` of `P.*`: release numbers with an optional `v` and epoch, nothing else.
    private static func prefixVersion(_ text: Substring) -> Result<Version, ParseFailure> {
        version(text).flatMap { prefix in
            prefix.qualifier == nil && prefix.local == nil
                ? .success(prefix) : fail("only release numbers may come before '.*', not '\(text)'")
        }
    }

    /// `3.5.1`, `3.5.*`, `3.5.x`, `0.14.0+`.
    private static func parseBare(_ text: Substring) -> Result<VersionRequirement, ParseFailure> {
        if text.contains(",") {
            return fail("several versions need operators or brackets, such as >=2.3,<3 or [1.0,2.0)")
        }
        if let prefix = wildcardPrefix(text) {
            return prefixVersion(prefix).map { VersionRequirement(form: .wildcard($0)) }
        }
        if text.hasSuffix("+"), let last = text.dropLast().last, last.isLetter || last.isNumber {
            return version(text.dropLast()).map { .atLeast($0) }
        }
        return version(text).map { .exactly($0) }
    }

    /// `[1.0,2.0)`, `(,1.0]`, `[1.5,)`, `[1.0]`, and unions of them separated by commas.
    private static func parseRanges(_ text: Substring) -> Result<VersionRequirement, ParseFailure> {
        var ranges: [MavenRange] = []
        var rest = text
        while true {
            guard let open = rest.first, open == "[" || open == "(" else {
                return fail("a comma between ranges must be followed by another range starting with '[' or '('")
            }
            guard let closeIndex = rest.firstIndex(where: { $0 == "]" || $0 == ")" }) else {
                return fail("the range '\(rest.shortenedForMessage)' is not closed with ']' or ')'")
            }
            let close = rest[closeIndex]
            let inside = rest[rest.index(after: rest.startIndex)..<closeIndex]
            let written = rest[...closeIndex]
            if inside.contains(where: { $0 == "[" || $0 == "(" }) {
                return fail("the range '\(written)' opens twice")
            }
            switch range(inside, open: open, close: close, written: written) {
            case .success(let range): ranges.append(range)
            case .failure(let failure): return .failure(failure)
            }
            rest = rest[rest.index(after: closeIndex)...].trimmingVersionWhitespace()
            if rest.isEmpty { break }
            guard rest.first == "," else {
                return fail(
                    "ranges must be separated by commas, but '\(rest.shortenedForMessage)' follows '\(written)'"
                )
            }
            rest = rest.dropFirst().trimmingVersionWhitespace()
        }
        return .success(VersionRequirement(form: .ranges(ranges)))
    }

    private static func range(
        _ inside: Substring,
        open: Character,
        close: Character,
        written: Substring
    ) -> Result<MavenRange, ParseFailure> {
        let ends = inside.split(separator: ",", omittingEmptySubsequences: false)
        switch ends.count {
        case 1:
            guard open == "[", close == "]" else {
                return fail("a single version needs square brackets, such as [1.0], not '\(written)'")
            }
            return version(ends[0]).map {
                MavenRange(lower: Bound($0, isInclusive: true), upper: Bound($0, isInclusive: true))
            }
        case 2:
            let lowerText = ends[0].trimmingVersionWhitespace()
            let upperText = ends[1].trimmingVersionWhitespace()
            var result = MavenRange()
            if !lowerText.isEmpty {
                switch version(lowerText) {
                case .success(let lower): result.lower = Bound(lower, isInclusive: open == "[")
                case .failure(let failure): return .failure(failure)
                }
            }
            if !upperText.isEmpty {
                switch version(upperText) {
                case .success(let upper): result.upper = Bound(upper, isInclusive: close == "]")
                case .failure(let failure): return .failure(failure)
                }
            }
            switch (result.lower, result.upper) {
            case (nil, nil):
                return fail("the range '\(written)' has no bounds; write * for any version")
            case (let lower?, let upper?) where lower.version > upper.version:
                return fail("the range '\(written)' is empty: its lower bound is above its upper bound")
            case (let lower?, let upper?)
            where lower.version == upper.version && !(lower.isInclusive && upper.isInclusive):
                return fail("the range '\(written)' is empty: it excludes its only version")
            default:
                return .success(result)
            }
        default:
            return fail("the range '\(written)' has more than two versions; join ranges with commas instead")
        }
    }

    /// `>=2.3.0,<3`, `>= 2.3, != 2.4.0`, `~=1.4.2`, `==1.0.*`.
    private static func parseClauses(_ text: Substring) -> Result<VersionRequirement, ParseFailure> {
        var clauses: [Clause] = []
        for piece in text.split(separator: ",", omittingEmptySubsequences: false) {
            switch clause(piece.trimmingVersionWhitespace()) {
            case .success(let clause): clauses.append(clause)
            case .failure(let failure): return .failure(failure)
            }
        }
        if isEvidentlyEmpty(clauses) { return fail("no version satisfies all of its comparisons") }
        return .success(VersionRequirement(form: .clauses(clauses)))
    }

    /// The operators by their text, longest first so that `<=` is not read as `<`.
    private static let operators: [(text: String, clause: ClauseOperator)] = [
        ("===", .arbitrary), ("~=", .compatible), ("==", .equal), ("!=", .notEqual), ("<=", .lessOrEqual),
        (">=", .greaterOrEqual), ("<", .less), (">", .greater), ("=", .equal),
    ]

    private enum ClauseOperator {
        case arbitrary, compatible, equal, notEqual, less, lessOrEqual, greater, greaterOrEqual
    }

    private static func clause(_ piece: Substring) -> Result<Clause, ParseFailure> {
        guard !piece.isEmpty else { return fail("a comma is not followed by a comparison") }
        guard let (operatorText, kind) = operators.first(where: { piece.hasPrefix($0.text) }) else {
            return fail("'\(piece)' has no operator; write for example ==\(piece) or >=\(piece)")
        }
        let operand = piece.dropFirst(operatorText.count).trimmingVersionWhitespace()
        guard !operand.isEmpty else { return fail("'\(operatorText)' is not followed by a version") }
        if let prefix = wildcardPrefix(operand) {
            switch kind {
            case .equal: return prefixVersion(prefix).map { .prefix(matching: true, $0) }
            case .notEqual: return prefixVersion(prefix).map { .prefix(matching: false, $0) }
            default: return fail("a wildcard such as '\(operand)' works only with == and !=")
            }
        }
        switch kind {
        case .arbitrary:
            return fail("arbitrary equality '===' is not supported; use ==")
        case .compatible:
            return version(operand).flatMap { version in
                version.release.count >= 2
                    ? .success(.compatible(version))
                    : fail("'~=' needs at least two release numbers, such as ~=1.4 or ~=1.4.2, not '\(operand)'")
            }
        case .equal: return version(operand).map { .comparison(.equal, $0) }
        case .notEqual: return version(operand).map { .comparison(.notEqual, $0) }
        case .less: return version(operand).map { .comparison(.less, $0) }
        case .lessOrEqual: return version(operand).map { .comparison(.lessOrEqual, $0) }
        case .greater: return version(operand).map { .comparison(.greater, $0) }
        case .greaterOrEqual: return version(operand).map { .comparison(.greaterOrEqual, $0) }
        }
    }

    /// Whether the ordered comparisons alone already exclude every version (`>=2,<1`, `>1,<=1`, `==1,!=1.0`).
    /// It never rejects a satisfiable set; some empty sets (`==1.*,==2.*`) pass.
    private static func isEvidentlyEmpty(_ clauses: [Clause]) -> Bool {
        var lower: Bound?
        var upper: Bound?
        for clause in clauses {
            let bounds = clause.bounds(includingPrefixes: false)
            if let bound = bounds.lower { lower = Bound.tighterLower(lower, bound) }
            if let bound = bounds.upper { upper = Bound.tighterUpper(upper, bound) }
        }
        guard let lower, let upper else { return false }
        if lower.version > upper.version { return true }
        if lower.version < upper.version { return false }
        guard lower.isInclusive && upper.isInclusive else { return true }
        // Only lower.version is left: empty when a clause rejects it.
        return !clauses.allSatisfy { $0.contains(lower.version) }
    }
}
