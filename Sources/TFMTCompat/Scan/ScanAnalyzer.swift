import Foundation
import TFMTCore

/// Turns an inventory into findings: the plugins say which jars are their runtimes; the checks here apply to every
/// jar — Scala suffix and engine minor against the engine, class-file level against its Java, duplicates, shaded
/// copies beside unshaded ones, and formats known to clash.
public enum ScanAnalyzer {
    /// Analyses a scanned folder.
    public static func analyze(
        _ scanned: InventoryScanner.Result,
        target: EngineTarget?,
        plugins: [any TableFormatPlugin]
    ) -> ScanResult {
        let inventory = scanned.inventory
        var runtimes: [InstalledRuntime] = []
        var findings = scanned.problems
        for plugin in plugins {
            let report = plugin.scan(inventory, target: target)
            runtimes += report.runtimes
            findings += report.findings
        }
        if let target {
            for artifact in inventory.artifacts where artifact.ecosystem == .maven {
                findings += scalaFindings(artifact, target: target)
                findings += engineMinorFindings(artifact, target: target)
                findings += javaFindings(artifact, target: target)
            }
        }
        findings += duplicateFindings(inventory.artifacts, runtimes: runtimes)
        findings += shadedCopyFindings(scanned.jars)
        findings += KnownClashes.findings(in: inventory.artifacts, jars: scanned.jars)
        return ScanResult(
            directory: inventory.directory,
            target: target,
            runtimes: runtimes,
            artifacts: inventory.artifacts,
            findings: findings
        )
    }

    // MARK: Scala

    /// The Scala binary suffix of a Maven artifact name (`delta-spark_2.12` → `2.12`).
    public static func scalaSuffix(of name: String) -> String? {
        guard let underscore = name.lastIndex(of: "_") else { return nil }
        let suffix = String(name[name.index(after: underscore)...])
        return ["2.10", "2.11", "2.12", "2.13", "3"].contains(suffix) ? suffix : nil
    }

    static func scalaFindings(_ artifact: FoundArtifact, target: EngineTarget) -> [TFMTError] {
        guard let expected = target.scala?.majorMinorForScala, let found = scalaSuffix(of: artifact.name),
            found != expected
        else { return [] }
        let replacement = String(artifact.name.dropLast(found.count)) + expected
        return [
            TFMTError(
                .scalaSuffixMismatch,
                "\(artifact.name) is built for Scala \(found) but \(target) uses Scala \(expected)",
                context: [
                    "jar": .string(artifact.path), "artifact": .string(artifact.name), "expected": .string(expected),
                    "found": .string(found), "replacement": .string(coordinates(artifact, name: replacement)),
                ],
                resolution: [
                    "Replace the jar with \(coordinates(artifact, name: replacement)).",
                    "Mixed Scala builds fail at run time with NoClassDefFoundError or NoSuchMethodError naming "
                        + "scala/ classes, not the jar.",
                ]
            )
        ]
    }

    // MARK: Engine minor

    /// The engine minor an artifact name is built for: `iceberg-spark-runtime-3.5_2.12` → 3.5 for spark,
    /// `hudi-spark3.5-bundle_2.12` → 3.5, `paimon-flink-1.20` → 1.20.
    public static func engineMinor(in name: String, engine: String) -> String? {
        guard let range = name.range(of: engine) else { return nil }
        var rest = name[range.upperBound...]
        // Skip word segments such as "-runtime" or "-extensions" between the engine and its minor.
        while rest.hasPrefix("-"), let next = rest.dropFirst().first, next.isLetter {
            rest = rest.dropFirst().drop { $0.isLetter }
        }
        if rest.hasPrefix("-") { rest = rest.dropFirst() }
        let digits = rest.prefix { $0.isNumber || $0 == "." }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        let after = rest.dropFirst(digits.count).first
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, after == nil || after == "-" || after == "_"
        else { return nil }
        return String(digits)
    }

    static func engineMinorFindings(_ artifact: FoundArtifact, target: EngineTarget) -> [TFMTError] {
        guard let found = engineMinor(in: artifact.name, engine: target.engine) else { return [] }
        let expected = "\(target.version.major).\(target.version.minor)"
        guard found != expected else { return [] }
        let replacement = artifact.name.replacingFirst(found, with: expected)
        return [
            TFMTError(
                .engineMinorMismatch,
                "\(artifact.name) is built for \(target.engine) \(found) but the engine is \(target.version)",
                context: [
                    "jar": .string(artifact.path), "artifact": .string(artifact.name), "expected": .string(expected),
                    "found": .string(found), "replacement": .string(coordinates(artifact, name: replacement)),
                ],
                resolution: [
                    "Replace the jar with the build for \(target.engine) \(expected): \(coordinates(artifact, name: replacement)), "
                        + "if that release publishes one (tfmtctl resolve --engine \(target.engine)@\(target.version) tells).",
                    "Runtime jars are compiled against one engine minor; another minor fails with NoSuchMethodError.",
                ]
            )
        ]
    }

