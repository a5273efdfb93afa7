import ArgumentParser
import Foundation
import TFMTCore
import TFMTRPC

/// Paths reach the daemon absolute: it runs in another working directory.
func absolutePath(_ path: String) -> String {
    path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
}

struct DetectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "detect",
        abstract: "Say which table format a folder holds, and why."
    )

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The table's folder (or an Iceberg metadata file).") var path: String

    func run() async throws {
        try await CommandRunner(options).run(RPCMethods.TablesDetect.self, .init(path: absolutePath(path))) {
            result,
            style in
            Render.detection(result, style: style)
        }
    }
}

struct InspectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Read a table's metadata: snapshot, protocol, features, schema, partitions, requirements."
    )

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The table's folder (or an Iceberg metadata file).") var path: String
    @Flag(help: "Also read manifests and commit metadata for details such as delete-file kinds.") var detail = false
    @Option(help: "Read the path as this format instead of detecting it: delta, iceberg, hudi or paimon.")
    var format: TableFormat?

    func run() async throws {
        let params = RPCMethods.InspectParams(path: absolutePath(path), detail: detail, format: format)
        try await CommandRunner(options).run(RPCMethods.TablesInspect.self, params, render: Render.table)
    }
}

extension TableFormat: ExpressibleByArgument {}
