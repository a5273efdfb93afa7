/// Parses the names of timeline files into instants.
///
/// Layout 1 (table versions up to 7, files directly in `.hoodie/`):
/// `<time>.<action>` (completed), `<time>.<action>.requested`, `<time>.<action>.inflight`, and `<time>.inflight`
/// for an inflight commit of a copy-on-write table.
///
/// Layout 2 (table versions 8 and 9, files in `.hoodie/timeline/`): `<time>_<completion>.<action>` (completed),
/// `<time>.<action>.requested`, `<time>.<action>.inflight`, and `<time>.inflight`.
///
/// Times are 14 to 20 ASCII digits. Names that do not start with a digit (`hoodie.properties`, `.aux`, `archived`,
/// `history`, …) are not timeline files.
enum HoodieInstantFileName {
    /// What a name in a timeline folder is.
    enum Parsed: Sendable, Hashable {
        /// A timeline instant.
        case instant(HoodieInstant)
        /// A name that starts like an instant but does not follow the grammar, or names an unknown action.
        case unrecognized
        /// Not a timeline file at all.
        case other
    }

    /// Parses `name` as a file of a layout-`layout` timeline.
    static func parse(_ name: String, layout: Int) -> Parsed {
        guard let first = name.first, first.isASCII, first.isNumber else { return .other }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 || parts.count == 3 else { return .unrecognized }
        var time = parts[0]
        var completion: String?
        if layout >= 2, parts.count == 2, let underscore = time.firstIndex(of: "_") {
            completion = String(time[time.index(after: underscore)...])
            time = String(time[..<underscore])
        }
        guard isTime(time), completion.map(isTime) ?? true else { return .unrecognized }
        let action: String
        let state: HoodieInstant.State
        if parts.count == 2 {
            if parts[1] == "inflight" {
                action = "commit"
                state = .inflight
            } else {
                action = parts[1]
                state = .completed
                // Layout 2 always names the completion time of a completed instant.
                if layout >= 2, completion == nil { return .unrecognized }
            }
        } else {
            guard let pending = HoodieInstant.State(rawValue: parts[2]), pending != .completed else {
                return .unrecognized
            }
            action = parts[1]
            state = pending
        }
        guard HoodieInstant.actions.contains(action) else { return .unrecognized }
        return .instant(
            HoodieInstant(time: time, completionTime: completion, action: action, state: state, fileName: name)
        )
    }

    /// Whether `text` is an instant time: 14 to 20 ASCII digits.
    static func isTime(_ text: String) -> Bool {
        (14...20).contains(text.utf8.count) && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}
