import ArgumentParser
import TFMTCore
import TFMTRPC

struct ScanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Find the format runtimes in a jar folder or Python environment, and what is wrong there.",
        discussion: """
            Reads Spark's jars/, Flink's lib/, Trino's plugin/ (and connector subfolders) or a Python environment \
            without unpacking anything. With --engine, also checks each jar's Scala suffix, engine minor and \
            class-file level against the engine.
            """
    )

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The folder to scan.") var directory: String
    @Option(help: "The engine the folder belongs to, ENGINE@VERSION (spark@3.5.3, flink@1.20).") var engine: String?
    @Option(help: "The engine's Scala binary version, such as 2.12.") var scala: String?
    @Option(help: "The Java major version the engine runs on.") var java: Int?

    func run() async throws {
        let params = RPCMethods.ScanParams(path: absolutePath(directory), engine: engine, scala: scala, java: java)
        try await CommandRunner(options).run(RPCMethods.EnginesScan.self, params, render: Render.scan)
    }
}
