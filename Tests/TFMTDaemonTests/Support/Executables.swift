import Foundation

/// Finds the programs the end-to-end tests run: the `tfmtd` just built, and system tools.
enum Executables {
    /// The `tfmtd` binary built next to the test bundle (`.build/<triple>/debug/`), or named by `TFMTD_BINARY`.
    static func tfmtd() throws -> String {
        var candidates: [String] = []
        if let override = ProcessInfo.processInfo.environment["TFMTD_BINARY"] { candidates.append(override) }
        if let executable = Bundle.main.executableURL {
            candidates.append(executable.deletingLastPathComponent().appendingPathComponent("tfmtd").path)
        }
        let argument = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        candidates.append(argument.deletingLastPathComponent().appendingPathComponent("tfmtd").path)
        // Tests/TFMTDaemonTests/Support/Executables.swift → the package root.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/tfmtd").path)
        if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
            return found
        }
        throw E2EFailure(
            "tfmtd is not built; looked in \(candidates). Run `swift build --build-tests` first (or set TFMTD_BINARY)."
        )
    }

    /// A system tool by name, from `PATH` or the usual folders (`systemd-socket-activate` lives in `/usr/bin` on
    /// Debian 12 and in `/lib/systemd` on older systems).
    static func tool(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders =
            path.split(separator: ":").map(String.init) + [
                "/usr/bin", "/bin", "/usr/sbin", "/sbin", "/usr/lib/systemd", "/lib/systemd",
            ]
        return folders.map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// A system tool that the project's `scripts/bootstrap` installs from `package`.
    static func requiredTool(_ name: String, package: String) throws -> String {
        guard let found = tool(name) else {
            throw E2EFailure("\(name) is missing: install the Debian package \(package) (scripts/bootstrap does)")
        }
        return found
    }
}
