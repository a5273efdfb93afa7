import TFMTCore

/// Reads `tfmtd`'s YAML configuration into a checked ``TFMTConfiguration``.
///
/// Every problem is a ``TFMTError`` with a `TFMT-CFG-00xx` code whose context names the `file`, the 1-based `line`
/// and `column`, the dotted `key` (such as `engines[1].java`), what was `expected` and `found` where that applies,
/// and a `snippet` of the line with a caret. When a file has several problems the first in file order is thrown and
/// the others are listed briefly in `otherProblems`, so one edit-and-retry fixes them all.
///
/// Precedence, highest first: command-line flags, then environment variables (`TFMT_SOCKET`), then the file, then
/// the defaults; apply the first two with ``TFMTConfiguration/withOverrides(socketPath:stateDirectory:logLevel:environment:)``.
public enum ConfigurationLoader {
    /// The file `tfmtd` reads when `--config` is not given.
    public static let defaultPath = "/etc/tfmt/tfmtd.yaml"

    /// The largest file read, 1 MiB; a real configuration is a few kilobytes.
    public static let maximumFileSize = 1 << 20

    /// Reads the file at `path`, which must exist.
    ///
    /// - Throws: ``TFMTError`` with ``TFMTError/Code/configFileUnreadable`` when the file is missing, a directory or
    ///   not readable, ``TFMTError/Code/configFileTooLarge`` above ``maximumFileSize``, and the codes of
    ///   ``parse(_:file:)`` for its content.
    public static func load(path: String) throws(TFMTError) -> TFMTConfiguration {
        guard let configuration = try loadIfPresent(path: path) else { throw ConfigFile.missing(path) }
        return configuration
    }

    /// Reads the file at `path`, or returns `nil` when there is no file there — the daemon then runs with
    /// ``TFMTConfiguration/default``. A file that exists but cannot be read is still an error.
    ///
    /// - Throws: As ``load(path:)``, except for a missing file.
    public static func loadIfPresent(path: String = defaultPath) throws(TFMTError) -> TFMTConfiguration? {
        switch ConfigFile.read(path: path, limit: maximumFileSize) {
        case .failure(.missing):
            return nil
        case .failure(.unreadable(let error)):
            throw error
        case .success(let bytes):
            return try parse(bytes: bytes, file: path)
        }
    }

    /// Parses configuration text. An empty text, or one holding only comments, gives the defaults.
    ///
    /// - Parameters:
    ///   - yaml: The YAML text.
    ///   - file: The name errors report in their `file` context, usually the path the text was read from.
    /// - Throws: ``TFMTError`` with a `TFMT-CFG` code for the first problem in file order.
    public static func parse(_ yaml: String, file: String) throws(TFMTError) -> TFMTConfiguration {
        guard yaml.utf8.count <= maximumFileSize else {
            throw ConfigFile.tooLarge(file, size: yaml.utf8.count, limit: maximumFileSize)
        }
        let source = ConfigSource(file: file, text: yaml)
        if let problem = YAMLPreflight.check(source) {
            throw ConfigProblem.error(for: [problem], in: source)
        }
        let composition: YAMLComposer.Composition
        switch YAMLComposer.compose(source) {
        case .success(let value): composition = value
        case .failure(let problem): throw ConfigProblem.error(for: [problem], in: source)
        }
        guard let root = composition.root else { return .default }
        var reader = NodeReader(source: source, duplicates: composition.duplicates)
        let configuration = reader.readConfiguration(root)
        guard reader.problems.isEmpty else { throw ConfigProblem.error(for: reader.problems, in: source) }
        return configuration
    }

    /// Parses the bytes of a file, rejecting text that is not UTF-8 with the place of the first bad byte.
    static func parse(bytes: [UInt8], file: String) throws(TFMTError) -> TFMTConfiguration {
        if let position = firstInvalidUTF8(in: bytes) {
            throw TFMTError(
                .configNotText,
                "the configuration file is not UTF-8 text",
                context: [
                    "file": .string(file), "line": JSONValue(position.line), "column": JSONValue(position.column),
                ],
                resolution: [
                    "Save the file as UTF-8 (for example: iconv -f LATIN1 -t UTF-8 \(file) > tfmtd.yaml.new, then "
                        + "move it into place).",
                    "Check that the path names the YAML configuration and not a binary file.",
                ]
            )
        }
        return try parse(String(decoding: bytes, as: UTF8.self), file: file)
    }

    /// The line and column of the first byte that is not part of valid UTF-8, or `nil` when all is valid.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> SourcePosition? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var position = SourcePosition(line: 1, column: 1)
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" {
                    position.line += 1
                    position.column = 1
                } else {
                    position.column += 1
                }
            case .emptyInput:
                return nil
            case .error:
                return position
            }
        }
    }
}
