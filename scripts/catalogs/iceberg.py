#!/usr/bin/env python3
"""Builds the Apache Iceberg release catalog from the shared reference material.

Reads ../shared/reference/delta-iceberg.json (the "iceberg" part) and writes two copies of the same JSON document, a
TFMTCore.ReleaseCatalog:

* catalogs/iceberg.json, the catalog as a file (a newer one dropped in the daemon's catalog folder replaces the
  built-in copy);
* Sources/IcebergPlugin/Catalog/IcebergCatalogData.swift, the same text as a raw string literal, so the binaries need
  no resource bundle. A test keeps the two equal.

Standard library only. Run from the repository root:

    python3 scripts/catalogs/iceberg.py [--reference PATH]

Every release and feature fact carries the reference's own source string. Facts the reference marks uncertain or
conflicting (its "Uncertain / conflicting items" 10 and 11) keep `uncertain: true` with a note. Versions are never
invented: releases are exactly the reference's, and feature versions are taken from its text.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import re
import sys
from typing import Any

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import emit  # noqa: E402  (the shared writer beside this script)

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
DEFAULT_REFERENCE = REPOSITORY.parent / "shared" / "reference" / "delta-iceberg.json"

SPARK = "iceberg-spark-runtime"
FLINK = "iceberg-flink-runtime"
PYICEBERG = "pyiceberg"

# Where the feature facts below are stated in the reference (sections of delta-iceberg.md and the JSON's entries).
SPEC_SOURCE_KEY = "format_versions"
PYICEBERG_B4 = (
    "apache/iceberg-python:pyiceberg/table/__init__.py@HEAD; apache/iceberg-python:pyiceberg/table/update/__init__.py@HEAD; "
    "apache/iceberg:site/docs/status.md@HEAD (shared/reference/delta-iceberg.md B4)"
)


def poetry_to_pep440(text: str) -> str:
    """Rewrites Poetry's caret ranges (^3.8, ^3.9.2) as PEP 440 comparisons; other clauses pass through."""
    clauses = []
    for clause in (part.strip() for part in text.split(",")):
        match = re.fullmatch(r"\^(\d+)(?:\.(\d+))?(?:\.(\d+))?", clause)
        if not match:
            clauses.append(clause.replace(" ", ""))
            continue
        major = int(match.group(1))
        lower = clause[1:]
        if major > 0:
            upper = f"{major + 1}"
        else:
            upper = f"0.{int(match.group(2) or 0) + 1}"
        clauses.append(f">={lower}")
        clauses.append(f"<{upper}")
    # A later explicit upper bound (^3.9,<3.13) is tighter than the caret's; drop the caret's then.
    uppers = [clause for clause in clauses if clause.startswith("<") and not clause.startswith("<=")]
    if len(uppers) > 1:
        loosest = max(uppers, key=lambda clause: [int(part) for part in clause[1:].split(".")])
        clauses.remove(loosest)
    return ",".join(clauses)


def java_requirement(values: list[str]) -> str:
    """The reference writes Java 8 as 1.8; the catalog uses the feature-release number engines are configured with."""
    texts = [value.replace("1.8", "8") for value in values]
    return ",".join(texts)


def engine_minor_requirement(minor: str) -> str:
    return f"{minor}.*"


def split_maven(coordinate: str) -> tuple[str, str]:
    group, name, _version = coordinate.split(":")
    return group, name


def java_release_attributes(release: dict[str, Any]) -> dict[str, Any]:
    attributes: dict[str, Any] = {
        "defaultFormatVersion": release["default_format_version"],
        "maxFormatVersionAccepted": release["max_format_version_accepted"],
        "javaBytecodeTarget": release["java_bytecode_target"],
        "buildJdks": release["build_jdks"],
    }
    if release.get("hive_runtime"):
        attributes["hiveRuntime"] = release["hive_runtime"].replace("{version}", release["version"])
    return attributes


