/// The keys allowed in each map of the file, used to reject unknown keys and to say where a misplaced key belongs.
enum ConfigSchema {
    static let topLevel = [
        "socket", "adminGroup", "stateDirectory", "logLevel", "limits", "plugins", "catalogs", "metrics", "alerts",
        "engines", "tables",
    ]
    static let socket = ["path", "mode", "maxFrameSize"]
    static let limits = [
        "maxConnections", "maxInFlightPerConnection", "idleTimeout", "requestTimeout", "shutdownGracePeriod",
    ]
    static let plugins = ["directories", "allowOutsideDirectories", "disabled", "settings"]
    static let catalogs = ["directory"]
    static let metrics = ["interval", "retention", "stateFile", "saveInterval", "maxSeries"]
    static let alerts = ["includeDefaultRules", "rules"]
    static let alertRule = ["name", "metric", "comparison", "threshold", "for", "severity", "labels"]
    static let engine = ["name", "engine", "version", "scala", "java", "python", "scan", "assume"]
    static let tables = ["roots", "watch"]
    static let watchedTable = ["path", "read", "write", "interval"]

    /// Every map with its printed place, for "this key belongs under …" hints.
    static let sections: [(place: String, keys: [String])] = [
        ("the top level", topLevel), ("socket", socket), ("limits", limits), ("plugins", plugins),
        ("catalogs", catalogs), ("metrics", metrics), ("alerts", alerts), ("alerts.rules[]", alertRule),
        ("engines[]", engine), ("tables", tables), ("tables.watch[]", watchedTable),
    ]

    /// The places other than `place` where `key` is allowed.
    static func places(of key: String, otherThan place: String) -> [String] {
        sections.filter { $0.place != place && $0.keys.contains(key) }.map(\.place)
    }
}
