#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's modification time, the last-resort commit timestamp (PROTOCOL.md "Commit Provenance Information").
enum FileModificationTime {
    /// Milliseconds since the epoch, or `nil` when the file cannot be examined.
    static func milliseconds(of path: String) -> Int64? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        let (seconds, overflow) = Int64(time.tv_sec).multipliedReportingOverflow(by: 1000)
        guard !overflow else { return nil }
        return seconds + Int64(time.tv_nsec) / 1_000_000
    }
}
