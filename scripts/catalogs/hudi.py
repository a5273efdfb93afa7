#!/usr/bin/env python3
"""Builds the Apache Hudi release catalog from the shared reference (standard library only).

Reads  ../shared/reference/hudi-paimon.json (the "hudi" part; override with --reference)
Writes catalogs/hudi.json                                (decodable as TFMTCore.ReleaseCatalog)
       Sources/HudiPlugin/Catalog/HudiCatalogData.swift  (the same JSON, embedded as a raw string literal)

Runtime families:
  hudi-spark-bundle  org.apache.hudi:hudi-spark{spark}-bundle_{scala}, one EngineSupport per Spark minor of each
                     release with the Scala builds the reference lists ({scala} stays a placeholder).
  hudi-flink-bundle  org.apache.hudi:hudi-flink{flink}-bundle (no Scala suffix since 0.12), one per Flink minor.
  hudi               hudi-rs on PyPI: read only, with the table versions, timeline layouts and table types each
                     release accepts.

Release attributes: tableVersion (the version a release writes by default), writesTableVersions and
readsTableVersions (1.x, as the reference states them), javaMin (the reference's per-engine Java floors),
legacyArtifacts (Spark only). Features:
  tableVersion<N>  the first release that reads / writes tables of version N, from the reference's table-version
                   list (first_release, releases_writing) and the hudi-rs table_versions; versions older than the
                   oldest catalogued release are read by it (it upgrades them on the first write, so no catalogued
                   release writes them) -- a derivation, marked uncertain.
  mergeOnRead      the table type; every catalogued Hudi release, hudi-rs from the first release listing it.
  cdc              hoodie.table.cdc.enabled, a table-config key since 0.13 (uncertain: engine support per bundle not
                   confirmed separately).
  lanceBaseFiles   Lance base files: Hudi 1.2.0 on Spark only; hudi-rs 0.5.0 carries a Lance reader (uncertain).
  orcBaseFiles     hudi-rs rejects ORC base files (0.3.0 notes); no release reads them (uncertain for 0.5.0).

Facts are copied, not invented: every release and feature carries the reference's source string; items the reference
marks UNCERTAIN, secondary-only dates the reference could not pin, unknown table versions and derivations made here
keep uncertain=true with a note.
"""

import argparse
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import emit  # noqa: E402  (the shared writer beside this script)

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DEFAULT_REFERENCE = os.path.normpath(os.path.join(ROOT, "..", "shared", "reference", "hudi-paimon.json"))
REFERENCE_NAME = "shared/reference/hudi-paimon.json"
GROUP = "org.apache.hudi"
SPARK = "hudi-spark-bundle"
FLINK = "hudi-flink-bundle"
HUDI_RS = "hudi"
BUNDLES = (SPARK, FLINK)

# The reference's notes on facts it could not confirm, per release (hudi-paimon.md, sections A2 and A3).
UNCERTAIN_RELEASES = {
    "0.14.0": "Scala 2.11 builds of the Spark 2.4 bundle in 0.14/0.15 are UNCERTAIN in the reference (javadoc.io "
              "listing only)",
    "0.14.1": "Scala 2.11 builds of the Spark 2.4 bundle in 0.14/0.15 are UNCERTAIN in the reference",
    "0.14.2": "Scala 2.11 builds of the Spark 2.4 bundle in 0.14/0.15 are UNCERTAIN in the reference",
    "0.15.0": "Scala 2.11 builds of the Spark 2.4 bundle in 0.14/0.15 are UNCERTAIN in the reference",
    "0.15.1": "Scala 2.11 builds of the Spark 2.4 bundle in 0.14/0.15 are UNCERTAIN in the reference",
    "1.0.0-beta1": "beta: table version not stated (UNCERTAIN), engines not listed in the reference",
    "1.0.0-beta2": "beta: table version not stated (UNCERTAIN), engines not listed in the reference",
    "1.2.1": "release date not found (UNCERTAIN)",
}
# Spark ranges narrower than the minor, as the reference states them.
SPARK_RANGES = {
    ("0.13.0", "3.2"): "[3.2.1,3.3)",
    ("0.13.1", "3.2"): "[3.2.1,3.3)",
}
SPARK_RANGE_NOTE = "hudi-spark3.2-bundle works with Spark 3.2.1+ only (release-0.13.0.md)"


