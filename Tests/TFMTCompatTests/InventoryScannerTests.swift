import Foundation
import TFMTCompat
import TFMTCore
import Testing

@Suite("Scanning jar folders and Python environments")
struct InventoryScannerTests {
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tfmt-scan-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test("a jar's pom.properties, manifest and class level are read without unpacking")
    func jarFacts() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var jar = ZipWriter()
        jar.add(
            "META-INF/MANIFEST.MF",
            text:
                "Manifest-Version: 1.0\r\nImplementation-Version: 3.2.0\r\nCreated-By: Ma\r\n ven\r\n\r\nName: x\r\nA: b\r\n"
        )
        jar.addPom(group: "io.delta", artifact: "delta-spark_2.12", version: "3.2.0")
        jar.addPom(group: "com.google.guava", artifact: "guava", version: "32.1.2-jre")
        jar.addClass("io/delta/A.class", major: 52)
        jar.addClass("io/delta/B.class", major: 55)
        jar.addClass("META-INF/versions/21/io/delta/C.class", major: 65)
        try jar.write(to: dir + "/delta-spark_2.12-3.2.0.jar")

        let info = try JarInspector.inspect(dir + "/delta-spark_2.12-3.2.0.jar")
        #expect(info.coordinates?.artifact == "delta-spark_2.12")
        #expect(info.coordinates?.group == "io.delta")
        #expect(info.embedded.map(\.artifact) == ["guava"])
        #expect(info.manifest["Created-By"] == "Maven")
        #expect(info.manifest["A"] == nil)
        #expect(info.classFileMajor == 55)

        let artifact = JarInspector.artifact(info)
        #expect(artifact.name == "delta-spark_2.12")
        #expect(artifact.version?.description == "3.2.0")
        #expect(artifact.ecosystem == .maven)
    }

    @Test("without pom.properties the file name gives name and version")
    func fileNameFallback() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var jar = ZipWriter()
        jar.addClass("org/apache/iceberg/X.class", major: 61)
        try jar.write(to: dir + "/iceberg-spark-runtime-3.5_2.12-1.6.1.jar")
        let artifact = JarInspector.artifact(
            try JarInspector.inspect(dir + "/iceberg-spark-runtime-3.5_2.12-1.6.1.jar")
        )
        #expect(artifact.name == "iceberg-spark-runtime-3.5_2.12")
        #expect(artifact.version?.description == "1.6.1")
        #expect(artifact.classFileMajor == 61)
    }

    @Test(
        "file names split at the first dash that starts a version",
        arguments: [
            ("hudi-spark3.5-bundle_2.12-0.15.0", "hudi-spark3.5-bundle_2.12", "0.15.0"),
            ("paimon-flink-1.20-1.2.0", "paimon-flink-1.20", "1.2.0"),
            ("delta-storage-3.2.0", "delta-storage", "3.2.0"),
            ("commons-lang3", "commons-lang3", nil),
        ]
    )
    func splitsFileNames(_ stem: String, _ name: String, _ version: String?) {
        let (parsedName, parsedVersion) = JarInspector.nameAndVersion(fromFileStem: stem)
        #expect(parsedName == name)
        #expect(parsedVersion?.description == version)
    }

    @Test("a folder of jars with a Trino-style subfolder and a damaged jar")
    func folderScan() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var a = ZipWriter()
        a.addPom(group: "org.apache.hudi", artifact: "hudi-spark3.5-bundle_2.12", version: "0.15.0")
        try a.write(to: dir + "/hudi-spark3.5-bundle_2.12-0.15.0.jar")
        try FileManager.default.createDirectory(atPath: dir + "/delta", withIntermediateDirectories: true)
        var b = ZipWriter()
        b.addPom(group: "io.trino", artifact: "trino-delta-lake", version: "476")
        try b.write(to: dir + "/delta/trino-delta-lake-476.jar")
        try Data("not a zip".utf8).write(to: URL(fileURLWithPath: dir + "/broken.jar"))

        let result = try InventoryScanner.scan(dir)
        #expect(Set(result.inventory.artifacts.map(\.name)) == ["hudi-spark3.5-bundle_2.12", "trino-delta-lake"])
        #expect(result.problems.map(\.code) == [.archiveCorrupt])
        #expect(result.problems.first?.context["path"] == .string(dir + "/broken.jar"))
    }

    @Test("a Python environment's distributions, names normalized")
    func pythonEnvironment() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let site = dir + "/lib/python3.11/site-packages"
        for (folder, name, version) in [
            ("deltalake-1.1.4.dist-info", "deltalake", "1.1.4"), ("PyIceberg-0.9.1.dist-info", "PyIceberg", "0.9.1"),
        ] {
            try FileManager.default.createDirectory(atPath: site + "/" + folder, withIntermediateDirectories: true)
            try Data("Metadata-Version: 2.1\nName: \(name)\nVersion: \(version)\n\nName: not-this\n".utf8)
                .write(to: URL(fileURLWithPath: site + "/" + folder + "/METADATA"))
        }
        let result = try InventoryScanner.scan(dir)
        let found = result.inventory.artifacts.map { "\($0.name)==\($0.version?.description ?? "?")" }.sorted()
        #expect(found == ["deltalake==1.1.4", "pyiceberg==0.9.1"])
        #expect(result.inventory.artifacts.allSatisfy { $0.ecosystem == .pypi })
        #expect(PythonEnvironmentScanner.normalize("Foo__Bar.baz") == "foo-bar-baz")
    }

    @Test("a file is not a folder to scan")
    func notAFolder() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data().write(to: URL(fileURLWithPath: dir + "/file"))
        let error = #expect(throws: TFMTError.self) { try InventoryScanner.scan(dir + "/file") }
        #expect(error?.code == .scanDirectoryUnreadable)
    }
}

