import CSystemd

#if canImport(Glibc)
import Glibc
#endif

/// Talks to the service manager through libsystemd: readiness, status, watchdog and the sockets it passes.
///
/// Every call is harmless when tfmtd does not run under systemd (`NOTIFY_SOCKET` unset): `sd_notify` then does
/// nothing and returns 0.
public struct SystemdNotifier: Sendable {
    public init() {}

    /// Sends `state` (`READY=1`, `STATUS=…`, several lines at once) to the service manager.
    ///
    /// - Returns: Whether a service manager received it.
    @discardableResult
    public func notify(_ state: String) -> Bool {
        sd_notify(0, state) > 0
    }

    /// Tells systemd the daemon is ready, with a status line.
    public func ready(status: String) {
        notify("READY=1\nSTATUS=\(Self.singleLine(status))")
    }

    /// Updates the status line `systemctl status` shows.
    public func status(_ status: String) {
        notify("STATUS=\(Self.singleLine(status))")
    }

    /// Tells systemd a reload has begun. `MONOTONIC_USEC` lets `Type=notify-reload` (systemd 253 and later) match it;
    /// older managers ignore the key.
    public func reloading() {
        notify("RELOADING=1\nMONOTONIC_USEC=\(Self.monotonicMicroseconds())")
    }

    /// Tells systemd the daemon is stopping.
    public func stopping() {
        notify("STOPPING=1")
    }

    /// Pings the watchdog.
    public func watchdog() {
        notify("WATCHDOG=1")
    }

    /// The watchdog interval systemd asks for (`WATCHDOG_USEC`, for this process), or `nil` when it asks for none.
    public func watchdogInterval() -> Duration? {
        var microseconds: UInt64 = 0
        guard sd_watchdog_enabled(0, &microseconds) > 0, microseconds > 0 else { return nil }
        return .microseconds(Int64(clamping: microseconds))
    }

    /// The listening sockets systemd passed (`LISTEN_FDS` for this process), starting at descriptor 3.
    public func listenDescriptors() -> [Int32] {
        let count = sd_listen_fds(0)
        guard count > 0 else { return [] }
        return (0..<count).map { SD_LISTEN_FDS_START + $0 }
    }

    private static func singleLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }

    private static func monotonicMicroseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000 + UInt64(now.tv_nsec) / 1000
    }
}