def parse_version(text):
    """A sortable key for x.y.z[-betaN] versions: pre-releases sort before their release."""
    match = re.match(r"^(\d+)\.(\d+)\.(\d+)(?:-([a-z]+)(\d+))?$", text)
    if not match:
        raise ValueError("unexpected version %r" % text)
    major, minor, patch, label, number = match.groups()
    pre = (0, label, int(number)) if label else (1, "", 0)
    return (int(major), int(minor), int(patch), pre)


def released(release):
    return release.get("released_date") or release.get("released")


def java_requirement(release, runtime):
    """The Java floor of one bundle family as a requirement, from the reference's java_min map."""
    floors = release.get("java_min") or {}
    if not floors:
        return None
    if runtime == FLINK:
        floor = floors.get("flink", floors.get("default"))
    else:
        floor = min(value for key, value in floors.items() if key in ("default", "spark3", "spark4"))
        if "spark3" in floors:
            floor = floors["spark3"]
    return ">=%d" % floor if floor is not None else None


def release_uncertainty(release):
    notes = []
    if release["version"] in UNCERTAIN_RELEASES:
        notes.append(UNCERTAIN_RELEASES[release["version"]])
    source = release.get("released_source") or ""
    if "[inference]" in source:
        notes.append("release date inferred: %s" % source)
    if release.get("table_version") is None:
        notes.append("table version not stated")
    return notes


def bundle_releases(hudi):
    result = []
    for release in hudi["releases"]:
        version = release["version"]
        uncertain_notes = release_uncertainty(release)
        attributes = {
            "tableVersion": release.get("table_version"),
            "writesTableVersions": release.get("writes_table_versions"),
            "readsTableVersions": release.get("reads_table_versions"),
            "javaMin": release.get("java_min"),
            "java": release.get("java"),
            "releasedSource": release.get("released_source"),
        }
        for runtime in BUNDLES:
            engines = []
            notes = [release.get("notes")] if release.get("notes") else []
            attrs = dict(attributes)
            if runtime == SPARK:
                spark_scala = release.get("spark_scala") or {}
                for minor in release.get("spark") or []:
                    versions = SPARK_RANGES.get((version, minor), minor + ".*")
                    if (version, minor) in SPARK_RANGES:
                        notes.append(SPARK_RANGE_NOTE)
                    engines.append({
                        "engine": "spark",
                        "versions": versions,
                        "scala": spark_scala.get(minor, []),
                        "artifact": {
                            "ecosystem": "maven",
                            "group": GROUP,
                            "name": "hudi-spark%s-bundle_{scala}" % minor,
                            "version": version,
                        },
                    })
                maven = release.get("maven") or {}
                legacy = [maven[key].split(":")[1] for key in ("spark_legacy_spark3_default_build", "spark2_legacy")
                          if key in maven]
                attrs["legacyArtifacts"] = legacy
            else:
                for minor in release.get("flink") or []:
                    engines.append({
                        "engine": "flink",
                        "versions": minor + ".*",
                        "scala": [],
                        "artifact": {
                            "ecosystem": "maven",
                            "group": GROUP,
                            "name": "hudi-flink%s-bundle" % minor,
                            "version": version,
                        },
                    })
            entry = {
                "runtime": runtime,
                "version": version,
                "released": released(release),
                "engines": engines,
                "java": java_requirement(release, runtime),
                "attributes": {key: value for key, value in attrs.items() if value is not None},
                "source": release["source"],
                "uncertain": bool(uncertain_notes),
                "notes": "; ".join(notes + uncertain_notes) or None,
            }
            result.append({key: value for key, value in entry.items() if value is not None})
    return result


def python_requirement(text):
    """'>=3.9 (classifiers 3.9-3.13)' -> '>=3.9'."""
    if not text:
        return None
    return text.split("(")[0].strip() or None


