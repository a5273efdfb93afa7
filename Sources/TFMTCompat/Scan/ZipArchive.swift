import Foundation
import TFMTCompression
import TFMTCore

/// The central directory of a ZIP file (a jar), read without unpacking anything, and single entries on demand.
///
/// Every length and offset comes from the file, so every one is checked against the bytes actually there; a damaged
/// archive is a ``TFMTError`` naming the file and the offset, never a trap.
public struct ZipArchive: Sendable {
    /// One file in the archive.
    public struct Entry: Sendable, Hashable {
        public var name: String
        /// 0 stored, 8 deflated.
        public var method: UInt16
        public var compressedSize: Int
        public var uncompressedSize: Int
        var localHeaderOffset: Int
    }

    /// The archive's path, for errors.
    public let path: String
    /// The entries in central-directory order.
    public let entries: [Entry]
    private let reader: ByteReader

    /// The most entries read from one archive; real jars have tens of thousands at most.
    public static let maximumEntries = 500_000
    /// The largest entry ``contents(of:limit:)`` inflates by default.
    public static let defaultEntryLimit = 4 << 20

    /// Opens the archive at `path` and reads its central directory.
    public init(contentsOf path: String) throws(TFMTError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        } catch {
            throw TFMTError(
                .tablePathUnreadable,
                "cannot read \(path)",
                context: ["path": .string(path), "reason": .string("\(error)")],
                resolution: ["Check that the file exists and that the user running tfmtd may read it."]
            )
        }
        try self.init(bytes: data, path: path)
    }

    /// Reads the central directory of an archive already in memory.
    public init(bytes: Data, path: String) throws(TFMTError) {
        self.path = path
        self.reader = ByteReader(bytes: bytes, path: path)
        self.entries = try Self.readCentralDirectory(bytes, path: path)
    }

    /// The entry named `name`.
    public func entry(named name: String) -> Entry? {
        entries.first { $0.name == name }
    }

    /// The uncompressed contents of `entry`, when it is no larger than `limit`.
    public func contents(of entry: Entry, limit: Int = ZipArchive.defaultEntryLimit) throws(TFMTError) -> [UInt8] {
        let offset = entry.localHeaderOffset
        guard let signature = reader.uint32(at: offset), signature == 0x0403_4B50,
            let nameLength = reader.uint16(at: offset + 26), let extraLength = reader.uint16(at: offset + 28)
        else {
            throw reader.corrupt("the local header of \(entry.name) is missing", offset: offset)
        }
        let start = offset + 30 + Int(nameLength) + Int(extraLength)
        let (end, overflow) = start.addingReportingOverflow(entry.compressedSize)
        let bytes = reader.bytes
        guard !overflow, end <= bytes.count else {
            throw reader.corrupt("the data of \(entry.name) runs past the end of the file", offset: start)
        }
        guard entry.uncompressedSize <= limit else {
            throw reader.corrupt(
                "\(entry.name) unpacks to \(entry.uncompressedSize) bytes, more than the \(limit) allowed",
                offset: start
            )
        }
        let compressed = bytes[(bytes.startIndex + start)..<(bytes.startIndex + end)]
        switch entry.method {
        case 0:
            return [UInt8](compressed)
        case 8:
            do {
                return try Decompressor.decompress(
                    compressed,
                    codec: .deflate,
                    expectedSize: entry.uncompressedSize,
                    limit: limit
                )
            } catch {
                throw reader.corrupt("\(entry.name) does not inflate: \(error.reason)", offset: start)
            }
        default:
            throw reader.corrupt(
                "\(entry.name) uses compression method \(entry.method), not stored or deflate",
                offset: start
            )
        }
    }

    // MARK: Central directory

    private static func readCentralDirectory(_ bytes: Data, path: String) throws(TFMTError) -> [Entry] {
        let reader = ByteReader(bytes: bytes, path: path)
        // The end-of-central-directory record is 22 bytes plus a comment of up to 65,535 bytes.
        let searchStart = max(0, bytes.count - 22 - 65_535)
        var endRecord: Int?
        var position = bytes.count - 22
        while position >= searchStart {
            if reader.uint32(at: position) == 0x0605_4B50 {
                endRecord = position
                break
            }
            position -= 1
        }
        guard let end = endRecord else {
            throw reader.corrupt(
                "no end-of-central-directory record: not a ZIP file, or truncated",
                offset: bytes.count
            )
        }
        var count = Int(reader.uint16(at: end + 10) ?? 0)
        var directorySize = Int(reader.uint32(at: end + 12) ?? 0)
        var directoryOffset = Int(reader.uint32(at: end + 16) ?? 0)
        // ZIP64: the locator sits just before the end record and points at the ZIP64 end record.
        if count == 0xFFFF || directoryOffset == 0xFFFF_FFFF || directorySize == 0xFFFF_FFFF {
            guard end >= 20, reader.uint32(at: end - 20) == 0x0706_4B50, let recordOffset = reader.int64(at: end - 12),
                reader.uint32(at: recordOffset) == 0x0606_4B50,
                let count64 = reader.int64(at: recordOffset + 32), let size64 = reader.int64(at: recordOffset + 40),
                let offset64 = reader.int64(at: recordOffset + 48)
            else {
                throw reader.corrupt("the ZIP64 end-of-central-directory record is missing", offset: end)
            }
            (count, directorySize, directoryOffset) = (count64, size64, offset64)
        }
        let (directoryEnd, overflow) = directoryOffset.addingReportingOverflow(directorySize)
        guard !overflow, directoryEnd <= end, count <= maximumEntries, count * 46 <= directorySize else {
            throw reader.corrupt(
                "the central directory (\(count) entries, \(directorySize) bytes at \(directoryOffset)) does not fit",
                offset: end
            )
        }
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        var cursor = directoryOffset
        for _ in 0..<count {
            guard reader.uint32(at: cursor) == 0x0201_4B50, let method = reader.uint16(at: cursor + 10),
                let compressed = reader.uint32(at: cursor + 20), let uncompressed = reader.uint32(at: cursor + 24),
                let nameLength = reader.uint16(at: cursor + 28), let extraLength = reader.uint16(at: cursor + 30),
                let commentLength = reader.uint16(at: cursor + 32), let localOffset = reader.uint32(at: cursor + 42)
            else {
                throw reader.corrupt("a central-directory entry is damaged", offset: cursor)
            }
            let nameStart = cursor + 46
            let extraStart = nameStart + Int(nameLength)
            let next = extraStart + Int(extraLength) + Int(commentLength)
            guard next <= directoryEnd, let name = reader.string(at: nameStart, length: Int(nameLength)) else {
                throw reader.corrupt("a central-directory entry runs past the directory", offset: cursor)
            }
            var entry = Entry(
                name: name,
                method: method,
                compressedSize: Int(compressed),
                uncompressedSize: Int(uncompressed),
                localHeaderOffset: Int(localOffset)
            )
            if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || localOffset == 0xFFFF_FFFF {
                try reader.applyZip64Extra(to: &entry, extraStart: extraStart, extraLength: Int(extraLength))
            }
            entries.append(entry)
            cursor = next
        }
        return entries
    }

}

