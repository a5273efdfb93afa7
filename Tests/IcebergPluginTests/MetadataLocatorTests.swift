import Foundation
import TFMTCore
import Testing

@testable import IcebergPlugin

/// Finding the current metadata file: names, version numbers, version-hint.text.
@Suite("Locating the current metadata file")
struct MetadataLocatorTests {
    static let uuid = "5f2a6b1e-7e59-4d3c-9d57-1d9c3f4a7b10"

    @Test("metadata file names of both schemes, plain and gzip")
    func names() throws {
        let hadoop = try #require(MetadataFileName("v12.metadata.json"))
        #expect(hadoop.version == 12 && hadoop.scheme == .fileSystem && !hadoop.isGzip)
        let catalog = try #require(MetadataFileName("00003-\(Self.uuid).metadata.json"))
        #expect(catalog.version == 3 && catalog.scheme == .catalog && !catalog.isGzip)
        #expect(MetadataFileName("00003-\(Self.uuid).gz.metadata.json")?.isGzip == true)
        #expect(MetadataFileName("v2.gz.metadata.json")?.isGzip == true)
        #expect(MetadataFileName("v2.metadata.json.gz")?.isGzip == true)
        for name in [
            "v.metadata.json", "vx.metadata.json", "00003.metadata.json", "00003-notauuid.metadata.json",
            "metadata.json", "v1.json", "snap-1-0-\(Self.uuid).avro", "version-hint.text",
            "v99999999999999999999.metadata.json",
        ] {
            #expect(MetadataFileName(name) == nil, "\(name)")
        }
    }

    @Test("the newest is the highest version number, not the newest file or the last name")
    func newestByNumber() async throws {
        try await withScratchDirectory { scratch in
            let document = try SyntheticMetadata.json(SyntheticMetadata.document(formatVersion: 2))
            for version in [1, 2, 9, 10] {
                try write(document, to: scratch + "/table/metadata/v\(version).metadata.json")
            }
            // v2 is the most recently modified file; v9 sorts last by name.
            try FileManager.default.setAttributes(
                [.modificationDate: Date().addingTimeInterval(3600)],
                ofItemAtPath: scratch + "/table/metadata/v2.metadata.json"
            )
            let location = try #require(try MetadataLocator.locate(scratch + "/table"))
            #expect(location.file.hasSuffix("/metadata/v10.metadata.json"))
            #expect(location.selection == .newest)
            #expect(location.candidates == 4)
            #expect(location.hint == nil)
        }
    }

    @Test("catalog-style names: the highest sequence wins, orphans of the same sequence are reported")
    func catalogNames() async throws {
        try await withScratchDirectory { scratch in
            let document = try SyntheticMetadata.json(SyntheticMetadata.document(formatVersion: 2))
            let orphan = "00010-0f2a6b1e-7e59-4d3c-9d57-1d9c3f4a7b10.metadata.json"
            for name in [
                "00009-\(Self.uuid).metadata.json", "00010-\(Self.uuid).metadata.json", orphan,
                "00002-\(Self.uuid).metadata.json",
            ] {
                try write(document, to: scratch + "/table/metadata/" + name)
            }
            let location = try #require(try MetadataLocator.locate(scratch + "/table"))
            #expect(location.file.hasSuffix("/00010-\(Self.uuid).metadata.json"))
            #expect(location.sameVersion == [orphan])
            let record = try await IcebergPlugin().inspect(at: scratch + "/table", options: InspectOptions())
            #expect(record.details["metadataSameVersion"] == [.string(orphan)])
        }
    }

    @Test(
        "version-hint.text is a hint",
        arguments: [
            ("2", "v3.metadata.json", VersionHint.Status.behind, MetadataLocation.Selection.versionHint),
            ("3", "v3.metadata.json", .used, .versionHint),
            (" 3\n", "v3.metadata.json", .used, .versionHint),
            ("1", "v3.metadata.json", .behind, .versionHint),
            ("7", "v5.metadata.json", .missingFile, .newest),
            ("three", "v5.metadata.json", .invalid, .newest),
            ("", "v5.metadata.json", .unreadable, .newest),
        ]
    )
    func versionHint(
        _ hint: String,
        _ chosen: String,
        _ status: VersionHint.Status,
        _ selection: MetadataLocation.Selection
    ) async throws {
        try await withScratchDirectory { scratch in
            let document = try SyntheticMetadata.json(SyntheticMetadata.document(formatVersion: 2))
            // v1, v2, v3 contiguous; v5 after a gap (a hint on v1..v3 follows contiguous successors only).
            for version in [1, 2, 3, 5] {
                try write(document, to: scratch + "/table/metadata/v\(version).metadata.json")
            }
            try write(hint, to: scratch + "/table/metadata/version-hint.text")
            let location = try #require(try MetadataLocator.locate(scratch + "/table"))
            #expect(location.file.hasSuffix("/metadata/" + chosen), "\(location.file)")
            #expect(location.hint?.status == status)
            #expect(location.selection == selection)
        }
    }

    @Test("the hint of the fixture table points at a deleted file: the newest is read and the hint reported")
    func hintAtMissingFile() async throws {
        try await withScratchDirectory { scratch in
            let table = try copyFixture("v2-hadoop-layout", into: scratch)
            try write("9\n", to: table + "/metadata/version-hint.text")
            let record = try await IcebergPlugin().inspect(at: table, options: InspectOptions())
            #expect(record.details["versionHint"] == ["text": "9", "status": "missingFile"])
            #expect(record.details["metadataSelection"] == "newest")
            #expect(
                record.details["metadataFile"] == .string(LocalFiles.absolute(table) + "/metadata/v3.metadata.json")
            )
        }
    }

    @Test("a metadata file with another name is taken when given directly and its content is table metadata")
    func directFileWithOtherName() async throws {
        try await withScratchDirectory { scratch in
            let file = scratch + "/exports/table-metadata.json"
            try write(try SyntheticMetadata.json(SyntheticMetadata.document(formatVersion: 2)), to: file)
            let location = try #require(try MetadataLocator.locate(file))
            #expect(location.selection == .given)
            #expect(location.root == LocalFiles.absolute(scratch + "/exports"))
            // The folder itself holds no metadata/ and no standard names: no table.
            #expect(try MetadataLocator.locate(scratch + "/exports") == nil)
        }
    }
}
