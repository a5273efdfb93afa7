import TFMTCore

/// The auto-upgrade trap, as the record's `details.upgradeWarning`: a Hudi writer newer than the table upgrades it
/// to the version it writes on its first write — always in 0.x, and in 1.x unless `hoodie.write.table.version` pins
/// the table's version (or `hoodie.write.auto.upgrade=false`) — and every reader older than the new version then
/// fails (pain point 7: apache/hudi#8580, #7154, #12815).
///
/// Which releases upgrade to what comes from the catalog: a release's `tableVersion` attribute (the version it
/// writes by default) and `writesTableVersions` (the versions it can keep writing when pinned).
enum HudiUpgradeWarning {
    /// The key that pins the version a 1.x writer writes.
    static let pinKey = "hoodie.write.table.version"
    /// The key that stops a 1.x writer from upgrading.
    static let autoUpgradeKey = "hoodie.write.auto.upgrade"

    /// The warning for a table at `tableVersion`.
    static func details(tableVersion: Int, catalog: ReleaseCatalog) -> JSONValue {
        let releases = catalog.releases(of: HudiCatalog.sparkBundle).filter { !$0.version.isPrerelease }
        var upgrades: [JSONValue] = []
        var seen: Set<Int64> = []
        var unpinnable: [String] = []
        for release in releases {
            guard let writes = release.attributes["tableVersion"]?.intValue, writes > Int64(tableVersion),
                seen.insert(writes).inserted
            else { continue }
            let pinnable =
                release.attributes["writesTableVersions"]?.arrayValue?.contains {
                    $0.intValue == Int64(tableVersion)
                } ?? false
            if !pinnable { unpinnable.append("\(release.version)") }
            upgrades.append(
                .object([
                    "from": .string("\(release.version)"), "upgradesTo": .int(writes), "canBePinned": .bool(pinnable),
                ])
            )
        }
        let pin = "\(pinKey)=\(tableVersion)"
        let message: String
        if upgrades.isEmpty {
            message =
                "No catalogued Hudi release writes a table version newer than \(tableVersion), but a future writer "
                + "will upgrade the table on its first write unless \(pin) is set; readers that do not know the new "
                + "version then fail."
        } else {
            let first = upgrades.first?["from"]?.stringValue ?? "a newer release"
            message =
                "A Hudi writer newer than the table (from \(first)) upgrades it from table version \(tableVersion) on "
                + "its first write"
                + (unpinnable.count == upgrades.count
                    ? "; these releases cannot be pinned, so keep writers on the releases that write version "
                        + "\(tableVersion)."
                    : " unless \(pin) is set (or \(autoUpgradeKey)=false); every reader older than the new version "
                        + "then fails.")
        }
        return .object([
            "tableVersion": JSONValue(tableVersion),
            "message": .string(message),
            "pin": .string(pin),
            "disableAutoUpgrade": .string("\(autoUpgradeKey)=false"),
            "upgradingWriters": .array(upgrades),
            "resolution": JSONValue([
                "Set \(pin) (and \(autoUpgradeKey)=false) on every Hudi 1.x writer of this table.",
                "Upgrade every reader (Spark and Flink bundles, hudi-rs, Trino, …) before letting a writer move the "
                    + "table to a newer version.",
                "Check hoodie.table.version in .hoodie/hoodie.properties after each writer upgrade; never infer it "
                    + "from the writer's version.",
            ]),
        ])
    }
}
