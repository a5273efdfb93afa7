import TFMTCore

/// One thing wrong with the file, collected while reading so that all of them can be reported together.
struct ConfigProblem: Error {
    var code: TFMTError.Code
    /// One line, no trailing period.
    var message: String
    /// Where in the file, when the problem has a place.
    var position: SourcePosition?
    /// The dotted key path of the offending value, when it has one.
    var key: ConfigKeyPath?
    /// Facts beyond the position: `expected`, `found`, `range`, `allowed`, `suggestion`…
    var details: [String: JSONValue] = [:]
    /// Concrete steps, in order.
    var resolution: [String]

    /// The most problems listed in `otherProblems`; the rest are counted.
    static let maximumListed = 20

    /// The error to throw for `problems`: the first in file order, carrying the rest briefly in `otherProblems`.
    static func error(for problems: [ConfigProblem], in source: ConfigSource) -> TFMTError {
        // Stable sort: problems at the same place keep the order they were found in.
        let ordered = problems.enumerated().sorted { lhs, rhs in
            switch (lhs.element.position, rhs.element.position) {
            case (let left?, let right?) where left != right: return left < right
            case (.some, .none): return true
            case (.none, .some): return false
            default: return lhs.offset < rhs.offset
            }
        }.map(\.element)
        guard let first = ordered.first else {
            preconditionFailure("an error needs at least one problem")
        }
        var context = first.details
        context["file"] = .string(source.file)
        if let position = first.position {
            context["line"] = JSONValue(position.line)
            context["column"] = JSONValue(position.column)
        }
        if let key = first.key, !key.isRoot {
            context["key"] = .string(key.description)
        }
        let others = ordered.dropFirst()
        if !others.isEmpty {
            var listed = others.prefix(maximumListed).map { $0.summary }
            if others.count > maximumListed {
                listed.append("… and \(others.count - maximumListed) more")
            }
            context["otherProblems"] = JSONValue(listed)
        }
        // `rendered()` prints context values after the longest key plus four columns; indenting the caret line by
        // the same amount keeps it under the right character.
        if let position = first.position {
            let width = (Array(context.keys) + ["snippet"]).map(\.count).max() ?? 0
            if let snippet = source.snippet(at: position, indent: width + 4) {
                context["snippet"] = .string(snippet)
            }
        }
        return TFMTError(first.code, first.message, context: context, resolution: first.resolution)
    }

    /// `12:5 engines[1].java is 99, outside 8...30`; messages name their key already.
    var summary: String {
        (position.map { "\($0) " } ?? "") + message
    }
}
