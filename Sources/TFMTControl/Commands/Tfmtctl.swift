import ArgumentParser
import Foundation
import TFMTCore
import TFMTRPC

/// `tfmtctl`: the thin client of tfmtd. Each command sends one request and prints the answer.
public struct Tfmtctl: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "tfmtctl",
        abstract: "Ask tfmtd whether engines can read and write lakehouse tables.",
        discussion: """
            Exit codes: 0 success, 1 the request failed, 2 usage, 3 the daemon could not be reached, \
            4 a check ran and the verdict is incompatible. Shell completion: \
            tfmtctl --generate-completion-script bash|zsh|fish.
            """,
        version: TFMTVersion.current,
        subcommands: [
            StatusCommand.self, PluginsCommand.self, DetectCommand.self, InspectCommand.self, ScanCommand.self,
            EnginesCommand.self, CheckCommand.self, ResolveCommand.self, TablesCommand.self,
        ]
    )

    public init() {}

    /// Parses the command line and runs the command, with the contract's exit codes: usage mistakes exit 2 (not
    /// ArgumentParser's 64).
    public static func main(arguments: [String]? = nil) async -> Never {
        do {
            let given = arguments ?? Array(CommandLine.arguments.dropFirst())
            var command = try parseAsRoot(GlobalOptions.movingLeadingOptions(given))
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            exit(withError: nil)
        } catch let exitCode as ExitCode {
            exit(withError: exitCode)
        } catch {
            let code = exitCode(for: error)
            guard code != .success else { exit(withError: error) }
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                exit(withError: ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}

struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the daemon's version, uptime, socket, configuration and plugin counts."
    )

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        try await CommandRunner(options).run(RPCMethods.DaemonStatus.self, RPCEmpty(), render: Render.status)
    }
}
