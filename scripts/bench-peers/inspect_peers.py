#!/usr/bin/env python3
"""Times the formats' own Python libraries reading a table's metadata, in process, for the side-by-side with tfmt's
inspect in docs/performance.md. Each format needs its library's venv (see scripts/fixtures/requirements-*.txt).

    python scripts/bench-peers/inspect_peers.py delta   PATH   # deltalake: DeltaTable(path), protocol(), metadata()
    python scripts/bench-peers/inspect_peers.py iceberg PATH   # pyiceberg: StaticTable from the newest metadata file
    python scripts/bench-peers/inspect_peers.py paimon  PATH   # pypaimon: the table through a filesystem catalog
    python scripts/bench-peers/inspect_peers.py hudi    PATH   # hudi-rs: HudiTable(path), options, schema, timeline

Prints one JSON line: the library, the table, and the best and median seconds over --repeat runs (after one warm-up).
"""

import argparse
import json
import os
import pathlib
import re
import statistics
import tempfile
import time


def delta(path):
    from deltalake import DeltaTable, __version__

    def run():
        table = DeltaTable(path)
        return table.protocol(), table.metadata(), table.version()

    return f"deltalake {__version__}", run


def iceberg(path):
    from pyiceberg import __version__
    from pyiceberg.table import StaticTable

    metadata = pathlib.Path(path) / "metadata"
    files = sorted(metadata.glob("*.metadata.json"), key=lambda f: int(re.match(r"v?(\d+)", f.name).group(1)))
    newest = str(files[-1])

    def run():
        table = StaticTable.from_metadata(newest)
        return table.metadata.format_version, table.schema(), table.current_snapshot(), table.spec()

    return f"pyiceberg {__version__}", run


def paimon(path):
    from importlib.metadata import version

    from pypaimon import CatalogFactory

    warehouse = tempfile.mkdtemp(prefix="tfmt-bench-paimon-")
    os.makedirs(os.path.join(warehouse, "bench.db"))
    os.symlink(os.path.abspath(path), os.path.join(warehouse, "bench.db", "t"))

    def run():
        # A new catalog each time: a catalog caches the tables it has loaded.
        table = CatalogFactory.create({"warehouse": warehouse}).get_table("bench.t")
        return table.table_schema, table.options

    return f"pypaimon {version('pypaimon')}", run


def hudi(path):
    from hudi import HudiTable, __version__

    def run():
        table = HudiTable(path)
        return table.hudi_options(), table.get_schema(), table.get_timeline()

    return f"hudi {__version__}", run


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("format", choices=["delta", "iceberg", "paimon", "hudi"])
    parser.add_argument("path")
    parser.add_argument("--repeat", type=int, default=30)
    arguments = parser.parse_args()
    library, run = globals()[arguments.format](os.path.abspath(arguments.path))
    run()
    times = []
    for _ in range(arguments.repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    print(json.dumps({
        "library": library,
        "table": arguments.path,
        "bestMilliseconds": round(min(times) * 1000, 3),
        "medianMilliseconds": round(statistics.median(times) * 1000, 3),
        "runs": arguments.repeat,
    }))


if __name__ == "__main__":
    main()
