import Foundation
import Synchronization

/// Starts child processes one at a time.
///
/// Foundation's `Process` on Linux learns that a child exited when the child's end of a socket pair closes, and it
/// closes the descriptors a child should not inherit from a list it takes before spawning. Two launches at once can
/// hand one child's end to the other child, and then the first one's exit goes unnoticed until the second exits too
/// (the symptom: `isRunning` stays true for a process that is gone). Launching under one lock, with the files the
/// child gets opened under the same lock, keeps every child's descriptors its own.
enum ProcessLauncher {
    private static let lock = Mutex(())

    /// Runs `prepare` (open the files the child inherits, configure it) and starts the process, under the lock.
    static func launch(_ prepare: () throws -> Process) throws -> Process {
        try lock.withLock { _ in
            let process = try prepare()
            try process.run()
            return process
        }
    }
}
