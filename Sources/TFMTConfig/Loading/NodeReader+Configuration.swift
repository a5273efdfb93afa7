import TFMTCore
import Yams

// Reading each section of the file. Every key starts from its default and is replaced only by a valid value, so
// one mistake does not hide the next one.
extension NodeReader {
    mutating func readConfiguration(_ root: Node) -> TFMTConfiguration {
        var configuration = TFMTConfiguration.default
        let path = ConfigKeyPath.root
        guard let fields = fields(root, at: path, place: "the top level", allowed: ConfigSchema.topLevel) else {
            return configuration
        }
        if let node = fields["socket"] { configuration.socket = readSocket(node, at: path["socket"]) }
        if let node = fields["adminGroup"],
            let group = word(
                node,
                at: path["adminGroup"],
                what: "a group name",
                forms: "a group name or numeric group id, such as tfmt",
                isValid: NameSyntax.isGroup
            )
        {
            configuration.adminGroup = group
        }
        if let node = fields["stateDirectory"], let directory = absolutePath(node, at: path["stateDirectory"]) {
            configuration.stateDirectory = directory
        }
        if let node = fields["logLevel"],
            let level = choice(node, at: path["logLevel"], as: TFMTConfiguration.LogLevel.self)
        {
            configuration.logLevel = level
        }
        if let node = fields["limits"] { configuration.limits = readLimits(node, at: path["limits"]) }
        if let node = fields["plugins"] { configuration.plugins = readPlugins(node, at: path["plugins"]) }
        if let node = fields["catalogs"] { configuration.catalogs = readCatalogs(node, at: path["catalogs"]) }
        if let node = fields["metrics"] { configuration.metrics = readMetrics(node, at: path["metrics"]) }
        if let node = fields["alerts"] { configuration.alerts = readAlerts(node, at: path["alerts"]) }
        if let node = fields["engines"] { configuration.engines = readEngines(node, at: path["engines"]) }
        if let node = fields["tables"] {
            configuration.tables = readTables(node, at: path["tables"], engines: configuration.engines)
        }
        return configuration
    }

    // MARK: socket, limits, catalogs

    private mutating func readSocket(_ node: Node, at path: ConfigKeyPath) -> TFMTConfiguration.Socket {
        var socket = TFMTConfiguration.Socket()
        guard let fields = fields(node, at: path, place: "socket", allowed: ConfigSchema.socket) else { return socket }
        if let node = fields["path"], let value = socketPath(node, at: path["path"]) { socket.path = value }
        if let node = fields["mode"], let mode = fileMode(node, at: path["mode"]) { socket.mode = mode }
        if let node = fields["maxFrameSize"],
            let size = byteSize(node, at: path["maxFrameSize"], in: TFMTConfiguration.Socket.maxFrameSizeRange)
        {
            socket.maxFrameSize = size
        }
        return socket
    }

    private mutating func socketPath(_ node: Node, at path: ConfigKeyPath) -> String? {
        guard let value = absolutePath(node, at: path) else { return nil }
        let limit = TFMTConfiguration.Socket.maximumPathBytes
        guard value.utf8.count <= limit else {
            report(
                .configSocketPathTooLong,
                "\(path) is \(value.utf8.count) bytes long; a Unix socket path holds at most \(limit)",
                at: node,
                key: path,
                details: ["found": .string(value), "range": .string("1...\(limit) bytes")],
                resolution: [
                    "Choose a shorter path, for example /run/tfmt/tfmtd.sock; the limit comes from the kernel's "
                        + "sockaddr_un and cannot be raised."
                ]
            )
            return nil
        }
        return value
    }

