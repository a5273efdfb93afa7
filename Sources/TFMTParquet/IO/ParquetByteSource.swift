import TFMTCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a Parquet file's bytes come from: a file read with bounded positional reads, or bytes already in memory.
///
/// Reads never map the file, so a file truncated underneath the daemon yields a short read (an error) rather than a
/// bus error.
public enum ParquetByteSource: Sendable {
    /// Bytes already in memory.
    case memory([UInt8])
    /// An open file read with `pread(2)`.
    case file(ParquetFileDescriptor)

    /// The number of bytes available.
    var count: Int {
        switch self {
        case .memory(let bytes): return bytes.count
        case .file(let descriptor): return descriptor.size
        }
    }

    /// Reads exactly `count` bytes at `offset`, after checking that the range lies inside the source.
    func read(offset: Int, count: Int) throws(ParquetFailure) -> [UInt8] {
        let (end, overflow) = offset.addingReportingOverflow(count)
        guard offset >= 0, count >= 0, !overflow, end <= self.count else {
            throw ParquetFailure(
                .parquetPageCorrupt,
                "range of \(count) bytes at offset \(offset) lies outside the file of \(self.count) bytes",
                offset: offset
            )
        }
        switch self {
        case .memory(let bytes):
            return Array(bytes[offset..<end])
        case .file(let descriptor):
            return try descriptor.read(offset: offset, count: count)
        }
    }
}

/// An open, read-only file descriptor that is closed when the last reader using it goes away.
public final class ParquetFileDescriptor: Sendable {
    let descriptor: Int32
    /// The file's size when it was opened.
    let size: Int

    init(path: String) throws(ParquetFailure) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw ParquetFailure(
                .parquetFileUnreadable,
                "cannot open the file: \(String(cString: strerror(errno)))",
                details: ["errno": .int(Int64(errno))]
            )
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let error = errno
            close(fd)
            throw ParquetFailure(
                .parquetFileUnreadable,
                "cannot stat the file: \(String(cString: strerror(error)))",
                details: ["errno": .int(Int64(error))]
            )
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw ParquetFailure(.parquetFileUnreadable, "the path is not a regular file")
        }
        self.descriptor = fd
        self.size = Int(info.st_size)
    }

    deinit {
        close(descriptor)
    }

    func read(offset: Int, count: Int) throws(ParquetFailure) -> [UInt8] {
        var failure: ParquetFailure?
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            var done = 0
            while done < count {
                let got = pread(descriptor, buffer.baseAddress! + done, count - done, off_t(offset + done))
                if got > 0 {
                    done += got
                } else if got < 0 && errno == EINTR {
                    continue
                } else {
                    let reason =
                        got == 0 ? "the file ended early (was it truncated?)" : String(cString: strerror(errno))
                    failure = ParquetFailure(
                        .parquetFileUnreadable,
                        "cannot read \(count) bytes at offset \(offset): \(reason)",
                        offset: offset
                    )
                    break
                }
            }
            initialized = failure == nil ? count : 0
        }
        if let failure { throw failure }
        return bytes
    }
}
