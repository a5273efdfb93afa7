import TFMTCore

/// The daemon's methods. Each is a namespace for its params and result types; ``RPCCatalogue`` lists them.
public enum RPCMethods {
    // MARK: Daemon

    /// The daemon's version, process, socket, configuration and plugin counts.
    public enum DaemonStatus: RPCMethod {
        public static let name = "daemon.status"
        public static let access = RPCAccess.read
        public static let summary = "Version, pid, uptime, socket, configuration file and plugin counts by state."
        public typealias Params = RPCEmpty

        public struct Result: Sendable, Hashable, Codable {
            public var version: String
            public var pid: Int32
            public var startedAt: String
            public var uptimeSeconds: Double
            public var socket: String
            /// The configuration file in use, or `nil` when running on defaults.
            public var configurationFile: String?
            /// The `STATUS=` line last sent to systemd.
            public var status: String
            /// Plugins by lifecycle state (`active`, `failed`, …).
            public var plugins: [String: Int]

            public init(
                version: String,
                pid: Int32,
                startedAt: String,
                uptimeSeconds: Double,
                socket: String,
                configurationFile: String?,
                status: String,
                plugins: [String: Int]
            ) {
                self.version = version
                self.pid = pid
                self.startedAt = startedAt
                self.uptimeSeconds = uptimeSeconds
                self.socket = socket
                self.configurationFile = configurationFile
                self.status = status
                self.plugins = plugins
            }
        }
    }

    /// Re-reads the configuration file; a bad file keeps the running configuration and fails with the reason.
    public enum DaemonReload: RPCMethod {
        public static let name = "daemon.reload"
        public static let access = RPCAccess.mutate
        public static let summary = "Reload the configuration atomically; a bad file keeps the old one."
        public typealias Params = RPCEmpty

        public struct Result: Sendable, Hashable, Codable {
            public var configurationFile: String?
            public var reloadedAt: String

            public init(configurationFile: String?, reloadedAt: String) {
                self.configurationFile = configurationFile
                self.reloadedAt = reloadedAt
            }
        }
    }

    /// The method catalogue with parameter and result schemas.
    public enum Describe: RPCMethod {
        public static let name = "rpc.describe"
        public static let access = RPCAccess.read
        public static let summary = "Every method with its access level and its params and result schemas."
        public typealias Params = RPCEmpty

        public struct Result: Sendable, Hashable, Codable {
            public var protocolVersion: String
            public var methods: [RPCMethodDescription]

            public init(protocolVersion: String, methods: [RPCMethodDescription]) {
                self.protocolVersion = protocolVersion
                self.methods = methods
            }
        }
    }

    // MARK: Plugins

    /// Params naming one plugin.
    public struct PluginID: Sendable, Hashable, Codable {
        public var id: String

        public init(id: String) {
            self.id = id
        }
    }

    /// A list of plugins.
    public struct PluginList: Sendable, Hashable, Codable {
        public var plugins: [PluginInfo]

        public init(plugins: [PluginInfo]) {
            self.plugins = plugins
        }
    }

    /// Every registered plugin with its state.
    public enum PluginsList: RPCMethod {
        public static let name = "plugins.list"
        public static let access = RPCAccess.read
        public static let summary = "Every plugin with its state, version, format, capabilities and errors."
        public typealias Params = RPCEmpty
        public typealias Result = PluginList
    }

    /// One plugin.
    public enum PluginsGet: RPCMethod {
        public static let name = "plugins.get"
        public static let access = RPCAccess.read
        public static let summary = "One plugin: metadata, dependencies, state, errors and dependents."
        public typealias Params = PluginID
        public typealias Result = PluginInfo
    }

    /// Enables a disabled plugin and activates it.
    public enum PluginsEnable: RPCMethod {
        public static let name = "plugins.enable"
        public static let access = RPCAccess.mutate
        public static let summary = "Enable a disabled plugin and activate it."
        public typealias Params = PluginID
        public typealias Result = PluginInfo
    }

    /// Disables a plugin no enabled plugin depends on.
    public enum PluginsDisable: RPCMethod {
        public static let name = "plugins.disable"
        public static let access = RPCAccess.mutate
        public static let summary = "Disable a plugin; refused while enabled plugins depend on it."
        public typealias Params = PluginID
        public typealias Result = PluginInfo
    }

    /// Params of `plugins.validate`: one plugin, or all when `id` is absent.
    public struct ValidateParams: Sendable, Hashable, Codable {
        public var id: String?

        public init(id: String? = nil) {
            self.id = id
        }
    }

