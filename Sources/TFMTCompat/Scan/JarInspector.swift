import Foundation
import TFMTCore

/// What a jar says about itself: its Maven coordinates (from `pom.properties`), the libraries shaded into it, its
/// manifest, and the newest class-file level among its classes.
public struct JarInfo: Sendable, Hashable {
    /// Maven coordinates.
    public struct Coordinates: Sendable, Hashable {
        public var group: String
        public var artifact: String
        public var version: String
    }

    public var path: String
    /// The jar's own coordinates, when a `pom.properties` matches it.
    public var coordinates: Coordinates?
    /// Other artifacts whose `pom.properties` the jar carries: libraries shaded into it.
    public var embedded: [Coordinates]
    /// The main section of `META-INF/MANIFEST.MF`.
    public var manifest: [String: String]
    /// The highest class-file major version among the sampled classes (52 = Java 8, 61 = Java 17); classes under
    /// `META-INF/versions/` are left out since multi-release jars pick them by the running Java.
    public var classFileMajor: Int?
}

/// Reads jars into ``JarInfo`` and ``FoundArtifact``.
public enum JarInspector {
    /// How many classes are sampled for their class-file level; a jar is compiled for one level.
    public static let classSample = 24

    /// Inspects the jar at `path`.
    public static func inspect(_ path: String) throws(TFMTError) -> JarInfo {
        let archive = try ZipArchive(contentsOf: path)
        var poms: [JarInfo.Coordinates] = []
        var manifest: [String: String] = [:]
        var classes: [ZipArchive.Entry] = []
        for entry in archive.entries {
            if entry.name.hasPrefix("META-INF/maven/"), entry.name.hasSuffix("/pom.properties") {
                if let pom = coordinates(from: try archive.contents(of: entry, limit: 64 << 10)) { poms.append(pom) }
            } else if entry.name == "META-INF/MANIFEST.MF" {
                manifest = Manifest.parse(try archive.contents(of: entry, limit: 1 << 20))
            } else if entry.name.hasSuffix(".class"), !entry.name.hasPrefix("META-INF/versions/"),
                classes.count < classSample
            {
                classes.append(entry)
            }
        }
        var major: Int?
        for entry in classes {
            // A damaged class does not make the jar unreadable for the other facts.
            guard let header = try? archive.contents(of: entry, limit: 16 << 20), header.count >= 8,
                header[0] == 0xCA, header[1] == 0xFE, header[2] == 0xBA, header[3] == 0xBE
            else { continue }
            let value = Int(header[6]) << 8 | Int(header[7])
            major = max(major ?? 0, value)
        }
        let stem = fileStem(path)
        let own =
            poms.first { stem.hasPrefix($0.artifact + "-") || stem == $0.artifact }
            ?? (poms.count == 1 ? poms.first : nil)
        return JarInfo(
            path: path,
            coordinates: own,
            embedded: poms.filter { $0 != own },
            manifest: manifest,
            classFileMajor: major
        )
    }

    /// The inventory entry for a jar: its coordinates, or failing that the name and version in its file name.
    public static func artifact(_ info: JarInfo) -> FoundArtifact {
        if let own = info.coordinates {
            return FoundArtifact(
                path: info.path,
                ecosystem: .maven,
                group: own.group,
                name: own.artifact,
                version: Version(own.version),
                classFileMajor: info.classFileMajor
            )
        }
        let (name, version) = nameAndVersion(fromFileStem: fileStem(info.path))
        return FoundArtifact(
            path: info.path,
            ecosystem: .maven,
            group: nil,
            name: name,
            version: version ?? info.manifest["Implementation-Version"].flatMap(Version.init),
            classFileMajor: info.classFileMajor
        )
    }

    /// `delta-spark_2.12-3.2.0` → (`delta-spark_2.12`, 3.2.0): the version starts at the last `-` followed by a digit
    /// whose remainder parses as a version, so names that carry an engine minor (`paimon-flink-1.20-1.2.0`,
    /// `iceberg-spark-runtime-3.5_2.12-1.6.1`) keep it.
    public static func nameAndVersion(fromFileStem stem: String) -> (String, Version?) {
        var end = stem.endIndex
        while let dash = stem[..<end].lastIndex(of: "-") {
            let after = stem.index(after: dash)
            if after < stem.endIndex, stem[after].isNumber, let version = Version(String(stem[after...])) {
                return (String(stem[..<dash]), version)
            }
            end = dash
        }
        return (stem, nil)
    }

    private static func fileStem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".jar") ? String(name.dropLast(4)) : name
    }

    private static func coordinates(from bytes: [UInt8]) -> JarInfo.Coordinates? {
        var values: [String: String] = [:]
        for line in String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline) {
            guard !line.hasPrefix("#"), let equals = line.firstIndex(of: "=") else { continue }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            values[key] = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        }
        guard let group = values["groupId"], let artifact = values["artifactId"], let version = values["version"]
        else { return nil }
        return JarInfo.Coordinates(group: group, artifact: artifact, version: version)
    }
}

/// `META-INF/MANIFEST.MF`: `Name: value` lines, continuation lines starting with a space, sections separated by
/// blank lines. Only the main section matters here.
enum Manifest {
    static func parse(_ bytes: [UInt8]) -> [String: String] {
        var values: [String: String] = [:]
        var lastKey: String?
        for line in String(decoding: bytes, as: UTF8.self).split(
            omittingEmptySubsequences: false,
            whereSeparator: \.isNewline
        ) {
            if line.isEmpty {
                if !values.isEmpty { break }  // the end of the main section
                continue
            }
            if line.hasPrefix(" "), let key = lastKey {
                values[key, default: ""] += line.dropFirst()
                continue
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = String(line[..<colon])
            values[key] = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            lastKey = key
        }
        return values
    }
}