    // MARK: Java

    static func javaFindings(_ artifact: FoundArtifact, target: EngineTarget) -> [TFMTError] {
        guard let java = target.java, let major = artifact.classFileMajor, major - 44 > java else { return [] }
        let needed = major - 44
        return [
            TFMTError(
                .classFilesTooNew,
                "\(artifact.name) has classes for Java \(needed); \(target) runs Java \(java)",
                context: [
                    "jar": .string(artifact.path), "artifact": .string(artifact.name),
                    "classFileVersion": .int(Int64(major)),
                    "expected": .string("Java \(java) (class file \(java + 44))"),
                    "found": .string("Java \(needed) (class file \(major))"),
                ],
                resolution: [
                    "Run the engine on Java \(needed) or newer, or use an older release of \(artifact.name) built for Java "
                        + "\(java).",
                    "The JVM refuses these classes with UnsupportedClassVersionError (class file version \(major).0).",
                ]
            )
        ]
    }

    // MARK: Duplicates

    static func duplicateFindings(_ artifacts: [FoundArtifact], runtimes: [InstalledRuntime]) -> [TFMTError] {
        var findings: [TFMTError] = []
        let byName = Dictionary(grouping: artifacts.filter { $0.version != nil }, by: \.name)
        for (name, copies) in byName.sorted(by: { $0.key < $1.key }) where copies.count > 1 {
            findings.append(duplicate(name, paths: copies.map(\.path), versions: copies.compactMap(\.version)))
        }
        // The same runtime family under two artifact names (two Scala builds, two engine minors).
        let byRuntime = Dictionary(grouping: runtimes, by: \.runtime)
        for (runtime, copies) in byRuntime.sorted(by: { $0.key < $1.key })
        where Set(copies.compactMap(\.artifact)).count > 1 {
            findings.append(duplicate(runtime, paths: copies.map(\.origin), versions: copies.map(\.version)))
        }
        return findings
    }

    private static func duplicate(_ name: String, paths: [String], versions: [Version]) -> TFMTError {
        let listed = zip(paths, versions).map { "\($0) (\($1))" }
        return TFMTError(
            .duplicateRuntime,
            "\(name) is installed \(paths.count) times",
            context: ["artifact": .string(name), "jars": JSONValue(listed)],
            resolution: [
                "Keep one copy: the class loader picks one jar per class by classpath order, so two versions mix "
                    + "classes and fail with NoSuchMethodError.",
                "Remove: " + paths.dropFirst().joined(separator: ", ") + ".",
            ]
        )
    }

    static func shadedCopyFindings(_ jars: [JarInfo]) -> [TFMTError] {
        var standalone: [String: JarInfo] = [:]
        for jar in jars {
            if let own = jar.coordinates { standalone["\(own.group):\(own.artifact)"] = jar }
        }
        var findings: [TFMTError] = []
        for jar in jars {
            for embedded in jar.embedded {
                guard let other = standalone["\(embedded.group):\(embedded.artifact)"], other.path != jar.path,
                    let otherVersion = other.coordinates?.version, otherVersion != embedded.version
                else { continue }
                findings.append(
                    TFMTError(
                        .shadedAndUnshadedCopy,
                        "\(jar.path.lastPathComponent) carries \(embedded.artifact) \(embedded.version) while "
                            + "\(other.path.lastPathComponent) is \(embedded.artifact) \(otherVersion)",
                        context: [
                            "jar": .string(jar.path),
                            "embedded": .string("\(embedded.group):\(embedded.artifact):\(embedded.version)"),
                            "standalone": .string(other.path), "found": .string(otherVersion),
                            "expected": .string(embedded.version),
                        ],
                        resolution: [
                            "Remove \(other.path.lastPathComponent) if nothing else needs it, or align it to "
                                + "\(embedded.group):\(embedded.artifact):\(embedded.version).",
                            "A library inside a bundle and the same library beside it load in an order nobody chose.",
                        ]
                    )
                )
            }
        }
        return findings
    }

    private static func coordinates(_ artifact: FoundArtifact, name: String) -> String {
        [artifact.group, name, artifact.version?.description].compactMap { $0 }.joined(separator: ":")
    }
}

extension Version {
    /// `2.12.18` → `2.12`: the Scala binary version.
    var majorMinorForScala: String { release.count >= 2 ? "\(major).\(minor)" : "\(major)" }
}

extension String {
    fileprivate var lastPathComponent: String { split(separator: "/").last.map(String.init) ?? self }

    fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
