import Foundation
import TFMTCore
import TFMTRPC
import Testing

/// tables.detect, tables.inspect, tables.check and engines.scan over the socket of a real tfmtd, on the committed
/// fixture tables: the plugins, the compatibility engine and the daemon joined up.
@Suite("table methods end to end", .serialized, .timeLimit(.minutes(1)))
struct TableMethodsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let deltaTable = root.appendingPathComponent("Tests/DeltaPluginTests/Fixtures/table-features/table").path
    static let icebergTable = root.appendingPathComponent("Tests/IcebergPluginTests/Fixtures").path

    @Test("detect and inspect a Delta table; a folder that is no table is TFMT-TBL-0001")
    func detectAndInspect() async throws {
        try await DaemonProcess.run { daemon in
            try await daemon.withClient { client in
                let detection = try await client.call(RPCMethods.TablesDetect.self, .init(path: Self.deltaTable))
                #expect(detection.detections.map(\.format) == [.delta])

                let record = try await client.call(RPCMethods.TablesInspect.self, .init(path: Self.deltaTable))
                #expect(record.format == .delta)
                #expect(record.protocol["minReaderVersion"] == 3)
                #expect(record.features.contains("deletionVectors"))
                #expect(record.requirements.read.contains { $0.runtime == "delta-spark" && $0.minimum != nil })

                let error = await #expect(throws: TFMTError.self) {
                    try await client.call(RPCMethods.TablesDetect.self, .init(path: Self.root.path + "/docs"))
                }
                #expect(error?.code == .notATable)
            }
        }
    }

    @Test("check gives a verdict per mode, and an old runtime is told what to install")
    func check() async throws {
        try await DaemonProcess.run { daemon in
            try await daemon.withClient { client in
                let old = try await client.call(
                    RPCMethods.TablesCheck.self,
                    .init(path: Self.deltaTable, engine: "spark@3.5.3", with: ["delta-spark_2.12=2.2.0"])
                )
                #expect(!old.read.ok)
                #expect(!old.read.missing.isEmpty)
                #expect(old.read.missing.allSatisfy { $0.requires.contains("installed 2.2.0") }, "\(old.read.missing)")

                let new = try await client.call(
                    RPCMethods.TablesCheck.self,
                    .init(path: Self.deltaTable, engine: "spark@3.5.3", with: ["delta-spark_2.12=4.0.0"])
                )
                #expect(new.read.ok, "\(new.read.missing)")
            }
        }
    }

    @Test("every committed Iceberg fixture inspects over the socket")
    func icebergFixtures() async throws {
        let cases = try FileManager.default.contentsOfDirectory(atPath: Self.icebergTable).sorted()
        try #require(!cases.isEmpty)
        try await DaemonProcess.run { daemon in
            try await daemon.withClient { client in
                for name in cases {
                    let record = try await client.call(
                        RPCMethods.TablesInspect.self,
                        .init(path: Self.icebergTable + "/" + name + "/table")
                    )
                    #expect(record.format == .iceberg, "\(name)")
                }
            }
        }
    }
}
