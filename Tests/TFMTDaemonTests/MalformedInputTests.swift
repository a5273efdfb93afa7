import TFMTCore
import Testing

/// Input no well-behaved client sends. Each gets its JSON-RPC error; the connection is closed only when the framing is
/// lost; and every other connection, old or new, keeps being served.
@Suite("malformed input", .timeLimit(.minutes(1)))
struct MalformedInputTests {
    /// A frame whose content is wrong, and the error it must get.
    struct BadRequest: Sendable, CustomTestStringConvertible {
        var name: String
        var payload: [UInt8]
        var code: Int64
        var tfmtCode: String
        /// The id the response must carry; `.null` when the request's id cannot be read.
        var id: JSONValue
        /// `error.data.context.field`, for invalid params.
        var field: String?

        var testDescription: String { name }
    }

    static let badRequests = [
        BadRequest(
            name: "invalid UTF-8",
            payload: Array(#"{"jsonrpc":"2.0","id":1,"method":"daemon.status","params":{"x":""#.utf8) + [0xC3, 0x28]
                + Array(#""}}"#.utf8),
            code: -32700,
            tfmtCode: "TFMT-RPC-0001",
            id: .null
        ),
        BadRequest(
            name: "lone bytes",
            payload: [0xFF, 0xFE, 0xFD],
            code: -32700,
            tfmtCode: "TFMT-RPC-0001",
            id: .null
        ),
        BadRequest(
            name: "invalid JSON",
            payload: Array(#"{"jsonrpc":"2.0","id":1,"method":"daemon.status""#.utf8),
            code: -32700,
            tfmtCode: "TFMT-RPC-0001",
            id: .null
        ),
        BadRequest(name: "empty frame", payload: [], code: -32700, tfmtCode: "TFMT-RPC-0001", id: .null),
        BadRequest(
            name: "a batch (array)",
            payload: Array(#"[{"jsonrpc":"2.0","id":1,"method":"daemon.status"}]"#.utf8),
            code: -32600,
            tfmtCode: "TFMT-RPC-0002",
            id: .null
        ),
        BadRequest(
            name: "a JSON string",
            payload: Array(#""daemon.status""#.utf8),
            code: -32600,
            tfmtCode: "TFMT-RPC-0002",
            id: .null
        ),
        BadRequest(
            name: "missing method",
            payload: Array(#"{"jsonrpc":"2.0","id":2}"#.utf8),
            code: -32600,
            tfmtCode: "TFMT-RPC-0002",
            id: .int(2)
        ),
        BadRequest(
            name: "method not a string",
            payload: Array(#"{"jsonrpc":"2.0","id":"m","method":42}"#.utf8),
            code: -32600,
            tfmtCode: "TFMT-RPC-0002",
            id: .string("m")
        ),
        BadRequest(
            name: "jsonrpc 1.0",
            payload: Array(#"{"jsonrpc":"1.0","id":3,"method":"daemon.status"}"#.utf8),
            code: -32600,
            tfmtCode: "TFMT-RPC-0002",
            id: .int(3)
        ),
        BadRequest(
            name: "id an object",
            payload: Array(#"{"jsonrpc":"2.0","id":{"n":1},"method":"daemon.status"}"#.utf8),
            code: -32600,
            tfmtCode: "TFMT-RPC-0002",
            id: .null
        ),
        BadRequest(
            name: "unknown method",
            payload: Array(#"{"jsonrpc":"2.0","id":4,"method":"plugins.explode","params":{}}"#.utf8),
            code: -32601,
            tfmtCode: "TFMT-RPC-0003",
            id: .int(4)
        ),
        BadRequest(
            name: "params without the id",
            payload: Array(#"{"jsonrpc":"2.0","id":5,"method":"plugins.get","params":{}}"#.utf8),
            code: -32602,
            tfmtCode: "TFMT-RPC-0004",
            id: .int(5),
            field: "params.id"
        ),
        BadRequest(
            name: "params.id a number",
            payload: Array(#"{"jsonrpc":"2.0","id":"six","method":"plugins.get","params":{"id":6}}"#.utf8),
            code: -32602,
            tfmtCode: "TFMT-RPC-0004",
            id: .string("six"),
            field: "params.id"
        ),
        BadRequest(
            name: "params an array",
            payload: Array(#"{"jsonrpc":"2.0","id":7,"method":"plugins.get","params":["tfmt.delta"]}"#.utf8),
            code: -32602,
            tfmtCode: "TFMT-RPC-0004",
            id: .int(7),
            field: "params"
        ),
    ]

    static let statusRequest = #"{"jsonrpc":"2.0","id":"after","method":"daemon.status"}"#

    @Test("a bad frame gets its JSON-RPC error and the same connection keeps being served", arguments: badRequests)
    func badRequest(_ bad: BadRequest) async throws {
        try await DaemonProcess.run { daemon in
            let bystander = try daemon.connect()
            let connection = try daemon.connect()
            try await connection.writeFrame(bad.payload)
            let response = try await connection.readJSON()
            #expect(response["jsonrpc"] == .string("2.0"))
            #expect(response.errorCode == bad.code, "\(response)")
            #expect(response.tfmtCode == bad.tfmtCode, "\(response)")
            #expect(response.id == bad.id, "\(response)")
            #expect(response["error"]?["data"]?["resolution"]?.arrayValue?.isEmpty == false, "\(response)")
            if let field = bad.field {
                #expect(response.errorContext("field") == .string(field), "\(response)")
            }
            // Framing is intact: the connection stays open and answers the next request.
            let next = try await connection.call(Self.statusRequest)
            #expect(next.id == .string("after") && next.result?["pid"] != nil, "\(next)")
            try await Self.expectServed(daemon, bystander: bystander)
        }
    }

    @Test("a notification (no id) with an unknown method gets no answer; the next request does")
    func notificationGetsNoAnswer() async throws {
        try await DaemonProcess.run { daemon in
            let connection = try daemon.connect()
            try await connection.writeFrame(#"{"jsonrpc":"2.0","method":"plugins.explode"}"#)
            let next = try await connection.call(Self.statusRequest)
            #expect(next.id == .string("after"), "the notification was answered: \(next)")
        }
    }

    @Test("a connection closed inside a frame is dropped; the daemon keeps serving the others")
    func truncatedFrame() async throws {
        try await DaemonProcess.run { daemon in
            let bystander = try daemon.connect()
            #expect(try await bystander.call(Self.statusRequest).result != nil)

            // The header announces 100 bytes; 20 arrive, then the client closes.
            let connection = try daemon.connect()
            try await connection.write(Array(RawConnection.frame(Array(repeating: 0x20, count: 100)).prefix(24)))
            connection.close()

            // The header alone, then half-close: the daemon sees the end of the stream inside a frame.
            let halfClosed = try daemon.connect()
            try await halfClosed.write([0, 0, 0, 50])
            halfClosed.shutdownWrite()
            let frames = try await halfClosed.readUntilClosed()
            for frame in frames {
                #expect(frame.errorCode == -32700 && frame.tfmtCode == "TFMT-RPC-0001", "\(frame)")
            }
            try await Self.expectServed(daemon, bystander: bystander)
            #expect(daemon.isRunning)
        }
    }

    @Test("a length over socket.maxFrameSize gets TFMT-RPC-0005 and the connection is closed; the limit itself passes")
    func frameOverTheLimit() async throws {
        try await DaemonProcess.run(configuration: "socket:\n  maxFrameSize: 1KiB\n") { daemon in
            let bystander = try daemon.connect()

            // Exactly 1 KiB is allowed: a request padded with spaces.
            let request = #"{"jsonrpc":"2.0","id":1,"method":"daemon.status"}"#
            let padded = Array(request.utf8) + Array(repeating: UInt8(ascii: " "), count: 1024 - request.utf8.count)
            let atLimit = try daemon.connect()
            try await atLimit.writeFrame(padded)
            #expect(try await atLimit.readJSON().result != nil)

            // One byte more is refused from the header alone.
            let connection = try daemon.connect()
            try await connection.write([0, 0, 4, 1])
            let frames = try await connection.readUntilClosed()
            let response = try #require(frames.first, "the daemon closed without an error frame")
            #expect(frames.count == 1, "\(frames)")
            #expect(response.tfmtCode == "TFMT-RPC-0005", "\(response)")
            #expect(response.errorCode == -32700, "\(response)")
            #expect(response.id == .null)
            #expect(response.errorContext("announced") == .int(1025), "\(response)")
            #expect(response.errorContext("maximum") == .int(1024), "\(response)")

            // A huge announced length with bytes behind it: the same, without reading them.
            let flood = try daemon.connect()
            try await flood.write([0xFF, 0xFF, 0xFF, 0xFF] + Array(repeating: 0x7B, count: 8192))
            let floodFrames = try await flood.readUntilClosed()
            #expect(floodFrames.first?.tfmtCode == "TFMT-RPC-0005", "\(floodFrames)")

            try await Self.expectServed(daemon, bystander: bystander)
        }
    }

    /// A connection opened before the bad input and a new one are both still answered.
    static func expectServed(_ daemon: DaemonProcess, bystander: RawConnection) async throws {
        let old = try await bystander.call(statusRequest)
        #expect(old.id == .string("after") && old.result != nil, "an open connection is no longer served: \(old)")
        let fresh = try daemon.connect()
        let answer = try await fresh.call(#"{"jsonrpc":"2.0","id":9,"method":"plugins.list"}"#)
        #expect(answer.result?["plugins"]?.arrayValue?.count == 4, "a new connection is not served: \(answer)")
    }
}
