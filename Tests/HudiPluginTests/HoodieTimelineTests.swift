import Foundation
import TFMTCore
import Testing

@testable import HudiPlugin

@Suite("Hudi timeline")
struct HoodieTimelineTests {
    private func instant(_ name: String, layout: Int) -> HoodieInstant? {
        if case .instant(let instant) = HoodieInstantFileName.parse(name, layout: layout) { return instant }
        return nil
    }

    @Test("parses layout-1 file names")
    func layoutOneNames() {
        #expect(instant("20240418173550988.commit", layout: 1)?.state == .completed)
        #expect(instant("20240418173550988.inflight", layout: 1)?.action == "commit")
        #expect(instant("20240418173550988.inflight", layout: 1)?.state == .inflight)
        #expect(instant("20240418173550988.compaction.requested", layout: 1)?.action == "compaction")
        #expect(instant("20240418173550988.replacecommit.inflight", layout: 1)?.state == .inflight)
        #expect(instant("20240418173550.clean", layout: 1)?.time == "20240418173550")
        #expect(HoodieInstantFileName.parse("hoodie.properties", layout: 1) == .other)
        #expect(HoodieInstantFileName.parse(".aux", layout: 1) == .other)
        #expect(HoodieInstantFileName.parse("20240418173550988.frobnicate", layout: 1) == .unrecognized)
        #expect(HoodieInstantFileName.parse("2024.commit", layout: 1) == .unrecognized)
        #expect(HoodieInstantFileName.parse("20240418173550988.commit.completed", layout: 1) == .unrecognized)
        #expect(HoodieInstantFileName.parse("20240418173550988_20240418173551000.commit", layout: 1) == .unrecognized)
    }

    @Test("parses layout-2 file names with completion times")
    func layoutTwoNames() {
        let completed = instant("20250713010535797_20250713010536200.commit", layout: 2)
        #expect(completed?.time == "20250713010535797")
        #expect(completed?.completionTime == "20250713010536200")
        #expect(completed?.state == .completed)
        #expect(instant("20250713010535797.clustering.requested", layout: 2)?.action == "clustering")
        #expect(instant("20250713010535797.inflight", layout: 2)?.action == "commit")
        // A completed layout-2 instant always names its completion time.
        #expect(HoodieInstantFileName.parse("20250713010535797.commit", layout: 2) == .unrecognized)
    }

    @Test("renders instant times as ISO-8601 in UTC")
    func instantTimes() {
        #expect(HoodieInstantTime.iso8601("20240418173551906") == "2024-04-18T17:35:51.906Z")
        #expect(HoodieInstantTime.iso8601("20240418173551") == "2024-04-18T17:35:51.000Z")
        #expect(HoodieInstantTime.iso8601("20240229000000000001") == "2024-02-29T00:00:00.000Z")
        #expect(HoodieInstantTime.iso8601("20230229000000000") == nil)
        #expect(HoodieInstantTime.iso8601("00000000000000") == nil)
        #expect(HoodieInstantTime.iso8601("20241301000000000") == nil)
        #expect(HoodieInstantTime.iso8601("2024") == nil)
    }

