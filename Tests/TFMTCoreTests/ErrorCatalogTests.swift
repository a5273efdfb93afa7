import Foundation
import Testing

/// Keeps `docs/errors.md` and the codes in the sources in step: every code raised somewhere is documented, and every
/// documented code is still raised somewhere.
@Suite("Error catalogue")
struct ErrorCatalogTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func codes(in text: String) -> Set<String> {
        let pattern = /TFMT-[A-Z]{2,4}-[0-9]{4}/
        return Set(text.matches(of: pattern).map { String($0.output) })
    }

    /// The codes declared in the sources (`Self("TFMT-…")` in a `TFMTError.Code` extension); prose that mentions a
    /// code or a range of codes does not count.
    static func sourceCodes() throws -> [String: String] {
        var found: [String: String] = [:]
        let sources = root.appendingPathComponent("Sources")
        let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            let declared = text.matches(of: /Self\("(TFMT-[A-Z]{2,4}-[0-9]{4})"\)/).map { String($0.output.1) }
            for code in declared where found[code] == nil {
                found[code] = url.path.replacingOccurrences(of: root.path + "/", with: "")
            }
        }
        return found
    }

    static func documentedCodes() throws -> Set<String> {
        let text = try String(contentsOf: root.appendingPathComponent("docs/errors.md"), encoding: .utf8)
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("### TFMT-") }
        return codes(in: headings.joined(separator: "\n"))
    }

    @Test("every code declared in the sources has a section in docs/errors.md")
    func sourcesAreDocumented() throws {
        let documented = try Self.documentedCodes()
        let missing = try Self.sourceCodes().filter { !documented.contains($0.key) }
        #expect(missing.isEmpty, "undocumented codes: \(missing.sorted { $0.key < $1.key })")
    }

    @Test("every code in docs/errors.md is declared in the sources")
    func documentationIsCurrent() throws {
        let raised = Set(try Self.sourceCodes().keys)
        let stale = try Self.documentedCodes().subtracting(raised)
        #expect(stale.isEmpty, "documented but unused: \(stale.sorted())")
    }

    @Test("no code is declared twice")
    func uniqueDeclarations() throws {
        var declarations: [String: Int] = [:]
        let enumerator = FileManager.default.enumerator(
            at: Self.root.appendingPathComponent("Sources"),
            includingPropertiesForKeys: nil
        )
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in text.matches(of: /Self\("(TFMT-[A-Z]{2,4}-[0-9]{4})"\)/) {
                declarations[String(match.output.1), default: 0] += 1
            }
        }
        let duplicates = declarations.filter { $0.value > 1 }
        #expect(duplicates.isEmpty, "declared more than once: \(duplicates.keys.sorted())")
        #expect(!declarations.isEmpty)
    }

    @Test("every section has a cause and a resolution")
    func sectionsAreComplete() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("docs/errors.md"), encoding: .utf8)
        let sections = text.components(separatedBy: "\n### ").dropFirst()
        for section in sections {
            let code = String(section.prefix(13))
            #expect(section.contains("**Cause**"), "\(code) has no cause")
            #expect(section.contains("**Resolution**"), "\(code) has no resolution")
        }
    }
}
