import TFMTConfig
import TFMTCore
import Testing

/// One test per kind of mistake: each asserts the code, the position, the key path and that there is advice.
@Suite struct ConfigurationErrorTests {
    typealias Support = ConfigTestSupport

    @Test func unknownTopLevelKeySuggestsTheClosest() throws {
        let error = try #require(
            Support.expectError(
                "logLevel: info\nsockt:\n  path: /x\n",
                code: .configUnknownKey,
                line: 2,
                column: 1,
                key: "sockt"
            )
        )
        #expect(error.context["suggestion"] == "socket")
        #expect(error.context["allowed"]?.arrayValue?.contains("engines") == true)
        #expect(error.message.contains("did you mean 'socket'"))
    }

    @Test func unknownNestedKeySuggestsTheClosest() throws {
        let yaml = "socket:\n  path: /run/t.sock\n  max_frame_size: 1MiB\n"
        let error = try #require(
            Support.expectError(yaml, code: .configUnknownKey, line: 3, column: 3, key: "socket.max_frame_size")
        )
        #expect(error.context["suggestion"] == "maxFrameSize")
        #expect(error.context["allowed"] == ["path", "mode", "maxFrameSize"])
    }

    @Test func misplacedKeySaysWhereItBelongs() throws {
        let error = try #require(
            Support.expectError("interval: 10s\n", code: .configUnknownKey, line: 1, column: 1, key: "interval")
        )
        #expect(error.resolution.contains { $0.contains("metrics") && $0.contains("tables.watch[]") })
    }

    @Test func unknownKeyInsideAListEntry() {
        let yaml = "engines:\n  - name: a\n    engine: spark\n    version: 1.0\n    jave: 17\n"
        Support.expectError(yaml, code: .configUnknownKey, line: 5, column: 5, key: "engines[0].jave")
    }

    @Test func stringWhereListExpected() throws {
        let error = try #require(
            Support.expectError(
                "plugins:\n  directories: /opt/plugins\n",
                code: .configWrongType,
                line: 2,
                column: 16,
                key: "plugins.directories"
            )
        )
        #expect(error.context["expected"] == "a list of absolute paths")
        #expect(error.context["found"] == "the text \"/opt/plugins\"")
        #expect(error.resolution.contains { $0.contains("[/opt/plugins]") })
    }

    @Test func listWhereMapExpected() throws {
        let error = try #require(
            Support.expectError("socket:\n  - /run/x.sock\n", code: .configWrongType, line: 2, column: 3, key: "socket")
        )
        #expect(error.context["found"] == "a list")
    }

    @Test func mapWhereScalarExpected() throws {
        let error = try #require(
            Support.expectError(
                "adminGroup:\n  name: tfmt\n",
                code: .configWrongType,
                line: 2,
                column: 3,
                key: "adminGroup"
            )
        )
        #expect(error.context["found"] == "a map")
    }

    @Test func topLevelMustBeAMap() {
        Support.expectError("- socket\n- limits\n", code: .configWrongType, line: 1, column: 1, key: nil)
    }

    @Test func booleanExpected() {
        Support.expectError(
            "plugins:\n  allowOutsideDirectories: maybe\n",
            code: .configWrongType,
            line: 2,
            column: 28,
            key: "plugins.allowOutsideDirectories"
        )
    }

    @Test func javaOutOfRange() throws {
        let yaml = "engines:\n  - name: a\n    engine: spark\n    version: 3.5.3\n    java: 99\n"
        let error = try #require(
            Support.expectError(yaml, code: .configOutOfRange, line: 5, column: 11, key: "engines[0].java")
        )
        #expect(error.context["range"] == "8...30")
        #expect(error.context["found"] == "99")
    }

    @Test func metricsIntervalOfZeroIsOutOfRange() throws {
        let error = try #require(
            Support.expectError(
                "metrics:\n  interval: 0s\n",
                code: .configOutOfRange,
                line: 2,
                column: 13,
                key: "metrics.interval"
            )
        )
        #expect(error.context["range"] == "1s...1h")
    }

    @Test(arguments: ["0999", "01777", "7777", "\"0o1000\""])
    func socketModeOutOfRange(mode: String) throws {
        let error = try #require(
            Support.expectError(
                "socket:\n  mode: \(mode)\n",
                code: .configOutOfRange,
                line: 2,
                column: 9,
                key: "socket.mode"
            )
        )
        #expect(error.context["range"]?.stringValue?.contains("0777") == true)
    }

    @Test func socketModeThatIsNotOctal() {
        Support.expectError(
            "socket:\n  mode: rw-rw----\n",
            code: .configInvalidValue,
            line: 2,
            column: 9,
            key: "socket.mode"
        )
    }

    @Test func numberThatOverflows() {
        Support.expectError(
            "limits:\n  maxConnections: 99999999999999999999999999\n",
            code: .configOutOfRange,
            line: 2,
            column: 19,
            key: "limits.maxConnections"
        )
    }

    @Test(arguments: ["10 seconds", "5x", "-5s", "1.5h", "99999999999999999999d", "ms"])
    func invalidDuration(text: String) throws {
        let error = try #require(
            Support.expectError(
                "limits:\n  idleTimeout: \(text)\n",
                code: .configInvalidValue,
                line: 2,
                column: 16,
                key: "limits.idleTimeout"
            )
        )
        #expect(error.resolution.first?.contains("for example 10s, 5m or 24h") == true)
    }

    @Test(arguments: ["16 MiBs", "big", "1.5GiB", "16M"])
    func invalidSize(text: String) {
        Support.expectError(
            "socket:\n  maxFrameSize: \(text)\n",
            code: .configInvalidValue,
            line: 2,
            column: 17,
            key: "socket.maxFrameSize"
        )
    }

    @Test func sizeOutOfRange() throws {
        let error = try #require(
            Support.expectError(
                "socket:\n  maxFrameSize: 2GiB\n",
                code: .configOutOfRange,
                line: 2,
                column: 17,
                key: "socket.maxFrameSize"
            )
        )
        #expect(error.context["range"] == "1KiB...1GiB")
    }

    @Test func invalidVersion() {
        let yaml = "engines:\n  - name: a\n    engine: spark\n    version: three\n"
        Support.expectError(yaml, code: .configInvalidValue, line: 4, column: 14, key: "engines[0].version")
    }

    @Test func invalidChoiceSuggestsTheClosest() throws {
        let error = try #require(
            Support.expectError("logLevel: warn\n", code: .configInvalidValue, line: 1, column: 11, key: "logLevel")
        )
        #expect(error.context["suggestion"] == "warning")
        #expect(error.context["allowed"]?.arrayValue?.count == 7)
    }

    @Test func unquotedComparisonOperator() {
        let yaml = "alerts:\n  rules:\n    - name: r\n      metric: m\n      threshold: 1\n      comparison: >\n"
        Support.expectError(yaml, code: .configInvalidValue, line: 6, column: 19, key: "alerts.rules[0].comparison")
    }

    @Test func duplicateKey() throws {
        let yaml = "socket:\n  mode: 0660\n  path: /run/a.sock\n  mode: 0600\n"
        let error = try #require(
            Support.expectError(yaml, code: .configDuplicateKey, line: 4, column: 3, key: "socket.mode")
        )
        #expect(error.context["firstLine"] == 2)
        #expect(error.context["firstColumn"] == 3)
    }

    @Test func duplicateKeyInAFlowMap() {
        Support.expectError(
            "metrics: {interval: 10s, maxSeries: 5, interval: 20s}\n",
            code: .configDuplicateKey,
            line: 1,
            column: 40,
            key: "metrics.interval"
        )
    }

    @Test func duplicateTopLevelKeyWithOtherProblems() throws {
        let yaml = "logLevel: info\nlimits: {maxConnections: 0}\nlogLevel: debug\n"
        let error = try #require(
            Support.expectError(
                yaml,
                code: .configOutOfRange,
                line: 2,
                column: 26,
                key: "limits.maxConnections"
            )
        )
        let others = try #require(error.context["otherProblems"]?.arrayValue)
        #expect(others.count == 1)
        #expect(others.first?.stringValue?.hasPrefix("3:1 logLevel appears twice") == true)
    }

    @Test func duplicateEngineName() throws {
        let yaml = """
            engines:
              - {name: prod, engine: spark, version: 3.5.3}
              - {name: prod, engine: flink, version: 1.20}
            """
        let error = try #require(
            Support.expectError(yaml, code: .configDuplicateEntry, line: 3, column: 12, key: "engines[1].name")
        )
        #expect(error.context["firstLine"] == 2)
    }

    @Test func duplicateAlertRuleName() {
        let yaml = """
            alerts:
              rules:
                - {name: r, metric: m, threshold: 1}
                - {name: r, metric: n, threshold: 2}
            """
        Support.expectError(yaml, code: .configDuplicateEntry, line: 4, column: 14, key: "alerts.rules[1].name")
    }

    @Test func undefinedEngineInWatchedTable() throws {
        let yaml = """
            engines:
              - {name: prod-spark, engine: spark, version: 3.5.3}
            tables:
              watch:
                - path: /data/sales
                  read: [prod-spark]
                  write: [prod-sparc]
            """
        let error = try #require(
            Support.expectError(
                yaml,
                code: .configUndefinedEngine,
                line: 7,
                column: 15,
                key: "tables.watch[0].write[0]"
            )
        )
        #expect(error.context["suggestion"] == "prod-spark")
        #expect(error.context["allowed"] == ["prod-spark"])
    }

    @Test func missingRequiredKey() throws {
        let yaml = "engines:\n  - name: a\n    engine: spark\n"
        let error = try #require(
            Support.expectError(yaml, code: .configMissingKey, line: 2, column: 5, key: "engines[0].version")
        )
        #expect(error.resolution.first?.contains("version:") == true)
    }

    @Test func unclosedBracketIsASyntaxError() throws {
        let yaml = "plugins:\n  disabled: [delta, hudi\nlogLevel: info\n"
        let error = try #require(Support.expectError(yaml, code: .configSyntax, line: 3, column: 9, key: nil))
        #expect(error.resolution.first?.contains("line 2, column 13") == true)
    }

    @Test func badIndentationIsASyntaxError() throws {
        let yaml = "socket:\n  path: /run/a.sock\n mode: 0660\n"
        let error = try #require(Support.expectError(yaml, code: .configSyntax, line: 3, column: 2, key: nil))
        #expect(error.resolution.first?.contains("indentation") == true)
    }

    @Test func tabIndentationIsASyntaxError() throws {
        let error = try #require(
            Support.expectError("socket:\n\tpath: /run/a.sock\n", code: .configSyntax, line: 2, column: 1, key: nil)
        )
        #expect(error.resolution.first?.contains("tabs") == true)
    }

    @Test func socketPathTooLong() {
        let path = "/run/" + String(repeating: "s", count: 103)
        Support.expectError(
            "socket:\n  path: \(path)\n",
            code: .configSocketPathTooLong,
            line: 2,
            column: 9,
            key: "socket.path"
        )
    }

    @Test func socketPathOfExactly107BytesIsAccepted() throws {
        let path = "/run/" + String(repeating: "s", count: 102)
        #expect(try Support.parse("socket:\n  path: \(path)\n").socket.path.utf8.count == 107)
    }

    @Test(arguments: [
        ("stateDirectory: var/lib/tfmt\n", 1, 17, "stateDirectory"),
        ("catalogs:\n  directory: ./catalogs\n", 2, 14, "catalogs.directory"),
        ("tables:\n  watch:\n    - path: data/sales\n", 3, 13, "tables.watch[0].path"),
        ("plugins:\n  directories: [/ok, rel]\n", 2, 22, "plugins.directories[1]"),
    ])
    func relativePathWhereAbsoluteRequired(yaml: String, line: Int, column: Int, key: String) {
        Support.expectError(yaml, code: .configPathNotAbsolute, line: line, column: column, key: key)
    }

    @Test func watchedTableOutsideRoots() {
        let yaml = "tables:\n  roots: [/data]\n  watch:\n    - path: /database/t\n"
        Support.expectError(yaml, code: .configPathOutsideRoots, line: 4, column: 13, key: "tables.watch[0].path")
    }

    @Test func retentionShorterThanInterval() {
        Support.expectError(
            "metrics:\n  interval: 1m\n  retention: 30s\n",
            code: .configInconsistent,
            line: 3,
            column: 14,
            key: "metrics.retention"
        )
    }

    @Test func invalidPluginID() {
        Support.expectError(
            "plugins:\n  disabled: [Delta Lake]\n",
            code: .configInvalidValue,
            line: 2,
            column: 14,
            key: "plugins.disabled[0]"
        )
    }

    @Test func mergeKeysAreRefused() {
        let yaml = "base: &b {maxConnections: 5}\nlimits:\n  <<: *b\n"
        // The unknown top-level key comes first in file order; the merge key is the second problem.
        let error = Support.expectError(yaml, code: .configUnknownKey, line: 1, column: 1, key: "base")
        #expect(error?.context["otherProblems"]?.arrayValue?.first?.stringValue?.contains("merge keys") == true)
    }

    @Test func severalDocumentsAreRefused() {
        Support.expectError(
            "logLevel: info\n---\nlogLevel: debug\n",
            code: .configUnsupportedYAML,
            line: 2,
            column: 1,
            key: nil
        )
    }

    @Test func multipleProblemsAreReportedTogetherInFileOrder() throws {
        let yaml = """
            engines:
              - name: a
                engine: spark
                version: 3.5.3
                java: 99
            socket:
              mode: 0999
              maxFrameSize: huge
            limits:
              idleTimeout: soon
            logLevel: loud
            """
        let error = try #require(
            Support.expectError(yaml, code: .configOutOfRange, line: 5, column: 11, key: "engines[0].java")
        )
        let listed = try #require(error.context["otherProblems"]?.arrayValue)
        let others = listed.compactMap(\.stringValue)
        #expect(others.count == 4)
        #expect(others.map { $0.prefix(while: { $0 != " " }) } == ["7:9", "8:17", "10:16", "11:11"])
        #expect(others[0].contains("socket.mode"))
        #expect(error.rendered().contains("otherProblems"))
    }

    @Test func renderedErrorShowsTheLineWithACaret() throws {
        let error = try #require(
            Support.expectError(
                "limits:\n  maxConnections: lots\n",
                code: .configInvalidValue,
                line: 2,
                column: 19,
                key: "limits.maxConnections"
            )
        )
        let rendered = error.rendered()
        let lines = rendered.split(separator: "\n")
        let source = try #require(lines.firstIndex { $0.contains("2 |   maxConnections: lots") })
        let caretLine = lines[source + 1]
        let valueColumn = try #require(lines[source].firstRange(of: "lots")?.lowerBound)
        let caretColumn = try #require(caretLine.firstIndex(of: "^"))
        #expect(
            lines[source].distance(from: lines[source].startIndex, to: valueColumn)
                == caretLine.distance(from: caretLine.startIndex, to: caretColumn)
        )
    }
}
