extension TFMTError {
    /// Renders the error for a person reading a terminal or a log.
    ///
    /// ```
    /// error TFMT-DEP-0004: plugin 'top' needs plugin 'base' >=1.0, which is not registered
    ///   dependency:  base
    ///   plugin:      top
    ///   requirement: >=1.0
    /// to fix:
    ///   1. Register 'base' (tfmtctl plugins add MANIFEST), then validate again.
    /// see docs/errors.md#tfmt-dep-0004
    /// ```
    public func rendered() -> String {
        var lines = ["error \(code): \(message)"]
        if !context.isEmpty {
            let width = context.keys.map(\.count).max() ?? 0
            for (key, value) in context.sorted(by: { $0.key < $1.key }) {
                let padding = String(repeating: " ", count: width - key.count)
                lines.append("  \(key):\(padding) \(value)")
            }
        }
        if !resolution.isEmpty {
            lines.append("to fix:")
            for (index, step) in resolution.enumerated() {
                lines.append("  \(index + 1). \(step)")
            }
        }
        lines.append("see \(docs)")
        return lines.joined(separator: "\n")
    }
}
