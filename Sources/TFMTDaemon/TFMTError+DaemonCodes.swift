import TFMTCore

extension TFMTError.Code {
    /// The caller may not use a mutating method.
    public static let accessDenied = Self("TFMT-SEC-0001")
    /// Another tfmtd already answers on the socket path.
    public static let socketInUse = Self("TFMT-RPC-0012")
    /// The socket could not be created or bound.
    public static let socketBindFailed = Self("TFMT-RPC-0013")
    /// A request took longer than the configured request timeout.
    public static let requestTimedOut = Self("TFMT-RPC-0014")
    /// The path is not among the watched tables.
    public static let tableNotWatched = Self("TFMT-TBL-0004")
}
