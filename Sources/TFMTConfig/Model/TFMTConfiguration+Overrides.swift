import TFMTCore

extension TFMTConfiguration {
    /// The environment variable that overrides ``Socket/path`` for `tfmtd` and `tfmtctl` alike.
    public static let socketEnvironmentVariable = "TFMT_SOCKET"

    /// This configuration with the command line and the environment applied on top.
    ///
    /// Precedence, highest first: the flag (`--socket`, `--state-dir`, `--log-level`), then the environment
    /// (`TFMT_SOCKET`), then the file, then the defaults. An empty value counts as not given, so `TFMT_SOCKET=` in a
    /// unit file does not clear the socket path. Overrides are checked like the file's values; errors name the flag
    /// or variable in the `source` context instead of a line.
    ///
    /// - Parameters:
    ///   - socketPath: `--socket PATH`.
    ///   - stateDirectory: `--state-dir DIR`.
    ///   - logLevel: `--log-level LEVEL`.
    ///   - environment: The process environment; only `TFMT_SOCKET` is read.
    /// - Throws: ``TFMTError`` with ``TFMTError/Code/configPathNotAbsolute``,
    ///   ``TFMTError/Code/configSocketPathTooLong`` or ``TFMTError/Code/configInvalidValue``.
    public func withOverrides(
        socketPath: String? = nil,
        stateDirectory: String? = nil,
        logLevel: String? = nil,
        environment: [String: String] = [:]
    ) throws(TFMTError) -> TFMTConfiguration {
        var result = self
        if let socketPath, !socketPath.isEmpty {
            result.socket.path = try Self.overridePath(
                socketPath,
                source: "--socket",
                key: "socket.path",
                isSocket: true
            )
        } else if let value = environment[Self.socketEnvironmentVariable], !value.isEmpty {
            result.socket.path = try Self.overridePath(
                value,
                source: Self.socketEnvironmentVariable,
                key: "socket.path",
                isSocket: true
            )
        }
        if let stateDirectory, !stateDirectory.isEmpty {
            result.stateDirectory = try Self.overridePath(
                stateDirectory,
                source: "--state-dir",
                key: "stateDirectory",
                isSocket: false
            )
        }
        if let logLevel, !logLevel.isEmpty {
            guard let level = LogLevel(rawValue: logLevel.lowercased()) else {
                let levels = LogLevel.allCases.map(\.rawValue)
                throw TFMTError(
                    .configInvalidValue,
                    "--log-level '\(logLevel)' is not a log level",
                    context: [
                        "source": "--log-level", "key": "logLevel", "found": .string(logLevel),
                        "allowed": JSONValue(levels),
                    ],
                    resolution: ["Pass one of: \(levels.joined(separator: ", "))."]
                )
            }
            result.logLevel = level
        }
        return result
    }

    private static func overridePath(
        _ path: String,
        source: String,
        key: String,
        isSocket: Bool
    ) throws(TFMTError)
        -> String
    {
        guard PathSyntax.isAbsolute(path), !path.contains("\0") else {
            throw TFMTError(
                .configPathNotAbsolute,
                "\(source) must be an absolute path, not '\(path)'",
                context: ["source": .string(source), "key": .string(key), "found": .string(path)],
                resolution: [
                    "Pass the full path starting with '/', for example \(isSocket ? "/run/tfmt/tfmtd.sock" : "/var/lib/tfmt")."
                ]
            )
        }
        let normalized = PathSyntax.normalized(path)
        if isSocket && normalized.utf8.count > Socket.maximumPathBytes {
            throw TFMTError(
                .configSocketPathTooLong,
                "\(source) is \(normalized.utf8.count) bytes long; a Unix socket path holds at most "
                    + "\(Socket.maximumPathBytes)",
                context: [
                    "source": .string(source), "key": .string(key), "found": .string(normalized),
                    "range": .string("1...\(Socket.maximumPathBytes) bytes"),
                ],
                resolution: ["Choose a shorter path, for example /run/tfmt/tfmtd.sock or /tmp/tfmt-test.sock."]
            )
        }
        return normalized
    }
}
