extension TFMTConfiguration {
    /// `catalogs`: release catalogs beyond the ones the plugins ship.
    public struct Catalogs: Sendable, Hashable {
        /// `catalogs.directory`: an absolute directory whose catalog files extend or correct the plugins' own.
        public var directory: String

        /// Creates catalog settings; the argument defaults to the documented default.
        public init(directory: String = "/etc/tfmt/catalogs") {
            self.directory = directory
        }
    }
}
