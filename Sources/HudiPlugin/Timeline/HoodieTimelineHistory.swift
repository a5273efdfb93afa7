import TFMTCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What the table keeps of instants that left the active timeline: the archived timeline of layout 1
/// (`.hoodie/archived/.commits_.archive.N_<token>`, Hudi log files) or the LSM history of layout 2
/// (`.hoodie/timeline/history/`: `_version_`, `manifest_<N>` JSON naming Parquet files
/// `<min instant>_<max instant>_<level>.parquet`).
///
/// Only names are read: the instants inside the Parquet or log files are not counted, so the record's snapshot
/// `count` covers the active timeline.
struct HoodieTimelineHistory: Sendable, Hashable {
    /// `archived` (layout 1) or `lsm` (layout 2).
    var kind: String
    /// The folder relative to the table root.
    var folder: String
    /// Whether the folder exists.
    var present: Bool
    /// The archive or history files that hold instants (for layout 2, those the current manifest lists).
    var files: Int
    /// The layout-2 manifest version from `_version_`.
    var manifestVersion: Int?
    /// The oldest and newest instant times the layout-2 file names cover.
    var minInstant: String?
    var maxInstant: String?

    /// The summary as record details.
    var json: JSONValue {
        var object: [String: JSONValue] = [
            "kind": .string(kind), "path": .string(folder), "present": .bool(present), "files": JSONValue(files),
        ]
        if let manifestVersion { object["manifestVersion"] = JSONValue(manifestVersion) }
        if let minInstant { object["minInstant"] = .string(minInstant) }
        if let maxInstant { object["maxInstant"] = .string(maxInstant) }
        return .object(object)
    }

    /// Reads the history of the table whose `.hoodie/` folder is `hoodieFolder`.
    ///
    /// - Throws: ``TFMTError/Code/hudiHistoryCorrupt`` when `_version_` is not a number or the manifest it names is
    ///   missing or not the JSON Hudi writes; ``TFMTError/Code/hudiTimelineUnreadable`` when the folder cannot be
    ///   listed.
    static func read(
        hoodieFolder: String,
        config: HoodieTableConfig,
        limits: HudiReadLimits
    ) throws(TFMTError) -> HoodieTimelineHistory {
        if config.timelineLayoutVersion >= 2 {
            let relative = config.timelinePath + "/" + config.historyPath
            return try readLSM(LocalFiles.join(hoodieFolder, relative), relative: ".hoodie/" + relative, limits: limits)
        }
        let folder = LocalFiles.join(hoodieFolder, config.archiveFolder)
        var history = HoodieTimelineHistory(
            kind: "archived",
            folder: ".hoodie/" + config.archiveFolder,
            present: false,
            files: 0
        )
        guard LocalFiles.kind(at: folder) == .directory else { return history }
        history.present = true
        history.files = try list(folder).filter { $0.hasPrefix(".commits_.archive.") }.count
        return history
    }

    private static func readLSM(
        _ folder: String,
        relative: String,
        limits: HudiReadLimits
    ) throws(TFMTError) -> HoodieTimelineHistory {
        var history = HoodieTimelineHistory(kind: "lsm", folder: relative, present: false, files: 0)
        guard LocalFiles.kind(at: folder) == .directory else { return history }
        history.present = true
        let names = try list(folder)
        var dataFiles: [String]
        let versionPath = LocalFiles.join(folder, "_version_")
        if LocalFiles.kind(at: versionPath) == .file {
            let text = try readText(versionPath, limits: limits)
            guard let version = Int(text.trimmingBlanks), version >= 0 else {
                throw .hudiHistoryCorrupt(versionPath, reason: "_version_ holds '\(text.prefix(40))', not a number")
            }
            history.manifestVersion = version
            let manifestPath = LocalFiles.join(folder, "manifest_\(version)")
            guard LocalFiles.kind(at: manifestPath) == .file else {
                throw .hudiHistoryCorrupt(manifestPath, reason: "_version_ names manifest_\(version), which is missing")
            }
            dataFiles = try manifestFiles(manifestPath, limits: limits)
        } else {
            dataFiles = names.filter { $0.hasSuffix(".parquet") }
        }
        dataFiles.sort()
        history.files = dataFiles.count
        let ranges = dataFiles.compactMap(timeRange)
        history.minInstant = ranges.map(\.min).min()
        history.maxInstant = ranges.map(\.max).max()
        return history
    }

    /// `<min>_<max>_<level>.parquet` → (min, max).
    static func timeRange(_ fileName: String) -> (min: String, max: String)? {
        guard fileName.hasSuffix(".parquet") else { return nil }
        let parts = fileName.dropLast(".parquet".count).split(separator: "_").map(String.init)
        guard parts.count == 3, HoodieInstantFileName.isTime(parts[0]), HoodieInstantFileName.isTime(parts[1]) else {
            return nil
        }
        return (parts[0], parts[1])
    }

    private static func manifestFiles(_ path: String, limits: HudiReadLimits) throws(TFMTError) -> [String] {
        let bytes = try LocalFiles.read(path, limit: limits.sideFileBytes)
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(bytes)),
            let files = value["files"]?.arrayValue
        else {
            throw .hudiHistoryCorrupt(path, reason: "the manifest is not a JSON object with a files array")
        }
        var names: [String] = []
        for entry in files {
            guard let name = entry["fileName"]?.stringValue else {
                throw .hudiHistoryCorrupt(path, reason: "a manifest entry has no fileName")
            }
            names.append(name)
        }
        return names
    }

    private static func readText(_ path: String, limits: HudiReadLimits) throws(TFMTError) -> String {
        let bytes = try LocalFiles.read(path, limit: limits.sideFileBytes)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .hudiHistoryCorrupt(path, reason: "the file is not UTF-8 text")
        }
        return text
    }

    private static func list(_ folder: String) throws(TFMTError) -> [String] {
        do throws(TFMTError) {
            return try LocalFiles.contents(ofDirectory: folder)
        } catch {
            throw .hudiTimelineUnreadable(folder, reason: error.context["reason"]?.description ?? error.message)
        }
    }
}
