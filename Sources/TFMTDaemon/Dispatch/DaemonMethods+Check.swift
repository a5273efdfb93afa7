import TFMTCompat
import TFMTCore
import TFMTRPC

extension DaemonMethods {
    /// `tables.check`: inspect the table, gather the engine's runtimes (a configured environment, or an engine with
    /// `--with` runtimes), and join them into a verdict.
    static func registerCheck(_ dispatcher: inout RPCDispatcher, context: DaemonContext) {
        dispatcher.register(RPCMethods.TablesCheck.self) { params, _ throws(TFMTError) in
            let path = try await context.resolveTablePath(params.path)
            let plugins = await context.registry.activePlugins()
            let record = try await TableAccess.inspect(path, plugins: plugins, format: nil, options: InspectOptions())
            guard let plugin = plugins.first(where: { $0.metadata.format == record.format }) else {
                throw .noTableFound(path, formats: plugins.map(\.metadata.format))
            }
            let (name, target, runtimes) = try await engine(for: params, context: context, plugins: plugins)
            return try CompatibilityChecker.check(
                record,
                plugin: plugin,
                engineName: name,
                target: target,
                runtimes: runtimes
            )
        }
    }

    /// `resolve`: inspect the tables that must stay readable, then choose per format.
    static func registerResolve(_ dispatcher: inout RPCDispatcher, context: DaemonContext) {
        dispatcher.register(RPCMethods.Resolve.self) { params, _ throws(TFMTError) in
            let scala = try params.scala.map { text throws(TFMTError) in try Version(parsing: text) }
            let target = try EngineTarget(parsing: params.engine, scala: scala, java: params.java)
            let plugins = await context.registry.activePlugins()
            var tables: [Resolver.TableConstraint] = []
            for path in params.tables ?? [] {
                let resolved = try await context.resolveTablePath(path)
                let record = try await TableAccess.inspect(
                    resolved,
                    plugins: plugins,
                    format: nil,
                    options: InspectOptions()
                )
                guard let plugin = plugins.first(where: { $0.metadata.format == record.format }) else { continue }
                tables.append(
                    .init(location: resolved, format: record.format, requirements: plugin.requirements(for: record))
                )
            }
            let formats = params.formats ?? Array(Set(tables.map(\.format))).sorted { $0.rawValue < $1.rawValue }
            return Resolver.resolve(target: target, formats: formats, tables: tables, plugins: plugins)
        }
    }

    private static func engine(
        for params: RPCMethods.CheckParams,
        context: DaemonContext,
        plugins: [any TableFormatPlugin]
    ) async throws(TFMTError) -> (String?, EngineTarget, [InstalledRuntime]) {
        if let name = params.env {
            let environment = try await context.engineEnvironment(named: name)
            let report = EnvironmentAnalyzer.report(environment, plugins: plugins)
            return (name, environment.target, report.runtimes)
        }
        guard let engine = params.engine else {
            throw TFMTError(
                .rpcInvalidParams,
                "tables.check needs an engine: env, or engine with its runtimes",
                context: ["field": "params.engine"],
                resolution: [
                    "Pass --engine ENGINE@VERSION (with --with ARTIFACT=VERSION for its runtimes) or --env NAME."
                ]
            )
        }
        let scala = try params.scala.map { text throws(TFMTError) in try Version(parsing: text) }
        let target = try EngineTarget(parsing: engine, scala: scala, java: params.java)
        var assumed: [String: Version] = [:]
        for item in params.with ?? [] {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let version = Version(parts[1]) else {
                throw TFMTError(
                    .rpcInvalidParams,
                    "'\(item)' is not ARTIFACT=VERSION",
                    context: ["field": "params.with", "value": .string(item)],
                    resolution: ["Write each runtime as ARTIFACT=VERSION, for example delta-spark_2.12=3.2.0."]
                )
            }
            assumed[parts[0]] = version
        }
        // The given runtimes are an environment that assumes them; an artifact no catalog knows is an error here.
        let report = EnvironmentAnalyzer.report(
            EngineEnvironment(name: "--with", target: target, assume: assumed),
            plugins: plugins
        )
        if let problem = report.findings.first { throw problem }
        let runtimes = report.runtimes.map { runtime in
            var given = runtime
            given.origin = "--with"
            return given
        }
        return (nil, target, runtimes)
    }
}
