import ArgumentParser
import Foundation
import TFMTCore
import TFMTRPC

struct ResolveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Which runtime artifacts an engine needs: per format, the newest release that fits.",
        discussion: """
            Chooses per format the newest release whose artifact supports the engine's version, Scala and Java \
            and reads every --table; prints a --packages line, Maven dependencies, pip requirements or JSON. \
            When nothing fits it explains why and exits 1.
            """
    )

    enum Output: String, ExpressibleByArgument, CaseIterable {
        case packages, maven, pip, json
    }

    @OptionGroup var options: GlobalOptions
    @Option(help: "The engine, ENGINE@VERSION (spark@3.5.3, flink@1.20, python@3.11).") var engine: String
    @Option(help: "The engine's Scala binary version.") var scala: String?
    @Option(help: "The engine's Java major version.") var java: Int?
    @Option(help: "Formats to resolve, comma separated (delta,iceberg,hudi,paimon); all by default.") var formats:
        String?
    @Option(name: .customLong("table"), help: "A table that must stay readable; repeatable.") var tables: [String] = []
    @Option(help: "packages, maven, pip or json.") var output: Output = .packages

    func run() async throws {
        var parsedFormats: [TableFormat]?
        if let formats {
            parsedFormats = try formats.split(separator: ",").map { name in
                guard let format = TableFormat(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                    throw ValidationError("'\(name)' is not a format; use delta, iceberg, hudi or paimon.")
                }
                return format
            }
        }
        let params = RPCMethods.ResolveParams(
            engine: engine,
            scala: scala,
            java: java,
            formats: parsedFormats,
            tables: tables.isEmpty ? nil : tables.map(absolutePath)
        )
        var runner = CommandRunner(options)
        if output == .json { runner.options.json = true }
        var unresolved = false
        try await runner.run(RPCMethods.Resolve.self, params) { result, style in
            unresolved = !result.unresolved.isEmpty
            return Render.resolve(result, output: output.rawValue, style: style)
        }
        if unresolved { throw ExitStatus.requestFailed }
    }
}
