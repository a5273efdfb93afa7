#!/usr/bin/env python3
"""Times fastavro decoding an Iceberg-manifest-like Avro file, for the side-by-side in docs/performance.md.

Writes Benchmarks/.data/manifest-RECORDS-CODEC.avro (the same file the Swift AvroBenchmarks read) when it is
missing, then decodes it REPEAT times with fastavro and prints one JSON line: the file, its size, the best and the
median time, and MB/s of file read per second.

    python scripts/bench-peers/avro_manifest.py [--records 50000] [--codec null|deflate|snappy|zstandard] [--repeat 7]

Run with the Avro fixture venv (pip install -r scripts/fixtures/requirements-avro.txt).
"""

import argparse
import json
import pathlib
import statistics
import sys
import time

import fastavro

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts" / "fixtures"))
import avro_fixtures  # noqa: E402  (the manifest schema and records the tests use)


def manifest_file(records, codec):
    path = ROOT / "Benchmarks" / ".data" / f"manifest-{records}-{codec}.avro"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        schema = fastavro.parse_schema(avro_fixtures.MANIFEST)
        with open(path, "wb") as out:
            fastavro.writer(out, schema, avro_fixtures.manifest_records(records), codec=codec, sync_marker=b"\x00" * 16)
    return path


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=50_000)
    parser.add_argument("--codec", default="null")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    path = manifest_file(args.records, args.codec)
    size = path.stat().st_size
    times = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        with open(path, "rb") as handle:
            count = sum(1 for _ in fastavro.reader(handle))
        times.append(time.perf_counter() - start)
        assert count == args.records
    best = min(times)
    print(json.dumps({
        "library": f"fastavro {fastavro.__version__}",
        "file": str(path.relative_to(ROOT)),
        "bytes": size,
        "records": args.records,
        "bestSeconds": round(best, 4),
        "medianSeconds": round(statistics.median(times), 4),
        "megabytesPerSecond": round(size / best / 1e6, 1),
    }))


if __name__ == "__main__":
    main()