def java_releases(iceberg: dict[str, Any], bundles: dict[str, Any]) -> list[dict[str, Any]]:
    bundles_since = bundles["since"].split()[0]
    out: list[dict[str, Any]] = []
    for release in iceberg["releases"]:
        version = release["version"]
        attributes = java_release_attributes(release)
        if version_key(version) >= version_key(bundles_since):
            attributes["storageBundles"] = [
                bundle.replace("{version}", version) for bundle in bundles["artifacts"]
            ]
        common: dict[str, Any] = {
            "version": version,
            "released": release.get("released"),
            "java": java_requirement(release["java"]),
            "attributes": attributes,
            "source": release["source"],
            "uncertain": False,
        }
        if release.get("notes"):
            common["notes"] = release["notes"]
        spark_engines = []
        for runtime in release["spark_runtimes"]:
            group, name = split_maven(runtime["artifact"])
            spark_engines.append(
                {
                    "engine": "spark",
                    "versions": engine_minor_requirement(runtime["spark"]),
                    "scala": runtime["scala"] or [],
                    "artifact": {"ecosystem": "maven", "group": group, "name": name, "version": version},
                }
            )
        flink_engines = []
        for runtime in release["flink_runtimes"]:
            group, name = split_maven(runtime["artifact"])
            flink_engines.append(
                {
                    "engine": "flink",
                    "versions": engine_minor_requirement(runtime["flink"]),
                    "scala": [],
                    "artifact": {"ecosystem": "maven", "group": group, "name": name, "version": version},
                }
            )
        out.append(compact({"runtime": SPARK, **common, "engines": spark_engines}))
        out.append(compact({"runtime": FLINK, **common, "engines": flink_engines}))
    return out


