import Foundation
import TFMTBuiltinPlugins
import TFMTCore
import TFMTPluginContract
import Testing

/// Runs every built-in plugin through the plugin contract.
@Suite("Plugin contract")
struct BuiltinPluginContractTests {
    @Test("built-in plugin keeps the contract", arguments: BuiltinPlugins.all.map(PluginUnderTest.init))
    func builtinKeepsContract(_ subject: PluginUnderTest) async throws {
        try await withScratchDirectory { scratch in
            let violations = await PluginContract.check(subject.plugin, scratchDirectory: scratch)
            #expect(violations.isEmpty, "\(subject): \(violations)")
        }
    }

    @Test("built-in plugins have distinct ids and cover the four formats")
    func builtinsAreDistinct() {
        let plugins = BuiltinPlugins.all
        #expect(Set(plugins.map(\.metadata.id)).count == plugins.count)
        #expect(Set(plugins.map(\.metadata.format)) == Set(TableFormat.allCases))
    }

    @Test("built-in plugins register and activate together")
    func builtinsActivate() async throws {
        let registry = PluginRegistry()
        for plugin in BuiltinPlugins.all {
            try await registry.register(plugin, origin: .builtin)
        }
        let infos = await registry.activate()
        #expect(infos.allSatisfy { $0.state == .active }, "\(infos.map { ($0.id, $0.state, $0.errors) })")
    }

    @Test("detect finds each format's marker and only its own", arguments: TableFormat.allCases)
    func detectsMarkers(_ format: TableFormat) async throws {
        try await withScratchDirectory { scratch in
            let table = scratch + "/table"
            try TableMarker.create(format, at: table)
            for plugin in BuiltinPlugins.all {
                let detection = try await plugin.detect(at: table)
                if plugin.metadata.format == format {
                    #expect(detection?.format == format)
                    #expect(detection?.location == LocalFiles.absolute(table))
                } else {
                    #expect(detection == nil, "\(plugin.metadata.id) claimed a \(format) table")
                }
            }
        }
    }
}

/// The contract itself must catch broken plugins, or a green run proves nothing.
@Suite("Plugin contract catches violations")
struct PluginContractViolationTests {
    @Test("a plugin that claims every folder, inspects anything and cites nothing is caught")
    func brokenPluginIsCaught() async throws {
        try await withScratchDirectory { scratch in
            let violations = await PluginContract.check(BrokenPlugin(), scratchDirectory: scratch)
            let checks = Set(violations.map(\.check))
            #expect(
                checks == [
                    "metadata", "detect-empty", "inspect-non-table", "catalog-sources", "requirements-runtimes",
                ],
                "\(violations)"
            )
        }
    }
}

/// Wraps a plugin so test arguments print its id.
struct PluginUnderTest: Sendable, CustomTestStringConvertible, CustomStringConvertible {
    let plugin: any TableFormatPlugin
    var testDescription: String { plugin.metadata.id }
    var description: String { plugin.metadata.id }
}

/// Breaks every promise the contract checks.
struct BrokenPlugin: TableFormatPlugin {
    var metadata: PluginMetadata {
        PluginMetadata(
            id: "Broken!",
            name: "",
            version: Version("1.0.0")!,
            format: .iceberg,
            capabilities: [.inspect],
            apiVersion: Version("9.0.0")!
        )
    }
    var dependencies: DependencySpec { DependencySpec(pluginAPI: .atLeast(Version("9.0")!)) }
    var catalog: ReleaseCatalog {
        ReleaseCatalog(
            format: .iceberg,
            provenance: "somewhere",
            runtimes: [CatalogRuntime(id: "rt", ecosystem: .maven, engine: "spark", summary: "", source: "")],
            features: [CatalogFeature(feature: "f", runtime: "ghost", read: nil, write: nil, source: " ")]
        )
    }

    func detect(at path: String) async throws(TFMTError) -> Detection? {
        Detection(format: .iceberg, location: path, evidence: "everything is a table")
    }

    func inspect(at path: String, options: InspectOptions) async throws(TFMTError) -> TableRecord {
        TableRecord(format: .iceberg, location: path, snapshot: .init(id: "1", timestamp: nil, count: 1))
    }

    func requirements(for record: TableRecord) -> TableRequirements {
        TableRequirements(read: [RuntimeRequirement(runtime: "unheard-of", minimum: nil)])
    }
}

/// The smallest on-disk shape each plugin recognises.
enum TableMarker {
    static func create(_ format: TableFormat, at root: String) throws {
        let files: [String: String]
        switch format {
        case .delta: files = ["_delta_log/00000000000000000000.json": "{}"]
        case .iceberg: files = ["metadata/v1.metadata.json": "{}"]
        case .hudi: files = [".hoodie/hoodie.properties": "hoodie.table.name=t\n"]
        case .paimon: files = ["schema/schema-0": "{}", "snapshot/snapshot-1": "{}"]
        }
        for (path, contents) in files {
            let url = URL(fileURLWithPath: root).appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            try Data(contents.utf8).write(to: url)
        }
    }
}

func withScratchDirectory(_ body: (String) async throws -> Void) async throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("tfmt-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: path) }
    try await body(path)
}
