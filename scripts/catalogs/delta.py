#!/usr/bin/env python3
"""Builds the Delta Lake release catalog from the shared reference (standard library only).

Reads  ../shared/reference/delta-iceberg.json (the "delta" part; override with --reference)
Writes catalogs/delta.json                                 (decodable as TFMTCore.ReleaseCatalog)
       Sources/DeltaPlugin/Catalog/DeltaCatalogData.swift  (the same JSON, embedded as a raw string literal)

Runtime families:
  delta-spark  one family for Delta Lake on Spark. The Maven artifact changes name but not lineage:
               io.delta:delta-core_{scala} up to 2.4.x, io.delta:delta-spark_{scala} from 3.0.0, and from 4.1.0
               io.delta:delta-spark_<spark minor>_{scala} per Spark minor plus the suffix-less delta-spark_{scala}
               for the default Spark. The name is a property of each release (EngineSupport.artifact), so
               "delta-spark >= 2.3.0" can resolve to delta-core_2.12:2.3.0.
  deltalake    the delta-rs Python package; only the releases the reference states facts about are listed.

Facts are copied, not invented: every release and feature carries the reference's source string; items the
reference lists as uncertain or conflicting keep uncertain=true with a note. Derivations made here are named in the
notes (writer-only features are read by every catalogued release; Spark ranges narrowed by the pyspark pin).
"""

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import emit  # noqa: E402  (the shared writer beside this script)

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DEFAULT_REFERENCE = os.path.normpath(os.path.join(ROOT, "..", "shared", "reference", "delta-iceberg.json"))
REFERENCE_NAME = "shared/reference/delta-iceberg.json"

# Items the reference lists under "Uncertain / conflicting items" (numbers refer to that list).
UNCERTAIN_FEATURES = {
    "typeWidening": "reference uncertain #1: versioning page says 4.0.0, type-widening page and code say 3.3.0",
    "columnMapping": "reference uncertain #2: docs say 1.2.0; v1.1.0 code already declares (2,5)",
    "checkpointProtection": "reference uncertain #3: docs 4.0.0; code recognises it in 3.3.0",
    "vacuumProtocolCheck": "reference uncertain #4: first version code-derived only",
    "inCommitTimestamp": "reference uncertain #4: first version code-derived only",
    "variantShredding": "reference uncertain #4: first version code-derived only",
    "icebergCompatV3": "reference uncertain #4: first version code-derived only",
    "materializePartitionColumns": "reference uncertain #4: first version code-derived only",
    "geospatial": "reference uncertain #4: first version code-derived only",
    "identityColumns": "reference uncertain #6: 2.0-2.2 accepted writer 6, 2.4-3.2 rejected it (code reading)",
    "variantType-preview": "reference uncertain #7: recognised by 3.3.0 on Spark 3.5, real read support doubtful",
}
UNCERTAIN_RELEASES = {
    "4.0.0rc1": "published Maven version string not verified (documented as 4.0.0-preview)",
    "4.1.0": "reference uncertain #5: per-Spark artifact names are build-derived",
    "4.2.0": "reference uncertain #5: per-Spark artifact names are build-derived",
    "4.3.0": "reference uncertain #5: per-Spark artifact names are build-derived",
    "4.3.1": "reference uncertain #5: per-Spark artifact names are build-derived",
    "4.4.0": "reference uncertain #5: Spark compatibility and per-Spark artifact names are build-derived",
}
DELTA_RS_NOTE = (
    "reference uncertain #8: deltalake versions derived from delta-rs ProtocolChecker code lists (Rust/DataFusion "
    "path), not release notes; the Python to_pyarrow_dataset() path reads less"
)
RELEASES_MD = "delta-io/delta:docs/src/content/docs/releases.mdx@HEAD(bb1057f)"


def parse_version(text):
    """A comparable tuple for the plain x.y.z versions of the reference (rc/dev suffixes sort before)."""
    main, _, rest = text.partition("rc")
    numbers = tuple(int(part) for part in main.split(".") if part.isdigit())
    return numbers + ((-1,) if rest else (0,))


