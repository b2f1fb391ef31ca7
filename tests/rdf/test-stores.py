# SPDX-License-Identifier: LGPL-2.1-or-later
"""The seed export in real RDF tools and SPARQL stores, printed as TAP.

- SHACL: ontology/diplograph-shapes.ttl is what ontology/shapes.py makes of
  the ontology; the seed export (TriG) conforms to it under rdf-validate-shacl
  (npm); data with three violations gives three results there and three
  errors in `diplograph check`.
- Oxigraph (npm, in-process): loads the seed TriG (a named graph per
  article) and the ontology, and answers examples/queries/*.rq over the
  union of its graphs with the .csv next to each.
- Virtuoso (Debian's virtuoso-opensource-7), started on a loopback port
  with a throwaway database: `diplograph push` uploads the seed graph
  through the Graph Store Protocol (Digest authentication), a graph per
  article, and Virtuoso answers the same queries; the server is stopped.
  Skipped with a message only where virtuoso-t is not installed.

Node.js packages come from tests/node (npm ci there; the README's first
command runs it).
"""

import csv
import glob
import io
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

sys.path.insert(0, os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
from taplib import finish, ok, skip  # noqa: E402

DIPLOGRAPH = os.environ.get("DIPLOGRAPH", "../../tools/diplograph")
SRCDIR = os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOP = os.path.dirname(SRCDIR)
EXAMPLES = os.environ.get("DG_EXAMPLES", os.path.join(TOP, "examples"))
ONTOLOGY = os.path.join(TOP, "ontology", "diplograph.ttl")
SHAPES = os.path.join(TOP, "ontology", "diplograph-shapes.ttl")
NODE_DIR = os.path.join(SRCDIR, "node")
NODE = os.environ.get("NODE") or shutil.which("node")
VIRTUOSO = os.environ.get("VIRTUOSO") or shutil.which("virtuoso-t")
SEED = os.path.join(EXAMPLES, "vietnam", "all.dg")
GDELT_SAMPLE = os.path.join(EXAMPLES, "gdelt", "20170701-sample.export.CSV")
QUERIES = sorted(glob.glob(os.path.join(EXAMPLES, "queries", "*.rq")))



def run(args, **kw):
    return subprocess.run(args, capture_output=True, **kw)


def rows(text):
    return [r for r in csv.reader(io.StringIO(text)) if r]


def expected_rows(query):
    with open(query[:-3] + ".csv", newline="", encoding="utf-8") as f:
        return rows(f.read())


def virtuoso_booleans(got, expected):
    """Virtuoso writes an xsd:boolean as 1 or 0 in CSV results."""
    names = {"1": "true", "0": "false"}
    return [[names[c] if e in ("true", "false") and c in names else c
             for c, e in zip(g, expected[min(i, len(expected) - 1)])]
            if len(g) == len(expected[0]) else g for i, g in enumerate(got)]


def compare(store, query, got_text):
    text = open(query, encoding="utf-8").read()
    expected = expected_rows(query)
    got = rows(got_text)
    if store.startswith("Virtuoso"):
        got = virtuoso_booleans(got, expected)
    same = got == expected if "ORDER BY" in text else sorted(got) == sorted(expected)
    ok(same and len(expected) > 1,
       "%s: %s: %s" % (store, os.path.basename(query), text.splitlines()[0].lstrip("# ")),
       ["got:      %s" % r for r in got] + ["expected: %s" % r for r in expected]
       if not same else [])
    return same


def node_script(name, *args):
    r = run([NODE, os.path.join(NODE_DIR, name)] + list(args))
    if r.returncode != 0:
        return None, r.stderr.decode()
    return json.loads(r.stdout), r.stderr.decode()


def shacl(work):
    generated = run([os.environ.get("PYTHON3", sys.executable),
                     os.path.join(TOP, "ontology", "shapes.py"), ONTOLOGY])
    with open(SHAPES, "rb") as f:
        committed = f.read()
    ok(generated.returncode == 0 and generated.stdout == committed,
       "diplograph-shapes.ttl is what ontology/shapes.py makes of the ontology "
       "(regenerate it after changing the ontology)", [generated.stderr.decode()])
    seed = os.path.join(work, "seed.trig")
    report, err = node_script("shacl.mjs", SHAPES, seed, ONTOLOGY)
    ok(report is not None and report["conforms"],
       "SHACL (rdf-validate-shacl): the seed export conforms to the %s shape triples "
       "(%s data and ontology triples, %s results)"
       % (report and report["shapes"], report and report["triples"],
          report and len(report["results"])),
       [err] + ([json.dumps(r) for r in report["results"][:20]] if report else []))
    bad = os.path.join(work, "bad.ttl")
    with open(bad, "w", encoding="utf-8") as f:
        f.write("@prefix dg: <https://w3id.org/diplograph#> .\n"
                "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
                "<urn:x:visit> a dg:Visit ; dg:host <urn:x:treaty> .\n"
                "<urn:x:treaty> a dg:Treaty ; dg:date \"soon\" .\n"
                "<urn:x:p> a dg:Partnership ; dg:established \"2020-01-01\"^^xsd:date ;\n"
                "    dg:upgraded \"2019-05-01\"^^xsd:date .\n")
    report, err = node_script("shacl.mjs", SHAPES, bad, ONTOLOGY)
    focus = sorted(r["focus"] for r in report["results"]) if report else []
    check = run([DIPLOGRAPH, "check", bad])
    errors = [l for l in check.stderr.decode().splitlines() if ": error: " in l]
    ok(report is not None and not report["conforms"]
       and focus == ["urn:x:p", "urn:x:treaty", "urn:x:treaty"][:len(focus)] and len(focus) == 3
       and len(errors) == 3 and check.returncode == 1,
       "SHACL and `diplograph check` both find the 3 violations in hostile data",
       ["SHACL: %s: %s" % (r["focus"], r["message"]) for r in (report or {}).get("results", [])]
       + ["check: " + e for e in errors] + [err])
    for r in (report or {}).get("results", []):
        print("#   SHACL report: %s %s: %s" % (r["focus"], r.get("path") or "", r["message"]))


def oxigraph(work):
    seed = os.path.join(work, "seed.trig")
    out, err = node_script("oxigraph.mjs", seed, ONTOLOGY, *QUERIES)
    if out is None:
        ok(False, "Oxigraph loads the seed TriG", [err])
        return
    ok(out["graphs"] == 6, "Oxigraph: the seed TriG and the ontology load as %d quads in %d "
       "graphs (5 articles, and the default graph)" % (out["quads"], out["graphs"]),
       [err])
    good = sum(compare("Oxigraph", q, out["results"][q]) for q in QUERIES)
    print("# Oxigraph %s: %d of %d queries answered as expected"
          % (json.load(open(os.path.join(NODE_DIR, "node_modules", "oxigraph", "package.json")))
             ["version"], good, len(QUERIES)))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# The configuration bench/virtuoso-load.sh starts its server with too.
VIRTUOSO_INI = open(os.path.join(SRCDIR, "..", "tools", "virtuoso.ini"), encoding="utf-8").read()


def sparql_csv(url, query):
    data = urllib.parse.urlencode({"query": query}).encode()
    req = urllib.request.Request(url, data=data, headers={"Accept": "text/csv"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return r.read().decode("utf-8")


def virtuoso(work):
    if not VIRTUOSO:
        skip("Virtuoso: virtuoso-t is not installed (Debian package virtuoso-opensource-7)")
        return
    db = os.path.join(work, "virtuoso")
    os.mkdir(db)
    ports = {"sql": free_port(), "http": free_port(), "db": db, "buffers": 10000, "dirty": 6000}
    with open(os.path.join(db, "virtuoso.ini"), "w") as f:
        f.write(VIRTUOSO_INI % ports)
    server = subprocess.Popen([VIRTUOSO, "-c", "virtuoso.ini", "+foreground"], cwd=db,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = "http://127.0.0.1:%d" % ports["http"]
    try:
        started = time.monotonic()
        while time.monotonic() - started < 120:
            try:
                sparql_csv(base + "/sparql", "ASK {}")
                break
            except OSError:
                if server.poll() is not None:
                    break
                time.sleep(0.5)
        log = open(os.path.join(db, "virtuoso.log"), errors="replace").read()[-1500:]
        up = server.poll() is None
        ok(up, "Virtuoso starts on 127.0.0.1:%d with a new database (%.1f s)"
           % (ports["http"], time.monotonic() - started), [] if up else [log])
        if not up:
            return
        endpoint = base + "/sparql-graph-crud-auth"
        env = dict(os.environ, DIPLOGRAPH_PASSWORD="dba")
        # Virtuoso's endpoint has no default graph unless configured: the
        # push must fail with the store's reason, and send nothing after.
        r = run([DIPLOGRAPH, "push", "-q", "-e", endpoint, "-u", "dba", SEED], env=env)
        ok(r.returncode == 3 and b"HTTP 500" in r.stderr and b"default graph" in r.stderr,
           "push to a graph the store refuses exits 3 with its reason", [r.stderr.decode()])
        r = run([DIPLOGRAPH, "push", "-e", endpoint, "-u", "dba", "--unsourced-graph",
                 "urn:x-diplograph:unsourced", SEED], env=env)
        ok(r.returncode == 0, "diplograph push: " + r.stderr.decode().strip().split("\n")[-1],
           [r.stderr.decode()])
        wrong = dict(os.environ, DIPLOGRAPH_PASSWORD="wrong")
        r = run([DIPLOGRAPH, "push", "-q", "-e", endpoint, "-u", "dba", "-g", "urn:x:g", SEED],
                env=wrong)
        ok(r.returncode == 3 and b"HTTP 401" in r.stderr,
           "a wrong password is a clear HTTP 401 error", [r.stderr.decode()])
        r = run([DIPLOGRAPH, "push", "-q", "-i", "turtle", "-e", endpoint, "-u", "dba",
                 "-g", "https://w3id.org/diplograph", ONTOLOGY], env=env)
        ok(r.returncode == 0, "diplograph push -g: the ontology into its own graph",
           [r.stderr.decode()])
        counts = rows(sparql_csv(base + "/sparql",
                                 "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                                 "FILTER (STRSTARTS(STR(?g), \"https://w3id.org/diplograph/seed/\")) "
                                 "} GROUP BY ?g ORDER BY ?g"))
        print("# Virtuoso graphs after the push: %s"
              % ", ".join("%s %s" % (g.rsplit("/", 1)[-1], c) for g, c in counts[1:]))
        ok(len(counts) == 6, "Virtuoso holds a graph per seed article (%d)" % (len(counts) - 1))
        good = sum(compare("Virtuoso", q, sparql_csv(base + "/sparql",
                                                     open(q, encoding="utf-8").read()))
                   for q in QUERIES)
        version = run([VIRTUOSO, "-?"]).stderr.decode().split("\n")
        version = next((l for l in version if "Version" in l), "").strip()
        print("# Virtuoso %s: %d of %d queries answered as expected" % (version, good, len(QUERIES)))
        bulk_load(db, ports, base)
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        ok(server.returncode is not None, "Virtuoso stopped (exit %s)" % server.returncode)


def count_quads(base):
    return int(rows(sparql_csv(base + "/sparql",
                               "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))[1][0])


def bulk_load(db, ports, base):
    """Shards of diplograph-dask into Virtuoso by its bulk loader, two
    loaders at once (tools/diplograph-virtuoso-load)."""
    tools = os.path.dirname(DIPLOGRAPH)
    dask_tool = os.path.join(tools, "diplograph-dask")
    loader = os.path.join(tools, "diplograph-virtuoso-load")
    try:
        import distributed  # noqa: F401
    except ImportError:
        skip("Virtuoso bulk load: python3-distributed is not installed")
        return
    shards = os.path.join(db, "shards")
    env = dict(os.environ, DIPLOGRAPH=DIPLOGRAPH, DIPLOGRAPH_PASSWORD="dba",
               DIPLOGRAPH_MAPPINGS=os.path.join(SRCDIR, "..", "ontology", "mappings"))
    r = run([sys.executable, dask_tool, "--workers", "2", "--mapping", "gdelt-events",
             "--rows-per-partition", "15", "-o", shards, GDELT_SAMPLE], env=env)
    ok(r.returncode == 0, "diplograph-dask: the bundled GDELT rows in 4 shards",
       [r.stderr.decode()])
    quads = set()
    for name in os.listdir(shards):
        if name.endswith(".nq"):
            quads |= set(open(os.path.join(shards, name), encoding="utf-8"))
    before = count_quads(base)
    r = run([loader, "--port", str(ports["sql"]), "--loaders", "2", shards], env=env)
    added = count_quads(base) - before
    ok(r.returncode == 0 and added == len(quads),
       "diplograph-virtuoso-load with 2 loaders: the store gained the shards' %d distinct quads "
       "(%d) — %s" % (len(quads), added, r.stderr.decode().strip().splitlines()[-1:]),
       [r.stderr.decode()])
    good = sum(compare("Virtuoso after the bulk load", q,
                       sparql_csv(base + "/sparql", open(q, encoding="utf-8").read()))
               for q in QUERIES)
    print("# after the bulk load: %d of %d queries answered as before" % (good, len(QUERIES)))
    # Values from outside are data, not SQL: a folder or graph holding a
    # backslash and a quote (Virtuoso reads \' in a literal) runs nothing.
    isql = shutil.which("isql-vt") or "isql-vt"

    def sql(statement, user="dba", password="dba"):
        return run([isql, "-H", "127.0.0.1", "-S", str(ports["sql"]), "-U", user, "-P", password,
                    "VERBOSE=OFF", "BANNER=OFF", "PROMPT=OFF", "ERRORS=STDOUT",
                    "EXEC=" + statement]).stdout.decode()

    attack = "urn:x\\',0);create table DB.DBA.DG_PWNED (a integer);--"
    r = run([loader, "--port", str(ports["sql"]), "--loaders", "1", "--graph", attack, shards],
            env=env)
    tables = sql("SELECT COUNT(*) FROM DB.DBA.SYS_KEYS WHERE KEY_TABLE = 'DB.DBA.DG_PWNED';")
    ok("".join(c for c in tables if c.isdigit()) == "0",
       "a --graph with a backslash and a quote: no SQL of its own runs (exit %d)" % r.returncode,
       [r.stderr.decode(), tables])
    # A password holding "=" (isql reads a bare a=b as an option of its own).
    changed = sql('SET PASSWORD "dba" "pa=ss";')
    pw = os.path.join(db, "password")
    with open(pw, "w") as f:
        f.write("pa=ss\n")
    r = run([loader, "--port", str(ports["sql"]), "--password-file", pw, "--loaders", "1", shards],
            env=dict(env, DIPLOGRAPH_PASSWORD=""))
    ok(r.returncode == 0 and b"files loaded" in r.stderr,
       "a password with \"=\" in it logs in", [changed, r.stderr.decode()])
    sql('SET PASSWORD "pa=ss" "dba";', password="pa=ss")
    bad = os.path.join(shards, "zz-bad.nq")
    with open(bad, "w", encoding="utf-8") as f:
        f.write("<https://example.org/a> <https://example.org/b> .\n")
    r = run([loader, "--port", str(ports["sql"]), "--loaders", "1", shards], env=env)
    ok(r.returncode == 1 and b"zz-bad.nq" in r.stderr,
       "a shard Virtuoso cannot read: exit 1, naming the file", [r.stderr.decode()])


def main():
    if not NODE or not os.path.isdir(os.path.join(NODE_DIR, "node_modules")):
        skip("Node.js packages not installed: run `npm ci` in tests/node")
        node_ok = False
    else:
        node_ok = True
    with tempfile.TemporaryDirectory() as work:
        r = run([DIPLOGRAPH, "rdf", "-q", "-f", "trig", "-o", os.path.join(work, "seed.trig"),
                 SEED])
        ok(r.returncode == 0, "the seed graph exports as TriG", [r.stderr.decode()])
        if node_ok:
            shacl(work)
            oxigraph(work)
        virtuoso(work)
    return finish()


sys.exit(main())
