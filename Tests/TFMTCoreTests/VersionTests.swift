import Foundation
import TFMTCore
import Testing

@Suite("Version")
struct VersionTests {
    // MARK: Parsing real release strings

    /// A real release string and what it parses to.
    struct Parsed: Sendable, CustomTestStringConvertible {
        var text: String
        var release: [Int]
        var qualifier: String? = nil
        var isPrerelease = false
        var epoch = 0
        var local: String? = nil

        var testDescription: String { text }
    }

    static let realReleases: [Parsed] = [
        // Delta Lake, delta-spark and delta-rs / deltalake.
        Parsed(text: "0.1.0", release: [0, 1, 0]),
        Parsed(text: "2.4.0", release: [2, 4, 0]),
        Parsed(text: "3.3.2", release: [3, 3, 2]),
        Parsed(text: "4.0.0", release: [4, 0, 0]),
        Parsed(text: "1.1.4", release: [1, 1, 4]),
        // Iceberg, pyiceberg.
        Parsed(text: "1.10.0", release: [1, 10, 0]),
        Parsed(text: "0.10.0rc1", release: [0, 10, 0], qualifier: "rc1", isPrerelease: true),
        // Hudi.
        Parsed(text: "0.15.0", release: [0, 15, 0]),
        Parsed(text: "1.0.0-beta2", release: [1, 0, 0], qualifier: "beta2", isPrerelease: true),
        Parsed(text: "1.1.0", release: [1, 1, 0]),
        // Paimon (incubating is a label, not a pre-release).
        Parsed(text: "0.4.0-incubating", release: [0, 4, 0], qualifier: "incubating"),
        // Engines.
        Parsed(text: "3.5.1", release: [3, 5, 1]),
        Parsed(text: "4.0.0-preview1", release: [4, 0, 0], qualifier: "preview1", isPrerelease: true),
        Parsed(text: "476", release: [476]),
        Parsed(text: "1.20", release: [1, 20]),
        Parsed(text: "2.13", release: [2, 13]),
        Parsed(text: "1.8.0_392", release: [1, 8, 0], qualifier: "392"),
        Parsed(text: "2.1-cdh-6.3", release: [2, 1], qualifier: "cdh-6.3"),
        // Maven and PEP 440 shapes.
        Parsed(text: "1.1.0-SNAPSHOT", release: [1, 1, 0], qualifier: "SNAPSHOT", isPrerelease: true),
        Parsed(text: "1.0.0.dev3", release: [1, 0, 0], qualifier: "dev3", isPrerelease: true),
        Parsed(text: "1.0.0a1", release: [1, 0, 0], qualifier: "a1", isPrerelease: true),
        Parsed(text: "1.0.0.post1", release: [1, 0, 0], qualifier: "post1"),
        Parsed(text: "1.0rc1.dev2", release: [1, 0], qualifier: "rc1.dev2", isPrerelease: true),
        Parsed(text: "1.0.post1.dev1", release: [1, 0], qualifier: "post1.dev1", isPrerelease: true),
        Parsed(text: "1.0.0-1", release: [1, 0, 0], qualifier: "1"),
        Parsed(text: "1!2.0", release: [2, 0], epoch: 1),
        Parsed(text: "2.0.0+cu118", release: [2, 0, 0], local: "cu118"),
        Parsed(text: "17.0.2+8", release: [17, 0, 2], local: "8"),
        Parsed(text: "v1.2.3", release: [1, 2, 3]),
        Parsed(text: "V0.21.0", release: [0, 21, 0]),
        Parsed(text: "1.0.0-RC-1", release: [1, 0, 0], qualifier: "RC-1", isPrerelease: true),
        Parsed(text: "1.0-x86", release: [1, 0], qualifier: "x86"),
        Parsed(text: "1.0+a.x", release: [1, 0], local: "a.x"),
    ]

    @Test("parses real release strings", arguments: realReleases)
    func parsesRealReleases(_ expected: Parsed) throws {
        let version = try Version(parsing: expected.text)
        #expect(version.description == expected.text)
        #expect(version.release == expected.release)
        #expect(version.qualifier == expected.qualifier)
        #expect(version.isPrerelease == expected.isPrerelease)
        #expect(version.epoch == expected.epoch)
        #expect(version.local == expected.local)
        #expect(Version(expected.text) == version)
    }

