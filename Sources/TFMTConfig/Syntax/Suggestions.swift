/// Finds the known word a person most likely meant, for "did you mean" hints.
enum Suggestions {
    /// The candidate closest to `word`, when it is close enough to be a plausible typo.
    ///
    /// Letter case, `_` and `-` are ignored first, so `max_frame_size` finds `maxFrameSize`; otherwise the edit
    /// distance must be at most a third of the word's length (and at least 1).
    static func closest(to word: String, in candidates: [String]) -> String? {
        let folded = fold(word)
        if let exact = candidates.first(where: { fold($0) == folded }) { return exact }
        // An abbreviation (`warn` for `warning`, `crit` for `critical`) is as telling as a typo.
        if folded.count >= 3, let longer = candidates.first(where: { fold($0).starts(with: folded) }) {
            return longer
        }
        let limit = max(1, folded.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(folded, fold(candidate), limit: limit)
            if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.candidate
    }

    private static func fold(_ word: String) -> [Character] {
        Array(word.lowercased().filter { $0 != "_" && $0 != "-" })
    }

    /// Levenshtein distance, giving up early (returning `limit + 1`) once it cannot stay within `limit`; the early
    /// exit keeps hostile keys of thousands of characters cheap.
    static func editDistance(_ lhs: [Character], _ rhs: [Character], limit: Int) -> Int {
        guard abs(lhs.count - rhs.count) <= limit else { return limit + 1 }
        if lhs.isEmpty || rhs.isEmpty { return max(lhs.count, rhs.count) }
        var previous = Array(0...rhs.count)
        var current = [Int](repeating: 0, count: rhs.count + 1)
        for (i, left) in lhs.enumerated() {
            current[0] = i + 1
            var rowMinimum = current[0]
            for (j, right) in rhs.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (left == right ? 0 : 1))
                rowMinimum = min(rowMinimum, current[j + 1])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[rhs.count]
    }
}
