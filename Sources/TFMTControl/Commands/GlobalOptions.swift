import ArgumentParser

/// Options every command takes.
public struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The daemon's socket (default: $TFMT_SOCKET, else /run/tfmt/tfmtd.sock).")
    public var socket: String?

    @Flag(name: .long, help: "Print exactly one JSON document: the result, or {\"error\": …}.")
    public var json = false

    public init() {}

    /// The socket path: the flag, then `TFMT_SOCKET`, then the default.
    public func socketPath(environment: [String: String]) -> String {
        if let socket, !socket.isEmpty { return socket }
        if let fromEnvironment = environment["TFMT_SOCKET"], !fromEnvironment.isEmpty { return fromEnvironment }
        return "/run/tfmt/tfmtd.sock"
    }

    /// The contract writes global options before the command (`tfmtctl --json plugins list`); ArgumentParser reads a
    /// subcommand's options after its name. Options given before the first command word are moved to the end.
    public static func movingLeadingOptions(_ arguments: [String]) -> [String] {
        var leading: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--json" || argument.hasPrefix("--socket=") {
                leading.append(argument)
                index += 1
            } else if argument == "--socket", index + 1 < arguments.endIndex {
                leading += [argument, arguments[index + 1]]
                index += 2
            } else {
                break
            }
        }
        guard !leading.isEmpty, index < arguments.endIndex else { return arguments }
        return Array(arguments[index...]) + leading
    }
}
