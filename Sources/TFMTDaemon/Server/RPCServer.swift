import Foundation
import Logging
import NIOCore
import NIOExtras
import NIOPosix
import ServiceLifecycle
import Synchronization
import TFMTCore
import TFMTRPC

#if canImport(Glibc)
import Glibc
#endif

/// The Unix-socket server: accepts connections on a path it binds or on a socket systemd passes, reads frames,
/// hands each request to the ``RPCDispatcher`` and writes the responses, pipelined, in the order they complete.
public final class RPCServer: Service, Sendable, CustomStringConvertible {
    /// How the server listens and what it allows.
    public struct Configuration: Sendable {
        public var socketPath: String
        public var socketMode: Int
        public var maximumFrameSize: Int
        public var maxConnections: Int
        public var maxInFlightPerConnection: Int
        public var idleTimeout: Duration
        /// A socket systemd passed; when set, ``socketPath`` is only reported, never bound or removed.
        public var inheritedDescriptor: Int32?

        public init(
            socketPath: String,
            socketMode: Int = 0o660,
            maximumFrameSize: Int = RPCFrameDecoder.defaultMaximumFrameSize,
            maxConnections: Int = 256,
            maxInFlightPerConnection: Int = 64,
            idleTimeout: Duration = .seconds(300),
            inheritedDescriptor: Int32? = nil
        ) {
            self.socketPath = socketPath
            self.socketMode = socketMode
            self.maximumFrameSize = maximumFrameSize
            self.maxConnections = maxConnections
            self.maxInFlightPerConnection = maxInFlightPerConnection
            self.idleTimeout = idleTimeout
            self.inheritedDescriptor = inheritedDescriptor
        }
    }

    private struct Connection: Sendable {
        var channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>
        var peer: PeerCredentials
    }

    private let configuration: Configuration
    private let dispatcher: RPCDispatcher
    private let logger: Logger
    private let onListening: @Sendable () async -> Void
    private let onShutdown: @Sendable () -> Void
    private let openConnections = Atomic<Int>(0)
    private let listening = Atomic<Bool>(false)

    /// Creates a server.
    ///
    /// - Parameters:
    ///   - onListening: Called once the socket accepts connections (the daemon then tells systemd it is ready).
    ///   - onShutdown: Called when graceful shutdown begins, before the server stops accepting.
    public init(
        configuration: Configuration,
        dispatcher: RPCDispatcher,
        logger: Logger,
        onListening: @escaping @Sendable () async -> Void = {},
        onShutdown: @escaping @Sendable () -> Void = {}
    ) {
        self.configuration = configuration
        self.dispatcher = dispatcher
        self.logger = logger
        self.onListening = onListening
        self.onShutdown = onShutdown
    }

    public var description: String { "RPCServer(\(configuration.socketPath))" }

    /// Whether the server is accepting connections.
    public var isListening: Bool { listening.load(ordering: .relaxed) }

    /// The connections open now.
    public var connectionCount: Int { openConnections.load(ordering: .relaxed) }

    public func run() async throws {
        let server = try await bind()
        listening.store(true, ordering: .relaxed)
        logger.info(
            "listening",
            metadata: [
                "socket": "\(configuration.socketPath)",
                "activation": "\(configuration.inheritedDescriptor == nil ? "own" : "systemd")",
            ]
        )
        await onListening()
        // Closing the server channel on graceful shutdown ends the accept loop; open connections finish the requests
        // they have and are closed, which ends the task group.
        try await withGracefulShutdownHandler {
            try await server.executeThenClose { connections in
                try await withThrowingDiscardingTaskGroup { group in
                    for try await connection in connections {
                        group.addTask { await self.serve(connection) }
                    }
                }
            }
        } onGracefulShutdown: {
            self.onShutdown()
            server.channel.close(promise: nil)
        }
        listening.store(false, ordering: .relaxed)
        if configuration.inheritedDescriptor == nil { unlink(configuration.socketPath) }
        logger.info("stopped listening", metadata: ["socket": "\(configuration.socketPath)"])
    }

