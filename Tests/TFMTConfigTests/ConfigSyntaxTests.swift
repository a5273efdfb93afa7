import Testing

@testable import TFMTConfig

@Suite struct ConfigSyntaxTests {
    @Test(arguments: [
        ("0", 0), ("90", 90_000), ("1h30m", 5_400_000), ("250ms", 250), ("7d", 604_800_000), ("1m30s", 90_000),
    ])
    func durationsParse(text: String, milliseconds: Int64) {
        #expect(DurationSyntax.parse(text).map(DurationSyntax.milliseconds) == milliseconds)
    }

    @Test(arguments: ["", "s", "10", "5 m", "1h30", "-1s", "1.5s", "10S", "9223372036854775807d"])
    func durationsRoundTripOrFail(text: String) {
        if let duration = DurationSyntax.parse(text) {
            #expect(DurationSyntax.parse(DurationSyntax.format(duration)) == duration)
        } else {
            #expect(["", "s", "1h30", "-1s", "1.5s", "10S", "9223372036854775807d"].contains(text))
        }
    }

    @Test func durationsFormat() {
        #expect(DurationSyntax.format(.seconds(5400)) == "1h30m")
        #expect(DurationSyntax.format(.milliseconds(1500)) == "1s500ms")
        #expect(DurationSyntax.format(.zero) == "0s")
        #expect(DurationSyntax.format(.seconds(86_400)) == "1d")
    }

    @Test func sizes() {
        #expect(ByteSizeSyntax.parse("16MiB") == 16 << 20)
        #expect(ByteSizeSyntax.parse("1 kb") == 1000)
        #expect(ByteSizeSyntax.parse("99999999999999999999GiB") == nil)
        #expect(ByteSizeSyntax.parse("9000000000GiB") == nil)
        #expect(ByteSizeSyntax.format(16 << 20) == "16MiB")
        #expect(ByteSizeSyntax.format(1500) == "1500B")
    }

    @Test func modes() {
        #expect(FileModeSyntax.parse("0660") == .mode(0o660))
        #expect(FileModeSyntax.parse("0o777") == .mode(0o777))
        #expect(FileModeSyntax.parse("01000") == .outOfRange)
        #expect(FileModeSyntax.parse("0999") == .outOfRange)
        #expect(FileModeSyntax.parse("rw") == .malformed)
        #expect(FileModeSyntax.format(0o640) == "0640")
    }

    @Test func paths() {
        #expect(PathSyntax.normalized("/data//sales/./x/..//") == "/data/sales")
        #expect(PathSyntax.normalized("/../..") == "/")
        #expect(PathSyntax.path("/data/sales", isInside: "/data"))
        #expect(!PathSyntax.path("/database", isInside: "/data"))
        #expect(PathSyntax.path("/anything", isInside: "/"))
        #expect(PathSyntax.resolve("m.state", against: "/var/lib/tfmt") == "/var/lib/tfmt/m.state")
    }

    @Test func suggestions() {
        #expect(Suggestions.closest(to: "sockt", in: ConfigSchema.topLevel) == "socket")
        #expect(Suggestions.closest(to: "MAX_FRAME_SIZE", in: ConfigSchema.socket) == "maxFrameSize")
        #expect(Suggestions.closest(to: "warn", in: ["info", "warning", "critical"]) == "warning")
        #expect(Suggestions.closest(to: "zzzzzz", in: ConfigSchema.topLevel) == nil)
        #expect(Suggestions.closest(to: String(repeating: "a", count: 10_000), in: ConfigSchema.topLevel) == nil)
    }

    @Test func keyPaths() {
        let path = ConfigKeyPath.root["engines"][1]["assume"]["delta-spark_2.12"]
        #expect(path.description == "engines[1].assume[\"delta-spark_2.12\"]")
        #expect(ConfigKeyPath.root["socket"]["path"].description == "socket.path")
    }
}
