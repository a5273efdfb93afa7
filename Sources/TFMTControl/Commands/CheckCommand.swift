import ArgumentParser
import TFMTCore
import TFMTRPC

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Can an engine read and write a table? Exit status 4 when it cannot.",
        discussion: """
            Either --env NAME (an engine environment from the configuration, with the runtimes its folder holds \
            or it assumes), or --engine ENGINE@VERSION with the runtimes it has as --with ARTIFACT=VERSION \
            (delta-spark_2.12=3.2.0, iceberg-spark-runtime-3.5_2.12=1.6.1, deltalake=0.18.2).
            """
    )

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The table's folder.") var path: String
    @Option(help: "A configured engine environment.") var env: String?
    @Option(help: "The engine, ENGINE@VERSION.") var engine: String?
    @Option(help: "The engine's Scala binary version.") var scala: String?
    @Option(help: "The engine's Java major version.") var java: Int?
    @Option(name: .customLong("with"), help: "A runtime the engine has, ARTIFACT=VERSION; repeatable.")
    var runtimes: [String] = []

    func validate() throws {
        if (env == nil) == (engine == nil) {
            throw ValidationError("Give either --env NAME or --engine ENGINE@VERSION.")
        }
        if env != nil, !runtimes.isEmpty || scala != nil || java != nil {
            throw ValidationError("--with, --scala and --java go with --engine; an --env brings its own.")
        }
    }

    func run() async throws {
        let params = RPCMethods.CheckParams(
            path: absolutePath(path),
            env: env,
            engine: engine,
            scala: scala,
            java: java,
            with: runtimes.isEmpty ? nil : runtimes
        )
        var compatible = true
        try await CommandRunner(options).run(RPCMethods.TablesCheck.self, params) { result, style in
            compatible = result.compatible
            return Render.check(result, style: style)
        }
        if !compatible { throw ExitStatus.incompatible }
    }
}
