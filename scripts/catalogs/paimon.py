#!/usr/bin/env python3
"""Builds the Apache Paimon release catalog from the shared reference.

Reads shared/reference/hudi-paimon.json (the `paimon` section) and writes, from the repository root:
  catalogs/paimon.json                                  the catalog document (TFMTCore.ReleaseCatalog)
  Sources/PaimonPlugin/Catalog/PaimonCatalogData.swift  the same JSON as a Swift raw string literal

Standard library only. Usage: python3 scripts/catalogs/paimon.py [--reference PATH] [--root DIR]

What the catalog holds:
  * runtimes: paimon-flink, paimon-spark, paimon-hive-connector (Maven, group org.apache.paimon) and pypaimon (PyPI);
  * releases: one per Paimon release and Java runtime, version = the Maven version (0.4.0-incubating ...), one
    EngineSupport per engine minor with its artifact (Spark: paimon-spark-<minor> up to 1.3.x,
    paimon-spark-<minor>_{scala} from 1.4.x); pypaimon's two lines (0.2.0 Java bridge, pure Python from 1.3.0);
  * features: the first release of each runtime that reads and writes each table feature the plugin detects.
Versions are never invented: every one comes from the reference, and facts the reference does not settle are
marked `uncertain` with a note.
"""

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import emit  # noqa: E402  (the shared writer beside this script)

FORMAT_SCHEMA_VERSION = 1
GROUP = "org.apache.paimon"
JAVA_RUNTIMES = ["paimon-flink", "paimon-spark", "paimon-hive-connector"]
PYPAIMON_PURE_FIRST = "1.3.0"

RUNTIMES = [
    {
        "id": "paimon-flink",
        "ecosystem": "maven",
        "engine": "flink",
        "summary": "Paimon connector for Apache Flink: org.apache.paimon:paimon-flink-<flinkMinor>",
    },
    {
        "id": "paimon-spark",
        "ecosystem": "maven",
        "engine": "spark",
        "summary": "Paimon connector for Apache Spark: paimon-spark-<sparkMinor> up to 1.3.x, "
        "paimon-spark-<sparkMinor>_<scala> from 1.4.x",
    },
    {
        "id": "paimon-hive-connector",
        "ecosystem": "maven",
        "engine": "hive",
        "summary": "Paimon connector for Apache Hive: org.apache.paimon:paimon-hive-connector-<hiveVersion>",
    },
    {
        "id": "pypaimon",
        "ecosystem": "pypi",
        "engine": "python",
        "summary": "pypaimon: 0.2.0 is a py4j bridge to Paimon 0.9.0 (needs a JVM); from 1.3.0 pure Python, "
        "same version number as the Paimon release",
    },
]

# Table features the plugin detects (Sources/PaimonPlugin/Inspect/PaimonFeatures.swift), by the name the plugin
# reports, mapped onto the reference's feature list. `min` is the first Paimon release that has the feature, as the
# reference states it (1.4.0 was never released: the first 1.4.x release is 1.4.1).
FEATURES = [
    ("schemaVersion2", "schema JSON version 2", "0.8.0", None),
    ("schemaVersion3", "schema JSON version 3", "0.9.0", "a v3 schema without file.format means parquet; older "
     "readers assume orc"),
    ("dynamicBucket", "dynamic bucket for primary-key tables (bucket=-1)", "0.5.0", None),
    ("crossPartitionUpsert", "cross-partition upsert", "0.6.0", None),
    ("postponeBucket", "postpone bucket (bucket=-2)", "1.1.0", None),
    ("partialUpdate", "partial-update / aggregation merge engines", "0.4.0", None),
    ("aggregation", "partial-update / aggregation merge engines", "0.4.0", None),
    ("firstRow", "first-row merge engine", "0.5.0", None),
    ("tags", "tags", "0.5.0", None),
    ("branches", "branches", "0.9.0", None),
    ("statistics", "ANALYZE commit kind / statistics", "0.7.0", None),
    ("deletionVectors", "deletion vectors", "0.8.0", None),
    ("fileIndex", "file index", "0.8.0", None),
    ("bitmapIndexV2", "bitmap file index V2", "1.1.0", None),
    ("changelogLifecycle", "changelog lifecycle decoupled from snapshots", "0.8.0", None),
    ("icebergCompatibility", "Iceberg-compatible metadata", "0.9.0", None),
    ("thinMode", "data-file thin mode", "1.0.0", None),
    ("denseStats", "dense stats (metadata.stats-dense-store) / metadata.stats-mode", "1.0.0", None),
    ("variant", "VARIANT data type", "1.1.0", None),
    ("deletionVectorsBitmap64", "64-bit deletion vector bitmaps", "1.2.0", None),
    ("rowTracking", "row tracking", "1.3.0", None),
    ("dataEvolution", "data evolution", "1.3.0", None),
    ("blob", "BLOB data type", "1.4.1", None),
    ("vector", "VECTOR data type", "1.4.1", None),
    ("globalIndex", "global index / vector index", "1.4.1", None),
    ("avroFileFormat", None, "0.5.0", None),
]