def pyiceberg_releases(iceberg: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for release in iceberg["pyiceberg"]:
        version = release["version"]
        python = poetry_to_pep440(release["python"])
        notes = [release["notes"]] if release.get("notes") else []
        if release.get("released_note"):
            notes.append(f"release date {release['released_note']}")
        uncertain = False
        if "no tag found" in release["source"]:
            uncertain = True
            notes.append("no release tag found; version taken from the version-bump commit")
        out.append(
            compact(
                {
                    "runtime": PYICEBERG,
                    "version": version,
                    "released": release.get("released"),
                    "engines": [
                        {
                            "engine": "python",
                            "versions": python,
                            "scala": [],
                            "artifact": {"ecosystem": "pypi", "name": "pyiceberg", "version": version},
                        }
                    ],
                    "python": python,
                    "attributes": {
                        "pyarrow": poetry_to_pep440(release["pyarrow"]),
                        "pyarrowAsWritten": release["pyarrow"],
                        "pythonAsWritten": release["python"],
                    },
                    "source": release["source"],
                    "uncertain": uncertain,
                    "notes": "; ".join(notes) if notes else None,
                }
            )
        )
    return out


def feature_facts(iceberg: dict[str, Any]) -> list[dict[str, Any]]:
    """The first release of each runtime that reads and writes each feature, from the reference's text."""
    versions = {entry["format_version"]: entry for entry in iceberg[SPEC_SOURCE_KEY]}
    v1, v2, v3, v4 = (versions[number]["source"] for number in (1, 2, 3, 4))
    oldest_java = min((release["version"] for release in iceberg["releases"]), key=version_key)
    oldest_note = f"{oldest_java} is the oldest Iceberg release the catalog lists; the format predates it"

    def fact(feature: str, runtime: str, read: str | None, write: str | None, source: str, *,
             uncertain: bool = False, notes: str | None = None) -> dict[str, Any]:
        return compact(
            {
                "feature": feature,
                "runtime": runtime,
                "read": read,
                "write": write,
                "source": source,
                "uncertain": uncertain,
                "notes": notes,
            }
        )

    facts: list[dict[str, Any]] = []
    for runtime in (SPARK, FLINK):
        facts.append(fact("v1", runtime, oldest_java, oldest_java, v1, notes=oldest_note))
        facts.append(
            fact("v2", runtime, oldest_java, oldest_java, v2,
                 notes=f"v2 read since 0.10.0 (non-final), adopted 0.13.0; {oldest_note}")
        )
        facts.append(
            fact(
                "v3", runtime, "1.10.0", "1.10.0", v3, uncertain=True,
                notes="1.7.0 accepts format-version 3 but implements only part of it (1.7.0-1.9.x, spec not adopted); "
                "1.10.0 is the first release whose spec adopts v3, the reference's recommended minimum",
            )
        )
        facts.append(
            fact(
                "v4", runtime, None, None, v4,
                notes="v4 is a draft under active development; 1.10.0+ accepts format-version 4 only as a draft",
            )
        )
        facts.append(
            fact("positionDeletes", runtime, oldest_java, oldest_java, v2,
                 notes=f"v2 row-level deletes; {oldest_note}")
        )
        facts.append(
            fact("equalityDeletes", runtime, oldest_java, oldest_java, v2,
                 notes=f"v2 row-level deletes; {oldest_note}")
        )
    facts.append(
        fact("deletionVectors", SPARK, "1.8.0", "1.8.0", v3,
             notes="1.8.0: read and write deletion vectors (core; Spark writes DVs for v3 tables)")
    )
    facts.append(
        fact("deletionVectors", FLINK, "1.8.0", "1.11.0", v3, uncertain=True,
             notes="core reads DVs from 1.8.0 (Flink read support not stated separately); Flink DV writes 1.11.0")
    )
    facts.append(
        fact("rowLineage", SPARK, "1.8.0", "1.9.0", v3,
             notes="row-lineage metadata fields 1.8.0; row lineage enabled for all v3 tables 1.9.0; "
             "Spark 4.0 row lineage 1.10.0")
    )
    facts.append(
        fact("variant", SPARK, "1.10.0", "1.10.0", v3, uncertain=True,
             notes="variant type API 1.8.0, Parquet readers/writers 1.9.0, Spark 4.0 variant read 1.10.0, shredded "
             "variant writes 1.11.0; needs Spark 4.0+ (Spark 3.5 has no variant type, inferred)")
    )
    facts.append(
        fact("variant", FLINK, "1.11.0", "1.11.0", v3, uncertain=True,
             notes="Flink variant support arrives in 1.11.0 (Flink 2.1)")
    )
    for feature in ("geometry", "geography"):
        facts.append(
            fact(feature, SPARK, "1.9.0", None, v3, uncertain=True,
                 notes="geometry/geography core types 1.9.0, geospatial bounding boxes 1.11.0; no engine-side type "
                 "in Spark is documented, so no release is known to write them")
        )
    for feature in ("timestamp_ns", "timestamptz_ns"):
        facts.append(
            fact(feature, SPARK, "1.9.0", "1.9.0", v3, uncertain=True,
                 notes="timestamp_ns API 1.7.0; nanosecond timestamps in core/generics 1.9.0")
        )
    facts.append(
        fact("unknown", SPARK, "1.9.0", "1.9.0", v3,
             notes="unknown type API 1.8.0; in core/generics 1.9.0")
    )
    facts.append(
        fact("defaultValues", SPARK, "1.8.0", "1.11.0", v3, uncertain=True,
             notes="default-value APIs (Avro) 1.7.0; default values read (Parquet/Avro) 1.8.0; Spark rejects ADD COLUMN "
             "with a default in 1.10.0; default-value schema conversion in Spark 1.11.0")
    )

    # pyiceberg (reference B4 and format_versions[].pyiceberg).
    facts.append(fact("v1", PYICEBERG, "0.1.0", "0.6.0", PYICEBERG_B4,
                      notes="reads v1/v2 from the start; append/overwrite 0.6.0, delete 0.7.0, upsert 0.9.0"))
    facts.append(fact("v2", PYICEBERG, "0.1.0", "0.6.0", PYICEBERG_B4,
                      notes="reads v1/v2 from the start; never writes delete files (copy-on-write deletes)"))
    facts.append(
        fact("v3", PYICEBERG, "0.9.0", None, PYICEBERG_B4,
             notes="TableMetadataV3 parsing 0.9.0 (deletion-vector read 0.10.0); SUPPORTED_TABLE_FORMAT_VERSION = 2 at "
             "every tag, and pyiceberg 0.12.0 raises 'Writing V3 is not yet supported' when it serializes v3 metadata")
    )
    facts.append(fact("v4", PYICEBERG, None, None, v4, notes="v4 is a draft; no pyiceberg release reads it"))
    facts.append(
        fact("equalityDeletes", PYICEBERG, None, None, PYICEBERG_B4, uncertain=True,
             notes="reading equality deletes raises in every release; writes that scan the table (overwrite with a "
             "filter, delete, upsert) therefore fail too, plain appends may not")
    )
    facts.append(fact("deletionVectors", PYICEBERG, "0.10.0", None, PYICEBERG_B4,
                      notes="deletion-vector read 0.10.0 (PR #1516); no DV writer"))
    facts.append(fact("timestamp_ns", PYICEBERG, "0.10.0", None, PYICEBERG_B4,
                      notes="type 0.10.0; writing ns timestamps to v3 not yet implemented"))
    facts.append(fact("timestamptz_ns", PYICEBERG, "0.10.0", None, PYICEBERG_B4,
                      notes="type 0.10.0; writing ns timestamps to v3 not yet implemented"))
    facts.append(fact("unknown", PYICEBERG, "0.10.0", None, PYICEBERG_B4, notes="type 0.10.0"))
    facts.append(fact("rowLineage", PYICEBERG, "0.9.0", "0.11.0", PYICEBERG_B4,
                      notes="first-row-id assignment on commit 0.11.0; v3 writes are refused anyway"))
    for feature in ("geometry", "geography"):
        facts.append(fact(feature, PYICEBERG, "0.12.0rc1", None, PYICEBERG_B4,
                          notes="types only at 0.12.0rc1 (a release candidate at the reference's snapshot)"))
    facts.append(
        fact("variant", PYICEBERG, None, None, PYICEBERG_B4, uncertain=True,
             notes="conflict: no VariantType class in pyiceberg source at HEAD, while status.md marks variant 'Y'")
    )
    return facts


def version_key(text: str) -> list[int]:
    return [int(part) for part in re.findall(r"\d+", text)[:3]]


def compact(value: dict[str, Any]) -> dict[str, Any]:
    """Drops keys whose value is None, as Swift's synthesized Codable omits nil optionals."""
    return {key: item for key, item in value.items() if item is not None}


def build(reference: dict[str, Any]) -> dict[str, Any]:
    iceberg = reference["iceberg"]
    meta = reference["_meta"]["generated_from"]
    repositories = re.findall(r"apache/iceberg(?:-python)?@[0-9a-f]+", meta)
    provenance = (
        f"shared/reference/delta-iceberg.json ({', '.join(repositories) or meta}); "
        "built by scripts/catalogs/iceberg.py; Java versions written 1.8 in the reference are written 8 here; "
        "Poetry caret ranges are rewritten as PEP 440 comparisons"
    )
    runtimes = [
        {
            "id": SPARK,
            "ecosystem": "maven",
            "engine": "spark",
            "summary": "Iceberg runtime for Apache Spark: iceberg-spark-runtime-<sparkMinor>_<scala>",
            "source": iceberg["artifact_history"]["source"],
        },
        {
            "id": FLINK,
            "ecosystem": "maven",
            "engine": "flink",
            "summary": "Iceberg runtime for Apache Flink: iceberg-flink-runtime-<flinkMinor>",
            "source": iceberg["artifact_history"]["source"],
        },
        {
            "id": PYICEBERG,
            "ecosystem": "pypi",
            "engine": "python",
            "summary": "PyIceberg, the Python implementation of Iceberg",
            "source": iceberg["pyiceberg"][-1]["source"],
        },
    ]
    return {
        "schemaVersion": 1,
        "format": "iceberg",
        "provenance": provenance,
        "runtimes": runtimes,
        "releases": java_releases(iceberg, iceberg["storage_bundles"]) + pyiceberg_releases(iceberg),
        "features": feature_facts(iceberg),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", default=str(DEFAULT_REFERENCE), help="path to delta-iceberg.json")
    arguments = parser.parse_args()
    reference_path = pathlib.Path(arguments.reference)
    reference = json.loads(reference_path.read_text(encoding="utf-8"))
    emit.write(
        build(reference), "iceberg", "scripts/catalogs/iceberg.py", "shared/reference/delta-iceberg.json", str(REPOSITORY)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
