import ArgumentParser
import TFMTCore
import TFMTRPC

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
