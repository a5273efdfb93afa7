import TFMTCore

/// The HTTP bridge: REST and Server-Sent Events mapped onto the daemon's RPC methods, and the web UI.
///
/// This build does not contain the bridge yet; ``unavailable`` says so in the structured form every tfmt failure
/// takes.
public enum HTTPBridge {
    /// Why `tfmt-http` cannot serve in this build.
    public static var unavailable: TFMTError {
        TFMTError(
            .bridgeUnavailable,
            "this build of tfmt does not include the HTTP bridge yet",
            resolution: ["Use tfmtctl against the daemon's socket; the bridge and web UI arrive in a later release."]
        )
    }
}

extension TFMTError.Code {
    /// The HTTP bridge is not part of this build.
    public static let bridgeUnavailable = Self("TFMT-RPC-0015")
}