    /// Validates plugins again and activates those that now pass.
    public enum PluginsValidate: RPCMethod {
        public static let name = "plugins.validate"
        public static let access = RPCAccess.mutate
        public static let summary = "Validate one plugin or all, and activate those whose dependencies are satisfied."
        public typealias Params = ValidateParams
        public typealias Result = PluginList
    }

    /// The result of `plugins.unregister`.
    public struct Unregistered: Sendable, Hashable, Codable {
        public var id: String
        public var unregistered: Bool

        public init(id: String) {
            self.id = id
            self.unregistered = true
        }
    }

    /// Removes an external plugin.
    public enum PluginsUnregister: RPCMethod {
        public static let name = "plugins.unregister"
        public static let access = RPCAccess.mutate
        public static let summary = "Unregister an external plugin; built-ins can only be disabled."
        public typealias Params = PluginID
        public typealias Result = Unregistered
    }
}

extension RPCMethods {
    // MARK: Tables

    /// Params naming a path.
    public struct TablePathParams: Sendable, Hashable, Codable {
        /// An absolute path; symbolic links are followed.
        public var path: String

        public init(path: String) {
            self.path = path
        }
    }

    /// What `tables.detect` found.
    public struct TableDetection: Sendable, Hashable, Codable {
        /// The path after symbolic links were followed.
        public var path: String
        /// One entry per plugin that recognised the path, in plugin order.
        public var detections: [Detection]

        public init(path: String, detections: [Detection]) {
            self.path = path
            self.detections = detections
        }
    }

    /// Which format, if any, a path holds.
    public enum TablesDetect: RPCMethod {
        public static let name = "tables.detect"
        public static let access = RPCAccess.read
        public static let summary = "Which table format a path holds, and the evidence."
        public typealias Params = TablePathParams
        public typealias Result = TableDetection
    }

    /// Params of `tables.inspect`.
    public struct InspectParams: Sendable, Hashable, Codable {
        /// An absolute path; symbolic links are followed.
        public var path: String
        /// Read beyond the top-level metadata (manifests, commit metadata) for details.
        public var detail: Bool?
        /// The format to read the path as; detected when absent.
        public var format: TableFormat?

        public init(path: String, detail: Bool? = nil, format: TableFormat? = nil) {
            self.path = path
            self.detail = detail
            self.format = format
        }
    }

    /// Params of `tables.check`: the table, and either a configured environment or an engine with its runtimes.
    public struct CheckParams: Sendable, Hashable, Codable {
        public var path: String
        /// A configured engine environment's name.
        public var env: String?
        /// `ENGINE@VERSION`, when no environment is named.
        public var engine: String?
        public var scala: String?
        public var java: Int?
        /// Runtimes taken as installed, `ARTIFACT=VERSION` (`delta-spark_2.12=3.2.0`, `deltalake=0.18.2`).
        public var with: [String]?

        public init(
            path: String,
            env: String? = nil,
            engine: String? = nil,
            scala: String? = nil,
            java: Int? = nil,
            with: [String]? = nil
        ) {
            self.path = path
            self.env = env
            self.engine = engine
            self.scala = scala
            self.java = java
            self.with = with
        }
    }

    /// A table checked against an engine.
    public enum TablesCheck: RPCMethod {
        public static let name = "tables.check"
        public static let access = RPCAccess.read
        public static let summary =
            "Can an engine read and write a table? Each missing feature with the release that adds it."
        public typealias Params = CheckParams
        public typealias Result = CheckResult
    }

    /// The watched tables.
    public struct WatchedTables: Sendable, Hashable, Codable {
        public var tables: [WatchedTableStatus]

        public init(tables: [WatchedTableStatus]) {
            self.tables = tables
        }
    }

    /// Every watched table with its latest snapshot and verdicts.
    public enum TablesList: RPCMethod {
        public static let name = "tables.list"
        public static let access = RPCAccess.read
        public static let summary = "The watched tables: latest snapshot, features and the verdict of every engine."
        public typealias Params = RPCEmpty
        public typealias Result = WatchedTables
    }

    /// One watched table.
    public enum TablesShow: RPCMethod {
        public static let name = "tables.show"
        public static let access = RPCAccess.read
        public static let summary = "One watched table: its latest record and the verdict of every engine."
        public typealias Params = TablePathParams
        public typealias Result = WatchedTableStatus
    }

    /// Reads a table into the normalized record.
    public enum TablesInspect: RPCMethod {
        public static let name = "tables.inspect"
        public static let access = RPCAccess.read
        public static let summary = "A table's normalized record: snapshot, protocol, features, schema, requirements."
        public typealias Params = InspectParams
        public typealias Result = TableRecord
    }
}

