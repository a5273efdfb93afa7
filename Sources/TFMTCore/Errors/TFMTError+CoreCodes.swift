// The codes raised by the core model and the plugin registry. Other modules declare theirs beside the code that
// raises them; `docs/errors.md` lists them all.

extension TFMTError.Code {
    // MARK: Versions and requirements (DEP)

    /// A version string could not be parsed.
    public static let versionMalformed = Self("TFMT-DEP-0001")
    /// A version requirement (range, comparison set, PEP 440 specifier) could not be parsed.
    public static let requirementMalformed = Self("TFMT-DEP-0002")
    /// A plugin was built for a plugin API the host does not offer.
    public static let pluginAPIMismatch = Self("TFMT-DEP-0003")
    /// A plugin depends on a plugin that is not registered.
    public static let dependencyMissing = Self("TFMT-DEP-0004")
    /// A plugin depends on a plugin whose version does not satisfy the requirement.
    public static let dependencyVersionMismatch = Self("TFMT-DEP-0005")
    /// A plugin depends on a plugin that is disabled.
    public static let dependencyDisabled = Self("TFMT-DEP-0006")
    /// Plugins depend on each other in a cycle.
    public static let dependencyCycle = Self("TFMT-DEP-0007")
    /// A plugin depends on a plugin that failed.
    public static let dependencyFailed = Self("TFMT-DEP-0008")

    // MARK: Plugin registry (PLG)

    /// A plugin with the same id is already registered.
    public static let pluginAlreadyRegistered = Self("TFMT-PLG-0001")
    /// No plugin with the id is registered.
    public static let pluginNotFound = Self("TFMT-PLG-0002")
    /// Built-in plugins can be disabled but not unregistered.
    public static let builtinCannotBeUnregistered = Self("TFMT-PLG-0003")
    /// Other enabled plugins depend on the plugin being disabled or unregistered.
    public static let pluginHasDependents = Self("TFMT-PLG-0004")
    /// A plugin's metadata is not well formed.
    public static let pluginMetadataInvalid = Self("TFMT-PLG-0005")
    /// A plugin threw while it was being initialized.
    public static let pluginInitializationFailed = Self("TFMT-PLG-0006")
    /// The plugin is not active, so it cannot serve the request.
    public static let pluginNotActive = Self("TFMT-PLG-0007")
    /// A release catalog document is not valid.
    public static let catalogInvalid = Self("TFMT-PLG-0008")

    // MARK: Tables (TBL)

    /// The path is not a table of the format asked for.
    public static let notATable = Self("TFMT-TBL-0001")
    /// The path does not exist or cannot be read.
    public static let tablePathUnreadable = Self("TFMT-TBL-0002")
    /// The plugin recognises the table but cannot read its metadata yet.
    public static let inspectUnsupported = Self("TFMT-TBL-0003")

    // MARK: Access (SEC)

    /// A table path lies outside the configured table roots.
    public static let pathOutsideTableRoots = Self("TFMT-SEC-0002")

    // MARK: Engines (ENV)

    /// An engine target such as `spark@3.5.3` could not be parsed.
    public static let engineTargetMalformed = Self("TFMT-ENV-0001")
}