def hudi_rs_releases(hudi):
    rs = hudi["hudi_rs"]
    result = []
    for release in rs["releases"]:
        attributes = {
            "tableVersions": release.get("table_versions"),
            "timelineLayoutVersions": release.get("timeline_layout_versions"),
            "tableTypes": release.get("table_types"),
            "queries": release.get("queries"),
            "pyarrow": release.get("pyarrow"),
            "datafusionExtra": release.get("datafusion_extra"),
            "write": release.get("write"),
        }
        notes = [release["notes"]] if release.get("notes") else []
        if release.get("python") and "(" in release["python"]:
            notes.append("Python: %s" % release["python"])
        uncertain = False
        if release.get("released_source"):
            notes.append("release date: %s" % release["released_source"])
            uncertain = "not checked" in release["released_source"]
        entry = {
            "runtime": HUDI_RS,
            "version": release["version"],
            "released": release.get("released"),
            "engines": [],
            "python": python_requirement(release.get("python")),
            "attributes": {key: value for key, value in attributes.items() if value is not None},
            "source": release["source"],
            "uncertain": uncertain,
            "notes": "; ".join(notes) or None,
        }
        result.append({key: value for key, value in entry.items() if value is not None})
    return result


def feature(name, runtime, read, write, source, uncertain=False, notes=None):
    entry = {"feature": name, "runtime": runtime, "read": read, "write": write, "source": source,
             "uncertain": uncertain, "notes": notes}
    return {key: value for key, value in entry.items() if value is not None}


def first_catalogued(versions, bound):
    """The oldest catalogued version at or after `bound`, or None."""
    candidates = [v for v in versions if parse_version(v) >= parse_version(bound)]
    return min(candidates, key=parse_version) if candidates else None


def bundle_features(hudi):
    versions = sorted((r["version"] for r in hudi["releases"] if r.get("table_version") is not None),
                      key=parse_version)
    oldest = versions[0]
    rules = {r["rule"]: r["source"] for r in hudi["compatibility_rules"]}
    upgrade_source = next(source for rule, source in rules.items() if rule.startswith("Writers auto-upgrade"))
    trap = ("a newer writer upgrades the table on its first write (0.x always; 1.x unless "
            "hoodie.write.table.version pins the version or hoodie.write.auto.upgrade=false)")
    result = []
    for entry in hudi["table_versions"]:
        number = entry["table_version"]
        name = "tableVersion%d" % number
        first = entry["first_release"]
        source = entry["source"]
        first_version = first.split(" ")[0]
        for runtime in BUNDLES:
            if entry.get("releases_writing") == []:
                result.append(feature(
                    name, runtime, None, None, source, True,
                    "first release per code: %s; no such release found, so no catalogued release reads or writes "
                    "version %d" % (first, number)))
            elif first_version.startswith("<") or parse_version(first_version) < parse_version(oldest):
                result.append(feature(
                    name, runtime, oldest, None, source + "; " + upgrade_source, True,
                    "derived: first written by %s, before the oldest catalogued release %s, which reads it and "
                    "upgrades it on the first write, so no catalogued release keeps writing version %d"
                    % (first_version, oldest, number)))
            else:
                release = first_catalogued(versions, first_version)
                notes = ["written by %s" % ", ".join(entry.get("releases_writing") or [])]
                if entry.get("readable_by"):
                    notes.append("readable by: %s" % entry["readable_by"])
                notes.append(trap)
                result.append(feature(name, runtime, release, release, source + "; " + upgrade_source, False,
                                      "; ".join(notes)))
    table_type_source = "apache/hudi hudi-common/.../HoodieTableConfig.java (TYPE: COPY_ON_WRITE default, " \
                        "MERGE_ON_READ); hudi-paimon.md A1 'Common to all table versions'"
    for runtime in BUNDLES:
        result.append(feature("mergeOnRead", runtime, oldest, oldest, table_type_source, False,
                              "both table types exist in every table version"))
        result.append(feature(
            "cdc", runtime, first_catalogued(versions, "0.13.0"), first_catalogued(versions, "0.13.0"),
            "apache/hudi HoodieTableConfig.java (hoodie.table.cdc.enabled, 0.13+) via hudi-paimon.md A1", True,
            "the release that introduced the table-config key; CDC support per engine bundle not confirmed "
            "separately"))
    lance_source = "apache/hudi website/releases/release-1.2.md (Lance base files, Spark only)"
    lance = first_catalogued(versions, "1.2.0")
    result.append(feature("lanceBaseFiles", SPARK, lance, lance, lance_source, False,
                          "needs org.lance:lance-spark-bundle on the classpath"))
    result.append(feature("lanceBaseFiles", FLINK, None, None, lance_source, False,
                          "Lance base files are supported on Spark only"))
    return result