    private mutating func fileMode(_ node: Node, at path: ConfigKeyPath) -> Int? {
        guard let raw = text(node, at: path, expected: "an octal mode such as 0660") else { return nil }
        switch FileModeSyntax.parse(raw) {
        case .mode(let mode):
            return mode
        case .outOfRange:
            outOfRange(
                node,
                at: path,
                value: raw,
                range: "0000...0777 (octal digits 0-7)",
                resolution:
                    "Write the mode as up to three octal digits (0-7) after a leading 0, for example 0660 or 0600."
            )
        case .malformed:
            invalidValue(
                node,
                at: path,
                "'\(raw)' is not a file mode",
                expected: FileModeSyntax.forms,
                resolution: ["Write the mode as octal digits, for example 0660 (owner and group may read and write)."]
            )
        }
        return nil
    }

    private mutating func readLimits(_ node: Node, at path: ConfigKeyPath) -> TFMTConfiguration.Limits {
        typealias Limits = TFMTConfiguration.Limits
        var limits = Limits()
        guard let fields = fields(node, at: path, place: "limits", allowed: ConfigSchema.limits) else { return limits }
        if let node = fields["maxConnections"],
            let value = integer(node, at: path["maxConnections"], in: Limits.maxConnectionsRange)
        {
            limits.maxConnections = value
        }
        if let node = fields["maxInFlightPerConnection"],
            let value = integer(node, at: path["maxInFlightPerConnection"], in: Limits.maxInFlightPerConnectionRange)
        {
            limits.maxInFlightPerConnection = value
        }
        if let node = fields["idleTimeout"],
            let value = duration(node, at: path["idleTimeout"], in: Limits.idleTimeoutRange)
        {
            limits.idleTimeout = value
        }
        if let node = fields["requestTimeout"],
            let value = duration(node, at: path["requestTimeout"], in: Limits.requestTimeoutRange)
        {
            limits.requestTimeout = value
        }
        if let node = fields["shutdownGracePeriod"],
            let value = duration(node, at: path["shutdownGracePeriod"], in: Limits.shutdownGracePeriodRange)
        {
            limits.shutdownGracePeriod = value
        }
        return limits
    }

    private mutating func readCatalogs(_ node: Node, at path: ConfigKeyPath) -> TFMTConfiguration.Catalogs {
        var catalogs = TFMTConfiguration.Catalogs()
        guard let fields = fields(node, at: path, place: "catalogs", allowed: ConfigSchema.catalogs) else {
            return catalogs
        }
        if let node = fields["directory"], let value = absolutePath(node, at: path["directory"]) {
            catalogs.directory = value
        }
        return catalogs
    }

    // MARK: plugins

    private mutating func readPlugins(_ node: Node, at path: ConfigKeyPath) -> TFMTConfiguration.Plugins {
        var plugins = TFMTConfiguration.Plugins()
        guard let fields = fields(node, at: path, place: "plugins", allowed: ConfigSchema.plugins) else {
            return plugins
        }
        if let node = fields["directories"],
            let elements = list(node, at: path["directories"], expected: "a list of absolute paths")
        {
            var directories: [String] = []
            for (index, element) in elements.enumerated() {
                if let directory = absolutePath(element, at: path["directories"][index]),
                    !directories.contains(directory)
                {
                    directories.append(directory)
                }
            }
            plugins.directories = directories
        } else if fields.contains("directories") && fields["directories"] == nil {
            plugins.directories = []
        }
        if let node = fields["allowOutsideDirectories"],
            let value = boolean(node, at: path["allowOutsideDirectories"])
        {
            plugins.allowOutsideDirectories = value
        }
        if let node = fields["disabled"],
            let elements = list(node, at: path["disabled"], expected: "a list of plugin ids")
        {
            for (index, element) in elements.enumerated() {
                if let id = pluginID(element, at: path["disabled"][index]), !plugins.disabled.contains(id) {
                    plugins.disabled.append(id)
                }
            }
        }
        if let node = fields["settings"],
            let entries = freeFields(node, at: path["settings"], expected: "a map from plugin id to its settings")
        {
            for (id, keyNode, value) in entries {
                let entryPath = path["settings"][id]
                guard pluginID(keyNode, at: entryPath) != nil else { continue }
                if NodeReader.isNull(value) {
                    plugins.settings[id] = [:]
                    continue
                }
                guard case .mapping = value else {
                    wrongType(value, at: entryPath, expected: "a map of the plugin's settings")
                    continue
                }
                if case .object(let members)? = json(value, at: entryPath) { plugins.settings[id] = members }
            }
        }
        return plugins
    }

