import Logging
import Synchronization

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Writes log lines to standard error with the `<N>` syslog priority prefix journald understands
/// (`SyslogLevelPrefix=yes` is its default), so levels survive into `journalctl -p`.
public struct SyslogLogHandler: LogHandler {
    /// The level, shared by every logger the handler serves so that a reload changes them all at once.
    public var logLevel: Logger.Level {
        get { level.value }
        set { level.value = newValue }
    }
    public var metadata: Logger.Metadata = [:]
    private let label: String
    private let level: SharedLogLevel

    /// Serializes writes so lines from concurrent tasks do not interleave.
    private static let lock = Mutex(())

    public init(label: String, level: SharedLogLevel) {
        self.label = label
        self.level = level
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = metadata
        if let extra = event.metadata { merged.merge(extra) { _, new in new } }
        let fields = merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        let text = Self.format(level: event.level, label: label, message: "\(event.message)", fields: fields)
        Self.lock.withLock { _ in
            _ = text.withCString { fputs($0, stderr) }
        }
    }

    /// One journald line: priority prefix, label, message, then `key=value` fields.
    static func format(level: Logger.Level, label: String, message: String, fields: String) -> String {
        let flat = String(message.map { $0.isNewline ? " " : $0 })
        return "<\(priority(of: level))>\(label): \(flat)\(fields.isEmpty ? "" : " " + fields)\n"
    }

    /// The syslog priority of a swift-log level.
    static func priority(of level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: return 7
        case .info: return 6
        case .notice: return 5
        case .warning: return 4
        case .error: return 3
        case .critical: return 2
        }
    }
}

/// A log level several handlers read, changed at run time by a configuration reload.
public final class SharedLogLevel: Sendable {
    private let storage: Mutex<Logger.Level>

    public init(_ level: Logger.Level) {
        storage = Mutex(level)
    }

    public var value: Logger.Level {
        get { storage.withLock { $0 } }
        set { storage.withLock { $0 = newValue } }
    }
}
