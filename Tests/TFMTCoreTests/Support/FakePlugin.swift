import Synchronization
import TFMTCore

/// A plugin whose identity, dependencies and behaviour a test chooses.
struct FakePlugin: TableFormatPlugin {
    var metadata: PluginMetadata
    var dependencies: DependencySpec
    var catalog: ReleaseCatalog
    var failsToInitialize = false
    let log: EventLog

    init(
        _ id: String,
        version: String = "1.0.0",
        apiVersion: String = "1.0.0",
        accepts: String = ">=1.0,<2",
        dependsOn: [(String, String)] = [],
        failsToInitialize: Bool = false,
        log: EventLog = EventLog()
    ) throws {
        metadata = PluginMetadata(
            id: id,
            name: "Fake \(id)",
            version: try Version(parsing: version),
            format: .delta,
            capabilities: [.detect, .inspect],
            apiVersion: try Version(parsing: apiVersion)
        )
        dependencies = DependencySpec(
            pluginAPI: try VersionRequirement(parsing: accepts),
            plugins: try dependsOn.map {
                PluginDependency(id: $0.0, requirement: try VersionRequirement(parsing: $0.1))
            }
        )
        catalog = ReleaseCatalog(format: .delta, provenance: "test")
        self.failsToInitialize = failsToInitialize
        self.log = log
    }

    func initialize(context: PluginContext) async throws {
        log.append("init \(metadata.id)")
        if failsToInitialize { throw FakeFailure() }
    }

    func shutdown() async {
        log.append("shutdown \(metadata.id)")
    }

    func detect(at path: String) async throws(TFMTError) -> Detection? { nil }

    func inspect(at path: String, options: InspectOptions) async throws(TFMTError) -> TableRecord {
        throw .notATable(path, format: .delta, root: "nowhere")
    }

    func requirements(for record: TableRecord) -> TableRequirements { TableRequirements() }
}

struct FakeFailure: Error, CustomStringConvertible {
    var description: String { "the fake plugin was told to fail" }
}

/// What fake plugins did, in order, shared between copies of a plugin.
final class EventLog: Sendable {
    private let events = Mutex<[String]>([])

    func append(_ event: String) {
        events.withLock { $0.append(event) }
    }

    var all: [String] { events.withLock { $0 } }
}
