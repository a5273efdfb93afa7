import TFMTCore

// The codes raised while reading the daemon's configuration file and applying command-line overrides. The CFG
// numbers 0001 to 0029 belong to this module; `docs/errors.md` explains each one.

extension TFMTError.Code {
    /// The configuration file does not exist, is not a regular file, or cannot be read.
    public static let configFileUnreadable = Self("TFMT-CFG-0001")
    /// The file is not valid YAML (bad indentation, an unclosed bracket or quote, a tab used for indentation…).
    public static let configSyntax = Self("TFMT-CFG-0002")
    /// A key is not one tfmt knows at that place in the file.
    public static let configUnknownKey = Self("TFMT-CFG-0003")
    /// A value has the wrong shape: a text where a list is expected, a list where a map is expected, and so on.
    public static let configWrongType = Self("TFMT-CFG-0004")
    /// A number, duration or size lies outside the range the key allows.
    public static let configOutOfRange = Self("TFMT-CFG-0005")
    /// A value has the right shape but cannot be understood: a malformed duration, size, version, mode or name, or
    /// a word that is not one of the choices.
    public static let configInvalidValue = Self("TFMT-CFG-0006")
    /// The same key appears twice in one map.
    public static let configDuplicateKey = Self("TFMT-CFG-0007")
    /// Two entries of a list share what must be unique: an engine name, an alert rule name, a watched path.
    public static let configDuplicateEntry = Self("TFMT-CFG-0008")
    /// A watched table names an engine that is not defined under `engines`.
    public static let configUndefinedEngine = Self("TFMT-CFG-0009")
    /// A key that an entry needs is missing (an engine without `version`, a watched table without `path`…).
    public static let configMissingKey = Self("TFMT-CFG-0010")
    /// A relative path where an absolute one is required.
    public static let configPathNotAbsolute = Self("TFMT-CFG-0011")
    /// The socket path is longer than a Unix socket address can hold (107 bytes).
    public static let configSocketPathTooLong = Self("TFMT-CFG-0012")
    /// The file is larger than tfmt reads (1 MiB).
    public static let configFileTooLarge = Self("TFMT-CFG-0013")
    /// The file nests too deeply or its aliases expand to too many values.
    public static let configTooComplex = Self("TFMT-CFG-0014")
    /// Values that are each valid do not fit together (metrics retention shorter than the interval…).
    public static let configInconsistent = Self("TFMT-CFG-0015")
    /// The file is not UTF-8 text.
    public static let configNotText = Self("TFMT-CFG-0016")
    /// A watched table lies outside every directory listed in `tables.roots`.
    public static let configPathOutsideRoots = Self("TFMT-CFG-0017")
    /// A YAML feature tfmt does not accept in its configuration: several documents, a list or map used as a key,
    /// a merge key (`<<`), a non-text key.
    public static let configUnsupportedYAML = Self("TFMT-CFG-0018")
}
