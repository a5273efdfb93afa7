import TFMTCore

extension TFMTError.Code {
    /// A jar (ZIP) file is damaged or not a ZIP file at all.
    public static let archiveCorrupt = Self("TFMT-ENV-0101")
    /// A folder to scan cannot be listed.
    public static let scanDirectoryUnreadable = Self("TFMT-ENV-0102")
}
