extension TFMTConfiguration {
    /// `limits`: bounds that keep one client from starving the others.
    public struct Limits: Sendable, Hashable {
        /// `limits.maxConnections`: open client connections at once, 1 through 65,536; more are answered with
        /// TFMT-RPC-0011 and closed.
        public var maxConnections: Int
        /// `limits.maxInFlightPerConnection`: pipelined requests one connection may have unanswered, 1 through
        /// 10,000; further requests are answered at once with TFMT-RPC-0011.
        public var maxInFlightPerConnection: Int
        /// `limits.idleTimeout`: a connection with no traffic either way for this long is closed, 1s through 7d.
        public var idleTimeout: Duration
        /// `limits.requestTimeout`: a request still running after this long is answered with a timeout error,
        /// 100ms through 1h.
        public var requestTimeout: Duration
        /// `limits.shutdownGracePeriod`: how long in-flight requests may finish on SIGTERM, 0s through 10m.
        public var shutdownGracePeriod: Duration

        /// Creates limits; every argument defaults to the documented default.
        public init(
            maxConnections: Int = 256,
            maxInFlightPerConnection: Int = 64,
            idleTimeout: Duration = .seconds(300),
            requestTimeout: Duration = .seconds(30),
            shutdownGracePeriod: Duration = .seconds(10)
        ) {
            self.maxConnections = maxConnections
            self.maxInFlightPerConnection = maxInFlightPerConnection
            self.idleTimeout = idleTimeout
            self.requestTimeout = requestTimeout
            self.shutdownGracePeriod = shutdownGracePeriod
        }

        /// The range `maxConnections` may take.
        public static let maxConnectionsRange = 1...65_536
        /// The range `maxInFlightPerConnection` may take.
        public static let maxInFlightPerConnectionRange = 1...10_000
        /// The range `idleTimeout` may take.
        public static let idleTimeoutRange = Duration.seconds(1)...Duration.seconds(7 * 86_400)
        /// The range `requestTimeout` may take.
        public static let requestTimeoutRange = Duration.milliseconds(100)...Duration.seconds(3600)
        /// The range `shutdownGracePeriod` may take.
        public static let shutdownGracePeriodRange = Duration.zero...Duration.seconds(600)
    }
}