    @Test("a layout-1 table with pending compaction, clustering, clean and rollback")
    func layoutOnePending() async throws {
        try await HudiTestSupport.withScratchDirectory { root in
            let table = try SyntheticTable(
                at: root,
                properties: SyntheticTable.properties(
                    version: 6,
                    type: "MERGE_ON_READ",
                    extra: ["hoodie.table.partition.fields": "city"]
                )
            )
            for (time, files) in [
                ("20240101000000000", ["deltacommit.requested", "deltacommit.inflight", "deltacommit"]),
                ("20240101000001000", ["deltacommit.requested", "deltacommit.inflight", "deltacommit"]),
                ("20240101000002000", ["compaction.requested"]),
                ("20240101000003000", ["replacecommit.requested", "replacecommit.inflight"]),
                ("20240101000004000", ["clean.requested", "clean.inflight"]),
                ("20240101000005000", ["rollback.requested"]),
                ("20240101000006000", ["deltacommit.requested", "deltacommit.inflight"]),
                ("20240101000007000", ["clean.requested", "clean.inflight", "clean"]),
            ] {
                for suffix in files {
                    let content = suffix == "deltacommit" ? SyntheticTable.commitJSON() : ""
                    try table.write(content, at: ".hoodie/\(time).\(suffix)")
                }
            }
            try table.write("x", at: ".hoodie/20240101000009000.bogus")
            try table.write("", at: ".hoodie/.aux/.bootstrap/x")
            let record = try await table.inspect()
            #expect(
                record.snapshot
                    == TableRecord.Snapshot(id: "20240101000001000", timestamp: "2024-01-01T00:00:01.000Z", count: 2)
            )
            #expect(
                record.details["pendingInstants"]
                    == [
                        "compaction": ["20240101000002000"], "replacecommit": ["20240101000003000"],
                        "clean": ["20240101000004000"], "rollback": ["20240101000005000"],
                        "deltacommit": ["20240101000006000"],
                    ]
            )
            let pending = record.details["timeline"]?["pending"]?.arrayValue ?? []
            #expect(pending.count == 5)
            #expect(pending.first == ["instant": "20240101000002000", "action": "compaction", "state": "requested"])
            #expect(pending[1]["state"] == "inflight")
            #expect(record.details["timeline"]?["completedInstants"] == 3)
            #expect(record.details["timeline"]?["latestCompletedInstant"]?["action"] == "clean")
            #expect(record.details["timeline"]?["unrecognizedFiles"] == ["20240101000009000.bogus"])
            #expect(record.partitionColumns == ["city"])
            #expect(record.schema.fields.map(\.name) == ["id", "city"])
            #expect(record.features == ["tableVersion6", "mergeOnRead"])
        }
    }

    @Test("a layout-2 table with Avro commits, pending clustering and an LSM history")
    func layoutTwo() async throws {
        try await HudiTestSupport.withScratchDirectory { root in
            let table = try SyntheticTable(
                at: root,
                properties: SyntheticTable.properties(
                    version: 8,
                    extra: [
                        "hoodie.table.metadata.partitions": "files,bloom_filters,secondary_index_idx,partition_stats"
                    ]
                )
            )
            let commit = AvroContainerWriter.commitMetadata(
                extraMetadata: ["schema": SyntheticTable.schema],
                operationType: "INSERT"
            )
            try table.write(commit, at: ".hoodie/timeline/20250101000000000_20250101000000500.commit")
            try table.write("", at: ".hoodie/timeline/20250101000000000.commit.requested")
            try table.write(
                AvroContainerWriter.commitMetadata(extraMetadata: [:], operationType: "UPSERT"),
                at: ".hoodie/timeline/20250101000001000_20250101000002000.commit"
            )
            try table.write("", at: ".hoodie/timeline/20250101000003000.clustering.requested")
            try table.write("", at: ".hoodie/timeline/20250101000003000.clustering.inflight")
            try table.write("3", at: ".hoodie/timeline/history/_version_")
            try table.write(
                #"{"files":[{"fileName":"20240101000000000_20240301000000000_0.parquet","fileLen":10},"#
                    + #"{"fileName":"20240301000000001_20240601000000000_1.parquet","fileLen":12}]}"#,
                at: ".hoodie/timeline/history/manifest_3"
            )
            let record = try await table.inspect()
            #expect(record.snapshot.id == "20250101000001000")
            #expect(record.snapshot.timestamp == "2025-01-01T00:00:02.000Z")
            #expect(record.snapshot.count == 2)
            // The latest commit carries no schema, so the one before it gives it.
            #expect(record.details["schemaSource"] == "commit 20250101000000000")
            #expect(record.schema.fields.map(\.type) == ["long", "string"])
            #expect(record.details["pendingInstants"] == ["clustering": ["20250101000003000"]])
            #expect(
                record.details["timeline"]?["history"]
                    == [
                        "kind": "lsm", "path": ".hoodie/timeline/history", "present": true, "files": 2,
                        "manifestVersion": 3, "minInstant": "20240101000000000", "maxInstant": "20240601000000000",
                    ]
            )
            #expect(
                record.features == [
                    "tableVersion8", "metadataTable", "bloomFilters", "secondaryIndex", "partitionStats",
                ]
            )
        }
    }

    @Test("without commits the snapshot is Hudi's initial instant and the schema comes from the create schema")
    func emptyTable() async throws {
        try await HudiTestSupport.withScratchDirectory { root in
            let escaped = SyntheticTable.schema.replacingOccurrences(of: ":", with: "\\:")
            let table = try SyntheticTable(
                at: root,
                properties: SyntheticTable.properties(version: 9, extra: ["hoodie.table.create.schema": escaped])
            )
            try table.write("", at: ".hoodie/timeline/20250101000000000.commit.requested")
            let record = try await table.inspect()
            #expect(record.snapshot == TableRecord.Snapshot(id: "00000000000000", timestamp: nil, count: 0))
            #expect(record.details["schemaSource"] == "hoodie.table.create.schema")
            #expect(record.schema.fields.map(\.name) == ["id", "city"])
            #expect(record.details["pendingInstants"] == ["commit": ["20250101000000000"]])
        }
    }

    @Test("a layout-1 archive is counted by name")
    func archive() async throws {
        try await HudiTestSupport.withScratchDirectory { root in
            let table = try SyntheticTable(at: root, properties: SyntheticTable.properties(version: 5))
            try table.write(SyntheticTable.commitJSON(), at: ".hoodie/20230101000000000.commit")
            try table.write("x", at: ".hoodie/archived/.commits_.archive.1_1-0-1")
            try table.write("x", at: ".hoodie/archived/.commits_.archive.2_1-0-1")
            let record = try await table.inspect()
            #expect(record.details["timeline"]?["history"]?["files"] == 2)
            #expect(record.details["timeline"]?["history"]?["present"] == true)
            #expect(record.features == ["tableVersion5"])
        }
    }
}