    private mutating func pluginID(_ node: Node, at path: ConfigKeyPath) -> String? {
        word(
            node,
            at: path,
            what: "a plugin id",
            forms: "a plugin id: 2 to 64 lower-case letters, digits, '.' or '-', starting with a letter, such as "
                + "delta or com.example.lance",
            isValid: PluginMetadataCheck.isValidID
        )
    }

    // MARK: metrics and alerts

    private mutating func readMetrics(_ node: Node, at path: ConfigKeyPath) -> TFMTConfiguration.Metrics {
        typealias Metrics = TFMTConfiguration.Metrics
        var metrics = Metrics()
        guard let fields = fields(node, at: path, place: "metrics", allowed: ConfigSchema.metrics) else {
            return metrics
        }
        if let node = fields["interval"], let value = duration(node, at: path["interval"], in: Metrics.intervalRange) {
            metrics.interval = value
        }
        let maximumRetention = Metrics.maximumRetention
        if let node = fields["retention"],
            let value = duration(node, at: path["retention"], in: .milliseconds(1)...maximumRetention)
        {
            metrics.retention = value
            checkRetention(of: metrics, node: node, at: path["retention"])
        } else if let node = fields["interval"], !fields.contains("retention") {
            checkRetention(of: metrics, node: node, at: path["interval"])
        }
        if let node = fields["stateFile"], let value = stateFile(node, at: path["stateFile"]) {
            metrics.stateFile = value
        }
        if let node = fields["saveInterval"],
            let value = duration(node, at: path["saveInterval"], in: Metrics.saveIntervalRange)
        {
            metrics.saveInterval = value
        }
        if let node = fields["maxSeries"], let value = integer(node, at: path["maxSeries"], in: Metrics.maxSeriesRange)
        {
            metrics.maxSeries = value
        }
        return metrics
    }

    /// Retention against the interval: a ring needs at least one slot and at most a million.
    private mutating func checkRetention(of metrics: TFMTConfiguration.Metrics, node: Node, at path: ConfigKeyPath) {
        let interval = DurationSyntax.format(metrics.interval)
        let retention = DurationSyntax.format(metrics.retention)
        if metrics.retention < metrics.interval {
            report(
                .configInconsistent,
                "metrics.retention (\(retention)) is shorter than metrics.interval (\(interval))",
                at: node,
                key: path,
                details: ["retention": .string(retention), "interval": .string(interval)],
                resolution: ["Make metrics.retention at least metrics.interval, for example retention: 24h."]
            )
        } else if metrics.slotCount > TFMTConfiguration.Metrics.maximumSlots {
            report(
                .configInconsistent,
                "metrics.retention ÷ metrics.interval gives \(metrics.slotCount) slots per series, more than "
                    + "\(TFMTConfiguration.Metrics.maximumSlots)",
                at: node,
                key: path,
                details: ["retention": .string(retention), "interval": .string(interval)],
                resolution: [
                    "Lengthen metrics.interval or shorten metrics.retention; 24h at 10s is 8640 slots per series."
                ]
            )
        }
    }