    @Test("the description is the text as written, without surrounding whitespace")
    func descriptionKeepsText() throws {
        let version = try #require(Version("  1.0.0-Beta2 \n"))
        #expect(version.description == "1.0.0-Beta2")
        #expect("\(version)" == "1.0.0-Beta2")
        #expect(try #require(Version("1.0")).description == "1.0")
        #expect(try #require(Version("1.0.0")).description == "1.0.0")
    }

    @Test("major, minor, patch and majorMinor read missing numbers as 0")
    func components() throws {
        let spark = try Version(parsing: "3.5.1")
        #expect(spark.major == 3 && spark.minor == 5 && spark.patch == 1)
        #expect(spark.majorMinor == "3.5")
        let trino = try Version(parsing: "476")
        #expect(trino.major == 476 && trino.minor == 0 && trino.patch == 0)
        #expect(trino.majorMinor == "476.0")
        let flink = try Version(parsing: "1.20")
        #expect(flink.major == 1 && flink.minor == 20 && flink.patch == 0)
        let cloudera = try Version(parsing: "2.4.0.7.1.7.0-551")
        #expect(cloudera.release == [2, 4, 0, 7, 1, 7, 0])
        #expect(cloudera.patch == 0)
    }

    @Test("init(major:minor:patch:) builds a plain release")
    func memberwise() {
        let version = Version(major: 3, minor: 5, patch: 1)
        #expect(version.description == "3.5.1")
        #expect(version == Version("3.5.1"))
        #expect(Version(major: 4) == Version("4"))
        #expect(Version(major: 4).description == "4.0.0")
        #expect(!Version(major: 1).isPrerelease)
    }

    // MARK: Ordering

    /// Lists in strictly ascending order.
    static let ascending: [[String]] = [
        // Delta Lake releases.
        ["0.1.0", "0.2.0", "0.8.0", "1.0.0", "1.2.1", "2.0.0", "2.4.0", "3.0.0", "3.2.1", "3.3.2", "4.0.0", "4.0.1"],
        // Hudi: betas before the release, numbers compared numerically.
        ["0.14.1", "0.15.0", "1.0.0-beta1", "1.0.0-beta2", "1.0.0-rc1", "1.0.0", "1.0.1", "1.0.2", "1.1.0"],
        // Maven qualifiers.
        [
            "1.0-alpha1", "1.0-alpha2", "1.0-beta1", "1.0-beta2", "1.0-beta10", "1.0-M1", "1.0-M2", "1.0-preview1",
            "1.0-rc1", "1.0-CR2", "1.0-rc10", "1.0-SNAPSHOT", "1.0", "1.0-sp1", "1.0-cdh", "1.0-zeta", "1.0.1",
        ],
        ["1.0-rc1-SNAPSHOT", "1.0-rc1", "1.0-SNAPSHOT", "1.0", "1.0-1", "1.0-2", "1.0.1-SNAPSHOT", "1.0.1"],
        // PEP 440 (the example ordering of the specification, without local versions).
        [
            "1.0.dev456", "1.0a1", "1.0a2.dev456", "1.0a12.dev456", "1.0a12", "1.0b1.dev456", "1.0b2",
            "1.0b2.post345.dev456", "1.0b2.post345", "1.0rc1.dev456", "1.0rc1", "1.0", "1.0.post456.dev34",
            "1.0.post456", "1.0.15", "1.1.dev1",
        ],
        // Epochs win over everything.
        ["2024.1", "1!0.1", "1!1.0", "2!0.0.1"],
        // Spark previews before release candidates.
        ["3.5.1", "3.5.6", "4.0.0-preview1", "4.0.0-preview2", "4.0.0rc1", "4.0.0", "4.0.1", "4.1.0"],
        // pyiceberg and deltalake.
        ["0.9.1", "0.10.0rc1", "0.10.0rc2", "0.10.0", "1.0.0"],
        ["0.25.0", "1.0.0", "1.1.4", "1.2.0"],
        // Trino, Flink, Java numbers are numbers.
        ["475", "476", "477", "1000"],
        ["1.9", "1.13", "1.19", "1.20", "2.0"],
        ["1.8", "1.8.0_392", "9", "11", "17", "21"],
        // Vendor builds after the release and before the next.
        ["3.3.2", "3.3.2-amzn-0", "3.3.2-amzn-1", "3.3.3"],
        // Paimon: incubating releases in order; a label never makes a release older.
        ["0.4.0-incubating", "0.5.0-incubating", "0.6.0-incubating", "0.7.0-incubating", "0.8.0", "1.0.0"],
    ]

