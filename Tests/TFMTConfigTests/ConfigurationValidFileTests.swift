import TFMTConfig
import TFMTCore
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct ConfigurationValidFileTests {
    static let fullFile = """
        # A file that sets every key.
        socket:
          path: /run/tfmt/custom.sock
          mode: 0600
          maxFrameSize: 8MiB
        adminGroup: data-eng
        stateDirectory: /srv/tfmt/state/
        logLevel: debug
        limits:
          maxConnections: 1024
          maxInFlightPerConnection: 8
          idleTimeout: 1h30m
          requestTimeout: 500ms
          shutdownGracePeriod: 0s
        plugins:
          directories: [/opt/tfmt/plugins, /opt/tfmt/plugins/]
          allowOutsideDirectories: yes
          disabled: [paimon, paimon, hudi]
          settings:
            delta:
              checkpointReadLimit: 100
              strict: true
              ratio: 0.5
              version: "3.10"
              nested: {list: [1, two, ~]}
            iceberg: ~
        catalogs:
          directory: /srv/tfmt/catalogs
        metrics:
          interval: 5s
          retention: 48h
          stateFile: rings/metrics.bin
          saveInterval: 60
          maxSeries: 500
        alerts:
          rules:
            - name: daemon-cpu
              metric: process_cpu_percent
              comparison: ">="
              threshold: 50
              for: 2m
              severity: critical
            - name: big-plugin
              metric: plugin_memory_bytes
              threshold: 1GiB
              labels: {plugin: delta}
        engines:
          - name: prod-spark
            engine: spark
            version: 3.5.3
            scala: 2.12
            java: 17
            scan: /opt/spark/jars
            assume: {delta-spark_2.12: 3.2.0, iceberg-spark-runtime-3.5_2.12: 1.6.1}
          - name: py
            engine: python
            version: 3.10
            python: 3.10
            java: 1.8
        tables:
          roots: [/data]
          watch:
            - path: /data/sales
              read: [prod-spark, py]
              write: [prod-spark]
              interval: 5m
            - path: /data/./events//
        """

    @Test func everyKeyIsRead() throws {
        let configuration = try ConfigTestSupport.parse(Self.fullFile)
        #expect(configuration.socket == .init(path: "/run/tfmt/custom.sock", mode: 0o600, maxFrameSize: 8 << 20))
        #expect(configuration.adminGroup == "data-eng")
        #expect(configuration.stateDirectory == "/srv/tfmt/state")
        #expect(configuration.logLevel == .debug)
        #expect(
            configuration.limits
                == .init(
                    maxConnections: 1024,
                    maxInFlightPerConnection: 8,
                    idleTimeout: .seconds(5400),
                    requestTimeout: .milliseconds(500),
                    shutdownGracePeriod: .zero
                )
        )
        #expect(configuration.plugins.directories == ["/opt/tfmt/plugins"])
        #expect(configuration.plugins.allowOutsideDirectories)
        #expect(configuration.plugins.disabled == ["paimon", "hudi"])
        let delta = try #require(configuration.plugins.settings["delta"])
        #expect(delta["checkpointReadLimit"] == .int(100))
        #expect(delta["strict"] == .bool(true))
        #expect(delta["ratio"] == .double(0.5))
        #expect(delta["version"] == .string("3.10"))
        #expect(delta["nested"] == ["list": [1, "two", nil]])
        #expect(configuration.plugins.settings["iceberg"] == [:])
        #expect(configuration.catalogs.directory == "/srv/tfmt/catalogs")
        #expect(configuration.metrics.interval == .seconds(5))
        #expect(configuration.metrics.retention == .seconds(48 * 3600))
        #expect(configuration.metrics.saveInterval == .seconds(60))
        #expect(configuration.metrics.maxSeries == 500)
        #expect(configuration.metricsStateFilePath == "/srv/tfmt/state/rings/metrics.bin")
        // The file's daemon-cpu replaces the built-in one; the other defaults stay, the file's rules follow.
        #expect(
            configuration.alerts.rules.map(\.name) == [
                "plugin-memory", "plugin-registration-time", "plugin-validation-time", "daemon-cpu", "big-plugin",
            ]
        )
        let cpu = try #require(configuration.alerts.rules.first { $0.name == "daemon-cpu" })
        #expect(cpu.comparison == .greaterThanOrEqual && cpu.threshold == 50 && cpu.for == .seconds(120))
        #expect(cpu.severity == .critical)
        let memory = try #require(configuration.alerts.rules.last)
        #expect(memory.threshold == 1_073_741_824 && memory.labels == ["plugin": "delta"])
        #expect(memory.comparison == .greaterThan && memory.severity == .warning)
        #expect(configuration.engines.count == 2)
        let spark = try #require(configuration.engine(named: "prod-spark"))
        #expect(spark.target.description == "spark@3.5.3 (Scala 2.12, Java 17)")
        #expect(spark.scan == "/opt/spark/jars")
        #expect(spark.assume["delta-spark_2.12"]?.description == "3.2.0")
        #expect(spark.assume["iceberg-spark-runtime-3.5_2.12"]?.description == "1.6.1")
        #expect(configuration.tables.roots == ["/data"])
        #expect(configuration.tables.watch.map(\.path) == ["/data/sales", "/data/events"])
        #expect(configuration.tables.watch[0].read == ["prod-spark", "py"])
        #expect(configuration.tables.watch[0].interval == .seconds(300))
        #expect(configuration.tables.watch[1].interval == .seconds(60))
        #expect(configuration.tables.allows(path: "/data/x/../sales"))
        #expect(!configuration.tables.allows(path: "/database"))
    }

    @Test func versionsAreReadFromTheTextNotAsNumbers() throws {
        let configuration = try ConfigTestSupport.parse(Self.fullFile)
        let python = try #require(configuration.engine(named: "py"))
        #expect(python.version.description == "3.10")
        #expect(python.python?.description == "3.10")
        #expect(python.java == 8)
        #expect(configuration.engine(named: "prod-spark")?.scala?.description == "2.12")
    }

    @Test func exampleFileParses() throws {
        let path = ConfigTestSupport.packageRoot + "/config/tfmtd.example.yaml"
        let configuration = try ConfigurationLoader.load(path: path)
        #expect(configuration.engines.map(\.name) == ["prod-spark", "analytics-python"])
        #expect(configuration.tables.watch.first?.write == ["prod-spark"])
        #expect(configuration.alerts.rules.count == TFMTConfiguration.Alerts.defaultRules.count + 1)
        #expect(configuration.socket == TFMTConfiguration.default.socket)
        #expect(configuration.limits == TFMTConfiguration.default.limits)
        #expect(configuration.metrics == TFMTConfiguration.default.metrics)
    }

    @Test(arguments: [
        ("0660", 0o660), ("\"0660\"", 0o660), ("660", 0o660), ("0o600", 0o600), ("'0755'", 0o755), ("0", 0),
    ])
    func socketModeForms(text: String, mode: Int) throws {
        #expect(try ConfigTestSupport.parse("socket:\n  mode: \(text)\n").socket.mode == mode)
    }

    @Test(arguments: [
        ("10", Duration.seconds(10)), ("1500ms", .milliseconds(1500)), ("1h30m", .seconds(5400)),
        ("2d", .seconds(172_800)),
        ("\"45s\"", .seconds(45)), ("1m 30s", .seconds(90)),
    ])
    func durationForms(text: String, duration: Duration) throws {
        #expect(try ConfigTestSupport.parse("limits:\n  idleTimeout: \(text)\n").limits.idleTimeout == duration)
    }

    @Test(arguments: [
        ("16MiB", 16 << 20), ("1024", 1024), ("2 MB", 2_000_000), ("512kib", 512 << 10), ("1GiB", 1 << 30),
    ])
    func sizeForms(text: String, bytes: Int) throws {
        #expect(try ConfigTestSupport.parse("socket:\n  maxFrameSize: \(text)\n").socket.maxFrameSize == bytes)
    }

    @Test func alertDefaultsCanBeDropped() throws {
        let yaml = "alerts:\n  includeDefaultRules: false\n  rules:\n    - {name: r, metric: m, threshold: 2s}\n"
        let rules = try ConfigTestSupport.parse(yaml).alerts.rules
        #expect(rules.map(\.name) == ["r"])
        #expect(rules.first?.threshold == 2)
    }

    @Test func aliasesMayStandForValues() throws {
        let yaml = """
            engines:
              - &spark {name: a, engine: spark, version: 3.5.3}
            tables:
              watch:
                - {path: /d1, read: &readers [a]}
                - {path: /d2, read: *readers}
            """
        let configuration = try ConfigTestSupport.parse(yaml)
        #expect(configuration.tables.watch.map(\.read) == [["a"], ["a"]])
    }

    @Test func fileOnDiskIsRead() throws {
        let path = "/tmp/tfmt-config-test-\(getpid()).yaml"
        defer { unlink(path) }
        try store("logLevel: warning\n", at: path)
        #expect(try ConfigurationLoader.load(path: path).logLevel == .warning)
        #expect(try ConfigurationLoader.loadIfPresent(path: path)?.logLevel == .warning)
    }

    func store(_ text: String, at path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) } == bytes.count)
    }
}
