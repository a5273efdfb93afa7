import TFMTRPC

/// One RPC connection kept open across benchmark iterations.
///
/// `RPCClient.withConnection` closes the connection when its body returns; this runs that body in a task that
/// waits until ``close()``, and hands the client out meanwhile.
public final class PersistentConnection: Sendable {
    /// The connected client.
    public let client: RPCClient
    private let task: Task<Void, any Error>
    private let closing: AsyncStream<Void>.Continuation

    private init(client: RPCClient, task: Task<Void, any Error>, closing: AsyncStream<Void>.Continuation) {
        self.client = client
        self.task = task
        self.closing = closing
    }

    /// Connects to the daemon at `socketPath`.
    public static func open(socketPath: String) async throws -> PersistentConnection {
        let (closed, closing) = AsyncStream<Void>.makeStream()
        let (clients, delivering) = AsyncThrowingStream<RPCClient, any Error>.makeStream()
        let task = Task {
            do {
                try await RPCClient.withConnection(socketPath: socketPath) { client in
                    delivering.yield(client)
                    for await _ in closed {}
                }
            } catch {
                delivering.finish(throwing: error)
                throw error
            }
        }
        for try await client in clients {
            return PersistentConnection(client: client, task: task, closing: closing)
        }
        throw BenchmarkFailure("the connection to \(socketPath) closed before it was established")
    }

    /// Closes the connection and waits until it is closed.
    public func close() async {
        closing.finish()
        _ = await task.result
    }
}
