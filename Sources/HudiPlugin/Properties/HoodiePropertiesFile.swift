import TFMTCore

/// Loads `.hoodie/hoodie.properties` the way `HoodieTableConfig` does: the main file when it reads and its checksum
/// holds, else `hoodie.properties.backup` (which Hudi writes before rewriting the main file), else the main file with
/// its checksum mismatch reported.
struct HoodiePropertiesFile: Sendable, Hashable {
    /// The main file's name.
    static let mainName = "hoodie.properties"
    /// The backup's name.
    static let backupName = "hoodie.properties.backup"

    /// The typed configuration.
    var config: HoodieTableConfig
    /// The file it came from, `hoodie.properties` or `hoodie.properties.backup`.
    var fileName: String
    /// The checksum verification of that file.
    var checksum: HoodieChecksum
    /// Why the backup was read instead of the main file, when it was.
    var fallbackReason: String?

    /// Loads the properties of the table whose `.hoodie/` folder is `hoodieFolder`.
    ///
    /// - Throws: ``TFMTError/Code/hudiPropertiesMissing`` when neither file exists; the main file's error (corrupt,
    ///   unreadable, invalid) when it cannot be used and no usable backup exists.
    static func load(hoodieFolder: String, limits: HudiReadLimits) throws(TFMTError) -> HoodiePropertiesFile {
        let mainPath = LocalFiles.join(hoodieFolder, mainName)
        let backupPath = LocalFiles.join(hoodieFolder, backupName)
        let hasMain = LocalFiles.kind(at: mainPath) == .file
        let hasBackup = LocalFiles.kind(at: backupPath) == .file
        guard hasMain || hasBackup else { throw .hudiPropertiesMissing(hoodieFolder) }
        guard hasMain else {
            var backup = try read(backupPath, name: backupName, limits: limits)
            backup.fallbackReason = "\(mainName) is missing (a writer may be rewriting it)"
            return backup
        }
        let main: Result<HoodiePropertiesFile, TFMTError>
        do throws(TFMTError) {
            main = .success(try read(mainPath, name: mainName, limits: limits))
        } catch {
            main = .failure(error)
        }
        if case .success(let file) = main, file.checksum.status != .mismatch { return file }
        if hasBackup, var backup = try? read(backupPath, name: backupName, limits: limits),
            backup.checksum.status != .mismatch
        {
            switch main {
            case .success: backup.fallbackReason = "the checksum of \(mainName) does not match"
            case .failure(let error): backup.fallbackReason = "\(mainName) could not be used: \(error.message)"
            }
            return backup
        }
        return try main.get()
    }

    private static func read(
        _ path: String,
        name: String,
        limits: HudiReadLimits
    ) throws(TFMTError)
        -> HoodiePropertiesFile
    {
        let bytes = try LocalFiles.read(path, limit: limits.propertiesBytes)
        guard let text = JavaProperties.decode(bytes) else {
            throw .hudiPropertiesCorrupt(path, reason: "the file contains NUL bytes; it is not a properties file")
        }
        let properties: [String: String]
        switch JavaProperties.parse(text) {
        case .success(let parsed): properties = parsed
        case .failure(let problem): throw .hudiPropertiesCorrupt(path, reason: problem.description)
        }
        let config = try HoodieTableConfig(properties: properties, path: path)
        return HoodiePropertiesFile(
            config: config,
            fileName: name,
            checksum: HoodieChecksum(properties: properties),
            fallbackReason: nil
        )
    }
}