extension RPCMethods {
    // MARK: Engines

    /// Params of `engines.scan`.
    public struct ScanParams: Sendable, Hashable, Codable {
        /// A jar folder or a Python environment, absolute.
        public var path: String
        /// The engine the folder belongs to, `ENGINE@VERSION`; enables the Scala, engine-minor and Java checks.
        public var engine: String?
        /// The engine's Scala binary version.
        public var scala: String?
        /// The Java major version the engine runs on.
        public var java: Int?

        public init(path: String, engine: String? = nil, scala: String? = nil, java: Int? = nil) {
            self.path = path
            self.engine = engine
            self.scala = scala
            self.java = java
        }
    }

    /// The configured engine environments.
    public struct EngineList: Sendable, Hashable, Codable {
        public var engines: [EngineEnvironment]

        public init(engines: [EngineEnvironment]) {
            self.engines = engines
        }
    }

    /// Params naming an engine environment.
    public struct EngineName: Sendable, Hashable, Codable {
        public var name: String

        public init(name: String) {
            self.name = name
        }
    }

    /// The engine environments of the configuration.
    public enum EnginesList: RPCMethod {
        public static let name = "engines.list"
        public static let access = RPCAccess.read
        public static let summary =
            "The configured engine environments: engine, version, Scala, Java, folder, assumed runtimes."
        public typealias Params = RPCEmpty
        public typealias Result = EngineList
    }

    /// One engine environment with the runtimes found or assumed and what they read and write.
    public enum EnginesShow: RPCMethod {
        public static let name = "engines.show"
        public static let access = RPCAccess.read
        public static let summary =
            "One engine environment: runtimes found by scanning its folder or assumed, what each reads and writes, "
            + "and scan findings."
        public typealias Params = EngineName
        public typealias Result = EngineEnvironmentReport
    }

    /// Which format runtimes a folder holds and what is wrong there.
    public enum EnginesScan: RPCMethod {
        public static let name = "engines.scan"
        public static let access = RPCAccess.read
        public static let summary =
            "Format runtimes in a jar folder or Python environment, and findings: Scala, engine minor, Java, "
            + "duplicates, shaded copies, clashes."
        public typealias Params = ScanParams
        public typealias Result = ScanResult
    }
}

extension RPCMethods {
    // MARK: Resolve

    /// Params of `resolve`.
    public struct ResolveParams: Sendable, Hashable, Codable {
        /// `ENGINE@VERSION`.
        public var engine: String
        public var scala: String?
        public var java: Int?
        /// The formats to resolve; all when absent.
        public var formats: [TableFormat]?
        /// Tables that must stay readable, absolute paths.
        public var tables: [String]?

        public init(
            engine: String,
            scala: String? = nil,
            java: Int? = nil,
            formats: [TableFormat]? = nil,
            tables: [String]? = nil
        ) {
            self.engine = engine
            self.scala = scala
            self.java = java
            self.formats = formats
            self.tables = tables
        }
    }

    /// The newest release per format that fits an engine and keeps the given tables readable.
    public enum Resolve: RPCMethod {
        public static let name = "engines.resolve"
        public static let access = RPCAccess.read
        public static let summary =
            "Per format, the newest release that fits the engine's version, Scala and Java and reads the given tables; "
            + "exact coordinates, or the chain of reasons why nothing fits."
        public typealias Params = ResolveParams
        public typealias Result = ResolveResult
    }
}

/// Every method the daemon serves.
public enum RPCCatalogue {
    /// The protocol's version; the major number changes when a method changes incompatibly.
    public static let protocolVersion = "1.0"

    /// The methods, in the order `rpc.describe` lists them.
    public static let methods: [any RPCMethod.Type] = [
        RPCMethods.DaemonStatus.self,
        RPCMethods.DaemonReload.self,
        RPCMethods.Describe.self,
        RPCMethods.PluginsList.self,
        RPCMethods.PluginsGet.self,
        RPCMethods.PluginsEnable.self,
        RPCMethods.PluginsDisable.self,
        RPCMethods.PluginsValidate.self,
        RPCMethods.PluginsUnregister.self,
        RPCMethods.TablesDetect.self,
        RPCMethods.TablesInspect.self,
        RPCMethods.TablesCheck.self,
        RPCMethods.TablesList.self,
        RPCMethods.TablesShow.self,
        RPCMethods.EnginesList.self,
        RPCMethods.EnginesShow.self,
        RPCMethods.EnginesScan.self,
        RPCMethods.Resolve.self,
    ]

    /// The method with this wire name.
    public static func method(named name: String) -> (any RPCMethod.Type)? {
        methods.first { $0.name == name }
    }
}
