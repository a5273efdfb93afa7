import TFMTAvro
import TFMTCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads the current snapshot's manifest list and its delete manifests (Avro) to tell which kinds of delete files
/// the table has: position deletes, equality deletes, v3 deletion vectors (Puffin).
///
/// Data manifests are counted from the manifest list but not opened: delete files live only in delete manifests
/// (`content` = 1), so the cost grows with the delete manifests, not with the table. Entries whose status is
/// DELETED (2) are not live and are skipped.
enum ManifestScanner {
    /// Summarizes the manifests of `resolved`'s current snapshot; `nil` when the table has no current snapshot.
    ///
    /// - Throws: ``TFMTError`` when the manifest list or a delete manifest cannot be read (`TFMT-TBL-0002`, or the
    ///   Avro reader's `TFMT-TBL-01xx` codes).
    static func summarize(_ resolved: ResolvedMetadata, root: String) throws(TFMTError) -> ManifestSummary? {
        guard let snapshot = resolved.currentSnapshot else { return nil }
        let locations = FileLocation(recordedRoot: resolved.metadata.location, localRoot: root)
        var summary = ManifestSummary()
        if let listLocation = snapshot.manifestList {
            let list = locations.localPath(listLocation)
            summary.manifestList = list
            for entry in try AvroContainerReader(contentsOf: URL(fileURLWithPath: list)).readAll() {
                guard let path = entry["manifest_path"]?.stringValue else {
                    throw .icebergMetadataCorrupt(list, reason: "a manifest list entry has no manifest_path")
                }
                if entry["content"]?.integerValue == 1 {
                    summary.deleteManifests += 1
                    try count(deletesIn: locations.localPath(path), into: &summary)
                } else {
                    summary.dataManifests += 1
                }
            }
        } else {
            summary.dataManifests = snapshot.manifests?.count ?? 0
        }
        return summary
    }

    private static func count(deletesIn manifest: String, into summary: inout ManifestSummary) throws(TFMTError) {
        var entries = try AvroContainerReader(contentsOf: URL(fileURLWithPath: manifest)).records()
        while let entry = try entries.next() {
            guard entry["status"]?.integerValue != 2, let file = entry["data_file"] else { continue }
            switch file["content"]?.integerValue {
            case 1:
                if file["file_format"]?.stringValue?.uppercased() == "PUFFIN" {
                    summary.deletionVectors += 1
                } else {
                    summary.positionDeleteFiles += 1
                }
            case 2:
                summary.equalityDeleteFiles += 1
            default:
                break
            }
        }
    }
}