    private mutating func stateFile(_ node: Node, at path: ConfigKeyPath) -> String? {
        guard let raw = text(node, at: path, expected: "a file path") else { return nil }
        if PathSyntax.isAbsolute(raw) { return absolutePath(node, at: path) }
        let normalized = PathSyntax.normalized(raw)
        guard !raw.isEmpty, !raw.contains("\0"), !normalized.isEmpty, !raw.hasSuffix("/"),
            !raw.split(separator: "/").contains("..")
        else {
            invalidValue(
                node,
                at: path,
                "'\(raw)' is not a file inside stateDirectory",
                expected: "a file name inside stateDirectory, or an absolute path",
                resolution: [
                    "Write a file name such as metrics.state, or an absolute path such as /var/lib/tfmt/metrics.state."
                ]
            )
            return nil
        }
        return normalized
    }

    private mutating func readAlerts(_ node: Node, at path: ConfigKeyPath) -> TFMTConfiguration.Alerts {
        typealias AlertRule = TFMTConfiguration.AlertRule
        var alerts = TFMTConfiguration.Alerts()
        guard let fields = fields(node, at: path, place: "alerts", allowed: ConfigSchema.alerts) else { return alerts }
        var includeDefaults = true
        if let node = fields["includeDefaultRules"], let value = boolean(node, at: path["includeDefaultRules"]) {
            includeDefaults = value
        }
        var rules: [AlertRule] = []
        var seen: [String: Node] = [:]
        if let node = fields["rules"], let elements = list(node, at: path["rules"], expected: "a list of alert rules") {
            for (index, element) in elements.enumerated() {
                guard let rule = readAlertRule(element, at: path["rules"][index]) else { continue }
                if let first = seen[rule.name] {
                    duplicateEntry(
                        "alert rule",
                        rule.name,
                        node: element["name"] ?? element,
                        first: first,
                        at: path["rules"][index]["name"]
                    )
                    continue
                }
                seen[rule.name] = element["name"] ?? element
                rules.append(rule)
            }
        }
        let kept = includeDefaults ? AlertRule.defaults(excluding: Set(seen.keys)) : []
        alerts.rules = kept + rules
        return alerts
    }

    private mutating func readAlertRule(_ node: Node, at path: ConfigKeyPath) -> TFMTConfiguration.AlertRule? {
        typealias AlertRule = TFMTConfiguration.AlertRule
        guard let fields = fields(node, at: path, place: "alerts.rules[]", allowed: ConfigSchema.alertRule) else {
            return nil
        }
        let name = required(fields, "name", what: "the rule's name, such as daemon-cpu").flatMap {
            word($0, at: path["name"], what: "a rule name", forms: NameSyntax.nameForms, isValid: NameSyntax.isName)
        }
        let metric = required(fields, "metric", what: "the metric's name, such as process_cpu_percent").flatMap {
            word(
                $0,
                at: path["metric"],
                what: "a metric name",
                forms: NameSyntax.metricForms,
                isValid: NameSyntax.isMetric
            )
        }
        let threshold = required(fields, "threshold", what: "the value to compare with, such as 25").flatMap {
            self.threshold($0, at: path["threshold"])
        }
        var rule = AlertRule(name: name ?? "", metric: metric ?? "", threshold: threshold ?? 0)
        if let node = fields["comparison"],
            let value = choice(
                node,
                at: path["comparison"],
                as: AlertRule.Comparison.self,
                hint: "Quote the operator, for example comparison: \">=\"."
            )
        {
            rule.comparison = value
        } else if fields.contains("comparison") && fields["comparison"] == nil {
            // `comparison: >` is a YAML folded block scalar, read as an empty value: say so rather than default.
            invalidValue(
                fields.entries["comparison"]?.value ?? node,
                at: path["comparison"],
                "the operator is missing or was read by YAML itself",
                expected: "one of > >= < <= == !=",
                resolution: ["Quote the operator, for example comparison: \">\"; unquoted, YAML reads > and | itself."]
            )
        }
        if let node = fields["for"], let value = duration(node, at: path["for"], in: AlertRule.forRange) {
            rule.for = value
        }
        if let node = fields["severity"], let value = choice(node, at: path["severity"], as: AlertRule.Severity.self) {
            rule.severity = value
        }
        if let node = fields["labels"],
            let entries = freeFields(node, at: path["labels"], expected: "a map from label name to value")
        {
            for (label, keyNode, value) in entries {
                guard
                    word(
                        keyNode,
                        at: path["labels"][label],
                        what: "a label name",
                        forms: NameSyntax.metricForms,
                        isValid: NameSyntax.isMetric
                    ) != nil,
                    let text = text(value, at: path["labels"][label], expected: "a label value")
                else { continue }
                rule.labels[label] = text
            }
        }
        guard name != nil, metric != nil, threshold != nil else { return nil }
        return rule
    }