def spark_range(minor, release):
    """The Spark versions a release supports on one Spark minor, narrowed by its pyspark pin where that is stricter
    (e.g. 3.2.1 pins pyspark>=3.5.3,<3.6.0, and 4.2.0 caps Spark 4.1 at 4.1.1)."""
    if release["version"] < "0.7.0" and minor == "2.4":
        return ">=2.4.2,<2.5"  # releases.mdx: "below 0.7.0: 2.4.2 - 2.4.latest"
    pin = (release.get("pypi") or {}).get("pyspark") or ""
    lower, upper = None, None
    for clause in pin.split(","):
        clause = clause.strip()
        for op in (">=", "<=", "<"):
            if clause.startswith(op):
                value = clause[len(op):]
                if value.startswith(minor + ".") and "dev" not in value:
                    if op == ">=" and not value.endswith(".0"):
                        lower = value
                    elif op == "<=":
                        upper = value
                break
    if lower is None and upper is None:
        return minor + ".*"
    if lower is not None and lower == upper:
        return lower
    parts = [">=" + (lower or minor + ".0")]
    major, minor_number = minor.split(".")
    parts.append("<=" + upper if upper else "<%s.%d" % (major, int(minor_number) + 1))
    return ",".join(parts)


def java_requirement(release):
    target = release.get("java_bytecode_target")
    if target in ("1.8", "8"):
        return ">=8"
    if target:
        return ">=" + target
    return None


def delta_spark_releases(delta):
    out = []
    for release in delta["releases"]:
        version = release["version"]
        maven = release["maven"]
        group = maven.split(":")[0]
        name = maven.split(":")[1]
        engines = []
        if release["spark"] == ["4.0.0-preview1"]:
            engines.append(
                {
                    "engine": "spark",
                    "versions": "4.0.0-preview1",
                    "scala": release["scala"],
                    "artifact": {"ecosystem": "maven", "group": group, "name": name, "version": version},
                }
            )
        else:
            for minor in release["spark"]:
                engines.append(
                    {
                        "engine": "spark",
                        "versions": spark_range(minor, release),
                        "scala": release["scala"],
                        "artifact": {
                            "ecosystem": "maven",
                            "group": group,
                            "name": name.replace("{spark}", minor),
                            "version": version,
                        },
                    }
                )
        if release.get("maven_backcompat"):
            # Built for the default Spark: the newest Spark the release is built against (md: "default 4.1"/"4.2").
            default_minor = release["spark"][-1]
            backcompat = release["maven_backcompat"].split(" ")[0]
            engines.append(
                {
                    "engine": "spark",
                    "versions": spark_range(default_minor, release),
                    "scala": release["scala"],
                    "artifact": {
                        "ecosystem": "maven",
                        "group": backcompat.split(":")[0],
                        "name": backcompat.split(":")[1],
                        "version": version,
                    },
                }
            )
        attributes = {
            "maxReaderVersion": release["max_reader_version"],
            "writerVersions": release["supported_writer_versions"],
            "sparkBuiltAgainst": release["spark_built_against"],
            "javaBytecodeTarget": release["java_bytecode_target"],
            "mavenArtifact": maven,
            "preview": release["preview"],
        }
        if release.get("maven_backcompat"):
            attributes["mavenBackcompatArtifact"] = release["maven_backcompat"]
        if release.get("pypi"):
            attributes["pypi"] = release["pypi"]
        notes = [release["notes"]] if release.get("notes") else []
        notes.append("java is the build's bytecode target; the Spark version's own Java floor also applies")
        uncertain = version in UNCERTAIN_RELEASES
        if uncertain:
            notes.append(UNCERTAIN_RELEASES[version])
        entry = {
            "runtime": "delta-spark",
            "version": version,
            "released": release["released"],
            "engines": engines,
            "attributes": attributes,
            "source": release["source"],
            "uncertain": uncertain,
            "notes": "; ".join(notes),
        }
        java = java_requirement(release)
        if java:
            entry["java"] = java
        out.append(entry)
    return out


