/// The release of tfmt this build is.
public enum TFMTVersion {
    /// The version `tfmtd --version`, `tfmtctl --version` and `daemon.status` report.
    public static let current = "0.1.0"
}
