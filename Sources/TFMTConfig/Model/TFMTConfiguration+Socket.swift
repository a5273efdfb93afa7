extension TFMTConfiguration {
    /// `socket`: the Unix domain socket the daemon listens on.
    public struct Socket: Sendable, Hashable {
        /// `socket.path`: an absolute path of at most 107 bytes (the size of `sun_path` less its terminator).
        /// `TFMT_SOCKET` and `--socket` override it.
        public var path: String
        /// `socket.mode`: the permission bits of the socket file, `0...0o777`; `0o660` lets the owner and the
        /// group (`tfmt`) connect.
        public var mode: Int
        /// `socket.maxFrameSize`: the largest frame accepted, in bytes, 1 KiB through 1 GiB. Larger frames are a
        /// protocol error and close the connection.
        public var maxFrameSize: Int

        /// Creates socket settings; every argument defaults to the documented default.
        public init(path: String = "/run/tfmt/tfmtd.sock", mode: Int = 0o660, maxFrameSize: Int = 16 << 20) {
            self.path = path
            self.mode = mode
            self.maxFrameSize = maxFrameSize
        }

        /// The longest socket path in bytes: `sockaddr_un.sun_path` holds 108 bytes including the terminating NUL.
        public static let maximumPathBytes = 107
        /// The range `mode` may take.
        public static let modeRange = 0...0o777
        /// The range `maxFrameSize` may take.
        public static let maxFrameSizeRange = (1 << 10)...(1 << 30)
    }
}
