/// The shapes of the names the configuration defines and refers to.
enum NameSyntax {
    /// How to write the name of an engine environment or an alert rule.
    static let nameForms =
        "lower-case letters, digits, '.', '_' or '-', starting with a letter or digit, at most 64 "
        + "characters, such as prod-spark"

    /// How to write an engine, as `EngineTarget` accepts it.
    static let engineForms =
        "the engine's name in lower-case letters, digits or '-', such as spark, flink, trino, "
        + "python, hive, duckdb or polars"

    /// How to write a metric name.
    static let metricForms = "letters, digits and '_', starting with a letter, such as process_cpu_percent"

    /// Names of engine environments and alert rules: `[a-z0-9][a-z0-9._-]*`, up to 64 characters, so they are safe
    /// in command lines, URLs and metric labels.
    static func isName(_ text: String) -> Bool {
        guard (1...64).contains(text.count), let first = text.first, isLowerAlphanumeric(first) else { return false }
        return text.allSatisfy { isLowerAlphanumeric($0) || $0 == "." || $0 == "_" || $0 == "-" }
    }

    /// Engine names as `EngineTarget(parsing:)` accepts them.
    static func isEngine(_ text: String) -> Bool {
        (1...64).contains(text.count) && text.allSatisfy { isLowerAlphanumeric($0) || $0 == "-" }
    }

    /// Prometheus-compatible metric and label names, `[a-zA-Z_][a-zA-Z0-9_]*`.
    static func isMetric(_ text: String) -> Bool {
        guard (1...200).contains(text.count), let first = text.first, first.isASCII,
            first.isLetter || first == "_"
        else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isWholeNumber || $0 == "_") }
    }

    /// Group names as `getent group` shows them, or a numeric group id.
    static func isGroup(_ text: String) -> Bool {
        (1...32).contains(text.count) && !text.hasPrefix("-")
            && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isWholeNumber || "._-".contains($0)) }
    }

    /// Artifact names as `--with ARTIFACT=VERSION` takes them (`delta-spark_2.12`, `pyiceberg`).
    static func isArtifact(_ text: String) -> Bool {
        (1...200).contains(text.count)
            && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isWholeNumber || "._-:".contains($0)) }
    }

    private static func isLowerAlphanumeric(_ character: Character) -> Bool {
        character.isASCII && (character.isLowercase || character.isWholeNumber)
    }
}
