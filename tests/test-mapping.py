#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Tables read through a mapping (lib/dg-mapping.c, lib/dg-reader-mapped.c).

- GDELT 2.0 event rows through the built-in gdelt-events mapping: the
  bundled sample (examples/gdelt), and the 4,060 real rows of
  ../shared/data/gdelt where present: every row mapped, none refused, and
  each state-to-state diplomacy row (different actor countries, CAMEO root
  03-05) an event linked to both states (directly, or through its actor's
  state), dated and derived from its source; the N-Quads read by rapper;
- a mapping of one's own over CSV: RFC 4180 quoting, a header in another
  order, values typed by the ontology, a visit's roles from a code list;
- what does not fit: an unknown code, a row with too few cells, an
  impossible date, a mapping with an error: file:line:col, exit 1, rows
  counted as refused.
"""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from taplib import finish, ok, skip  # noqa: E402

import rdflib  # noqa: E402
from rdflib.namespace import RDF  # noqa: E402

DIPLOGRAPH = os.environ.get("DIPLOGRAPH", "../tools/diplograph")
EXAMPLES = os.environ.get("DG_EXAMPLES", os.path.join(os.path.dirname(__file__), "..", "examples"))
SHARED = os.environ.get("DG_SHARED", os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
RAPPER = os.environ.get("RAPPER", "")
DG = rdflib.Namespace("https://w3id.org/diplograph#")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
GDELT = "https://w3id.org/diplograph/gdelt/"


def run(*args):
    return subprocess.run([DIPLOGRAPH] + list(args), capture_output=True, text=True)


def gdelt(path, expect_rows, tmp):
    nq = os.path.join(tmp, "out.nq")
    r = run("rdf", "--mapping", "gdelt-events", "-f", "nquads", "-o", nq, path)
    ok(r.returncode == 0
       and "%d rows read through the mapping, %d mapped, 0 refused" % (expect_rows, expect_rows)
       in r.stderr,
       "%s: %d rows read, every one mapped" % (os.path.basename(path), expect_rows),
       r.stderr.splitlines()[:10])
    if RAPPER and os.access(RAPPER, os.X_OK):
        c = subprocess.run([RAPPER, "-i", "nquads", "-c", nq], capture_output=True, text=True)
        n = sum(1 for _ in open(nq, encoding="utf-8"))
        ok(c.returncode == 0 and ("returned %d triples" % n) in c.stderr,
           "rapper reads the N-Quads (%d quads)" % n, [c.stderr])
    else:
        skip("rapper is not installed")
    g = rdflib.Graph()
    ds = rdflib.Dataset()
    ds.parse(nq, format="nquads")
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    rows = [l.rstrip("\n").split("\t") for l in open(path, encoding="utf-8")]
    events = set(g.subjects(DG.eventCode, None))
    ok(len(events) == len(rows), "one event a row (%d)" % len(events))

    def states_of(event):
        out = set()
        for _, p, o in g.triples((event, None, None)):
            if (o, RDF.type, DG.State) in g or (o, RDF.type, DG.Region) in g:
                out.add(o)
            for up in g.objects(o, DG.subOrganizationOf):
                out.add(up)
        return out

    diplomacy = [r for r in rows if r[7] and r[17] and r[7] != r[17] and r[28] in ("03", "04", "05")]
    good, to_states = [], 0
    for r in diplomacy:
        e = rdflib.URIRef(GDELT + "event/" + r[0])
        countries = [rdflib.URIRef(GDELT + "country/" + c) for c in (r[7], r[17])]
        states = [c for c in countries if (c, RDF.type, DG.State) in g]
        actors = {o for _, p, o in g.triples((e, None, None))
                  if p in (DG.participant, DG.visitor, DG.host)}
        # Each side: its state (directly or as its actor's state); a
        # regional code ("EUR", "AFR") is no state: its group or
        # organisation acts.
        if (set(states) <= states_of(e) and len(actors) == 2 and (e, DG.date, None) in g
                and (e, PROV.wasDerivedFrom, None) in g):
            good.append(r[0])
        to_states += len(states) == 2
    ok(len(diplomacy) > 0 and len(good) == len(diplomacy),
       "%d of the %d diplomacy rows between two countries or regions link both actors, every "
       "state among them (%d rows between two states), dated and sourced"
       % (len(good), len(diplomacy), to_states))
    visits = [r for r in rows if r[26] == "042" and r[5] and r[15]]
    bad = [r[0] for r in visits
           if (rdflib.URIRef(GDELT + "event/" + r[0]), DG.visitor, None) not in g
           or (rdflib.URIRef(GDELT + "event/" + r[0]), DG.host, None) not in g]
    ok(not bad, "every 'make a visit' (042) with two actors has a visitor and a host (%d)" % len(visits),
       bad[:5])
    sources = [r for r in rows if r[60] and not r[60].startswith("http")]
    for r in sources[:3]:
        s = g.value(rdflib.URIRef(GDELT + "event/" + r[0]), PROV.wasDerivedFrom)
        ok(s is not None and str(g.value(s, rdflib.RDFS.label)) == r[60],
           "a SOURCEURL that is no URL is kept as written: %r" % r[60])
    return g


with tempfile.TemporaryDirectory() as tmp:
    gdelt(os.path.join(EXAMPLES, "gdelt", "20170701-sample.export.CSV"), 60, tmp)
    shared = os.path.join(SHARED, "data", "gdelt", "20170701-sample.export.CSV")
    if os.path.exists(shared):
        gdelt(shared, 4060, tmp)
    else:
        skip("no shared GDELT rows at " + shared)

    # Compressed input: read through zlib, in the syntax of its name without .gz.
    import gzip
    gz = os.path.join(tmp, "sample.export.CSV.gz")
    with open(os.path.join(EXAMPLES, "gdelt", "20170701-sample.export.CSV"), "rb") as src, \
            gzip.open(gz, "wb") as dst:
        dst.write(src.read())
    r = run("check", "--mapping", "gdelt-events", gz)
    ok(r.returncode == 0 and "60 rows read through the mapping, 60 mapped, 0 refused" in r.stderr,
       "a .gz table is read through zlib", r.stderr.splitlines())
    with open(gz, "r+b") as f:
        f.truncate(200)
    r = run("check", "--mapping", "gdelt-events", gz)
    ok(r.returncode != 0 and r.stderr.count(gz) >= 1, "a truncated .gz: an error naming the file",
       r.stderr.splitlines())

    # A mapping of one's own, over CSV with a header in another order.
    mapping = os.path.join(tmp, "visits.map")
    with open(mapping, "w", encoding="utf-8") as f:
        f.write('''# visits from a spreadsheet
table csv
header yes
columns id when who whom note
base <https://example.org/visits/>
codes people name
  TL "To Lam"
  LJ "Lee Jae-myung"
node visitor Person person/{who} when=who
  label="{who|people:name}"@en
node host State state/{whom} when=whom
node visit Visit visit/{id}
  visitor=@visitor host=@host start={when} description="{note}"@en
''')
    csv_path = os.path.join(tmp, "visits.csv")
    with open(csv_path, "w", encoding="utf-8") as f:
        f.write('note,id,who,whom,when\n'
                '"A state visit, ""historic""",v1,TL,KR,2025-08-10\n'
                '"two\nlines",v2,LJ,VN,2025-11\n')
    ttl = os.path.join(tmp, "visits.nt")
    r = run("rdf", "--mapping", mapping, "-f", "ntriples", "-o", ttl, csv_path)
    text = open(ttl, encoding="utf-8").read() if r.returncode == 0 else ""
    ok(r.returncode == 0 and "2 rows read through the mapping, 2 mapped, 0 refused" in r.stderr,
       "a mapping file over CSV with a header: both rows mapped", r.stderr.splitlines())
    ok('<https://example.org/visits/visit/v1> <https://w3id.org/diplograph#description> '
       '"A state visit, \\"historic\\""@en .' in text,
       "a quoted cell keeps its comma and its doubled quotes")
    ok('"two\\nlines"@en' in text, "a quoted cell keeps its line break")
    ok('<https://example.org/visits/visit/v2> <https://w3id.org/diplograph#startDate> '
       '"2025-11"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> .' in text,
       "a date takes the datatype of its precision")
    ok('<https://example.org/visits/person/TL> <http://www.w3.org/2000/01/rdf-schema#label> "To Lam"@en .'
       in text, "a code list gives the label")

    # What does not fit.
    with open(csv_path, "w", encoding="utf-8") as f:
        f.write('note,id,who,whom,when\n'
                'x,v1,XX,KR,2025-08-10\n'
                'y,v2,TL,KR,2025-02-30\n'
                'z,v3,TL\n'
                'fine,v4,TL,KR,2025\n')
    r = run("check", "--mapping", mapping, csv_path)
    lines = r.stderr.splitlines()
    ok(r.returncode == 1, "check exits 1 on rows that do not fit", lines)
    ok(any(l.startswith(csv_path + ':2:6: error: unknown code "XX" in column who') for l in lines),
       "an unknown code: file:line:col of its cell, naming the column and the list", lines)
    ok(any(l.startswith(csv_path + ":3:") and "2025-02-30" in l for l in lines),
       "an impossible date: its row's line", lines)
    ok(any(l.startswith(csv_path + ":4:") for l in lines), "a short row: an error", lines)
    ok("4 rows read through the mapping, 1 mapped, 3 refused" in r.stderr,
       "check counts the rows read, mapped and refused", lines)
    with open(mapping, "a", encoding="utf-8") as f:
        f.write("node broken Visit visit/{nosuch}\n")
    r = run("check", "--mapping", mapping, csv_path)
    ok(r.returncode == 1 and (mapping + ":14:") in r.stderr and 'unknown column "nosuch"' in r.stderr,
       "an error in the mapping: its file:line:col", r.stderr.splitlines())
    r = run("check", "--mapping", "no-such-mapping", csv_path)
    ok(r.returncode == 2 and "gdelt-events" in r.stderr,
       "an unknown mapping name: exit 2, the built-in ones listed", r.stderr.splitlines())

sys.exit(finish())
