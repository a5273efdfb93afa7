import Benchmark
import TFMTBenchmarkSupport
import TFMTRPC

/// The daemon the benchmark talks to, started by its setup and stopped by its teardown (the benchmark tool runs each
/// benchmark in a process of its own, so each gets a fresh daemon).
private let daemon = SharedSlot<Daemon>()
/// The connection kept open across the benchmark's iterations.
private let connection = SharedSlot<PersistentConnection>()

/// How many calls the pipelined benchmark keeps in flight on one connection: the daemon's default
/// `limits.maxInFlightPerConnection`, so the benchmark measures the configuration users run (a 65th call would be
/// refused with TFMT-RPC-0011).
private let pipelineDepth = 64

/// Calls per second in the pipelined benchmark, measured per batch.
private let pipelinedCallsPerSecond = BenchmarkMetric.custom(
    "plugins.list calls/s (64 in flight)",
    polarity: .prefersLarger,
    useScalingFactor: false
)

/// Starts tfmtd and connects to it, unless that was done already.
private func startDaemonAndConnect() async throws {
    if (try? connection.get()) != nil { return }
    let started = try Daemon.started()
    daemon.set(started)
    connection.set(try await PersistentConnection.open(socketPath: started.socketPath))
}

/// Closes the connection and stops the daemon.
private func disconnectAndStopDaemon() async throws {
    await connection.take()?.close()
    if let stopped = daemon.take() {
        let status = await stopped.stop()
        guard status == 0 else { throw BenchmarkFailure("tfmtd exited with status \(status)\n\(stopped.log)") }
    }
}

/// `plugins.list` over the real Unix socket against a real tfmtd (issue 3).
///
/// Goals (reported, not enforced): p99 round trip under 1 ms.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal],
        warmupIterations: 200,
        maxDuration: .seconds(5),
        maxIterations: 20_000
    )

    // One call at a time on one open connection: the wall clock percentiles are the round trip latency.
    Benchmark(
        "plugins.list round trip",
        configuration: .init(setup: startDaemonAndConnect, teardown: disconnectAndStopDaemon)
    ) { benchmark in
        let client = try connection.get().client
        for _ in benchmark.scaledIterations {
            blackHole(try await client.call(RPCMethods.PluginsList.self, RPCEmpty()))
        }
    }

    // 64 calls in flight at once on one connection. The wall clock is per batch of 64; the custom metric turns each
    // batch into calls per second. (The framework's scaling factors are powers of 1,000, so a batch of 64 cannot be
    // scaled by it.)
    Benchmark(
        "plugins.list pipelined x64",
        configuration: .init(
            metrics: [.wallClock, .throughput, .mallocCountTotal, pipelinedCallsPerSecond],
            maxIterations: 2_000,
            setup: startDaemonAndConnect,
            teardown: disconnectAndStopDaemon
        )
    ) { benchmark in
        let client = try connection.get().client
        let clock = ContinuousClock()
        let start = clock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<pipelineDepth {
                group.addTask { blackHole(try await client.call(RPCMethods.PluginsList.self, RPCEmpty())) }
            }
            try await group.waitForAll()
        }
        let elapsed = start.duration(to: clock.now)
        let nanoseconds = elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000
        benchmark.measurement(pipelinedCallsPerSecond, Int(Int64(pipelineDepth) * 1_000_000_000 / max(nanoseconds, 1)))
    }

    // What tfmtctl does for each command: connect, one call, close.
    Benchmark(
        "connect + plugins.list + close",
        configuration: .init(maxIterations: 5_000, setup: startDaemonAndConnect, teardown: disconnectAndStopDaemon)
    ) { benchmark in
        let socketPath = try daemon.get().socketPath
        for _ in benchmark.scaledIterations {
            try await RPCClient.withConnection(socketPath: socketPath) { client in
                blackHole(try await client.call(RPCMethods.PluginsList.self, RPCEmpty()))
            }
        }
    }
}
