import TFMTCore

/// Lists a table's active timeline in either layout.
enum HoodieTimelineReader {
    /// Reads the timeline of the table whose `.hoodie/` folder is `hoodieFolder`.
    ///
    /// - Throws: ``TFMTError/Code/hudiTimelineLayoutUnsupported`` for a layout other than 0, 1 or 2;
    ///   ``TFMTError/Code/hudiTimelineUnreadable`` when the timeline folder is missing, cannot be listed or holds
    ///   more entries than ``HudiReadLimits/timelineEntries``.
    static func read(
        hoodieFolder: String,
        config: HoodieTableConfig,
        limits: HudiReadLimits
    ) throws(TFMTError) -> HoodieTimeline {
        let layout = config.timelineLayoutVersion
        let folder: String
        let relative: String
        switch layout {
        case 0, 1:
            folder = hoodieFolder
            relative = ".hoodie"
        case 2:
            folder = LocalFiles.join(hoodieFolder, config.timelinePath)
            relative = ".hoodie/" + config.timelinePath
        default:
            throw .hudiTimelineLayoutUnsupported(layout, tableVersion: config.tableVersion, path: hoodieFolder)
        }
        guard LocalFiles.kind(at: folder) == .directory else {
            throw .hudiTimelineUnreadable(folder, reason: "the timeline folder does not exist")
        }
        let names: [String]
        do throws(TFMTError) {
            names = try LocalFiles.contents(ofDirectory: folder)
        } catch {
            throw .hudiTimelineUnreadable(folder, reason: error.context["reason"]?.description ?? error.message)
        }
        guard names.count <= limits.timelineEntries else {
            throw .hudiTimelineUnreadable(
                folder,
                reason: "\(names.count) entries, more than the \(limits.timelineEntries) allowed"
            )
        }
        var instants: [HoodieInstant] = []
        var unrecognized: [String] = []
        for name in names {
            switch HoodieInstantFileName.parse(name, layout: layout) {
            case .instant(let instant): instants.append(instant)
            case .unrecognized:
                if LocalFiles.kind(at: LocalFiles.join(folder, name)) == .file { unrecognized.append(name) }
            case .other: continue
            }
        }
        return HoodieTimeline(layoutVersion: layout, folder: relative, files: instants, unrecognizedFiles: unrecognized)
    }
}