    /// A threshold: a number, or a size (`256MiB`, in bytes) or a duration (`2s`, in seconds) for metrics in those
    /// units.
    private mutating func threshold(_ node: Node, at path: ConfigKeyPath) -> Double? {
        let expected = "a number, a size such as 256MiB, or a duration such as 2s"
        guard let raw = text(node, at: path, expected: expected) else { return nil }
        if let number = Double(raw.filter { $0 != "_" }), number.isFinite { return number }
        if let bytes = ByteSizeSyntax.parse(raw) { return Double(bytes) }
        if let duration = DurationSyntax.parse(raw) { return Double(DurationSyntax.milliseconds(duration)) / 1000 }
        invalidValue(
            node,
            at: path,
            "'\(raw)' is not a number, a size or a duration",
            expected: expected,
            resolution: ["Write the threshold in the metric's unit, for example 25 (percent), 256MiB (bytes) or 2s."]
        )
        return nil
    }

    // MARK: engines

    private mutating func readEngines(_ node: Node, at path: ConfigKeyPath) -> [EngineEnvironmentConfig] {
        guard let elements = list(node, at: path, expected: "a list of engine environments") else { return [] }
        var engines: [EngineEnvironmentConfig] = []
        var seen: [String: Node] = [:]
        for (index, element) in elements.enumerated() {
            guard let engine = readEngine(element, at: path[index]) else { continue }
            if let first = seen[engine.name] {
                duplicateEntry(
                    "engine",
                    engine.name,
                    node: element["name"] ?? element,
                    first: first,
                    at: path[index]["name"]
                )
                continue
            }
            seen[engine.name] = element["name"] ?? element
            engines.append(engine)
        }
        return engines
    }

    private mutating func readEngine(_ node: Node, at path: ConfigKeyPath) -> EngineEnvironmentConfig? {
        guard let fields = fields(node, at: path, place: "engines[]", allowed: ConfigSchema.engine) else { return nil }
        let name = required(fields, "name", what: "the environment's name, such as prod-spark").flatMap {
            word(
                $0,
                at: path["name"],
                what: "an engine environment name",
                forms: NameSyntax.nameForms,
                isValid: NameSyntax.isName
            )
        }
        let engine = required(fields, "engine", what: "the engine, such as spark").flatMap {
            word(
                $0,
                at: path["engine"],
                what: "an engine name",
                forms: NameSyntax.engineForms,
                isValid: NameSyntax.isEngine
            )
        }
        let version = required(fields, "version", what: "the engine's version, such as 3.5.3").flatMap {
            self.version($0, at: path["version"])
        }
        var scala: Version?
        var java: Int?
        var python: Version?
        var scan: String?
        var assume: [String: Version] = [:]
        if let node = fields["scala"] { scala = self.version(node, at: path["scala"]) }
        if let node = fields["java"] { java = javaVersion(node, at: path["java"]) }
        if let node = fields["python"] { python = self.version(node, at: path["python"]) }
        if let node = fields["scan"] { scan = absolutePath(node, at: path["scan"]) }
        if let node = fields["assume"],
            let entries = freeFields(node, at: path["assume"], expected: "a map from artifact name to version")
        {
            for (artifact, keyNode, value) in entries {
                let entryPath = path["assume"][artifact]
                guard
                    word(
                        keyNode,
                        at: entryPath,
                        what: "an artifact name",
                        forms: "an artifact name such as delta-spark_2.12 or pyiceberg",
                        isValid: NameSyntax.isArtifact
                    ) != nil,
                    let version = required(value, at: entryPath, what: "the artifact's version").flatMap({
                        self.version($0, at: entryPath)
                    })
                else { continue }
                assume[artifact] = version
            }
        }
        guard let name, let engine, let version else { return nil }
        return EngineEnvironmentConfig(
            name: name,
            engine: engine,
            version: version,
            scala: scala,
            java: java,
            python: python,
            scan: scan,
            assume: assume
        )
    }