    @Test("orders release strings", arguments: ascending)
    func ordersAscending(_ texts: [String]) throws {
        let versions = try texts.map { try Version(parsing: $0) }
        for (lower, higher) in zip(versions, versions.dropFirst()) {
            #expect(lower < higher, "\(lower) < \(higher)")
            #expect(higher > lower, "\(higher) > \(lower)")
            #expect(lower != higher, "\(lower) != \(higher)")
        }
        #expect(versions.shuffled().sorted().map(\.description) == texts)
    }

    /// Pairs that order as equal although their text differs.
    static let equivalent: [(String, String)] = [
        ("1.0", "1.0.0"),
        ("1", "1.0.0.0"),
        ("1.0.0-beta2", "1.0.0.BETA2"),
        ("1.0.0-beta2", "1.0.0b2"),
        ("1.0.0-beta.2", "1.0.0-beta-2"),
        ("1.0rc1", "1.0.0-RC-1"),
        ("1.0rc1", "1.0.0.cr1"),
        ("1.0c1", "1.0pre1"),
        ("1.0-alpha1", "1.0a1"),
        ("1.0a", "1.0a0"),
        ("1.0-M1", "1.0.milestone1"),
        ("1.0-SNAPSHOT", "1.0-snapshot"),
        ("0.4.0-incubating", "0.4.0"),
        ("1.0.Final", "1.0"),
        ("1.0-GA", "1.0.0.RELEASE"),
        ("1.0.0-1", "1.0.0.post1"),
        ("1.0.0-1", "1.0.0-r1"),
        ("1.0-sp1", "1.0-rev1"),
        ("1.0.post", "1.0.post0"),
        ("v1.2.3", "1.2.3"),
        ("2.0.0+cu118", "2.0.0"),
        ("2.0.0+cu118", "2.0.0+cpu"),
        ("0!1.0", "1.0"),
        ("1.01", "1.1"),
        ("1.0-CDH", "1.0-cdh"),
        ("1.8.0_392", "1.8.0-392"),
    ]

    @Test("trailing zeros, spelling, case, labels and local versions do not change the order", arguments: equivalent)
    func equivalentSpellings(_ pair: (String, String)) throws {
        let left = try Version(parsing: pair.0)
        let right = try Version(parsing: pair.1)
        #expect(left == right)
        #expect(!(left < right) && !(right < left))
        #expect(left.hashValue == right.hashValue)
        #expect(Set([left, right]).count == 1)
        #expect(left.description == pair.0 && right.description == pair.1)
    }

    /// Pairs that look alike but differ.
    static let different: [(String, String)] = [
        ("1.0.post0", "1.0"),
        ("1.0.dev0", "1.0"),
        ("1.0-1", "1.0"),
        ("1.0-0", "1.0"),
        ("1.0-cdh", "1.0-hdp"),
        ("1.0-cdh1", "1.0-cdh2"),
        ("1!1.0", "1.0"),
        ("1.0-beta2", "1.0-beta2.post1"),
        ("4.0.0-preview1", "4.0.0rc1"),
        ("1.0.0.1", "1.0.0"),
    ]

    @Test("versions that differ are not equal", arguments: different)
    func differentVersions(_ pair: (String, String)) throws {
        let left = try Version(parsing: pair.0)
        let right = try Version(parsing: pair.1)
        #expect(left != right)
        #expect((left < right) != (right < left))
    }

    @Test("pre-releases")
    func prereleases() throws {
        for text in ["1.0.dev1", "1.0a1", "1.0-beta", "1.0-M3", "4.0.0-preview2", "1.0rc2", "1.0-SNAPSHOT"] {
            #expect(try Version(parsing: text).isPrerelease, "\(text)")
        }
        for text in ["1.0", "0.4.0-incubating", "1.0.post1", "1.0-sp1", "3.3.2-amzn-0", "2.0+local", "1.0.Final"] {
            #expect(try !Version(parsing: text).isPrerelease, "\(text)")
        }
    }

    // MARK: Malformed input