# Where the reference's own feature list has no row, the B2 table of hudi-paimon.md gives the minimum.
MD_ONLY_SOURCES = {
    "avroFileFormat": "shared/reference/hudi-paimon.md B2 ('dynamic bucket ..., tags, avro format: 0.5'); "
    "apache/paimon-website community/docs/releases/release-0.5.md",
}

PYPAIMON_DOCS = ("apache/paimon docs/content/pypaimon/python-api.md @release-1.4.1; "
                 "docs/docs/pypaimon/python-api.mdx @release-2.0.0 ('Supported Features')")

# pypaimon (pure-Python line) support that the reference states or that differs from the Paimon release of the same
# version: feature -> (read, write, uncertain, note, source). None = no release known to do it.
PYPAIMON_OVERRIDES = {
    "partialUpdate": (None, None, False,
                      "pure-Python pypaimon reads and writes primary-key tables with the deduplicate merge engine "
                      "only", PYPAIMON_DOCS),
    "aggregation": (None, None, False,
                    "pure-Python pypaimon reads and writes primary-key tables with the deduplicate merge engine only",
                    PYPAIMON_DOCS),
    "firstRow": (None, None, False,
                 "pure-Python pypaimon reads and writes primary-key tables with the deduplicate merge engine only",
                 PYPAIMON_DOCS),
    "postponeBucket": ("1.4.1", "1.4.1", True,
                       "documented in the 1.4.1 and 2.0.0 'Supported Features' (primary-key bucket=-2); 1.3.x not "
                       "checked", PYPAIMON_DOCS),
    "dynamicBucket": ("1.4.1", "2.1.0", True,
                      "the 1.4.1 and 2.0.0 docs list primary-key writes with bucket=-2 and bucket>0 only; pypaimon "
                      "2.1.0 wrote the dynamic-bucket fixture of scripts/fixtures/paimon_fixtures.py",
                      PYPAIMON_DOCS + "; scripts/fixtures/paimon_fixtures.py (pypaimon 2.1.0)"),
    "crossPartitionUpsert": ("1.4.1", None, True,
                             "not in pypaimon's 'Supported Features'; reading a dynamic-bucket table needs no "
                             "bucket index", PYPAIMON_DOCS),
    "deletionVectors": ("1.4.1", None, True,
                        "docs list 'read with deletion vectors' (1.4.1, 2.0.0), not writing them; 1.3.x not checked",
                        PYPAIMON_DOCS),
    "blob": ("1.4.1", "1.4.1", True, "docs list blob read/write from 1.4.1; 1.3.x not checked", PYPAIMON_DOCS),
}


def fail(message):
    print("paimon.py: " + message, file=sys.stderr)
    sys.exit(1)


def released(release):
    return release.get("released_date") or release.get("released")


def java_requirement(release):
    java_min = release.get("java_min") or {}
    default = java_min.get("default")
    return ">=%d" % default if default else None


def spark_artifact(release, minor):
    pattern = release["maven"]["spark"]
    name = pattern.split(":")[1].replace("{spark}", minor)
    scalas = release["spark_scala"][minor]
    return name, scalas


def engine_support(engine, minor, name, version, scala=None):
    return {
        "engine": engine,
        "versions": minor + ".*",
        "scala": scala or [],
        "artifact": {"ecosystem": "maven", "group": GROUP, "name": name, "version": version},
    }