    /// Java's major version: `17`, or the old `1.8` spelling of 8.
    private mutating func javaVersion(_ node: Node, at path: ConfigKeyPath) -> Int? {
        let range = EngineEnvironmentConfig.javaRange
        if let raw = NodeReader.scalarText(node), raw.hasPrefix("1."),
            let major = Int(raw.dropFirst(2)), (1...9).contains(major)
        {
            guard range.contains(major) else {
                outOfRange(node, at: path, value: raw, range: "\(range.lowerBound)...\(range.upperBound)")
                return nil
            }
            return major
        }
        return integer(node, at: path, in: range)
    }

    // MARK: tables

    private mutating func readTables(
        _ node: Node,
        at path: ConfigKeyPath,
        engines: [EngineEnvironmentConfig]
    ) -> TFMTConfiguration.Tables {
        var tables = TFMTConfiguration.Tables()
        guard let fields = fields(node, at: path, place: "tables", allowed: ConfigSchema.tables) else { return tables }
        if let node = fields["roots"],
            let elements = list(node, at: path["roots"], expected: "a list of absolute paths")
        {
            for (index, element) in elements.enumerated() {
                if let root = absolutePath(element, at: path["roots"][index]), !tables.roots.contains(root) {
                    tables.roots.append(root)
                }
            }
        }
        if let node = fields["watch"],
            let elements = list(node, at: path["watch"], expected: "a list of tables to watch")
        {
            var seen: [String: Node] = [:]
            for (index, element) in elements.enumerated() {
                let entryPath = path["watch"][index]
                guard let table = readWatchedTable(element, at: entryPath, engines: engines, roots: tables.roots) else {
                    continue
                }
                if let first = seen[table.path] {
                    duplicateEntry(
                        "watched table",
                        table.path,
                        node: element["path"] ?? element,
                        first: first,
                        at: entryPath["path"]
                    )
                    continue
                }
                seen[table.path] = element["path"] ?? element
                tables.watch.append(table)
            }
        }
        return tables
    }

    private mutating func readWatchedTable(
        _ node: Node,
        at path: ConfigKeyPath,
        engines: [EngineEnvironmentConfig],
        roots: [String]
    ) -> TFMTConfiguration.WatchedTable? {
        typealias WatchedTable = TFMTConfiguration.WatchedTable
        guard let fields = fields(node, at: path, place: "tables.watch[]", allowed: ConfigSchema.watchedTable) else {
            return nil
        }
        let tablePath = required(fields, "path", what: "the table's absolute path, such as /data/sales").flatMap {
            absolutePath($0, at: path["path"])
        }
        if let tablePath, let node = fields["path"], !roots.isEmpty,
            !roots.contains(where: { PathSyntax.path(tablePath, isInside: $0) })
        {
            report(
                .configPathOutsideRoots,
                "\(path["path"]) \(tablePath) is not under any of tables.roots",
                at: node,
                key: path["path"],
                details: ["found": .string(tablePath), "allowed": JSONValue(roots)],
                resolution: [
                    "Watch a table under \(roots.joined(separator: " or ")), or add its directory to tables.roots."
                ]
            )
        }
        var table = WatchedTable(path: tablePath ?? "/")
        table.read = engineReferences(fields, "read", at: path, engines: engines)
        table.write = engineReferences(fields, "write", at: path, engines: engines)
        if let node = fields["interval"],
            let value = duration(node, at: path["interval"], in: WatchedTable.intervalRange)
        {
            table.interval = value
        }
        return tablePath == nil ? nil : table
    }