def deltalake_releases(delta):
    """The deltalake releases the reference states facts about, with their Python range, pyarrow range and the
    reader versions the Python (pyarrow) path accepts."""
    rs = delta["delta_rs"]
    versions = {}

    def ensure(version):
        return versions.setdefault(version, {"sources": [], "notes": [], "attributes": {}})

    # Feature versions (Rust ProtocolChecker).
    feature_source = "delta-io/delta-rs:crates/core/src/(kernel|operations)/transaction/protocol.rs@python-v<ver> (ProtocolChecker INSTANCE)"
    for feature in delta["features"]:
        for key in ("delta_rs_read", "delta_rs_write"):
            if feature.get(key):
                item = ensure(feature[key])
                if feature_source not in item["sources"]:
                    item["sources"].append(feature_source)
    # Python requirements.
    for requirement in rs["python_requirements"]:
        label = requirement["deltalake"]
        first = label.split("-")[0]
        item = ensure(first)
        item["python"] = requirement["python"]
        item["attributes"]["pyarrow"] = requirement["pyarrow"]
        item["sources"].append(rs["python_requirements_source"].replace("<tag>", "python-v" + first))
        if "-" in label:
            item["notes"].append("python/pyarrow ranges stated for deltalake " + label)
    # The pyarrow path's reader versions.
    ensure("0.6.4")["sources"].append("delta-io/delta-rs:python/deltalake/table.py@python-v0.6.4..v0.15.x")
    ensure("0.6.4")["notes"].append(
        "oldest deltalake the reference describes (MAX_SUPPORTED_READER_VERSION = 1, writer 2); earlier tags exist"
    )
    ordered = sorted(versions, key=parse_version)
    # Ranges stated for a span of releases ("0.15.0-0.18.x") apply to the listed releases inside the span.
    spans = [r for r in rs["python_requirements"] if "-" in r["deltalake"]]
    out = []
    for version in ordered:
        item = versions[version]
        for span in spans:
            low, high = span["deltalake"].split("-")
            high_prefix = high.rstrip(".x")
            if parse_version(low) <= parse_version(version) and version.startswith(high_prefix[: high_prefix.rfind(".")]) and parse_version(version) <= parse_version(high_prefix + ".999"):
                if "python" not in item:
                    item["python"] = span["python"]
                    item["attributes"]["pyarrow"] = span["pyarrow"]
                    item["sources"].append(rs["python_requirements_source"].replace("<tag>", "python-v" + low))
                    item["notes"].append("python/pyarrow ranges stated for deltalake " + span["deltalake"])
        attributes = item["attributes"]
        if parse_version(version) < parse_version("0.16.0"):
            attributes["maxReaderVersion"] = 1
            path_entry = rs["python_pyarrow_path"][0]
        else:
            attributes["maxReaderVersion"] = 3
            path_entry = rs["python_pyarrow_path"][1 if parse_version(version) < parse_version("1.6.0") else 2]
        attributes["pyarrowPathReaderFeatures"] = path_entry["reader_features"]
        if path_entry["source"] not in item["sources"]:
            item["sources"].append(path_entry["source"])
        if version == "1.6.3":
            attributes["rustProtocolChecker"] = {
                "reader": rs["rust_protocol_checker_at_python_v1_6_3"]["reader"],
                "writer": rs["rust_protocol_checker_at_python_v1_6_3"]["writer"],
            }
            item["sources"].append(rs["rust_protocol_checker_at_python_v1_6_3"]["source"])
        item["notes"].append(
            "maxReaderVersion is the Python pyarrow path's limit (reader 2 = column mapping is read by the Rust "
            "path from 1.6.0, see the columnMapping feature)"
        )
        engines = [
            {
                "engine": "python",
                "versions": item.get("python", "*"),
                "scala": [],
                "artifact": {"ecosystem": "pypi", "name": "deltalake", "version": version},
            }
        ]
        if "python" not in item:
            item["notes"].append("Python range not recorded in the reference ('*' = unknown)")
        entry = {
            "runtime": "deltalake",
            "version": version,
            "engines": engines,
            "attributes": attributes,
            "source": "; ".join(item["sources"]),
            "uncertain": True,
            "notes": "; ".join(item["notes"] + [DELTA_RS_NOTE]),
        }
        if "python" in item:
            entry["python"] = item["python"]
        out.append(entry)
    return out


