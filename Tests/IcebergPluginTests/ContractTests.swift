import IcebergPlugin
import TFMTCore
import TFMTPluginContract
import Testing

/// The plugin keeps the contract every plugin must keep.
@Suite("Plugin contract")
struct ContractTests {
    @Test("the Iceberg plugin passes the contract suite")
    func keepsContract() async throws {
        try await withScratchDirectory { scratch in
            let violations = await PluginContract.check(IcebergPlugin(), scratchDirectory: scratch)
            #expect(violations.isEmpty, "\(violations)")
        }
    }

    @Test("the contract's Iceberg marker (metadata/v1.metadata.json with {}) is detected, and inspect explains it")
    func contractMarker() async throws {
        try await withScratchDirectory { scratch in
            try write("{}", to: scratch + "/table/metadata/v1.metadata.json")
            let detection = try await IcebergPlugin().detect(at: scratch + "/table")
            #expect(detection?.location == LocalFiles.absolute(scratch + "/table"))
            let error = await thrownError { () async throws(TFMTError) in
                try await IcebergPlugin().inspect(at: scratch + "/table", options: InspectOptions())
            }
            #expect(error?.code == .icebergMetadataCorrupt)
            #expect(error?.message.contains("format-version") == true)
        }
    }
}
