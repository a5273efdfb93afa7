import TFMTCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The behaviour every ``TableFormatPlugin`` promises, checked against a live plugin.
///
/// The same checks run over the built-in plugins in the test suite and can run over an external plugin before it is
/// trusted. Each check returns the violations it found; a plugin passes when there are none.
public enum PluginContract {
    /// One broken promise.
    public struct Violation: Sendable, Hashable, CustomStringConvertible {
        /// The check that failed (`metadata`, `detect-empty`, `inspect-non-table`, `catalog-sources`,
        /// `requirements-runtimes`, …).
        public var check: String
        /// What was wrong.
        public var detail: String

        public var description: String { "\(check): \(detail)" }
    }

    /// Runs every check against `plugin`.
    ///
    /// - Parameter scratchDirectory: An empty folder the checks may use; each check makes its own subfolder.
    public static func check(_ plugin: any TableFormatPlugin, scratchDirectory: String) async -> [Violation] {
        var violations = checkMetadata(plugin)
        violations += await checkDetectOnEmptyFolder(plugin, scratchDirectory: scratchDirectory)
        violations += await checkInspectOnNonTable(plugin, scratchDirectory: scratchDirectory)
        violations += checkCatalogSources(plugin)
        violations += checkRequirementRuntimes(plugin)
        return violations
    }

    /// The metadata is well formed, matches the catalog's format, and the plugin accepts this host's API.
    public static func checkMetadata(_ plugin: any TableFormatPlugin) -> [Violation] {
        let metadata = plugin.metadata
        var violations = PluginMetadataCheck.problems(in: metadata).map { Violation(check: "metadata", detail: $0) }
        if metadata.apiVersion.major != PluginAPI.version.major {
            violations.append(
                Violation(
                    check: "metadata",
                    detail: "built for plugin API \(metadata.apiVersion), host offers \(PluginAPI.version)"
                )
            )
        }
        if !plugin.dependencies.pluginAPI.contains(PluginAPI.version) {
            violations.append(
                Violation(
                    check: "metadata",
                    detail: "accepts plugin API \(plugin.dependencies.pluginAPI), not the host's \(PluginAPI.version)"
                )
            )
        }
        if plugin.catalog.format != metadata.format {
            violations.append(
                Violation(
                    check: "metadata",
                    detail: "catalog describes \(plugin.catalog.format), plugin reads \(metadata.format)"
                )
            )
        }
        return violations
    }

    /// `detect` on an empty folder finds nothing and does not throw.
    public static func checkDetectOnEmptyFolder(
        _ plugin: any TableFormatPlugin,
        scratchDirectory: String
    ) async -> [Violation] {
        let folder = LocalFiles.join(scratchDirectory, "detect-empty")
        guard makeDirectory(folder) else {
            return [Violation(check: "detect-empty", detail: "could not create \(folder)")]
        }
        do {
            if let detection = try await plugin.detect(at: folder) {
                return [Violation(check: "detect-empty", detail: "found a table in an empty folder: \(detection)")]
            }
            return []
        } catch {
            return [Violation(check: "detect-empty", detail: "threw on an empty folder: \(error)")]
        }
    }

    /// `inspect` on a folder that is no table throws a `TBL` error with resolution steps.
    public static func checkInspectOnNonTable(
        _ plugin: any TableFormatPlugin,
        scratchDirectory: String
    ) async -> [Violation] {
        let folder = LocalFiles.join(scratchDirectory, "inspect-non-table")
        guard makeDirectory(folder),
            FileManager.default.createFile(atPath: LocalFiles.join(folder, "README.txt"), contents: Data("hi".utf8))
        else {
            return [Violation(check: "inspect-non-table", detail: "could not create \(folder)")]
        }
        do {
            let record = try await plugin.inspect(at: folder, options: InspectOptions())
            return [Violation(check: "inspect-non-table", detail: "returned a record for a non-table: \(record)")]
        } catch {
            var violations: [Violation] = []
            if error.code.area != "TBL" {
                violations.append(
                    Violation(check: "inspect-non-table", detail: "threw \(error.code), expected a TFMT-TBL code")
                )
            }
            if error.resolution.isEmpty {
                violations.append(
                    Violation(check: "inspect-non-table", detail: "\(error.code) has no resolution steps")
                )
            }
            return violations
        }
    }

    /// Every catalog fact names its source, and every release and feature names a runtime the catalog lists.
    public static func checkCatalogSources(_ plugin: any TableFormatPlugin) -> [Violation] {
        let catalog = plugin.catalog
        var violations: [Violation] = []
        func requireSource(_ source: String, _ fact: String) {
            if source.allSatisfy(\.isWhitespace) {
                violations.append(Violation(check: "catalog-sources", detail: "\(fact) has no source"))
            }
        }
        if catalog.provenance.allSatisfy(\.isWhitespace) {
            violations.append(Violation(check: "catalog-sources", detail: "the catalog has no provenance"))
        }
        let runtimes = Set(catalog.runtimes.map(\.id))
        for runtime in catalog.runtimes {
            requireSource(runtime.source, "runtime \(runtime.id)")
        }
        for release in catalog.releases {
            requireSource(release.source, "release \(release.runtime) \(release.version)")
            if !runtimes.contains(release.runtime) {
                violations.append(
                    Violation(
                        check: "catalog-sources",
                        detail: "release \(release.runtime) \(release.version) names an unknown runtime"
                    )
                )
            }
        }
        for feature in catalog.features {
            requireSource(feature.source, "feature \(feature.feature) for \(feature.runtime)")
            if !runtimes.contains(feature.runtime) {
                violations.append(
                    Violation(
                        check: "catalog-sources",
                        detail: "feature \(feature.feature) names an unknown runtime \(feature.runtime)"
                    )
                )
            }
        }
        return violations
    }

    /// Requirements name only runtimes the catalog knows, for a table with no features and for a table with every
    /// feature the catalog lists.
    public static func checkRequirementRuntimes(_ plugin: any TableFormatPlugin) -> [Violation] {
        let catalog = plugin.catalog
        let known = Set(catalog.runtimes.map(\.id))
        let baseline = TableRecord(
            format: plugin.metadata.format,
            location: "/contract/table",
            snapshot: TableRecord.Snapshot(id: "0", timestamp: nil, count: 1)
        )
        var everything = baseline
        everything.features = Array(Set(catalog.features.map(\.feature))).sorted()
        var violations: [Violation] = []
        for record in [baseline, everything] {
            let requirements = plugin.requirements(for: record)
            for requirement in requirements.read + requirements.write where !known.contains(requirement.runtime) {
                violations.append(
                    Violation(
                        check: "requirements-runtimes",
                        detail: "requirement '\(requirement)' names a runtime the catalog does not list"
                    )
                )
            }
        }
        return violations
    }

    private static func makeDirectory(_ path: String) -> Bool {
        (try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)) != nil
    }
}
