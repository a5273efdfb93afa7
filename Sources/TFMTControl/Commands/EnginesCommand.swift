import ArgumentParser
import TFMTCore
import TFMTRPC

struct EnginesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "engines",
        abstract: "The configured engine environments and what their runtimes read and write.",
        subcommands: [List.self, Show.self],
        defaultSubcommand: List.self
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every configured engine environment.")

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await CommandRunner(options).run(RPCMethods.EnginesList.self, RPCEmpty()) { result, style in
                Render.engines(result.engines, style: style)
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One engine environment: runtimes found or assumed, what they read and write, findings."
        )

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The environment's name from the configuration.") var name: String

        func run() async throws {
            try await CommandRunner(options).run(RPCMethods.EnginesShow.self, .init(name: name), render: Render.engine)
        }
    }
}
