import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// What `/proc/<pid>` says about a process: CPU time consumed and memory held.
public struct ProcessStatistics: Sendable {
    /// User plus system CPU time, in clock ticks (`utime + stime` of `/proc/<pid>/stat`).
    public let cpuTicks: Int
    /// CPU time in nanoseconds of each live thread, by thread id, from `/proc/<pid>/task/*/schedstat` (the
    /// scheduler's run time, far finer than clock ticks); empty when the kernel has no schedstat.
    public let threadNanoseconds: [String: Int]
    /// The resident set size now, in KiB (`VmRSS`).
    public let residentKiB: Int
    /// The peak resident set size, in KiB (`VmHWM`).
    public let peakResidentKiB: Int
    /// The number of threads.
    public let threads: Int

    /// The kernel's clock ticks per second (`sysconf(_SC_CLK_TCK)`, usually 100).
    public static let ticksPerSecond = Int(sysconf(Int32(_SC_CLK_TCK)))

    /// Reads the statistics of process `pid`.
    public init(pid: Int32) throws {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        else { throw BenchmarkFailure("cannot read /proc/\(pid): is the process gone?") }
        // The command name, in parentheses, may hold spaces: the fields that follow it are counted from its end.
        guard let close = stat.lastIndex(of: ")") else { throw BenchmarkFailure("malformed /proc/\(pid)/stat") }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // After the name: state is field 3 of stat(5), so utime (14) and stime (15) sit at offsets 11 and 12.
        guard fields.count > 12, let user = Int(fields[11]), let system = Int(fields[12]) else {
            throw BenchmarkFailure("malformed /proc/\(pid)/stat")
        }
        cpuTicks = user + system
        threadNanoseconds = Self.scheduledNanoseconds(pid: pid)
        // Lines such as `VmRSS:\t   12345 kB` and `Threads:\t7`.
        func number(_ key: String) -> Int {
            for line in status.split(separator: "\n") where line.hasPrefix(key + ":") {
                return Int(line.dropFirst(key.count + 1).split(whereSeparator: \.isWhitespace).first ?? "") ?? 0
            }
            return 0
        }
        residentKiB = number("VmRSS")
        peakResidentKiB = number("VmHWM")
        threads = number("Threads")
    }

    /// The CPU time of each thread of process `pid` so far, in nanoseconds, by thread id.
    ///
    /// The first field of each thread's `schedstat` is the time it spent on a CPU.
    private static func scheduledNanoseconds(pid: Int32) -> [String: Int] {
        guard let threads = try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task") else {
            return [:]
        }
        var times: [String: Int] = [:]
        for thread in threads {
            guard let text = try? String(contentsOfFile: "/proc/\(pid)/task/\(thread)/schedstat", encoding: .utf8),
                let first = text.split(separator: " ").first,
                let nanoseconds = Int(first)
            else { continue }
            times[thread] = nanoseconds
        }
        return times
    }

    /// The CPU time the process used between two readings, in nanoseconds.
    ///
    /// Per thread, from `schedstat`: the growth of the threads alive at both readings plus the whole time of the
    /// threads born in between. A thread that exited in between takes its time with it, so the result is at least
    /// the growth of `utime + stime` (which keeps the time of exited threads, in clock ticks).
    public static func cpuNanoseconds(from before: ProcessStatistics, to after: ProcessStatistics) -> Int {
        var threads = 0
        for (thread, time) in after.threadNanoseconds {
            threads += time - (before.threadNanoseconds[thread] ?? 0)
        }
        let ticks = (after.cpuTicks - before.cpuTicks) * 1_000_000_000 / ticksPerSecond
        return max(threads, ticks, 0)
    }
}