def hive_support(minor, version):
    name = "paimon-hive-connector-" + minor
    # The CDH build names a vendor line, not a plain Hive minor: accept exactly that label.
    versions = minor + ".*" if minor.replace(".", "").isdigit() else minor
    return {
        "engine": "hive",
        "versions": versions,
        "scala": [],
        "artifact": {"ecosystem": "maven", "group": GROUP, "name": name, "version": version},
    }


def java_releases(reference_releases):
    releases = []
    for release in reference_releases:
        if not release.get("flink"):
            # 2.1.0: only the pypaimon wheel was seen; the Java artifacts were not verified.
            continue
        version = release["maven_version"]
        common = {
            "version": version,
            "released": released(release),
            "java": java_requirement(release),
            "source": release["source"],
        }
        attributes = {
            "release": release["version"],
            "snapshotVersionWritten": release["snapshot_version"],
            "schemaVersionWritten": release["schema_version_written"],
            "javaMinimum": release.get("java_min"),
            "javaAsWritten": release.get("java"),
            "releasedSource": release.get("released_source"),
        }
        notes = release.get("notes")
        uncertain = "UNCERTAIN" in (notes or "")

        flink = [engine_support("flink", minor, "paimon-flink-" + minor, version) for minor in release["flink"]]
        releases.append(dict(common, runtime="paimon-flink", engines=flink,
                             attributes=dict(attributes, actionArtifact="paimon-flink-action",
                                             bundleArtifact="paimon-bundle"),
                             uncertain=False, notes=notes))

        spark = []
        for minor in release["spark"]:
            name, scalas = spark_artifact(release, minor)
            spark.append(engine_support("spark", minor, name, version, scalas))
        spark_attrs = dict(attributes, artifactPattern=release["maven"]["spark"])
        releases.append(dict(common, runtime="paimon-spark", engines=spark, attributes=spark_attrs,
                             uncertain=uncertain and "spark" in (notes or "").lower(), notes=notes))

        hive = [hive_support(minor, version) for minor in release["hive"]]
        releases.append(dict(common, runtime="paimon-hive-connector", engines=hive, attributes=attributes,
                             uncertain=False, notes=None))
    return releases


def pypaimon_releases(pypaimon, reference_releases):
    by_version = {r["version"]: r for r in reference_releases}
    releases = []
    for lineage in pypaimon["lineages"]:
        pure = not lineage.get("requires_jvm")
        python = lineage["python"]
        for version in lineage["versions"]:
            paimon = by_version.get(version)
            release_date = None
            notes = None
            if pure and version == "2.0.0" and paimon:
                release_date = released(paimon)
                notes = "combined Paimon + PyPaimon release"
            elif pure and version == "2.1.0" and paimon:
                release_date = paimon.get("released")
                notes = "month from the PyPI listing"
            if not pure:
                release_date = "2024-12"
                notes = ("py4j bridge to a bundled Java gateway built against Paimon %s; needs a JVM; reads and "
                         "writes what that Java release does" % lineage["java_paimon_inside"])
            attributes = {
                "line": "pure-python" if pure else "java-bridge",
                "requiresJVM": bool(lineage.get("requires_jvm")),
                "dependencies": lineage.get("deps_core") or lineage.get("deps"),
            }
            if not pure:
                attributes["bundledPaimon"] = lineage["java_paimon_inside"]
            releases.append({
                "runtime": "pypaimon",
                "version": version,
                "released": release_date,
                "engines": [{
                    "engine": "python",
                    "versions": python,
                    "scala": [],
                    "artifact": {"ecosystem": "pypi", "name": "pypaimon", "version": version},
                }],
                "python": python,
                "attributes": attributes,
                "source": lineage["source"] + ("; shared/reference/hudi-paimon.md B4 (legacy line, Dec 2024)"
                                               if not pure else ""),
                "uncertain": False,
                "notes": notes,
            })
    return releases


def maven_version_of(release_version, reference_releases):
    for release in reference_releases:
        if release["version"] == release_version:
            return release["maven_version"]
    fail("no Paimon release %s in the reference" % release_version)


