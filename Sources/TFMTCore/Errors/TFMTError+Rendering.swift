extension TFMTError {
    /// Renders the error for a person reading a terminal or a log.
    ///
    /// ```
    /// error TFMT-CFG-0002: unknown key 'sockt'
    ///   file:   /etc/tfmt/tfmtd.yaml
    ///   line:   3
    /// to fix:
    ///   1. Remove the key or correct its spelling; known keys here: socket, metrics.
    /// see docs/errors.md#tfmt-cfg-0002
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
