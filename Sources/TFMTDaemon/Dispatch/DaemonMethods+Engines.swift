import TFMTCompat
import TFMTCore
import TFMTRPC

extension DaemonMethods {
    /// `engines.scan`: read the folder once, let every active plugin recognise its runtimes, then check them.
    static func registerEngineMethods(_ dispatcher: inout RPCDispatcher, context: DaemonContext) {
        dispatcher.register(RPCMethods.EnginesList.self) { _, _ in
            .init(engines: await context.engineEnvironments())
        }
        dispatcher.register(RPCMethods.EnginesShow.self) { params, _ throws(TFMTError) in
            let environment = try await context.engineEnvironment(named: params.name)
            return EnvironmentAnalyzer.report(environment, plugins: await context.registry.activePlugins())
        }
        dispatcher.register(RPCMethods.EnginesScan.self) { params, _ throws(TFMTError) in
            let path = try TablePath.resolve(params.path)
            let target = try params.engine.map { engine throws(TFMTError) in
                try EngineTarget(
                    parsing: engine,
                    scala: try params.scala.map { scala throws(TFMTError) in try Version(parsing: scala) },
                    java: params.java
                )
            }
            let scanned = try InventoryScanner.scan(path)
            return ScanAnalyzer.analyze(scanned, target: target, plugins: await context.registry.activePlugins())
        }
    }
}