    private func bind() async throws -> NIOAsyncChannel<Connection, Never> {
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 256)
        let initializer: @Sendable (any Channel) -> EventLoopFuture<Connection> = { [configuration] channel in
            Self.initialize(channel, configuration: configuration)
        }
        if let descriptor = configuration.inheritedDescriptor {
            return try await bootstrap.bind(descriptor, childChannelInitializer: initializer)
        }
        try SocketPath.prepare(configuration.socketPath)
        let channel: NIOAsyncChannel<Connection, Never>
        do {
            channel = try await bootstrap.bind(
                unixDomainSocketPath: configuration.socketPath,
                cleanupExistingSocketFile: false,
                childChannelInitializer: initializer
            )
        } catch {
            throw TFMTError(
                .socketBindFailed,
                "cannot listen on \(configuration.socketPath): \(error)",
                context: ["socket": .string(configuration.socketPath), "reason": .string("\(error)")],
                resolution: ["Check that the user running tfmtd may create files in the socket's folder."]
            )
        }
        if chmod(configuration.socketPath, mode_t(configuration.socketMode)) != 0 {
            logger.warning(
                "could not set the socket's mode",
                metadata: [
                    "socket": "\(configuration.socketPath)", "mode": "\(String(configuration.socketMode, radix: 8))",
                ]
            )
        }
        return channel
    }

    private static func initialize(_ channel: any Channel, configuration: Configuration) -> EventLoopFuture<Connection>
    {
        let credentials: EventLoopFuture<KernelPeerCredentials>
        if let provider = channel as? any SocketOptionProvider {
            credentials = provider.unsafeGetSocketOption(
                level: SocketOptionLevel(SOL_SOCKET),
                name: SocketOptionName(SO_PEERCRED)
            )
        } else {
            credentials = channel.eventLoop.makeSucceededFuture(
                KernelPeerCredentials(pid: 0, uid: UInt32.max, gid: UInt32.max)
            )
        }
        return credentials.flatMapThrowing { credentials in
            try channel.pipeline.syncOperations.addHandlers(
                IdleStateHandler(
                    allTimeout: configuration.idleTimeout.timeAmount
                ),
                IdleConnectionCloser(),
                ByteToMessageHandler(RPCFrameDecoder(maximumFrameSize: configuration.maximumFrameSize)),
                LengthFieldPrepender(lengthFieldBitLength: .fourBytes)
            )
            let wrapped = try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
            return Connection(
                channel: wrapped,
                peer: PeerCredentials(pid: credentials.pid, uid: credentials.uid, gid: credentials.gid)
            )
        }
    }

    private func serve(_ connection: Connection) async {
        let open = openConnections.wrappingAdd(1, ordering: .relaxed).newValue
        defer { openConnections.wrappingSubtract(1, ordering: .relaxed) }
        let peer = connection.peer
        do {
            try await connection.channel.executeThenClose { inbound, outbound in
                if open > configuration.maxConnections {
                    logger.warning("refusing a connection: too many open", metadata: ["peer": "\(peer)"])
                    try await outbound.write(Self.overloaded("tfmtd has \(open - 1) connections open, the limit"))
                    return
                }
                let inFlight = Counter()
                try await withThrowingDiscardingTaskGroup { group in
                    do {
                        for try await frame in inbound.cancelOnGracefulShutdown() {
                            if inFlight.increment() > configuration.maxInFlightPerConnection {
                                inFlight.decrement()
                                // The refusal carries the request's id, so a pipelining client can match it to the
                                // call it refuses; a notification gets no answer, as always.
                                let header = try? JSONDecoder().decode(
                                    JSONRPCRequestHeader.self,
                                    from: Data(frame.readableBytesView)
                                )
                                if let header, !header.hasID { continue }
                                try await outbound.write(
                                    Self.overloaded(
                                        "\(configuration.maxInFlightPerConnection) requests are already in flight on this connection",
                                        id: header?.id
                                    )
                                )
                                continue
                            }
                            group.addTask {
                                defer { inFlight.decrement() }
                                let request = Data(frame.readableBytesView)
                                if let response = await self.dispatcher.handle(request, peer: peer) {
                                    try await outbound.write(ByteBuffer(bytes: response))
                                }
                            }
                        }
                    } catch let error as RPCFramingError {
                        // Framing is lost: answer once, then let the connection close.
                        try? await outbound.write(Self.framingErrorFrame(error))
                        logger.notice("closing a connection: \(error)", metadata: ["peer": "\(peer)"])
                    }
                }
            }
        } catch {
            logger.debug("connection ended: \(error)", metadata: ["peer": "\(peer)"])
        }
    }

    private static func overloaded(_ detail: String, id: JSONRPCID? = nil) -> ByteBuffer {
        ByteBuffer(
            bytes: RPCDispatcher.errorFrame(
                id: id,
                JSONRPCErrorObject(
                    TFMTError(
                        .rpcOverloaded,
                        "tfmtd is at a limit: \(detail)",
                        context: ["detail": .string(detail)],
                        resolution: [
                            "Retry shortly, or wait for responses before sending more requests on one connection.",
                            "Raise limits.maxConnections or limits.maxInFlightPerConnection in the configuration.",
                        ]
                    ),
                    code: .overloaded
                )
            )
        )
    }

    private static func framingErrorFrame(_ error: RPCFramingError) -> ByteBuffer {
        let tfmtError: TFMTError
        switch error {
        case .frameTooLarge(let announced, let maximum):
            tfmtError = TFMTError(
                .rpcFrameTooLarge,
                "a frame of \(announced) bytes is larger than the \(maximum) bytes allowed",
                context: ["announced": .int(Int64(announced)), "maximum": .int(Int64(maximum))],
                resolution: [
                    "Send smaller requests, or raise socket.maxFrameSize in the configuration.",
                    "Check that the client writes a 4-byte big-endian length before each JSON message.",
                ]
            )
        case .truncatedFrame(let buffered):
            tfmtError = TFMTError(
                .rpcParseError,
                "the connection ended inside a frame (\(buffered) bytes buffered)",
                context: ["bufferedBytes": .int(Int64(buffered))]
            )
        }
        return ByteBuffer(bytes: RPCDispatcher.errorFrame(id: nil, JSONRPCErrorObject(tfmtError, code: .parseError)))
    }
}

/// A shared count that child tasks can change.
private final class Counter: Sendable {
    private let value = Atomic<Int>(0)

    /// Adds one and returns the new count.
    func increment() -> Int { value.wrappingAdd(1, ordering: .relaxed).newValue }

    func decrement() { value.wrappingSubtract(1, ordering: .relaxed) }
}

/// `struct ucred` from `<sys/socket.h>`, which Glibc only declares under `_GNU_SOURCE` and Swift therefore does not
/// import: the kernel fills this layout for `SO_PEERCRED`.
private struct KernelPeerCredentials: Sendable {
    var pid: Int32
    var uid: UInt32
    var gid: UInt32
}

/// Closes a connection that has been idle (no reads, no writes) for the idle timeout.
private final class IdleConnectionCloser: ChannelInboundHandler, Sendable {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is IdleStateHandler.IdleStateEvent {
            context.close(promise: nil)
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }
}
