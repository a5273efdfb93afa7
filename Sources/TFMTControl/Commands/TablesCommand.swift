import ArgumentParser
import TFMTCore
import TFMTRPC

struct TablesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tables",
        abstract: "The watched tables with their latest snapshot and the verdict of every engine.",
        subcommands: [List.self, Show.self],
        defaultSubcommand: List.self
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every watched table.")

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await CommandRunner(options).run(RPCMethods.TablesList.self, RPCEmpty()) { result, style in
                Render.watchedTables(result.tables, style: style)
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One watched table: its record and verdicts.")

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The watched table's path.") var path: String

        func run() async throws {
            try await CommandRunner(options).run(RPCMethods.TablesShow.self, .init(path: absolutePath(path))) {
                result,
                style in
                Render.watchedTable(result, style: style)
            }
        }
    }
}