    static let malformed: [String] = [
        "", "   ", "\n", "abc", "v", "vv1", "x", "-1", ".1", "1.", "1..2", "1.-2", "1.0-", "1.0--rc1", "1.0-.rc1",
        "1.0_", "1,0", "1 .0", "1.0 rc1", "1.0\u{0}", "1.0é", "١.٠", "3.5.x", "3.5.X", "1.0-x", "3.5.x+local", "3.5.*",
        "*", ">=1.0", "[1.0]", "1.0+", "1.0+a..b", "1.0+.a", "1.0+a.", "1.0+a+b", "1.0+a/b", "1!", "!1", "1!2!3",
        "1!v2", "1.0!", "99999999999999999999", "1.99999999999999999999", "1.0-rc99999999999999999999",
        "9223372036854775808", "1.0/2", "1.0;rm", "1.0\t2",
    ]

    @Test("rejects malformed versions", arguments: malformed)
    func rejectsMalformed(_ text: String) {
        #expect(Version(text) == nil)
        #expect {
            _ = try Version(parsing: text)
        } throws: { error in
            guard let error = error as? TFMTError else { return false }
            return error.code == .versionMalformed && error.context["version"] != nil && error.context["reason"] != nil
                && !error.resolution.isEmpty
        }
    }

    @Test("the largest Int is a number; one more is rejected without a trap")
    func intLimits() throws {
        let largest = try Version(parsing: "\(Int.max).\(Int.max)")
        #expect(largest.release == [Int.max, Int.max])
        #expect(Version("\(Int.max)1") == nil)
        #expect(Version("1.0-rc\(Int.max)")?.isPrerelease == true)
    }

    @Test("limits the length to maximumLength characters")
    func lengthLimit() throws {
        let longest = "10" + String(repeating: ".1", count: 63)
        #expect(longest.count == Version.maximumLength)
        #expect(try Version(parsing: longest).release.count == 64)
        #expect(Version(longest + "1") == nil)
        #expect(Version("  " + longest + "  ") != nil)

        let huge = String(repeating: "1.", count: 500_000) + "1"
        let error = #expect(throws: TFMTError.self) { try Version(parsing: huge) }
        #expect(error?.code == .versionMalformed)
        if case .string(let quoted)? = error?.context["version"] {
            #expect(quoted.count <= 101)
        } else {
            Issue.record("the context names no version")
        }
    }

    @Test("the error names the version, the reason and how to fix it")
    func errorShape() {
        let error = #expect(throws: TFMTError.self) { try Version(parsing: "1..2") }
        #expect(error?.code == .versionMalformed)
        #expect(error?.context["version"] == .string("1..2"))
        #expect(error?.context["reason"] == .string("it has two separators in a row"))
        #expect(error?.message == "'1..2' is not a version: it has two separators in a row")
        #expect(error?.resolution.first?.contains("1.0.0-beta2") == true)

        let wildcard = #expect(throws: TFMTError.self) { try Version(parsing: "3.5.x") }
        #expect(wildcard?.message.contains("wildcard") == true)
        let overflow = #expect(throws: TFMTError.self) { try Version(parsing: "1.99999999999999999999") }
        #expect(overflow?.context["reason"] == .string("the number 99999999999999999999 is too large"))
    }

    // MARK: Text and Codable

    @Test("parses its own description to an identical version", arguments: realReleases.map(\.text))
    func losslessRoundTrip(_ text: String) throws {
        let version = try Version(parsing: text)
        let again = try #require(Version(version.description))
        #expect(again == version)
        #expect(again.description == version.description)
        #expect(again.qualifier == version.qualifier && again.local == version.local)
    }

    @Test("encodes as a JSON string and decodes back")
    func codable() throws {
        let versions = try ["1.0.0-beta2", "0.4.0-incubating", "1!2.0+abc", "476", "1.0"].map {
            try Version(parsing: $0)
        }
        let data = try JSONEncoder().encode(versions)
        #expect(String(decoding: data, as: UTF8.self) == #"["1.0.0-beta2","0.4.0-incubating","1!2.0+abc","476","1.0"]"#)
        let decoded = try JSONDecoder().decode([Version].self, from: data)
        #expect(decoded == versions)
        #expect(decoded.map(\.description) == versions.map(\.description))
    }

    @Test("decoding a malformed version fails with the version error inside")
    func decodingFails() {
        let data = Data(#"{"version":"1..2"}"#.utf8)
        let error = #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([String: Version].self, from: data)
        }
        guard case .dataCorrupted(let context)? = error else {
            Issue.record("expected dataCorrupted, got \(String(describing: error))")
            return
        }
        #expect((context.underlyingError as? TFMTError)?.code == .versionMalformed)
        #expect(context.codingPath.last?.stringValue == "version")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Version.self, from: Data("12".utf8)) }
    }
}
