import Benchmark
import TFMTBenchmarkSupport
import TFMTBuiltinPlugins
import TFMTCore

/// The seed's hard budget for registering and activating the built-in plugins.
private let registrationBudget = HardBudget("registering and activating the four built-in plugins", under: .seconds(2))

/// The plugin registry (issue 11): registering and activating the four built-ins, and validating each plugin.
///
/// Hard budgets, which fail the run when missed: registration (with activation) under 2 s; validation under 2 s
/// per plugin.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 10,
        maxDuration: .seconds(3),
        maxIterations: 10_000
    )

    // BuiltinPlugins.all into a fresh registry, then activate(): validation of the dependency graph and each
    // plugin's initialize(context:), in dependency order.
    Benchmark("register + activate 4 built-ins") { benchmark in
        let infos = try await registrationBudget.enforce(on: benchmark) {
            let registry = PluginRegistry()
            for plugin in BuiltinPlugins.all {
                try await registry.register(plugin, origin: .builtin)
            }
            return await registry.activate()
        }
        let inactive = infos.filter { $0.state != .active }
        guard inactive.isEmpty, infos.count == 4 else {
            throw BenchmarkFailure(
                "expected 4 active plugins, got \(infos.map { "\($0.metadata.id): \($0.state.rawValue)" })"
            )
        }
        blackHole(infos)
    }

    // PluginRegistry.validate() on a registry holding one built-in plugin. The registry is built before the explicit
    // startMeasurement(), which restarts the clock and the counters, so only validate() is measured.
    for plugin in BuiltinPlugins.all {
        let id = plugin.metadata.id
        let budget = HardBudget("validating plugin '\(id)'", under: .seconds(2))
        Benchmark("validate \(id)") { benchmark in
            let registry = PluginRegistry()
            let fresh = BuiltinPlugins.all.first { $0.metadata.id == id }!
            try await registry.register(fresh, origin: .builtin)
            benchmark.startMeasurement()
            let infos = await budget.enforce(on: benchmark) { await registry.validate() }
            benchmark.stopMeasurement()
            guard infos.count == 1, infos[0].state == .validated else {
                throw BenchmarkFailure("plugin '\(id)' did not validate: \(infos.map(\.errors))")
            }
        }
    }
}
