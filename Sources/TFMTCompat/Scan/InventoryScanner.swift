import TFMTCore

/// Reads a folder once into the ``ArtifactInventory`` every plugin's scan works from: the jars of a Spark `jars/`,
/// Flink `lib/` or Trino `plugin/` folder (and their subfolders one level down), or the distributions of a Python
/// environment. Jars that cannot be read become findings instead of failing the scan.
public enum InventoryScanner {
    /// The result of reading a folder.
    public struct Result: Sendable {
        public var inventory: ArtifactInventory
        /// What `pom.properties` each jar carries, for findings about shaded copies.
        public var jars: [JarInfo]
        /// Jars that could not be read.
        public var problems: [TFMTError]
    }

    /// Reads `directory`.
    ///
    /// - Throws: ``TFMTError/Code/scanDirectoryUnreadable`` when the folder cannot be listed.
    public static func scan(_ directory: String) throws(TFMTError) -> Result {
        guard LocalFiles.kind(at: directory) == .directory else {
            throw TFMTError(
                .scanDirectoryUnreadable,
                "\(directory) is not a folder",
                context: ["path": .string(directory)],
                resolution: [
                    "Scan a jar folder ($SPARK_HOME/jars, Flink's lib/, Trino's plugin/CONNECTOR/) or a Python "
                        + "environment (a virtualenv or its site-packages)."
                ]
            )
        }
        let sitePackages = PythonEnvironmentScanner.sitePackages(in: directory)
        if !sitePackages.isEmpty {
            var artifacts: [FoundArtifact] = []
            for folder in sitePackages { artifacts += try PythonEnvironmentScanner.distributions(in: folder) }
            return Result(
                inventory: ArtifactInventory(directory: directory, artifacts: artifacts),
                jars: [],
                problems: []
            )
        }
        var jars: [JarInfo] = []
        var problems: [TFMTError] = []
        for path in try jarPaths(in: directory) {
            do {
                jars.append(try JarInspector.inspect(path))
            } catch {
                problems.append(error)
            }
        }
        return Result(
            inventory: ArtifactInventory(directory: directory, artifacts: jars.map(JarInspector.artifact)),
            jars: jars,
            problems: problems
        )
    }

    private static func jarPaths(in directory: String) throws(TFMTError) -> [String] {
        let names: [String]
        do {
            names = try LocalFiles.contents(ofDirectory: directory)
        } catch {
            throw TFMTError(
                .scanDirectoryUnreadable,
                "cannot list \(directory)",
                context: ["path": .string(directory), "reason": .string(error.message)],
                resolution: ["Check that the user running tfmtd may read the folder: ls -ld \(directory)."]
            )
        }
        var paths: [String] = []
        for name in names {
            let path = LocalFiles.join(directory, name)
            if name.hasSuffix(".jar"), LocalFiles.kind(at: path) == .file {
                paths.append(path)
            } else if LocalFiles.kind(at: path) == .directory {
                // Trino keeps each connector in its own folder under plugin/.
                let inner = (try? LocalFiles.contents(ofDirectory: path)) ?? []
                paths += inner.filter { $0.hasSuffix(".jar") }.map { LocalFiles.join(path, $0) }
            }
        }
        return paths
    }
}
