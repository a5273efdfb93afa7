import TFMTCore

/// Format runtimes known to break each other when they share one engine, each with the public report it comes from.
enum KnownClashes {
    /// Two artifact-name prefixes that must not meet.
    private struct Clash: Sendable {
        var first: String
        var second: String
        var message: String
        var source: String
        var resolution: [String]
    }

    private static let clashes: [Clash] = [
        Clash(
            first: "hudi-spark",
            second: "paimon-spark",
            message: "Hudi's and Paimon's Spark extensions both define CallCommand and collide in one Spark",
            source: "apache/paimon#2449",
            resolution: [
                "Keep Hudi and Paimon in separate Spark applications (separate jars/ folders or --packages lists).",
                "Or load only one format's SQL extensions per session (spark.sql.extensions).",
            ]
        ),
        Clash(
            first: "paimon-flink",
            second: "iceberg-flink",
            message: "paimon-flink pulls iceberg-flink, whose parquet-hadoop clashes on ParquetFileReader",
            source: "apache/paimon#4649",
            resolution: [
                "Use one of the two in a Flink deployment, or exclude the Iceberg dependency that paimon-flink brings."
            ]
        ),
    ]

    static func findings(in artifacts: [FoundArtifact], jars: [JarInfo]) -> [TFMTError] {
        // Embedded artifacts count too: a bundle can carry the clashing library inside it.
        let names =
            artifacts.map { ($0.name, $0.path) } + jars.flatMap { jar in jar.embedded.map { ($0.artifact, jar.path) } }
        var findings: [TFMTError] = []
        for clash in clashes {
            guard let first = names.first(where: { $0.0.hasPrefix(clash.first) }),
                let second = names.first(where: { $0.0.hasPrefix(clash.second) })
            else { continue }
            findings.append(
                TFMTError(
                    .formatClash,
                    clash.message,
                    context: [
                        "jars": JSONValue(Array(Set([first.1, second.1])).sorted()),
                        "artifacts": JSONValue([first.0, second.0]), "source": .string(clash.source),
                    ],
                    resolution: clash.resolution
                )
            )
        }
        return findings
    }
}
