import Foundation
import TFMTCore
import Testing

@Suite("VersionRequirement")
struct VersionRequirementTests {
    /// A requirement, its canonical text, and versions it must and must not contain.
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var canonical: String
        var accepts: [String]
        var rejects: [String]

        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // Any.
        Case(text: "*", canonical: "*", accepts: ["0.1.0", "1.0.0-beta2", "476", "1!2.0"], rejects: []),
        Case(text: "  *  ", canonical: "*", accepts: ["3.5.1"], rejects: []),
        // Bare version: exactly, with trailing-zero equivalence.
        Case(
            text: "3.5.1",
            canonical: "3.5.1",
            accepts: ["3.5.1", "3.5.1.0", "v3.5.1", "3.5.1+local"],
            rejects: ["3.5.0", "3.5.2", "3.5.1-rc1", "3.5.1.post1", "3.5"]
        ),
        Case(text: "3.5", canonical: "3.5", accepts: ["3.5", "3.5.0"], rejects: ["3.5.1", "3.4"]),
        Case(
            text: "0.4.0-incubating",
            canonical: "0.4.0-incubating",
            accepts: ["0.4.0", "0.4.0-incubating"],
            rejects: ["0.4.1"]
        ),
        // Bare wildcards.
        Case(
            text: "3.5.*",
            canonical: "3.5.*",
            accepts: ["3.5", "3.5.0", "3.5.1", "3.5.6", "3.5.0-rc1", "3.5.10.1"],
            rejects: ["3.4.9", "3.6.0", "3.6.0.dev1", "4.0", "3", "1!3.5.1"]
        ),
        Case(text: "3.5.x", canonical: "3.5.*", accepts: ["3.5.3"], rejects: ["3.6.0"]),
        Case(text: "1.X", canonical: "1.*", accepts: ["1.0", "1.20", "1"], rejects: ["2.0", "0.9"]),
        Case(text: "1!2.*", canonical: "1!2.*", accepts: ["1!2.1"], rejects: ["2.1"]),
        Case(text: "1.0+a.x", canonical: "1.0+a.x", accepts: ["1.0", "1.0+b"], rejects: ["1.0.1"]),
        Case(text: "==1.0+a.x", canonical: "==1.0+a.x", accepts: ["1.0"], rejects: ["1.0.1"]),
        // "N+" as written in release notes.
        Case(text: "0.14.0+", canonical: ">=0.14.0", accepts: ["0.14.0", "1.0.0"], rejects: ["0.13.2"]),
        // Maven ranges.
        Case(
            text: "[1.0,2.0)",
            canonical: "[1.0,2.0)",
            accepts: ["1.0", "1.0.0", "1.5", "1.99.99", "2.0.0-rc1", "2.0-SNAPSHOT"],
            rejects: ["0.9", "1.0-rc1", "2.0", "2.0.0", "2.0.1"]
        ),
        Case(text: "(,1.0]", canonical: "(,1.0]", accepts: ["0.1", "1.0", "1.0.0"], rejects: ["1.0.1", "1.0.post1"]),
        Case(text: "(,1.0)", canonical: "(,1.0)", accepts: ["0.9", "1.0-rc1"], rejects: ["1.0"]),
        Case(text: "[1.5,)", canonical: "[1.5,)", accepts: ["1.5", "1.5.0", "99"], rejects: ["1.4.9", "1.5-rc1"]),
        Case(text: "(1.5,)", canonical: "(1.5,)", accepts: ["1.5.1", "1.5.post1"], rejects: ["1.5", "1.5.0"]),
        Case(text: "[1.0]", canonical: "[1.0]", accepts: ["1.0", "1.0.0"], rejects: ["1.0.1", "0.9"]),
        Case(text: "[1.0,1.0.0]", canonical: "[1.0]", accepts: ["1"], rejects: ["1.1"]),
        Case(
            text: "[1.0,2.0),[3.0,)",
            canonical: "[1.0,2.0),[3.0,)",
            accepts: ["1.0", "1.9", "3.0", "4.1"],
            rejects: ["0.9", "2.0", "2.5", "3.0-rc1"]
        ),
        Case(
            text: " [ 1.0 , 2.0 ) , ( 3.0 , 4.0 ] ",
            canonical: "[1.0,2.0),(3.0,4.0]",
            accepts: ["1.5", "3.1", "4.0"],
            rejects: ["2.0", "3.0", "4.0.1"]
        ),
        Case(text: "[,1.0]", canonical: "(,1.0]", accepts: ["1.0"], rejects: ["1.1"]),
        // Comparison sets.
        Case(
            text: ">=2.3.0,<3",
            canonical: ">=2.3.0,<3",
            accepts: ["2.3", "2.3.0", "2.9.9", "2.3.1-rc1"],
            rejects: ["2.2.9", "3", "3.0.0", "3.0.0-rc1", "3.0.0.dev1", "3.0-SNAPSHOT", "2.3.0-rc1"]
        ),
        Case(
            text: ">= 2.3, != 2.4.0",
            canonical: ">=2.3,!=2.4.0",
            accepts: ["2.3", "2.4.1", "2.4.0.1", "2.4.0rc1", "5"],
            rejects: ["2.2", "2.4", "2.4.0", "2.4.0+local"]
        ),
        Case(text: ">=1.0,<1.3", canonical: ">=1.0,<1.3", accepts: ["1.0.0", "1.2.9"], rejects: ["1.3", "1.4.0"]),
        Case(text: ">1.0", canonical: ">1.0", accepts: ["1.0.1", "1.1"], rejects: ["1.0", "1.0.0", "0.9"]),
        Case(text: "<=1.0", canonical: "<=1.0", accepts: ["1.0.0", "1.0-rc1"], rejects: ["1.0.1", "1.0.post1"]),
        Case(text: "<1.0", canonical: "<1.0", accepts: ["0.9", "0.99.99"], rejects: ["1.0", "1.0rc1", "1.0.dev0"]),
        Case(text: "==1.0", canonical: "==1.0", accepts: ["1.0.0", "1.0+abc"], rejects: ["1.0.1", "1.0rc1"]),
        Case(text: "=1.0", canonical: "==1.0", accepts: ["1.0"], rejects: ["1.1"]),
        Case(text: "!=1.0", canonical: "!=1.0", accepts: ["1.0.1", "1.0rc1"], rejects: ["1.0.0"]),
        Case(
            text: ">= 17",
            canonical: ">=17",
            accepts: ["17", "21", "17.0.2+8"],
            rejects: ["11", "1.8", "1.8.0_392"]
        ),
        Case(
            text: ">=3.8,<4.0,!=3.9.7",
            canonical: ">=3.8,<4.0,!=3.9.7",
            accepts: ["3.8", "3.9.6", "3.13"],
            rejects: ["3.7", "3.9.7", "4.0"]
        ),
        Case(text: ">=4.0.0.dev1", canonical: ">=4.0.0.dev1", accepts: ["4.0.0.dev1", "4.0.0rc1"], rejects: ["3.5"]),
        // PEP 440 exclusive ordered comparisons.
        Case(
            text: ">=3.5.0,<3.6.0",
            canonical: ">=3.5.0,<3.6.0",
            accepts: ["3.5.0", "3.5.6", "3.5.9.post1"],
            rejects: ["3.6.0-preview1", "3.6.0rc1", "3.6.0.dev0", "3.6.0-SNAPSHOT", "3.6"]
        ),
        Case(text: "<3.6.0rc2", canonical: "<3.6.0rc2", accepts: ["3.6.0rc1", "3.6.0.dev5"], rejects: ["3.6.0rc2"]),
        Case(
            text: ">3.3.2",
            canonical: ">3.3.2",
            accepts: ["3.3.3", "3.4.0-rc1"],
            rejects: ["3.3.2", "3.3.2.post1", "3.3.2-amzn-0", "3.3.2-1"]
        ),
        Case(text: ">3.3.2.post1", canonical: ">3.3.2.post1", accepts: ["3.3.2.post2"], rejects: ["3.3.2.post1"]),
        // Compatible release.
        Case(
            text: "~=0.5",
            canonical: "~=0.5",
            accepts: ["0.5", "0.5.1", "0.9", "0.99"],
            rejects: ["0.4.9", "1.0", "0.5rc1"]
        ),
        Case(
            text: "~= 1.4.2",
            canonical: "~=1.4.2",
            accepts: ["1.4.2", "1.4.9", "1.4.2.post1"],
            rejects: ["1.4.1", "1.5.0", "1.5.0.dev1", "2.0"]
        ),
        Case(text: "~=2.2.post3", canonical: "~=2.2.post3", accepts: ["2.2.post3", "2.9"], rejects: ["2.2", "3.0"]),
        // Prefix matching.
        Case(
            text: "==1.0.*",
            canonical: "==1.0.*",
            accepts: ["1.0", "1.0.0", "1.0.5", "1.0rc1", "1.0.post1", "1"],
            rejects: ["1.1", "0.9", "1.1.0.dev0"]
        ),
        Case(text: "!=1.0.*", canonical: "!=1.0.*", accepts: ["1.1", "0.9.9"], rejects: ["1.0", "1.0.7"]),
        Case(text: "= 1.0.x", canonical: "==1.0.*", accepts: ["1.0.3"], rejects: ["1.1"]),
        Case(
            text: ">=2.0, !=2.1.*, <3",
            canonical: ">=2.0,!=2.1.*,<3",
            accepts: ["2.0.5", "2.2"],
            rejects: ["2.1", "2.1.9", "3.0"]
        ),
        Case(text: ">=v1.0", canonical: ">=v1.0", accepts: ["1.0"], rejects: ["0.9"]),
        Case(text: "==1!2.0", canonical: "==1!2.0", accepts: ["1!2.0.0"], rejects: ["2.0"]),
    ]

    @Test("accepts and rejects versions", arguments: cases)
    func containment(_ example: Case) throws {
        let requirement = try VersionRequirement(parsing: example.text)
        #expect(requirement.description == example.canonical)
        for text in example.accepts {
            #expect(requirement.contains(try Version(parsing: text)), "\(example.text) should contain \(text)")
        }
        for text in example.rejects {
            #expect(!requirement.contains(try Version(parsing: text)), "\(example.text) should not contain \(text)")
        }
    }

    @Test("parses its own description to an equal requirement", arguments: cases.map(\.text))
    func roundTrip(_ text: String) throws {
        let requirement = try VersionRequirement(parsing: text)
        let again = try VersionRequirement(parsing: requirement.description)
        #expect(again == requirement)
        #expect(again.hashValue == requirement.hashValue)
        #expect(again.description == requirement.description)
    }

    // MARK: Malformed input

    static let malformed: [String] = [
        "", "   ", ">=", ">= ", "<", "~=", "==", "[1.0", "(1.0,2.0", "[2.0,1.0)", "(1.0,1.0)", "[1.0,1.0)", "(1.0,1.0]",
        "(1.0)", "[1.0)", "(1.0]", "(,)", "[,]", "[1.0,2.0,3.0]", "[[1.0,2.0]]", "[1.0,(2.0)", "[1.0,2.0],",
        "[1.0,2.0] [3.0,)", "[1.0,2.0)x", "[a,b)", "[1.0.*,2.0)", "~=1", "~=v2", "~=1.*", "~=1.0.*", ">=1.0.*",
        "<1.x", "===1.0", ">>1.0", "<>1.0", "=>1.0", "!1.0", "~1.0", "1.0,2.0", "1.0, <2", ">=1.0,", ">=1.0,,<2",
        ",>=1.0", ">=1.0 <2", ">=1.0;<2", "abc", "3.*.1", "*.*", "**", "x", "3.5.*.*", "==1.0rc1.*", "==1.0+a.*",
        ">=2.0,<1.0", ">1,<=1", ">=1,<1", "==1,!=1.0.0", "==1.0,==2.0", ">=2,<=1.9.9", "1.0++", "+", "1.0 +",
        ">=1..2", "[1..2,3)", "1.0-", "1.0,",
    ]

    @Test("rejects malformed requirements", arguments: malformed)
    func rejectsMalformed(_ text: String) {
        #expect {
            _ = try VersionRequirement(parsing: text)
        } throws: { error in
            guard let error = error as? TFMTError else { return false }
            return error.code == .requirementMalformed && error.context["requirement"] != nil
                && error.context["reason"] != nil && error.resolution.count == 2
        }
    }

    @Test("the error names the requirement, the reason and the accepted forms")
    func errorShape() {
        let error = #expect(throws: TFMTError.self) { try VersionRequirement(parsing: "[2.0,1.0)") }
        #expect(error?.code == .requirementMalformed)
        #expect(error?.context["requirement"] == .string("[2.0,1.0)"))
        #expect(
            error?.context["reason"]
                == .string("the range '[2.0,1.0)' is empty: its lower bound is above its upper bound")
        )
        let forms = error?.resolution.last ?? ""
        for form in ["*", "3.5.1", "3.5.*", "[1.0,2.0)", "(,1.0]", "[1.5,)", "[1.0]", ">=2.3.0,<3", "~=", "==1.0.*"] {
            #expect(forms.contains(form), "resolution lists \(form)")
        }

        let compatible = #expect(throws: TFMTError.self) { try VersionRequirement(parsing: "~=1") }
        #expect(compatible?.message.contains("at least two release numbers") == true)
        let version = #expect(throws: TFMTError.self) { try VersionRequirement(parsing: ">= 1..2") }
        #expect(version?.context["reason"] == .string("'1..2' is not a version (it has two separators in a row)"))
        let operatorless = #expect(throws: TFMTError.self) { try VersionRequirement(parsing: ">=1.0, 2.0") }
        #expect(operatorless?.message.contains("has no operator") == true)
    }

    @Test("limits the length to maximumLength characters")
    func lengthLimit() throws {
        let clause = ",!=1.0"
        let longest = ">=1" + String(repeating: clause, count: (VersionRequirement.maximumLength - 3) / clause.count)
        #expect(longest.count <= VersionRequirement.maximumLength)
        #expect(try VersionRequirement(parsing: longest).contains(Version(parsing: "2.0")))
        let tooLong = String(repeating: "[1.0,2.0),", count: 200) + "[3.0,)"
        #expect(throws: TFMTError.self) { try VersionRequirement(parsing: tooLong) }
    }

    // MARK: Building, bounds, equality

    @Test("any, exactly, atLeast and wildcard")
    func builders() throws {
        let v = try Version(parsing: "3.5")
        #expect(VersionRequirement.any.description == "*")
        #expect(VersionRequirement.any.isAny)
        #expect(VersionRequirement.any == (try VersionRequirement(parsing: "*")))
        #expect(VersionRequirement.any.contains(try Version(parsing: "0.0.1-SNAPSHOT")))

        let exactly = VersionRequirement.exactly(v)
        #expect(exactly.description == "3.5")
        #expect(exactly == (try VersionRequirement(parsing: "3.5.0")))
        #expect(exactly.contains(try Version(parsing: "3.5.0")))
        #expect(!exactly.contains(try Version(parsing: "3.5.1")))
        #expect(!exactly.isAny)

        let atLeast = VersionRequirement.atLeast(v)
        #expect(atLeast.description == ">=3.5")
        #expect(atLeast == (try VersionRequirement(parsing: ">= 3.5")))
        #expect(atLeast.contains(try Version(parsing: "4")))
        #expect(!atLeast.contains(try Version(parsing: "3.5.0rc1")))

        let wildcard = VersionRequirement.wildcard(try Version(parsing: "3.5.1-rc1+local"))
        #expect(wildcard.description == "3.5.1.*")
        #expect(VersionRequirement.wildcard(v) == (try VersionRequirement(parsing: "3.5.x")))
        #expect(VersionRequirement.wildcard(v).contains(try Version(parsing: "3.5.6")))
    }

    /// A requirement and the bounds it names, written as `>=V`, `>V`, `<=V`, `<V` or `nil`.
    static let bounds: [(String, String?, String?)] = [
        ("*", nil, nil),
        ("3.5.1", ">=3.5.1", "<=3.5.1"),
        ("3.5.*", ">=3.5", "<3.6"),
        ("1!2.*", ">=1!2", "<1!3"),
        ("[1.0,2.0)", ">=1.0", "<2.0"),
        ("(,1.0]", nil, "<=1.0"),
        ("(1.5,)", ">1.5", nil),
        ("[1.0]", ">=1.0", "<=1.0"),
        ("[1.0,2.0),[3.0,)", ">=1.0", nil),
        ("(1.0,2.0],[1.0,1.5)", ">=1.0", "<=2.0"),
        ("[3.0,4.0),(,2.0)", nil, "<4.0"),
        (">=2.3.0,<3", ">=2.3.0", "<3"),
        (">=2.3,>2.3,<=3,<3.0.0", ">2.3", "<3.0.0"),
        (">=2.3, != 2.4.0", ">=2.3", nil),
        ("!=1.0", nil, nil),
        ("~=1.4.2", ">=1.4.2", "<1.5"),
        ("~=0.5", ">=0.5", "<1"),
        ("==1.0.*", ">=1.0", "<1.1"),
        ("==1.0", ">=1.0", "<=1.0"),
        ("~=1.4.2,<1.4.5", ">=1.4.2", "<1.4.5"),
    ]

    @Test("names its lower and upper bounds", arguments: bounds)
    func namesBounds(_ example: (String, String?, String?)) throws {
        let requirement = try VersionRequirement(parsing: example.0)
        #expect(render(lower: requirement.lowerBound) == example.1)
        #expect(render(upper: requirement.upperBound) == example.2)
    }

    private func render(lower: VersionRequirement.Bound?) -> String? {
        lower.map { "\($0.isInclusive ? ">=" : ">")\($0.version)" }
    }

    private func render(upper: VersionRequirement.Bound?) -> String? {
        upper.map { "\($0.isInclusive ? "<=" : "<")\($0.version)" }
    }

    @Test("a bound at the largest number names no successor")
    func boundOverflow() throws {
        let requirement = try VersionRequirement(parsing: "\(Int.max).*")
        #expect(requirement.upperBound == nil)
        #expect(requirement.contains(try Version(parsing: "\(Int.max).3")))
        let compatible = try VersionRequirement(parsing: "~=1.\(Int.max).0")
        #expect(compatible.upperBound == nil)
    }

    @Test("equality ignores the order of comparisons and ranges and uses version equality")
    func equality() throws {
        let pairs: [(String, String)] = [
            (">=1.0,<2", "<2.0.0, >=1"),
            ("[3.0,),[1.0,2.0)", "[1.0,2.0),[3.0,)"),
            ("[1.0,1.0]", "[1]"),
            ("3.5.x", "v3.5.*"),
            ("==1.0.*", "= v1.0.x"),
            ("~=1.4.2", "~=1.4.2+local"),
            ("=1.0", "==1.0.0"),
            (">=1,>=1", ">=1"),
            ("0.14.0+", ">=0.14"),
        ]
        for (left, right) in pairs {
            let lhs = try VersionRequirement(parsing: left)
            let rhs = try VersionRequirement(parsing: right)
            #expect(lhs == rhs, "\(left) == \(right)")
            #expect(lhs.hashValue == rhs.hashValue, "\(left) hashes like \(right)")
        }
        let different: [(String, String)] = [
            ("3.5.1", "==3.5.1"),
            ("[1.0]", "1.0"),
            (">=1.0", ">1.0"),
            ("[1.0,2.0)", ">=1.0,<2.0"),
            ("3.5.*", "==3.5.*"),
            ("~=1.4", "~=1.4.0"),
            ("3.5.*", "3.5.0.*"),
            ("==1.*", "==1.0.*"),
            ("!=1.*", "==1.*"),
        ]
        for (left, right) in different {
            #expect(try VersionRequirement(parsing: left) != VersionRequirement(parsing: right), "\(left) != \(right)")
        }
    }

    // MARK: Codable

    @Test("encodes as a JSON string and decodes back")
    func codable() throws {
        let requirements = try ["*", "[1.0,2.0),[3.0,)", ">= 2.3, != 2.4.0", "~=1.4.2", "3.5.x"].map {
            try VersionRequirement(parsing: $0)
        }
        let data = try JSONEncoder().encode(requirements)
        #expect(String(decoding: data, as: UTF8.self) == #"["*","[1.0,2.0),[3.0,)",">=2.3,!=2.4.0","~=1.4.2","3.5.*"]"#)
        let decoded = try JSONDecoder().decode([VersionRequirement].self, from: data)
        #expect(decoded == requirements)
    }

    @Test("decoding a malformed requirement fails with the requirement error inside")
    func decodingFails() {
        let error = #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([VersionRequirement].self, from: Data(#"["*", "[2.0,1.0)"]"#.utf8))
        }
        guard case .dataCorrupted(let context)? = error else {
            Issue.record("expected dataCorrupted, got \(String(describing: error))")
            return
        }
        #expect((context.underlyingError as? TFMTError)?.code == .requirementMalformed)
    }
}
