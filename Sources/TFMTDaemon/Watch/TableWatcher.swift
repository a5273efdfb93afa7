import Foundation
import Logging
import ServiceLifecycle
import TFMTCompat
import TFMTConfig
import TFMTCore

/// Inspects the configured watched tables on their intervals and keeps, per table, the latest record and the verdict
/// of every engine that must read or write it.
actor TableWatcher {
    private var statuses: [String: WatchedTableStatus] = [:]
    private var due: [String: ContinuousClock.Instant] = [:]
    /// Environment reports of the current pass: an engine's folder is scanned once per pass, however many watched
    /// tables name it.
    private var reports: [String: EngineEnvironmentReport] = [:]
    private let context: DaemonContext
    private let logger: Logger

    init(context: DaemonContext, logger: Logger) {
        self.context = context
        self.logger = logger
    }

    /// The watched tables of the configuration in force, with what was last seen of each, in configuration order.
    func list() async -> [WatchedTableStatus] {
        await context.configuration.tables.watch.map { table in
            statuses[table.path] ?? Self.pending(table)
        }
    }

    /// Inspects every table whose interval has passed; returns how long until the next one is due.
    func refreshDueTables() async -> Duration {
        let watched = await context.configuration.tables.watch
        let now = ContinuousClock.now
        var next = Duration.seconds(60)
        reports = [:]
        defer { reports = [:] }
        for table in watched {
            let when = due[table.path] ?? now
            if when <= now {
                await refresh(table)
                due[table.path] = now + table.interval
                next = min(next, table.interval)
            } else {
                next = min(next, now.duration(to: when))
            }
        }
        // Tables removed by a reload are forgotten.
        let paths = Set(watched.map(\.path))
        statuses = statuses.filter { paths.contains($0.key) }
        due = due.filter { paths.contains($0.key) }
        return max(next, .milliseconds(100))
    }

    private func refresh(_ table: TFMTConfiguration.WatchedTable) async {
        let plugins = await context.registry.activePlugins()
        let inspectedAt = DaemonContext.iso8601(Date())
        let interval = Int(table.interval.components.seconds)
        do {
            let path = try await context.resolveTablePath(table.path)
            let record = try await TableAccess.inspect(path, plugins: plugins, format: nil, options: InspectOptions())
            let verdicts = await verdicts(for: record, table: table, plugins: plugins)
            let previous = statuses[table.path]?.record
            if let previous, previous.features != record.features || previous.protocol != record.protocol {
                logger.notice(
                    "a watched table changed protocol or features",
                    metadata: ["table": "\(table.path)", "features": "\(record.features)"]
                )
            }
            statuses[table.path] = WatchedTableStatus(
                path: table.path,
                intervalSeconds: interval,
                inspectedAt: inspectedAt,
                record: record,
                error: nil,
                verdicts: verdicts
            )
        } catch {
            logger.warning(
                "a watched table could not be inspected",
                metadata: ["table": "\(table.path)", "error": "\(error)"]
            )
            statuses[table.path] = WatchedTableStatus(
                path: table.path,
                intervalSeconds: interval,
                inspectedAt: inspectedAt,
                record: statuses[table.path]?.record,
                error: error,
                verdicts: statuses[table.path]?.verdicts ?? []
            )
        }
    }

    private func verdicts(
        for record: TableRecord,
        table: TFMTConfiguration.WatchedTable,
        plugins: [any TableFormatPlugin]
    ) async -> [WatchedTableStatus.EngineVerdict] {
        guard let plugin = plugins.first(where: { $0.metadata.format == record.format }) else { return [] }
        let environments = await context.engineEnvironments()
        var verdicts: [WatchedTableStatus.EngineVerdict] = []
        for (mode, names) in [("read", table.read), ("write", table.write)] {
            for name in names {
                guard let environment = environments.first(where: { $0.name == name }) else { continue }
                let report = reports[name] ?? EnvironmentAnalyzer.report(environment, plugins: plugins)
                reports[name] = report
                do {
                    let result = try CompatibilityChecker.check(
                        record,
                        plugin: plugin,
                        engineName: name,
                        target: environment.target,
                        runtimes: report.runtimes
                    )
                    let verdict = mode == "read" ? result.read : result.write
                    verdicts.append(.init(engine: name, mode: mode, ok: verdict.ok, missing: verdict.missing))
                } catch {
                    verdicts.append(.init(engine: name, mode: mode, ok: false, missing: [], error: error))
                }
            }
        }
        return verdicts
    }

    private static func pending(_ table: TFMTConfiguration.WatchedTable) -> WatchedTableStatus {
        WatchedTableStatus(
            path: table.path,
            intervalSeconds: Int(table.interval.components.seconds),
            inspectedAt: nil,
            record: nil,
            error: nil,
            verdicts: []
        )
    }
}

/// Runs the watcher until the daemon stops.
struct TableWatchService: Service, CustomStringConvertible {
    let watcher: TableWatcher

    var description: String { "TableWatchService" }

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                let wait = await watcher.refreshDueTables()
                try? await Task.sleep(for: wait)
            }
        }
    }
}