/// Little-endian reads that answer `nil` past the end instead of trapping.
private struct ByteReader {
    let bytes: Data
    let path: String

    func byte(at offset: Int) -> UInt8? {
        guard offset >= 0, offset < bytes.count else { return nil }
        return bytes[bytes.startIndex + offset]
    }

    func uint16(at offset: Int) -> UInt16? {
        guard let low = byte(at: offset), let high = byte(at: offset + 1) else { return nil }
        return UInt16(low) | UInt16(high) << 8
    }

    func uint32(at offset: Int) -> UInt32? {
        guard let low = uint16(at: offset), let high = uint16(at: offset + 2) else { return nil }
        return UInt32(low) | UInt32(high) << 16
    }

    /// A 64-bit little-endian value that must fit in `Int` and be non-negative.
    func int64(at offset: Int) -> Int? {
        guard let low = uint32(at: offset), let high = uint32(at: offset + 4), high < 0x8000_0000 else { return nil }
        return Int(UInt64(low) | UInt64(high) << 32)
    }

    func string(at offset: Int, length: Int) -> String? {
        guard offset >= 0, length >= 0, offset + length <= bytes.count else { return nil }
        let slice = bytes[(bytes.startIndex + offset)..<(bytes.startIndex + offset + length)]
        return String(decoding: slice, as: UTF8.self)
    }

    /// Replaces the 32-bit placeholders of an entry with the values of its ZIP64 extra field (header id 1).
    func applyZip64Extra(to entry: inout ZipArchive.Entry, extraStart: Int, extraLength: Int) throws(TFMTError) {
        var cursor = extraStart
        let end = extraStart + extraLength
        while cursor + 4 <= end, let id = uint16(at: cursor), let size = uint16(at: cursor + 2) {
            if id == 1 {
                var field = cursor + 4
                if entry.uncompressedSize == 0xFFFF_FFFF, let value = int64(at: field) {
                    entry.uncompressedSize = value
                    field += 8
                }
                if entry.compressedSize == 0xFFFF_FFFF, let value = int64(at: field) {
                    entry.compressedSize = value
                    field += 8
                }
                if entry.localHeaderOffset == 0xFFFF_FFFF, let value = int64(at: field) {
                    entry.localHeaderOffset = value
                }
                return
            }
            cursor += 4 + Int(size)
        }
        throw corrupt("\(entry.name) needs a ZIP64 extra field and has none", offset: extraStart)
    }

    func corrupt(_ message: String, offset: Int) -> TFMTError {
        TFMTError(
            .archiveCorrupt,
            "\(path): \(message)",
            context: ["path": .string(path), "offset": .int(Int64(offset))],
            resolution: [
                "Check the file: unzip -t \(path) reports the damage.",
                "Download the artifact again from its repository; a jar cut short by a failed copy looks like this.",
            ]
        )
    }
}
