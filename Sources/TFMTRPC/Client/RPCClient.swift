import NIOCore
import NIOExtras
import NIOPosix
import Synchronization
import TFMTCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A connection to tfmtd's socket that sends typed requests and matches the responses by id.
///
/// Calls may run concurrently on one connection: they are pipelined, and each waits for its own response with its own
/// timeout. Use ``withConnection(socketPath:connectTimeout:maximumFrameSize:_:)`` so the connection is closed when
/// the work is done.
public final class RPCClient: Sendable {
    private let channel: any Channel
    private let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    private let pending = Mutex<PendingCalls>(PendingCalls())
    /// The socket the client is connected to, for error messages.
    public let socketPath: String

    private struct PendingCalls {
        var nextID: Int64 = 1
        var promises: [JSONRPCID: EventLoopPromise<ByteBuffer>] = [:]
        var closed = false
    }

    private init(channel: any Channel, outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>, socketPath: String) {
        self.channel = channel
        self.outbound = outbound
        self.socketPath = socketPath
    }

    /// Connects to the daemon, runs `body` with the connection, then closes it.
    ///
    /// - Throws: ``TFMTError`` with code ``TFMTError/Code/rpcDaemonUnreachable`` when nothing answers on the socket,
    ///   or whatever `body` throws.
    public static func withConnection<Result: Sendable>(
        socketPath: String,
        connectTimeout: Duration = .seconds(5),
        maximumFrameSize: Int = RPCFrameDecoder.defaultMaximumFrameSize,
        _ body: (RPCClient) async throws -> Result
    ) async throws -> Result {
        let channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>
        do {
            channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connectTimeout(connectTimeout.timeAmount)
                .connect(unixDomainSocketPath: socketPath) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandlers(
                            ByteToMessageHandler(RPCFrameDecoder(maximumFrameSize: maximumFrameSize)),
                            LengthFieldPrepender(lengthFieldBitLength: .fourBytes)
                        )
                        return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
        } catch {
            throw TFMTError.daemonUnreachable(socketPath: socketPath, reason: String(describing: error))
        }
        return try await channel.executeThenClose { inbound, outbound in
            let client = RPCClient(channel: channel.channel, outbound: outbound, socketPath: socketPath)
            return try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { await client.readResponses(inbound) }
                defer { group.cancelAll() }
                let result = try await body(client)
                client.failAll(reason: "the client closed the connection")
                return result
            }
        }
    }

    /// Calls `method` and waits at most `timeout` for its result.
    ///
    /// - Throws: ``TFMTError``: the daemon's structured error when the method failed, or an `RPC` error when the
    ///   call could not be completed (timeout, closed connection, malformed response).
    public func call<Method: RPCMethod>(
        _ method: Method.Type,
        _ params: Method.Params,
        timeout: Duration = .seconds(30)
    ) async throws(TFMTError) -> Method.Result {
        let response = try await send(method: Method.name, params: params, timeout: timeout)
        return try Self.decodeResult(Method.Result.self, from: response, method: Method.name)
    }

    /// Sends a request whose method and params are known only at run time (the HTTP bridge forwards them) and
    /// returns the raw response frame.
    public func send<Params: Encodable & Sendable>(
        method: String,
        params: Params,
        timeout: Duration = .seconds(30)
    ) async throws(TFMTError) -> ByteBuffer {
        let promise = channel.eventLoop.makePromise(of: ByteBuffer.self)
        let registered: JSONRPCID? = pending.withLock { calls in
            guard !calls.closed else { return nil }
            let id = JSONRPCID.number(calls.nextID)
            calls.nextID += 1
            calls.promises[id] = promise
            return id
        }
        guard let id = registered else {
            promise.fail(CallFailure.closed)
            throw TFMTError.connectionClosed(socketPath: socketPath, method: method)
        }
        let payload: ByteBuffer
        do {
            let data = try JSONEncoder().encode(JSONRPCRequest(id: id, method: method, params: params))
            payload = ByteBuffer(bytes: data)
        } catch {
            forget(id)?.fail(CallFailure.closed)
            throw TFMTError(.rpcInvalidParams, "cannot encode the params of \(method): \(error)")
        }
        let timeoutTask = channel.eventLoop.scheduleTask(in: timeout.timeAmount) {
            self.forget(id)?.fail(CallFailure.timedOut)
        }
        defer { timeoutTask.cancel() }
        do {
            try await outbound.write(payload)
            return try await promise.futureResult.get()
        } catch CallFailure.timedOut {
            throw TFMTError(
                .rpcTimeout,
                "tfmtd did not answer \(method) within \(timeout)",
                context: ["socket": .string(socketPath), "method": .string(method)],
                resolution: [
                    "Check that tfmtd is healthy: tfmtctl status, or journalctl -u tfmtd.",
                    "Retry; a very large table or a slow disk can make a single request take longer.",
                ]
            )
        } catch {
            forget(id)?.fail(CallFailure.closed)
            throw TFMTError.connectionClosed(socketPath: socketPath, method: method)
        }
    }

    private func readResponses(_ inbound: NIOAsyncChannelInboundStream<ByteBuffer>) async {
        do {
            for try await frame in inbound {
                guard
                    let header = try? JSONDecoder().decode(
                        JSONRPCResponseHeader.self,
                        from: Data(frame.readableBytesView)
                    ),
                    let id = header.id
                else { continue }  // notifications and unreadable frames are not answers to our calls
                forget(id)?.succeed(frame)
            }
        } catch {
            // The stream failed; the pending calls are failed below.
        }
        failAll(reason: "tfmtd closed the connection")
    }

    private func forget(_ id: JSONRPCID) -> EventLoopPromise<ByteBuffer>? {
        pending.withLock { $0.promises.removeValue(forKey: id) }
    }

    private func failAll(reason: String) {
        let promises = pending.withLock { calls in
            calls.closed = true
            defer { calls.promises = [:] }
            return Array(calls.promises.values)
        }
        for promise in promises { promise.fail(CallFailure.closed) }
    }

    /// Reads a response frame as `Result`, or throws the structured error it carries.
    public static func decodeResult<Result: Decodable>(
        _ type: Result.Type,
        from frame: ByteBuffer,
        method: String
    ) throws(TFMTError) -> Result {
        let data = Data(frame.readableBytesView)
        let decoder = JSONDecoder()
        do {
            let header = try decoder.decode(JSONRPCResponseHeader.self, from: data)
            if let error = header.error {
                throw ResponseError.failed(
                    error.data
                        ?? TFMTError(
                            .rpcInternalError,
                            "\(method) failed: \(error.message) (JSON-RPC code \(error.code.rawValue))",
                            context: ["method": .string(method), "jsonrpcCode": .int(Int64(error.code.rawValue))]
                        )
                )
            }
            return try decoder.decode(JSONRPCResultEnvelope<Result>.self, from: data).result
        } catch ResponseError.failed(let error) {
            throw error
        } catch {
            throw TFMTError(
                .rpcMalformedResponse,
                "the answer to \(method) could not be read: \(error)",
                context: ["method": .string(method)],
                resolution: ["Check that tfmtctl and tfmtd are the same release (tfmtctl status shows the daemon's)."]
            )
        }
    }

    private enum CallFailure: Error {
        case timedOut
        case closed
    }

    private enum ResponseError: Error {
        case failed(TFMTError)
    }
}

extension TFMTError {
    /// Nothing answers on the daemon's socket.
    public static func daemonUnreachable(socketPath: String, reason: String) -> TFMTError {
        TFMTError(
            .rpcDaemonUnreachable,
            "cannot reach tfmtd at \(socketPath)",
            context: ["socket": .string(socketPath), "reason": .string(reason)],
            resolution: [
                "Start the daemon: systemctl start tfmtd (installed) or make run (from a source checkout).",
                "If it runs with another socket, pass --socket PATH or set TFMT_SOCKET.",
                "Check that your user may open the socket (group tfmt, mode 0660): ls -l \(socketPath).",
            ]
        )
    }

    fileprivate static func connectionClosed(socketPath: String, method: String) -> TFMTError {
        TFMTError(
            .rpcConnectionClosed,
            "the connection to tfmtd closed before \(method) was answered",
            context: ["socket": .string(socketPath), "method": .string(method)],
            resolution: [
                "Check whether tfmtd stopped or restarted: tfmtctl status, or journalctl -u tfmtd.",
                "Retry the command.",
            ]
        )
    }
}