def hudi_rs_features(hudi):
    rs = hudi["hudi_rs"]
    releases = sorted(rs["releases"], key=lambda r: parse_version(r["version"]))
    result = []
    for entry in hudi["table_versions"]:
        number = entry["table_version"]
        readers = [r for r in releases if number in (r.get("table_versions") or [])]
        dropped = [r["version"] for r in releases if readers and parse_version(r["version"]) > parse_version(
            readers[0]["version"]) and number not in (r.get("table_versions") or [])]
        notes = ["hudi-rs is read only (no write API in any release)"]
        if readers:
            notes.append("accepted by %s" % ", ".join(r["version"] for r in readers))
        else:
            notes.append("no hudi-rs release accepts table version %d" % number)
        if dropped:
            notes.append("rejected again by %s: pin an older hudi to read it" % ", ".join(dropped))
        sources = sorted({r["source"] for r in readers}) or [rs["source"]]
        result.append(feature("tableVersion%d" % number, HUDI_RS, readers[0]["version"] if readers else None, None,
                              "; ".join(sources), False, "; ".join(notes)))
    mor = next((r for r in releases if "MERGE_ON_READ" in (r.get("table_types") or [])), None)
    result.append(feature("mergeOnRead", HUDI_RS, mor["version"] if mor else None, None,
                          mor["source"] if mor else rs["source"], False,
                          "earlier releases read copy-on-write tables only"))
    orc = next((r for r in releases if "ORC" in (r.get("notes") or "")), None)
    if orc:
        result.append(feature("orcBaseFiles", HUDI_RS, None, None, orc["source"], True,
                              "%s notes: %s; later releases not confirmed" % (orc["version"], orc["notes"])))
    lance = next((r for r in releases if "Lance" in (r.get("notes") or "")), None)
    if lance:
        result.append(feature("lanceBaseFiles", HUDI_RS, lance["version"], None, lance["source"], True,
                              "Lance reader symbols found in the %s wheel; reading not tested" % lance["version"]))
    return result


def build(reference):
    hudi = reference["hudi"]
    meta = reference["meta"]
    provenance = "%s (hudi part); sources: %s" % (REFERENCE_NAME, meta["snapshot_of_sources"])
    runtimes = [
        {
            "id": SPARK,
            "ecosystem": "maven",
            "engine": "spark",
            "summary": "Hudi bundle for Apache Spark: org.apache.hudi:hudi-spark{spark}-bundle_{scala}, one artifact "
                       "per Spark minor and Scala version",
            "source": hudi["releases"][0]["maven"]["spark"] + " (hudi-paimon.json maven patterns; apache/hudi "
                      "website/releases/download.md)",
        },
        {
            "id": FLINK,
            "ecosystem": "maven",
            "engine": "flink",
            "summary": "Hudi bundle for Apache Flink: org.apache.hudi:hudi-flink{flink}-bundle, one artifact per "
                       "Flink minor",
            "source": hudi["releases"][0]["maven"]["flink"] + " (hudi-paimon.json maven patterns; apache/hudi "
                      "website/docs/flink-quick-start-guide.md)",
        },
        {
            "id": HUDI_RS,
            "ecosystem": "pypi",
            "engine": "python",
            "summary": "hudi-rs Python bindings (hudi on PyPI), read only",
            "source": hudi["hudi_rs"]["source"],
        },
    ]
    return {
        "schemaVersion": 1,
        "format": "hudi",
        "provenance": provenance,
        "runtimes": runtimes,
        "releases": bundle_releases(hudi) + hudi_rs_releases(hudi),
        "features": bundle_features(hudi) + hudi_rs_features(hudi),
    }


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", default=DEFAULT_REFERENCE, help="path to hudi-paimon.json")
    parser.add_argument("--root", default=ROOT, help="repository root to write into")
    args = parser.parse_args(argv)
    with open(args.reference, encoding="utf-8") as handle:
        reference = json.load(handle)
    emit.write(build(reference), "hudi", "scripts/catalogs/hudi.py", "shared/reference/hudi-paimon.json", args.root)


if __name__ == "__main__":
    main(sys.argv[1:])
