import TFMTCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads an Avro object container file — Iceberg manifests and manifest lists, Hudi timeline instants, Paimon
/// manifests.
///
/// Opening reads and checks the header only; blocks and records are decoded as ``blocks()`` or ``records()`` are
/// iterated, so a caller that needs the first record pays for the first block. Everything the file says is checked
/// against the bytes there and against ``AvroLimits``; failures are ``TFMTError``s naming the file and the offset.
///
/// ```swift
/// let reader = try AvroContainerReader(contentsOf: manifestURL)
/// var records = reader.records()
/// while let record = try records.next() {
///     if record["status"]?.integerValue == 2 { break }
/// }
/// ```
public struct AvroContainerReader: Sendable {
    /// The file path, as errors name it.
    public let path: String
    /// The header: metadata, schema, codec and sync marker.
    public let header: AvroContainerHeader
    public let limits: AvroLimits
    private let data: Data

    /// Opens the file at `url`, memory-mapped so that only the blocks read are paged in.
    ///
    /// Table metadata files are written once and never changed in place; a file truncated by another process
    /// while mapped would fault, so don't point this at files still being written.
    public init(contentsOf url: URL, limits: AvroLimits = AvroLimits()) throws(TFMTError) {
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .alwaysMapped)
        } catch {
            throw TFMTError(
                .tablePathUnreadable,
                "cannot read the Avro file \(url.path)",
                context: ["path": .string(url.path), "reason": .string("\(error)")],
                resolution: [
                    "Check that the file exists and that the user running tfmt may read it",
                    "If the table is on a mounted file system, check that the mount is up",
                ]
            )
        }
        try self.init(data: data, path: url.path, limits: limits)
    }

    /// Reads a container file already in memory.
    ///
    /// - Parameters:
    ///   - data: The whole file.
    ///   - path: What to call the file in errors.
    public init(data: Data, path: String, limits: AvroLimits = AvroLimits()) throws(TFMTError) {
        var cursor = AvroByteCursor(data, location: AvroLocation(path: path, fileOffset: 0))
        self.header = try AvroContainerHeader.read(&cursor, limits: limits)
        self.path = path
        self.limits = limits
        self.data = data
    }

    /// The writer's schema.
    public var schema: AvroSchema { header.schema }

    /// The blocks, one at a time.
    public func blocks() -> AvroBlockIterator {
        AvroBlockIterator(data: data, path: path, header: header, limits: limits)
    }

    /// The records, one at a time.
    public func records() -> AvroRecordIterator {
        AvroRecordIterator(blocks: blocks(), header: header, limits: limits)
    }

    /// Every record of the file.
    public func readAll() throws(TFMTError) -> [AvroValue] {
        var records = self.records()
        var values: [AvroValue] = []
        while let value = try records.next() { values.append(value) }
        return values
    }

    /// Every record of the file, decoded into `type`.
    public func decodeAll<T: Decodable>(_ type: T.Type) throws(TFMTError) -> [T] {
        var records = self.records()
        var values: [T] = []
        while let value = try records.next(as: type) { values.append(value) }
        return values
    }
}
