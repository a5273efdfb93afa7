import Foundation
import TFMTCore

#if canImport(Glibc)
import Glibc
#endif

/// Runs `peer_client.py` as another user through `setpriv`, so the daemon sees that user in `SO_PEERCRED`.
///
/// The script's text is passed with `python3 -c`, so the other user needs no access to this checkout.
enum PeerClient {
    /// What the client printed.
    struct Output: Decodable {
        var uid: UInt32
        var gid: UInt32
        var responses: [JSONValue]
    }

    /// Whether the tests can switch users: they run as root and `setpriv` and a system `python3` exist.
    static var isAvailable: Bool {
        getuid() == 0 && Executables.tool("setpriv") != nil && FileManager.default.isExecutableFile(atPath: python)
    }

    /// The system interpreter; a per-user one (pyenv in root's home) is not reachable by `nobody`.
    static let python = "/usr/bin/python3"

    /// Sends `requests` on one connection to `socketPath` as `nobody:nogroup` with no supplementary groups.
    static func runAsNobody(socketPath: String, requests: [String]) async throws -> Output {
        let script = try String(
            contentsOfFile: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("peer_client.py").path,
            encoding: .utf8
        )
        let setpriv = try Executables.requiredTool("setpriv", package: "util-linux")
        // Files, not pipes: the output is read once the client has exited.
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let outputPath = directory.file("stdout")
        let errorPath = directory.file("stderr")
        let process = try ProcessLauncher.launch {
            guard FileManager.default.createFile(atPath: outputPath, contents: nil),
                FileManager.default.createFile(atPath: errorPath, contents: nil),
                let output = FileHandle(forWritingAtPath: outputPath),
                let errors = FileHandle(forWritingAtPath: errorPath)
            else { throw E2EFailure("cannot create the peer client's output files in \(directory.path)") }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: setpriv)
            process.arguments =
                ["--reuid=nobody", "--regid=nogroup", "--clear-groups", python, "-I", "-c", script, socketPath]
                + requests
            process.currentDirectoryURL = URL(fileURLWithPath: "/")
            process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = output
            process.standardError = errors
            return process
        }
        try await Polling.until("the peer client to exit", timeout: .seconds(20)) { !process.isRunning }
        let printed = try Data(contentsOf: URL(fileURLWithPath: outputPath))
        let complaints = try Data(contentsOf: URL(fileURLWithPath: errorPath))
        guard process.terminationStatus == 0 else {
            throw E2EFailure(
                "the peer client failed (status \(process.terminationStatus)): "
                    + String(decoding: complaints, as: UTF8.self)
            )
        }
        do {
            return try JSONDecoder().decode(Output.self, from: printed)
        } catch {
            throw E2EFailure("the peer client printed \(String(decoding: printed, as: UTF8.self)): \(error)")
        }
    }
}