@Suite("ZIP archives")
struct ZipArchiveTests {
    static let sample: [UInt8] = {
        var writer = ZipWriter()
        writer.add("a.txt", text: "hello")
        writer.add("dir/b.txt", text: "world!")
        return writer.bytes
    }()

    @Test("reads the central directory and stored entries")
    func reads() throws {
        let archive = try ZipArchive(bytes: Data(Self.sample), path: "sample.zip")
        #expect(archive.entries.map(\.name) == ["a.txt", "dir/b.txt"])
        let entry = try #require(archive.entry(named: "dir/b.txt"))
        #expect(String(decoding: try archive.contents(of: entry), as: UTF8.self) == "world!")
    }

    @Test("reads deflated entries written by Python's zipfile")
    func deflated() throws {
        let dir = try InventoryScannerTests.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = [
            "python3", "-c",
            "import zipfile,sys; z=zipfile.ZipFile(sys.argv[1],'w',zipfile.ZIP_DEFLATED); "
                + "z.writestr('x.txt','tfmt '*1000); z.close()",
            dir + "/d.zip",
        ]
        try python.run()
        python.waitUntilExit()
        try #require(python.terminationStatus == 0, "python3 could not write the archive")
        let archive = try ZipArchive(contentsOf: dir + "/d.zip")
        let entry = try #require(archive.entry(named: "x.txt"))
        #expect(entry.method == 8)
        #expect(try archive.contents(of: entry) == Array(String(repeating: "tfmt ", count: 1000).utf8))
        #expect(throws: TFMTError.self) { try archive.contents(of: entry, limit: 100) }
    }

    @Test("every truncation and every single-byte change is an error or a valid read, never a trap")
    func corruption() {
        for length in 0..<Self.sample.count {
            let truncated = Data(Self.sample.prefix(length))
            if let archive = try? ZipArchive(bytes: truncated, path: "t.zip") {
                for entry in archive.entries { _ = try? archive.contents(of: entry) }
            }
        }
        for index in Self.sample.indices {
            for value: UInt8 in [0x00, 0xFF, 0x7F] {
                var changed = Self.sample
                changed[index] = value
                if let archive = try? ZipArchive(bytes: Data(changed), path: "c.zip") {
                    for entry in archive.entries { _ = try? archive.contents(of: entry) }
                }
            }
        }
        let error = #expect(throws: TFMTError.self) { try ZipArchive(bytes: Data("PK".utf8), path: "tiny.zip") }
        #expect(error?.code == .archiveCorrupt)
        #expect(error?.context["path"] == "tiny.zip")
    }
}
