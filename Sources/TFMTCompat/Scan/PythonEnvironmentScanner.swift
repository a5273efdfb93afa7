import Foundation
import TFMTCore

/// Finds installed distributions in a Python environment from their `*.dist-info/METADATA`.
public enum PythonEnvironmentScanner {
    /// The `site-packages` folders under `directory`: the folder itself when it holds `*.dist-info` folders,
    /// otherwise `lib/python3.*/site-packages` of a virtual environment.
    public static func sitePackages(in directory: String) -> [String] {
        let names = (try? LocalFiles.contents(ofDirectory: directory)) ?? []
        if names.contains(where: { $0.hasSuffix(".dist-info") }) { return [directory] }
        let lib = LocalFiles.join(directory, "lib")
        let pythons = ((try? LocalFiles.contents(ofDirectory: lib)) ?? []).filter { $0.hasPrefix("python") }
        return pythons.map { LocalFiles.join(LocalFiles.join(lib, $0), "site-packages") }
            .filter { LocalFiles.kind(at: $0) == .directory }
    }

    /// The distributions in one `site-packages` folder, names normalized as PEP 503 does (lower case, runs of `-`,
    /// `_` and `.` as `-`).
    public static func distributions(in sitePackages: String) throws(TFMTError) -> [FoundArtifact] {
        var found: [FoundArtifact] = []
        for name in try LocalFiles.contents(ofDirectory: sitePackages) where name.hasSuffix(".dist-info") {
            let folder = LocalFiles.join(sitePackages, name)
            guard let bytes = try? LocalFiles.read(LocalFiles.join(folder, "METADATA"), limit: 4 << 20) else {
                continue
            }
            let headers = metadataHeaders(bytes)
            guard let distribution = headers["name"] else { continue }
            found.append(
                FoundArtifact(
                    path: folder,
                    ecosystem: .pypi,
                    name: normalize(distribution),
                    version: headers["version"].flatMap(Version.init)
                )
            )
        }
        return found
    }

    /// PEP 503 normalization.
    public static func normalize(_ name: String) -> String {
        var result = ""
        var pendingDash = false
        for character in name.lowercased() {
            if character == "-" || character == "_" || character == "." {
                pendingDash = !result.isEmpty
            } else {
                if pendingDash { result.append("-") }
                pendingDash = false
                result.append(character)
            }
        }
        return result
    }

    /// The header block of a core-metadata file (RFC 822 style), keys in lower case; the body after the first blank
    /// line is the description and is ignored.
    private static func metadataHeaders(_ bytes: [UInt8]) -> [String: String] {
        var headers: [String: String] = [:]
        for line in String(decoding: bytes, as: UTF8.self).split(
            omittingEmptySubsequences: false,
            whereSeparator: \.isNewline
        ) {
            if line.isEmpty { break }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].lowercased()
            if headers[key] == nil {
                headers[key] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
            }
        }
        return headers
    }
}
