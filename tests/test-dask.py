#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Sharded builds (tools/diplograph-dask) on a local Dask cluster of two
worker processes (Debian's python3-dask and python3-distributed):

- the shared GDELT sample split four ways, and the bundled one: the union
  of the shards' N-Quads, as a set of lines, is one run over the file; the
  manifest's rows add up;
- an ICEWS table with a header, cut into partitions of two rows: each gets
  the header, the union is one run;
- the seed graph's articles as shards, each with the shared entities as
  gazetteer: the union is one run over all of them;
- a bad row: the partition fails naming the input's own file:line, the
  others are built; fixed, --partition K rebuilds that one alone.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from taplib import finish, ok, skip  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DIPLOGRAPH = os.environ.get("DIPLOGRAPH", os.path.join(HERE, "..", "tools", "diplograph"))
DASK_TOOL = os.path.join(os.path.dirname(DIPLOGRAPH), "diplograph-dask")
SRCDIR = os.environ.get("G_TEST_SRCDIR", HERE)
EXAMPLES = os.environ.get("DG_EXAMPLES", os.path.join(SRCDIR, "..", "examples"))
SHARED = os.environ.get("DG_SHARED", os.path.join(SRCDIR, "..", "..", "shared"))
SAMPLE = os.path.join(EXAMPLES, "gdelt", "20170701-sample.export.CSV")

try:
    import distributed  # noqa: F401
except ImportError:
    print("1..0 # SKIP python3-distributed is not installed")
    sys.exit(0)


def shards(outdir, *args):
    env = dict(os.environ, DIPLOGRAPH=DIPLOGRAPH,
               DIPLOGRAPH_MAPPINGS=os.path.join(SRCDIR, "..", "ontology", "mappings"))
    return subprocess.run([sys.executable, DASK_TOOL, "--workers", "2", "-o", outdir] + list(args),
                          capture_output=True, text=True, env=env, timeout=600)


def one_run(*args):
    with tempfile.NamedTemporaryFile(suffix=".nq") as f:
        r = subprocess.run([DIPLOGRAPH, "rdf", "-q", "-f", "nquads", "-o", f.name] + list(args),
                           capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
        return set(open(f.name, encoding="utf-8"))


def union(outdir):
    lines = set()
    for name in sorted(os.listdir(outdir)):
        if name.endswith(".nq"):
            lines |= set(open(os.path.join(outdir, name), encoding="utf-8"))
    return lines


def triples(lines):
    import rdflib
    ds = rdflib.Dataset()
    ds.parse(data="".join(lines), format="nquads")
    return {(s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))}


def manifest(outdir):
    with open(os.path.join(outdir, "manifest.json"), encoding="utf-8") as f:
        return json.load(f)


with tempfile.TemporaryDirectory() as tmp:
    tables = [(SAMPLE, 60)]
    shared = os.path.join(SHARED, "data", "gdelt", "20170701-sample.export.CSV")
    if os.path.exists(shared):
        tables.append((shared, 4060))
    else:
        skip("no shared GDELT rows at " + shared)
    for path, rows in tables:
        out = os.path.join(tmp, "gdelt-%d" % rows)
        r = shards(out, "--mapping", "gdelt-events", "--rows-per-partition", str(-(-rows // 4)), path)
        m = manifest(out) if r.returncode == 0 else {"partitions": []}
        parts = m["partitions"]
        ok(r.returncode == 0 and len(parts) == 4 and m["workers"] == 2
           and sum(p["rows"] for p in parts) == rows and all(p["refused"] == 0 for p in parts),
           "%d GDELT rows in 4 partitions on 2 workers, every row mapped (%s)"
           % (rows, r.stderr.strip().splitlines()[-1:]), r.stderr.splitlines()[-5:])
        whole = one_run("--mapping", "gdelt-events", path)
        got = union(out)
        ok(got == whole and sum(p["quads"] for p in parts) >= len(whole),
           "the union of the shards is one run over the file (%d distinct quads; %d written, "
           "states and actors repeat across shards)" % (len(got), sum(p["quads"] for p in parts)),
           [len(got - whole), len(whole - got)])

    # A header goes with each partition of a table that has one.
    icews = os.path.join(SRCDIR, "data", "icews-layout.tab")
    out = os.path.join(tmp, "icews")
    r = shards(out, "--mapping", "icews-events", "--rows-per-partition", "2", icews)
    parts = manifest(out)["partitions"] if r.returncode == 0 else []
    ok(r.returncode == 0 and [(p["first"], p["last"]) for p in parts] == [(2, 3), (4, 5), (6, 6)]
       and all(p["mapped"] == p["last"] - p["first"] + 1 for p in parts)
       and union(out) == one_run("--mapping", "icews-events", icews),
       "ICEWS in partitions of 2 rows: each reads the header, the union is one run",
       r.stderr.splitlines()[-5:])

    # Files as shards, with the entities every shard needs.
    seed = os.path.join(EXAMPLES, "vietnam")
    articles = sorted(os.path.join(seed, f) for f in os.listdir(seed)
                      if f[:3].isdigit() and f.endswith(".dg"))
    out = os.path.join(tmp, "seed")
    r = shards(out, "--gazetteer", os.path.join(seed, "entities.dg"), *articles)
    # Graphs aside: an entity's statements go to the graphs of the sources
    # that cite it, and a shard knows only its own (doc/scale.md).
    got, whole = triples(union(out)), triples(one_run(os.path.join(seed, "all.dg")))
    ok(r.returncode == 0 and len(manifest(out)["partitions"]) == len(articles) == 5
       and got == whole,
       "the 5 seed articles as shards, each with entities.dg: the union's triples are one run's "
       "over all.dg (%d), citations named alike in every shard" % len(whole),
       r.stderr.splitlines()[-5:] + [len(got - whole), len(whole - got)])

    # A bad row fails its partition only, at the input's own line.
    bad = os.path.join(tmp, "bad.CSV")
    lines = open(SAMPLE, encoding="utf-8").read().splitlines(True)
    cells = lines[39].split("\t")
    cells[26] = "9999X"
    lines[39] = "\t".join(cells)
    with open(bad, "w", encoding="utf-8") as f:
        f.writelines(lines)
    out = os.path.join(tmp, "bad")
    r = shards(out, "--mapping", "gdelt-events", "--rows-per-partition", "15", bad)
    parts = manifest(out)["partitions"]
    ok(r.returncode == 1 and [p["status"] for p in parts] == [0, 0, 1, 0]
       and (bad + ":40:") in r.stderr and "partition 2" in r.stderr and "--partition 2" in r.stderr,
       "a bad row at line 40: partition 2 fails naming bad.CSV:40 and how to rerun it; "
       "the others are built", r.stderr.splitlines()[-6:])
    shutil.copy(SAMPLE, bad)
    before = os.path.getmtime(os.path.join(out, "part-00000.nq"))
    r = shards(out, "--mapping", "gdelt-events", "--rows-per-partition", "15", "--partition", "2", bad)
    parts = manifest(out)["partitions"]
    ok(r.returncode == 0 and [p["status"] for p in parts] == [0, 0, 0, 0]
       and os.path.getmtime(os.path.join(out, "part-00000.nq")) == before
       and union(out) == one_run("--mapping", "gdelt-events", SAMPLE),
       "fixed, --partition 2 rebuilds it alone; the union is then one run",
       r.stderr.splitlines()[-5:])
    r = shards(out, "--mapping", "gdelt-events", "--rows-per-partition", "15", "--partition", "9", bad)
    ok(r.returncode != 0 and "no partition 9" in r.stderr, "a partition that is none: an error",
       [r.stderr])

    # A table without a final line break: its last row is a row.
    nobreak = os.path.join(tmp, "nobreak.CSV")
    with open(nobreak, "w", encoding="utf-8") as f:
        f.write(open(SAMPLE, encoding="utf-8").read().rstrip("\n"))
    out = os.path.join(tmp, "nobreak")
    r = shards(out, "--mapping", "gdelt-events", "--rows-per-partition", "20", nobreak)
    parts = manifest(out)["partitions"]
    ok(r.returncode == 0 and sum(p["rows"] for p in parts) == 60 and parts[-1]["last"] == 60
       and union(out) == one_run("--mapping", "gdelt-events", SAMPLE),
       "no line break after the last row: all 60 rows built", r.stderr.splitlines()[-3:])

    # Again into the same folder with fewer partitions: no shard of the
    # earlier run stays, nor what a killed partition left.
    os.mkdir(os.path.join(out, ".dg-part-leftover"))
    r = shards(out, "--mapping", "gdelt-events", "--rows-per-partition", "30", nobreak)
    names = sorted(os.listdir(out))
    ok(r.returncode == 0 and names == ["manifest.json", "part-00000.nq", "part-00001.nq"]
       and union(out) == one_run("--mapping", "gdelt-events", SAMPLE),
       "a second run into the same folder: only its own shards", [names])

    # A partition whose diplograph is killed: a failure that says so, and
    # neither its shard nor its rows left behind.
    killer = os.path.join(tmp, "killed-diplograph")
    with open(killer, "w") as f:
        f.write("#!/bin/sh\nkill -KILL $$\n")
    os.chmod(killer, 0o755)
    env = dict(os.environ, DIPLOGRAPH=killer,
               DIPLOGRAPH_MAPPINGS=os.path.join(SRCDIR, "..", "ontology", "mappings"))
    r = subprocess.run([sys.executable, DASK_TOOL, "--workers", "2", "-o", out, "--mapping",
                        "gdelt-events", "--rows-per-partition", "30", nobreak],
                       capture_output=True, text=True, env=env, timeout=600)
    names = sorted(os.listdir(out))
    ok(r.returncode == 1 and "killed by SIGKILL" in r.stderr
       and names == ["manifest.json"],
       "a killed diplograph: its partition fails saying so, no shard or rows left",
       r.stderr.splitlines()[-6:] + [names])

sys.exit(finish())
