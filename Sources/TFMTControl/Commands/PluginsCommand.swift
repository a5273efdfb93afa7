import ArgumentParser
import TFMTCore
import TFMTRPC

struct PluginsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "List, show, enable, disable, validate and remove plugins.",
        subcommands: [List.self, Show.self, Enable.self, Disable.self, Validate.self, Remove.self],
        defaultSubcommand: List.self
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every plugin with its state.")

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await CommandRunner(options).run(RPCMethods.PluginsList.self, RPCEmpty()) { result, style in
                Render.plugins(result.plugins, style: style)
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One plugin in detail.")

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The plugin's id, such as tfmt.delta.") var id: String

        func run() async throws {
            try await CommandRunner(options).run(RPCMethods.PluginsGet.self, .init(id: id), render: Render.plugin)
        }
    }

    struct Enable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Enable a disabled plugin (administrators).")

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The plugin's id.") var id: String

        func run() async throws {
            try await CommandRunner(options).run(RPCMethods.PluginsEnable.self, .init(id: id), render: Render.plugin)
        }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disable a plugin (administrators).")

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The plugin's id.") var id: String

        func run() async throws {
            try await CommandRunner(options).run(RPCMethods.PluginsDisable.self, .init(id: id), render: Render.plugin)
        }
    }

    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate one plugin or all and activate those that pass (administrators)."
        )

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The plugin's id; all plugins when omitted.") var id: String?

        func run() async throws {
            try await CommandRunner(options).run(RPCMethods.PluginsValidate.self, .init(id: id)) { result, style in
                Render.plugins(result.plugins, style: style)
            }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Unregister an external plugin (administrators); built-ins can only be disabled."
        )

        @OptionGroup var options: GlobalOptions
        @Argument(help: "The plugin's id.") var id: String

        func run() async throws {
            try await CommandRunner(options).run(RPCMethods.PluginsUnregister.self, .init(id: id)) { result, _ in
                "unregistered \(result.id)"
            }
        }
    }
}
