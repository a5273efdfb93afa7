import Foundation
import TFMTCore
import TFMTDaemon
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

/// Watched tables: the daemon inspects them on its own and keeps each engine's verdict.
@Suite("watched tables end to end", .serialized, .timeLimit(.minutes(1)))
struct WatchedTablesTests {
    @Test("a watched table is inspected and each engine's verdict is kept")
    func watched() async throws {
        let table = TableMethodsTests.deltaTable
        let configuration = """
            engines:
              - name: old-spark
                engine: spark
                version: 3.3.2
                scala: "2.12"
                assume: {delta-core_2.12: 2.2.0}
              - name: new-spark
                engine: spark
                version: 4.0.1
                scala: "2.13"
                assume: {delta-spark_2.13: 4.0.0}
            tables:
              watch:
                - path: \(table)
                  read: [old-spark, new-spark]

            """
        try await DaemonProcess.run(configuration: configuration) { daemon in
            try await daemon.withClient { client in
                var status: WatchedTableStatus?
                try await Polling.until("the watcher to inspect the table") {
                    status = try await client.call(RPCMethods.TablesList.self, RPCEmpty()).tables.first
                    return status?.inspectedAt != nil
                }
                let seen = try #require(status)
                #expect(seen.record?.format == .delta)
                let verdicts = Dictionary(uniqueKeysWithValues: seen.verdicts.map { ($0.engine, $0.ok) })
                #expect(verdicts == ["old-spark": false, "new-spark": true])

                let shown = try await client.call(RPCMethods.TablesShow.self, .init(path: table))
                #expect(shown.path == table)
                let error = await #expect(throws: TFMTError.self) {
                    try await client.call(RPCMethods.TablesShow.self, .init(path: "/not/watched"))
                }
                #expect(error?.code == .tableNotWatched)
            }
        }
    }
}
