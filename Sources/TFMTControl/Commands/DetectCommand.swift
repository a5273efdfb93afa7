import ArgumentParser
import TFMTRPC

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