    private mutating func engineReferences(
        _ fields: Fields,
        _ key: String,
        at path: ConfigKeyPath,
        engines: [EngineEnvironmentConfig]
    ) -> [String] {
        guard let node = fields[key], let elements = list(node, at: path[key], expected: "a list of engine names")
        else { return [] }
        let defined = engines.map(\.name)
        var names: [String] = []
        for (index, element) in elements.enumerated() {
            guard let name = text(element, at: path[key][index], expected: "an engine name from engines") else {
                continue
            }
            guard defined.contains(name) else {
                var resolution: [String] = []
                var details: [String: JSONValue] = ["found": .string(name), "allowed": JSONValue(defined)]
                if let suggestion = Suggestions.closest(to: name, in: defined) {
                    resolution.append("Did you mean '\(suggestion)'?")
                    details["suggestion"] = .string(suggestion)
                }
                resolution.append(
                    defined.isEmpty
                        ? "Define an engine named '\(name)' under engines (name, engine, version) before referring to it."
                        : "Use one of the engines defined under engines (\(defined.joined(separator: ", "))), or add "
                            + "an engine named '\(name)' there."
                )
                report(
                    .configUndefinedEngine,
                    "\(path[key][index]) names engine '\(name)', which is not defined under engines",
                    at: element,
                    key: path[key][index],
                    details: details,
                    resolution: resolution
                )
                continue
            }
            if !names.contains(name) { names.append(name) }
        }
        return names
    }

    // MARK: Shared checks

    /// The value of a key an entry cannot do without; reports it missing when it is absent or null.
    private mutating func required(_ fields: Fields, _ key: String, what: String) -> Node? {
        if let node = fields[key] { return node }
        let position = fields.entries[key].flatMap { NodeReader.position(of: $0.key) }
        report(
            ConfigProblem(
                code: .configMissingKey,
                message: "\(fields.path) has no \(key)",
                position: position ?? NodeReader.position(of: fields.node),
                key: fields.path[key],
                details: ["expected": .string(what)],
                resolution: ["Add '\(key):' with \(what) to \(fields.path)."]
            )
        )
        return nil
    }

    /// A value of a free-form map that must not be null.
    private mutating func required(_ node: Node, at path: ConfigKeyPath, what: String) -> Node? {
        guard NodeReader.isNull(node) else { return node }
        report(
            .configMissingKey,
            "\(path) has no value",
            at: node,
            key: path,
            details: ["expected": .string(what)],
            resolution: ["Write \(what) after '\(path):'."]
        )
        return nil
    }

    private mutating func duplicateEntry(
        _ kind: String,
        _ name: String,
        node: Node,
        first: Node,
        at path: ConfigKeyPath
    ) {
        let firstPosition = NodeReader.position(of: first)
        var details: [String: JSONValue] = ["found": .string(name)]
        var where_ = ""
        if let firstPosition {
            details["firstLine"] = JSONValue(firstPosition.line)
            details["firstColumn"] = JSONValue(firstPosition.column)
            where_ = " (first at line \(firstPosition.line))"
        }
        report(
            .configDuplicateEntry,
            "\(kind) '\(name)' is defined twice",
            at: node,
            key: path,
            details: details,
            resolution: ["Give each \(kind) its own name, or delete one of the two entries\(where_)."]
        )
    }
}

extension TFMTConfiguration.AlertRule {
    /// The built-in rules whose names the file does not reuse.
    static func defaults(excluding names: Set<String>) -> [Self] {
        TFMTConfiguration.Alerts.defaultRules.filter { !names.contains($0.name) }
    }
}
