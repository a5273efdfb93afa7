import TFMTCore

extension TFMTError.Code {
    /// A jar (ZIP) file is damaged or not a ZIP file at all.
    public static let archiveCorrupt = Self("TFMT-ENV-0101")
    /// A folder to scan cannot be listed.
    public static let scanDirectoryUnreadable = Self("TFMT-ENV-0102")
    /// A jar's Scala suffix differs from the engine's Scala version.
    public static let scalaSuffixMismatch = Self("TFMT-ENV-0103")
    /// A jar is built for another minor of the engine.
    public static let engineMinorMismatch = Self("TFMT-ENV-0104")
    /// A jar's classes need a newer Java than the engine runs on.
    public static let classFilesTooNew = Self("TFMT-ENV-0105")
    /// One runtime is installed more than once.
    public static let duplicateRuntime = Self("TFMT-ENV-0106")
    /// A library is both shaded into a bundle and present beside it in another version.
    public static let shadedAndUnshadedCopy = Self("TFMT-ENV-0107")
    /// Two formats' runtimes are known to clash in one engine.
    public static let formatClash = Self("TFMT-ENV-0108")
    /// An artifact named by `--with` or `assume` is in no catalog.
    public static let unknownArtifact = Self("TFMT-ENV-0109")
    /// No engine environment of that name is configured.
    public static let engineNotFound = Self("TFMT-ENV-0110")
    /// The catalog has no runtime of the table's format for the engine.
    public static let noRuntimeCatalogued = Self("TFMT-ENV-0111")
    /// No release of a runtime fits the engine (and the tables); the message gives the chain of reasons.
    public static let noCompatibleRelease = Self("TFMT-ENV-0112")
}