def features(delta, oldest):
    out = []
    entries = list(delta["features"])
    geospatial = next((f for f in entries if f["name"] == "geospatial"), None)
    if geospatial:
        alias = dict(geospatial)
        alias["name"] = "geospatial-dev"
        alias["notes"] = "alias named in the reference's notes for geospatial; " + (geospatial.get("notes") or "")
        entries.append(alias)
    for feature in entries:
        name = feature["name"]
        writer_only = not feature["read_gated"]
        for runtime, read_key, write_key in (
            ("delta-spark", "delta_spark_read", "delta_spark_write"),
            ("deltalake", "delta_rs_read", "delta_rs_write"),
        ):
            notes = []
            if feature.get("notes"):
                notes.append(feature["notes"])
            notes.append("kind: %s; legacy protocol: %s" % (
                feature["kind"],
                "(%d,%d)" % (feature["legacy_protocol"]["minReaderVersion"], feature["legacy_protocol"]["minWriterVersion"])
                if feature.get("legacy_protocol") else "none",
            ))
            if writer_only:
                read = oldest[runtime]
                notes.append(
                    "writer-only feature, not read-gated: read = the oldest catalogued %s release" % runtime
                )
            else:
                read = feature.get(read_key)
            write = feature.get(write_key)
            uncertain = False
            if runtime == "delta-spark":
                if name in UNCERTAIN_FEATURES:
                    uncertain = True
                    notes.append(UNCERTAIN_FEATURES[name])
                elif name == "geospatial-dev" or "code-derived" in (feature.get("notes") or ""):
                    uncertain = True
                    notes.append("first version code-derived only")
            else:
                uncertain = True
                status = feature.get("delta_rs_status_at_python_v1_6_3") or {}
                notes.append("delta-rs at python-v1.6.3: read %s, write %s" % (status.get("read"), status.get("write")))
                notes.append(DELTA_RS_NOTE)
            entry = {
                "feature": name,
                "runtime": runtime,
                "source": feature["source"],
                "uncertain": uncertain,
                "notes": "; ".join(notes),
            }
            if read:
                entry["read"] = read
            if write:
                entry["write"] = write
            out.append(entry)
    return out


def build(reference):
    delta = reference["delta"]
    spark = delta_spark_releases(delta)
    python = deltalake_releases(delta)
    oldest = {
        "delta-spark": min((r["version"] for r in spark), key=parse_version),
        "deltalake": min((r["version"] for r in python), key=parse_version),
    }
    return {
        "schemaVersion": 1,
        "format": "delta",
        "provenance": (
            REFERENCE_NAME + " (" + reference["_meta"]["generated_from"] + "); built by scripts/catalogs/delta.py; "
            "'released' is the git tag month, which can differ from the Maven/PyPI publication date (reference "
            "uncertain #12)"
        ),
        "runtimes": [
            {
                "id": "delta-spark",
                "ecosystem": "maven",
                "engine": "spark",
                "summary": (
                    "Delta Lake for Apache Spark: io.delta:delta-core_{scala} up to 2.4.x, io.delta:delta-spark_{scala} "
                    "from 3.0.0, plus delta-spark_<spark minor>_{scala} from 4.1.0"
                ),
                "source": RELEASES_MD + "; delta-io/delta:build.sbt@v2.4.0; delta-io/delta:build.sbt@v3.0.0; "
                "delta-io/delta:project/CrossSparkVersions.scala@v4.1.0",
            },
            {
                "id": "deltalake",
                "ecosystem": "pypi",
                "engine": "python",
                "summary": "delta-rs Python bindings (deltalake on PyPI)",
                "source": "delta-io/delta-rs python-v* tags @2c996fa9bc1a",
            },
        ],
        "releases": spark + python,
        "features": features(delta, oldest),
    }


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", default=DEFAULT_REFERENCE, help="path to delta-iceberg.json")
    parser.add_argument("--root", default=ROOT, help="repository root to write into")
    args = parser.parse_args(argv)
    with open(args.reference, encoding="utf-8") as handle:
        reference = json.load(handle)
    emit.write(build(reference), "delta", "scripts/catalogs/delta.py", "shared/reference/delta-iceberg.json", args.root)


if __name__ == "__main__":
    main(sys.argv[1:])