def features(reference):
    paimon_features = {f["feature"]: f for f in reference["features"]}
    releases = reference["releases"]
    rows = []
    for name, reference_name, minimum, extra_note in FEATURES:
        entry = paimon_features.get(reference_name)
        source = MD_ONLY_SOURCES.get(name) or (entry or {}).get("source")
        if not source:
            fail("feature %s: no reference row %r" % (name, reference_name))
        if entry and not entry["min_version"].startswith(minimum) and minimum != "1.4.1":
            fail("feature %s: reference says %s, table says %s" % (name, entry["min_version"], minimum))
        notes = "; ".join(n for n in [(entry or {}).get("notes"), extra_note] if n) or None
        if minimum == "1.4.1":
            notes = "; ".join(n for n in ["@since 1.4.0, but no 1.4.0 was released: the first 1.4.x release is "
                                          "1.4.1", notes] if n)
        version = maven_version_of(minimum, releases)
        for runtime in JAVA_RUNTIMES:
            row_notes = notes
            if name == "variant" and runtime in ("paimon-flink", "paimon-spark"):
                row_notes = "; ".join(n for n in [notes, "SQL access also needs Spark >= 4.0 or Flink >= 2.1 "
                                                  "(release-2.0 notes)"] if n)
            rows.append({"feature": name, "runtime": runtime, "read": version, "write": version,
                         "source": source, "uncertain": False, "notes": row_notes})
        override = PYPAIMON_OVERRIDES.get(name)
        if override:
            read, write, uncertain, note, override_source = override
            rows.append({"feature": name, "runtime": "pypaimon", "read": read, "write": write,
                         "source": override_source, "uncertain": uncertain, "notes": note})
        else:
            floor = minimum if tuple(map(int, minimum.split("."))) > (1, 3, 0) else PYPAIMON_PURE_FIRST
            rows.append({"feature": name, "runtime": "pypaimon", "read": floor, "write": floor,
                         "source": source + "; " + reference["pypaimon"]["lineages"][1]["source"],
                         "uncertain": True,
                         "notes": "pure-Python pypaimon (from 1.3.0) shares the Paimon version number; support is "
                                  "assumed from the Paimon release of the same version, not checked in pypaimon"})
    return rows


def drop_nulls(value):
    if isinstance(value, dict):
        return {k: drop_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [drop_nulls(v) for v in value]
    return value


def build(reference_path):
    with open(reference_path, encoding="utf-8") as handle:
        document = json.load(handle)
    paimon = document["paimon"]
    source = "shared/reference/hudi-paimon.json (paimon); " + document["meta"]["snapshot_of_sources"]
    runtimes = []
    for runtime in RUNTIMES:
        if runtime["ecosystem"] == "pypi":
            runtime_source = "; ".join(lineage["source"] for lineage in paimon["pypaimon"]["lineages"])
        else:
            runtime_source = paimon["releases"][-2]["source"]
        runtimes.append(dict(runtime, source=runtime_source))
    catalog = {
        "schemaVersion": FORMAT_SCHEMA_VERSION,
        "format": "paimon",
        "provenance": source + "; built by scripts/catalogs/paimon.py; Paimon 2.1.0 Java artifacts are left out "
        "(not verified in the reference); versions are Maven versions (0.4.0-incubating ... 0.7.0-incubating "
        "compare equal to 0.4.0 ... 0.7.0)",
        "runtimes": runtimes,
        "releases": java_releases(paimon["releases"]) + pypaimon_releases(paimon["pypaimon"], paimon["releases"]),
        "features": features(paimon),
    }
    return drop_nulls(catalog)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.normpath(os.path.join(here, "..", ".."))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", default=os.path.join(root, "..", "shared", "reference", "hudi-paimon.json"))
    parser.add_argument("--root", default=root)
    arguments = parser.parse_args()
    reference = arguments.reference
    if not os.path.exists(reference):
        reference = "/work/shared/reference/hudi-paimon.json"
    emit.write(build(reference), "paimon", "scripts/catalogs/paimon.py", "shared/reference/hudi-paimon.json", arguments.root)


if __name__ == "__main__":
    main()
