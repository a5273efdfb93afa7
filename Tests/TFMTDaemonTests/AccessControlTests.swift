import TFMTCore
import TFMTRPC
import Testing

/// `SO_PEERCRED` decides who may mutate: a peer that is not root, not the daemon's user and not in the admin group
/// reads but does not change. The peer runs as `nobody` through `setpriv`, so the tests need root.
@Suite(
    "access control",
    .timeLimit(.minutes(1)),
    .enabled(if: PeerClient.isAvailable, "needs root, setpriv (util-linux) and /usr/bin/python3 to act as nobody")
)
struct AccessControlTests {
    /// The socket must be reachable by `nobody`: the folder is `0777` and the socket `0666`.
    static let configuration = "socket:\n  mode: 0666\n"

    @Test("nobody is refused plugins.disable with -32001 / TFMT-SEC-0001 and served plugins.list")
    func nobodyReadsButDoesNotMutate() async throws {
        try await DaemonProcess.run(configuration: Self.configuration, directoryMode: 0o777) { daemon in
            let output = try await PeerClient.runAsNobody(
                socketPath: daemon.socketPath,
                requests: [
                    #"{"jsonrpc":"2.0","id":1,"method":"plugins.disable","params":{"id":"tfmt.delta"}}"#,
                    #"{"jsonrpc":"2.0","id":2,"method":"plugins.list"}"#,
                    #"{"jsonrpc":"2.0","id":3,"method":"daemon.reload"}"#,
                    #"{"jsonrpc":"2.0","id":4,"method":"plugins.get","params":{"id":"tfmt.delta"}}"#,
                ]
            )
            #expect(output.uid == 65_534 && output.gid == 65_534, "the client did not run as nobody: \(output.uid)")
            try #require(output.responses.count == 4)
            let (disable, list, reload, get) = (
                output.responses[0], output.responses[1], output.responses[2], output.responses[3]
            )

            #expect(disable.id == .int(1))
            #expect(disable.errorCode == -32001, "\(disable)")
            #expect(disable.tfmtCode == "TFMT-SEC-0001", "\(disable)")
            #expect(disable.errorContext("uid") == .int(65_534), "the daemon saw another peer: \(disable)")
            #expect(disable.errorContext("method") == .string("plugins.disable"))
            #expect(reload.errorCode == -32001 && reload.tfmtCode == "TFMT-SEC-0001", "\(reload)")

            #expect(list.id == .int(2))
            #expect(list.result?["plugins"]?.arrayValue?.count == 4, "\(list)")
            #expect(get.result?["state"] == .string("active"), "\(get)")

            // The refused mutation changed nothing; root (the daemon's own user) may make it.
            let client = try await daemon.withClient { client in
                let before = try await client.call(RPCMethods.PluginsGet.self, .init(id: "tfmt.delta"))
                let disabled = try await client.call(RPCMethods.PluginsDisable.self, .init(id: "tfmt.delta"))
                return (before.state, disabled.state)
            }
            #expect(client == (.active, .disabled))
        }
    }
}
