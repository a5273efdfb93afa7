import TFMTConfig
import TFMTCore
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Inputs meant to exhaust memory, stack or time must fail fast with an error, never crash or hang.
@Suite(.timeLimit(.minutes(1))) struct ConfigurationHostileInputTests {
    @Test func hugeTextIsRefusedBeforeParsing() {
        let text = "# " + String(repeating: "x", count: ConfigurationLoader.maximumFileSize) + "\n"
        let error = #expect(throws: TFMTError.self) { try ConfigTestSupport.parse(text) }
        #expect(error?.code == .configFileTooLarge)
        #expect(error?.resolution.isEmpty == false)
    }

    @Test func hugeFileIsRefusedWithoutReadingIt() throws {
        let path = "/tmp/tfmt-config-huge-\(getpid()).yaml"
        defer { unlink(path) }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        try #require(descriptor >= 0)
        #expect(ftruncate(descriptor, 64 << 20) == 0)
        close(descriptor)
        let error = #expect(throws: TFMTError.self) { try ConfigurationLoader.load(path: path) }
        #expect(error?.code == .configFileTooLarge)
    }

    @Test func endlessDeviceIsRefused() {
        let error = #expect(throws: TFMTError.self) { try ConfigurationLoader.load(path: "/dev/zero") }
        #expect(error?.code == .configFileUnreadable)
    }

    @Test func invalidUTF8IsRefusedWithItsPlace() throws {
        let path = "/tmp/tfmt-config-latin1-\(getpid()).yaml"
        defer { unlink(path) }
        let bytes: [UInt8] = Array("logLevel: info\nadminGroup: gr".utf8) + [0xFC] + Array("n\n".utf8)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        try #require(descriptor >= 0)
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        let error = #expect(throws: TFMTError.self) { try ConfigurationLoader.load(path: path) }
        #expect(error?.code == .configNotText)
        #expect(error?.context["line"] == 2)
        #expect(error?.context["column"] == 15)
    }

    @Test(arguments: [200, 5000])
    func deeplyNestedListsAreRefused(depth: Int) {
        let text =
            "plugins:\n  settings:\n    delta:\n      deep: " + String(repeating: "[", count: depth)
            + String(repeating: "]", count: depth) + "\n"
        let error = #expect(throws: TFMTError.self) { try ConfigTestSupport.parse(text) }
        #expect(error?.code == .configTooComplex)
        #expect(error?.context["line"] != nil)
    }

    @Test func deeplyNestedBlockSequencesAreRefused() {
        let text = "engines: " + String(repeating: "- ", count: 3000) + "x\n"
        let error = #expect(throws: TFMTError.self) { try ConfigTestSupport.parse(text) }
        #expect(error.map { [.configSyntax, .configTooComplex].contains($0.code) } == true)
    }

    @Test func exponentialAliasesInValuesAreRefused() {
        var text = "plugins:\n  settings:\n    delta:\n      a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...12 {
            let previous = "*a\(level - 1)"
            text +=
                "      a\(level): &a\(level) [" + Array(repeating: previous, count: 10).joined(separator: ", ") + "]\n"
        }
        let error = #expect(throws: TFMTError.self) { try ConfigTestSupport.parse(text) }
        #expect(error?.code == .configTooComplex)
    }

    @Test func aliasesAsKeysAreRefusedBeforeComposing() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...12 {
            text +=
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
                + "]\n"
        }
        text += "boom: {*a12 : 1, *a12 : 2}\n"
        let error = #expect(throws: TFMTError.self) { try ConfigTestSupport.parse(text) }
        #expect(error?.code == .configUnsupportedYAML)
        #expect(error?.context["line"] == 14)
    }

    @Test(arguments: ["? [a, b]\n: 1\n", "[a, b]: 1\n", "{a: 1}: 2\n"])
    func complexKeysAreRefused(text: String) {
        let error = #expect(throws: TFMTError.self) { try ConfigTestSupport.parse(text) }
        #expect(error?.code == .configUnsupportedYAML)
        #expect(error?.context["line"] == 1)
    }

    @Test func preflightIgnoresLookalikesInQuotesCommentsAndBlockScalars() throws {
        let text = """
            # ? not a key, *not: an alias
            plugins:
              settings:
                delta:
                  quoted: "x]: y"
                  note: |
                    ? still text
                    *also: text
                  other: 'it''s [fine]: here'
            """
        let configuration = try ConfigTestSupport.parse(text)
        let delta = try #require(configuration.plugins.settings["delta"])
        #expect(delta["quoted"] == "x]: y")
        #expect(delta["note"] == "? still text\n*also: text\n")
        #expect(delta["other"] == "it's [fine]: here")
    }

    @Test func manyProblemsAreCappedAndSummarized() throws {
        let text = (0..<500).map { "unknown\($0): 1" }.joined(separator: "\n")
        let error = try #require(#expect(throws: TFMTError.self) { try ConfigTestSupport.parse(text) })
        let others = try #require(error.context["otherProblems"]?.arrayValue)
        #expect(others.count == 21)
        #expect(others.last?.stringValue?.hasPrefix("… and") == true)
    }

    @Test func veryLongLineKeepsTheSnippetShort() throws {
        let text = "adminGroup: " + String(repeating: "g", count: 5000) + "\n"
        let error = try #require(#expect(throws: TFMTError.self) { try ConfigTestSupport.parse(text) })
        let snippet = try #require(error.context["snippet"]?.stringValue)
        #expect(snippet.count < 400)
    }

    @Test func controlCharactersAreASyntaxError() {
        let error = #expect(throws: TFMTError.self) {
            try ConfigTestSupport.parse("logLevel: info\nadminGroup: a\u{7}b\n")
        }
        #expect(error?.code == .configSyntax)
        #expect(error?.context["line"] == 2)
    }
}
