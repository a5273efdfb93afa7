import ArgumentParser
import Foundation
import TFMTCore
import TFMTRPC

/// Runs one command's call against the daemon and prints the outcome: the result as JSON with `--json`, or as text
/// for people; failures as a structured error with the contract's exit code.
struct CommandRunner {
    var options: GlobalOptions
    let environment: [String: String]
    let style: TerminalStyle

    init(_ options: GlobalOptions, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.options = options
        self.environment = environment
        self.style = options.json ? TerminalStyle(colors: false) : TerminalStyle.detect(environment: environment)
    }

    /// Calls `method` and prints its result with `render`.
    func run<Method: RPCMethod>(
        _ method: Method.Type,
        _ params: Method.Params,
        render: (Method.Result, TerminalStyle) -> String
    ) async throws {
        let socket = options.socketPath(environment: environment)
        let result: Method.Result
        do {
            result = try await RPCClient.withConnection(socketPath: socket) { client in
                try await client.call(method, params)
            }
        } catch let error as TFMTError {
            fail(error)
            throw error.code == .rpcDaemonUnreachable ? ExitStatus.daemonUnreachable : ExitStatus.requestFailed
        }
        if options.json {
            print(Self.json(result))
        } else {
            print(render(result, style))
        }
    }

    private func fail(_ error: TFMTError) {
        if options.json {
            print(Self.json(["error": error]))
        } else {
            FileHandle.standardError.write(Data((Render.error(error, style: style) + "\n").utf8))
        }
    }

    static func json<Value: Encodable>(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}

/// Paths reach the daemon absolute: it runs in another working directory.
func absolutePath(_ path: String) -> String {
    path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
}
