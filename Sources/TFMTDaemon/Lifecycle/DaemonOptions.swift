/// What the command line gave `tfmtd`; flags override the file and `TFMT_SOCKET`.
public struct DaemonOptions: Sendable, Hashable {
    /// `--config FILE`; when `nil` the default file is read if it exists.
    public var configurationFile: String?
    /// `--socket PATH`.
    public var socketPath: String?
    /// `--state-dir DIR`.
    public var stateDirectory: String?
    /// `--log-level LEVEL`.
    public var logLevel: String?
    /// The environment, for `TFMT_SOCKET`.
    public var environment: [String: String]

    public init(
        configurationFile: String? = nil,
        socketPath: String? = nil,
        stateDirectory: String? = nil,
        logLevel: String? = nil,
        environment: [String: String] = [:]
    ) {
        self.configurationFile = configurationFile
        self.socketPath = socketPath
        self.stateDirectory = stateDirectory
        self.logLevel = logLevel
        self.environment = environment
    }
}
