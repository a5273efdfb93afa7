#!/usr/bin/env python3
"""Writes the large tables the inspect benchmarks read, with the formats' own libraries, into Benchmarks/.data/.

    python scripts/bench-peers/make_tables.py delta     # 1,250 commits, checkpoints every 100 (deltalake venv)
    python scripts/bench-peers/make_tables.py iceberg   # 300 snapshots (pyiceberg venv)

Each table is written once; delete its folder to write it again. The tables are too big to commit.
"""

import pathlib
import shutil
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
DATA = ROOT / "Benchmarks" / ".data"


def delta(commits=1250):
    import pyarrow as pa
    from deltalake import DeltaTable, write_deltalake

    path = DATA / f"delta-{commits}-commits"
    if (path / "_delta_log").exists():
        return path
    path.mkdir(parents=True, exist_ok=True)
    config = {"delta.checkpointInterval": "100"}
    for version in range(commits):
        batch = pa.table({"id": [version], "value": [f"row {version}"]})
        write_deltalake(str(path), batch, mode="append", configuration=config if version == 0 else None)
        if version % 100 == 99:
            DeltaTable(str(path)).create_checkpoint()
    return path


def iceberg(snapshots=300):
    import pyarrow as pa
    from pyiceberg.catalog.sql import SqlCatalog

    path = DATA / f"iceberg-{snapshots}-snapshots"
    if (path / "metadata").exists():
        return path
    warehouse = pathlib.Path(tempfile.mkdtemp(prefix="tfmt-bench-iceberg-"))
    catalog = SqlCatalog("bench", uri=f"sqlite:///{warehouse}/catalog.db", warehouse=f"file://{warehouse}")
    catalog.create_namespace("bench")
    schema = pa.schema([("id", pa.int64()), ("value", pa.string())])
    table = catalog.create_table("bench.t", schema=schema)
    for snapshot in range(snapshots):
        table.append(pa.table({"id": [snapshot], "value": [f"row {snapshot}"]}, schema=schema))
    location = pathlib.Path(table.location().removeprefix("file://"))
    shutil.copytree(location, path)
    shutil.rmtree(warehouse)
    return path


if __name__ == "__main__":
    for name in sys.argv[1:] or ["delta", "iceberg"]:
        print(f"{name}: {globals()[name]()}")
