import TFMTConfig
import TFMTCore
import TFMTRPC

/// The handlers of the daemon's methods, bound to its context.
enum DaemonMethods {
    static func dispatcher(context: DaemonContext, socketPath: String, watcher: TableWatcher) -> RPCDispatcher {
        var dispatcher = RPCDispatcher(
            mayMutate: { peer in await context.mayMutate(peer) },
            requestTimeout: { await context.configuration.limits.requestTimeout }
        )
        let registry = context.registry

        dispatcher.register(RPCMethods.DaemonStatus.self) { _, _ in
            await context.status(socket: socketPath)
        }
        dispatcher.register(RPCMethods.DaemonReload.self) { _, _ throws(TFMTError) in
            try await context.reload()
        }
        dispatcher.register(RPCMethods.Describe.self) { _, _ in
            .init(protocolVersion: RPCCatalogue.protocolVersion, methods: RPCCatalogue.methods.map { $0.description })
        }
        dispatcher.register(RPCMethods.PluginsList.self) { _, _ in
            .init(plugins: await registry.list())
        }
        dispatcher.register(RPCMethods.PluginsGet.self) { params, _ throws(TFMTError) in
            try await registry.get(params.id)
        }
        dispatcher.register(RPCMethods.PluginsEnable.self) { params, _ throws(TFMTError) in
            try await registry.enable(params.id)
        }
        dispatcher.register(RPCMethods.PluginsDisable.self) { params, _ throws(TFMTError) in
            try await registry.disable(params.id)
        }
        dispatcher.register(RPCMethods.PluginsValidate.self) { params, _ throws(TFMTError) in
            if let id = params.id { _ = try await registry.get(id) }
            let all = await registry.activate()
            return .init(plugins: params.id.map { id in all.filter { $0.id == id } } ?? all)
        }
        dispatcher.register(RPCMethods.PluginsUnregister.self) { params, _ throws(TFMTError) in
            try await registry.unregister(params.id)
            return .init(id: params.id)
        }
        dispatcher.register(RPCMethods.TablesDetect.self) { params, _ throws(TFMTError) in
            let path = try await context.resolveTablePath(params.path)
            let detections = try await TableAccess.detect(path, plugins: await registry.activePlugins())
            guard !detections.isEmpty else {
                throw .noTableFound(path, formats: await registry.activePlugins().map(\.metadata.format))
            }
            return .init(path: path, detections: detections)
        }
        dispatcher.register(RPCMethods.TablesInspect.self) { params, _ throws(TFMTError) in
            let path = try await context.resolveTablePath(params.path)
            let plugins = await registry.activePlugins(format: params.format)
            return try await TableAccess.inspect(
                path,
                plugins: plugins,
                format: params.format,
                options: InspectOptions(detail: params.detail ?? false)
            )
        }
        registerEngineMethods(&dispatcher, context: context)
        registerCheck(&dispatcher, context: context)
        registerResolve(&dispatcher, context: context)
        dispatcher.register(RPCMethods.TablesList.self) { _, _ in
            .init(tables: await watcher.list())
        }
        dispatcher.register(RPCMethods.TablesShow.self) { params, _ throws(TFMTError) in
            let tables = await watcher.list()
            let wanted = (try? TablePath.resolve(params.path)) ?? params.path
            guard let status = tables.first(where: { $0.path == params.path || $0.path == wanted }) else {
                throw TFMTError(
                    .tableNotWatched,
                    "\(params.path) is not a watched table",
                    context: ["path": .string(params.path), "watched": JSONValue(tables.map(\.path))],
                    resolution: [
                        "Use a path from tfmtctl tables list, or add the table under tables.watch in the configuration "
                            + "and reload.",
                        "To look at any table once, use tfmtctl inspect PATH.",
                    ]
                )
            }
            return status
        }
        return dispatcher
    }
}
