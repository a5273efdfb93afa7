import TFMTCore

extension TFMTError.Code {
    /// A frame was not valid UTF-8 JSON.
    public static let rpcParseError = Self("TFMT-RPC-0001")
    /// A message was JSON but not a JSON-RPC 2.0 request.
    public static let rpcInvalidRequest = Self("TFMT-RPC-0002")
    /// The method does not exist.
    public static let rpcMethodNotFound = Self("TFMT-RPC-0003")
    /// The params do not match the method's.
    public static let rpcInvalidParams = Self("TFMT-RPC-0004")
    /// A frame announced more bytes than the maximum frame size.
    public static let rpcFrameTooLarge = Self("TFMT-RPC-0005")
    /// The daemon could not be reached on its socket.
    public static let rpcDaemonUnreachable = Self("TFMT-RPC-0006")
    /// The daemon did not answer in time.
    public static let rpcTimeout = Self("TFMT-RPC-0007")
    /// The connection closed before the answer arrived.
    public static let rpcConnectionClosed = Self("TFMT-RPC-0008")
    /// The daemon's answer could not be read.
    public static let rpcMalformedResponse = Self("TFMT-RPC-0009")
    /// The daemon failed unexpectedly while handling the request.
    public static let rpcInternalError = Self("TFMT-RPC-0010")
    /// The daemon is at a limit: connections or requests in flight.
    public static let rpcOverloaded = Self("TFMT-RPC-0011")
}
