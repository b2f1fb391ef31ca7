#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Tables read through a mapping (lib/read/dg-mapping.c, lib/read/dg-reader-mapped.c).

- GDELT 2.0 event rows through the built-in gdelt-events mapping: the
  bundled sample (examples/gdelt), and the 4,060 real rows of
  ../shared/data/gdelt where present: every row mapped, none refused, and
  each state-to-state diplomacy row (different actor countries, CAMEO root
  03-05) an event linked to both states (directly, or through its actor's
  state), dated and derived from its source; the N-Quads read by rapper;
- GDELT 1.0's layouts of the same rows (58 columns, and 57 with no
  SOURCEURL) through gdelt1-events: the same nodes;
- ICEWS and COW Diplomatic Exchange rows (tests/data: their documented
  layouts, rows written to cover each case) through icews-events and
  cow-diplomatic-exchange: roles, shared state IRIs and labels, actors'
  affiliation, mission ranks, rows left out by "keep" and counted;
- include (built-in parts and files), a header's own column names, "=" in
  code lists, optional last columns;
- a mapping of one's own over CSV: RFC 4180 quoting, a header in another
  order, values typed by the ontology, a visit's roles from a code list;
- what does not fit: an unknown code, a row with too few cells, an
  impossible date, a mapping with an error: file:line:col, exit 1, rows
  counted as refused.
"""
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from taplib import finish, ok, skip  # noqa: E402

import rdflib  # noqa: E402
from rdflib.namespace import RDF  # noqa: E402

DIPLOGRAPH = os.environ.get("DIPLOGRAPH", "../../tools/diplograph")
EXAMPLES = os.environ.get("DG_EXAMPLES", os.path.join(os.path.dirname(__file__), "..", "..", "examples"))
SHARED = os.environ.get("DG_SHARED", os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared"))
RAPPER = os.environ.get("RAPPER", "")
DG = rdflib.Namespace("https://w3id.org/diplograph#")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
BASE = "https://w3id.org/diplograph/"
GDELT = BASE + "gdelt/"
DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data")


def run(*args):
    return subprocess.run([DIPLOGRAPH] + list(args), capture_output=True, text=True)


def gdelt(path, expect_rows, tmp, mapping="gdelt-events"):
    nq = os.path.join(tmp, "out.nq")
    r = run("rdf", "--mapping", mapping, "-f", "nquads", "-o", nq, path)
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
        countries = [rdflib.URIRef(BASE + "country/" + c) for c in (r[7], r[17])]
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
    known = {"VM": "VNM", "US": "USA", "CH": "CHN", "KS": "KOR", "JA": "JPN", "UK": "GBR",
             "RS": "RUS", "IN": "IND"}
    placed = [r for r in rows if r[58] and r[53] in known]
    wrong = [r[0] for r in placed
             if (rdflib.URIRef(GDELT + "place/" + r[58]), DG.locatedIn,
                 rdflib.URIRef(BASE + "country/" + known[r[53]])) not in g]
    ok(placed and not wrong,
       "a place is located in the country its FIPS 10-4 code names (VM: VNM, UK: GBR …; %d rows)"
       % len(placed), wrong[:5])
    sources = [r for r in rows if r[-1] and not r[-1].startswith("http")]
    for r in sources[:3]:
        s = g.value(rdflib.URIRef(GDELT + "event/" + r[0]), PROV.wasDerivedFrom)
        ok(s is not None and str(g.value(s, rdflib.RDFS.label)) == r[-1],
           "a SOURCEURL that is no URL is kept as written: %r" % r[-1])
    return g


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def quads(path):
    return set(l for l in open(path, encoding="utf-8"))


def gdelt1(path, tmp):
    """GDELT 1.0's layouts of the same rows: no *_ADM2Code columns (58),
    and no SOURCEURL either in the backfiles (57).  Made here from GDELT 2.0
    rows by dropping those columns; the nodes must be the same."""
    rows = [l.rstrip("\n").split("\t") for l in open(path, encoding="utf-8")]
    adm2 = {40, 48, 56}  # Actor1Geo_, Actor2Geo_, ActionGeo_ADM2Code
    daily, backfile = os.path.join(tmp, "v1.CSV"), os.path.join(tmp, "v1-backfile.CSV")
    with open(daily, "w", encoding="utf-8") as d, open(backfile, "w", encoding="utf-8") as b:
        for r in rows:
            v1 = [c for i, c in enumerate(r) if i not in adm2]
            d.write("\t".join(v1) + "\n")
            b.write("\t".join(v1[:-1]) + "\n")
    two, one, back = (os.path.join(tmp, n) for n in ("two.nq", "one.nq", "back.nq"))
    run("rdf", "--mapping", "gdelt-events", "-f", "nquads", "-o", two, path)
    r = run("rdf", "--mapping", "gdelt1-events", "-f", "nquads", "-o", one, daily)
    ok(r.returncode == 0 and quads(one) == quads(two),
       "GDELT 1.0's 58 columns give the quads GDELT 2.0's 61 give for the same rows (%d)"
       % len(quads(two)), r.stderr.splitlines()[:5])
    r = run("rdf", "--mapping", "gdelt1-events", "-f", "nquads", "-o", back, backfile)
    # With no source, an event's statements are in the default graph: triples compared.
    t_two, t_back = triples(two), triples(back)
    extra = t_back - t_two
    sources = {s for s, p, o in t_two if p == RDF.type and o == DG.SourceDocument}
    missing = {t for t in t_two - t_back if t[1] != PROV.wasDerivedFrom and t[0] not in sources}
    ok(r.returncode == 0 and "%d mapped, 0 refused" % len(rows) in r.stderr and not extra,
       "a backfile's 57 columns (no SOURCEURL): every row mapped, nothing new",
       r.stderr.splitlines()[:5] + sorted(extra)[:3])
    ok(not missing and len(t_two - t_back) > 0,
       "a backfile's rows give the same nodes but their sources", sorted(missing)[:3])


def triples(path):
    ds = rdflib.Dataset()
    ds.parse(path, format="nquads")
    return {(s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))}


with tempfile.TemporaryDirectory() as tmp:
    gdelt(os.path.join(EXAMPLES, "gdelt", "20170701-sample.export.CSV"), 60, tmp)
    gdelt1(os.path.join(EXAMPLES, "gdelt", "20170701-sample.export.CSV"), tmp)
    # An actor code with no country stays per state, the state of the
    # event's place; an event is drawn with its date.
    sample = os.path.join(EXAMPLES, "gdelt", "20170701-sample.export.CSV")
    r = run("rdf", "-q", "--mapping", "gdelt-events", "-f", "ntriples", sample)
    ok(r.returncode == 0 and "<https://w3id.org/diplograph/gdelt/actor/VNM/BUS>" in r.stdout
       and "<https://w3id.org/diplograph/gdelt/actor/CHN/BUS>" in r.stdout
       and "<https://w3id.org/diplograph/gdelt/actor/BUS>" not in r.stdout
       and "<https://w3id.org/diplograph/gdelt/actor/CHNBUS>" in r.stdout,
       "GDELT: BUS with no country is VNM/BUS and CHN/BUS, apart; CHNBUS as coded",
       [r.stderr])
    r = run("dot", "-q", "--mapping", "gdelt-events", sample)
    ok(r.returncode == 0 and re.search(r'label="Make a visit[^"]*\(2017-05-01\)"', r.stdout) is not None,
       "GDELT: an event drawn with its date", [r.stderr])
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

    # ICEWS event files (tests/data/icews-layout.tab: the layout of the ICEWS
    # files with their header; rows written here to cover each case).
    icews = os.path.join(DATA, "icews-layout.tab")
    nq = os.path.join(tmp, "icews.nq")
    r = run("rdf", "--mapping", "icews-events", "-f", "nquads", "-o", nq, icews)
    ok(r.returncode == 0 and "5 rows read through the mapping, 5 mapped, 0 refused" in r.stderr,
       "icews-events: every row mapped", r.stderr.splitlines())
    g = rdflib.Graph()
    for t in triples(nq):
        g.add(t)
    ev = lambda n: rdflib.URIRef(BASE + "icews/event/%d" % n)  # noqa: E731
    obama = rdflib.URIRef(BASE + "icews/actor/Barack%20Obama")
    vnm, usa = rdflib.URIRef(BASE + "country/VNM"), rdflib.URIRef(BASE + "country/USA")
    ok((ev(900001), DG.visitor, obama) in g and (ev(900001), DG.host, vnm) in g
       and (ev(900002), DG.host, vnm) in g and (ev(900002), DG.visitor, obama) in g,
       "042 and 043: visitor and host, the reverse for 043; a state named as an actor is the state")
    ok((obama, DG.affiliation, usa) in g and (usa, DG.iso3166, rdflib.Literal("US")) in g
       and (vnm, rdflib.RDFS.label, rdflib.Literal("Vietnam", lang="en")) in g,
       "an actor is affiliated with its country: country/ISO3 with GDELT's label")
    ok((ev(900004), DG.participant, rdflib.URIRef(BASE + "country/RUS")) not in g
       and (rdflib.URIRef(BASE + "icews/actor/Ministry%20(Russian%20Federation)"), DG.affiliation,
            rdflib.URIRef(BASE + "country/RUS")) in g,
       "\"Russian Federation\" is RUS; its ministry acts, not the state")
    kosovo = rdflib.URIRef(BASE + "icews/country/Kosovo")
    ok((ev(900005), DG.participant, kosovo) in g
       and (kosovo, rdflib.RDFS.label, rdflib.Literal("Kosovo", lang="en")) in g
       and (kosovo, DG.iso3166, None) not in g,
       "a country name no list has is a state of that name, not a refused row")
    ok((ev(900001), DG.date, rdflib.Literal("2016-05-23", datatype=rdflib.XSD.date)) in g
       and (ev(900001), DG.goldsteinScale, None) in g
       and g.value(g.value(ev(900001), PROV.wasDerivedFrom), DG.publisher) is not None
       and g.value(g.value(ev(900001), DG.location), rdflib.RDFS.label) == rdflib.Literal("Hanoi"),
       "an event: dated, its intensity, its story and publisher, its city")
    ok((ev(900003), RDF.type, DG.SigningCeremony) in g, "057: a signing ceremony")

    # COW Diplomatic Exchange (tests/data/cow-de-layout.csv: its layout).
    cow = os.path.join(DATA, "cow-de-layout.csv")
    nq = os.path.join(tmp, "cow.nq")
    r = run("rdf", "--mapping", "cow-diplomatic-exchange", "-f", "nquads", "-o", nq, cow)
    ok(r.returncode == 0 and "6 rows read through the mapping, 5 mapped, 1 left out by its keep, "
       "0 refused" in r.stderr,
       "cow-diplomatic-exchange: a dyad-year with no exchange is left out, and counted",
       r.stderr.splitlines())
    g = rdflib.Graph()
    for t in triples(nq):
        g.add(t)
    mission = lambda a, b, y: rdflib.URIRef(BASE + "cow/mission/%d-at-%d/%d" % (a, b, y))  # noqa: E731
    ok((rdflib.URIRef(BASE + "cow/exchange/2-816/2000"), DG.party, vnm) in g
       and (rdflib.URIRef(BASE + "cow/exchange/2-816/1990"), None, None) not in g,
       "COW 816 is Vietnam, the node GDELT and ICEWS name; no relation where DE is 0")
    ok((mission(816, 732, 1995), DG.missionRank, DG.ChargeDAffaires) in g
       and (mission(732, 816, 1995), DG.missionRank, DG.Envoy) in g
       and (mission(816, 2, 2000), DG.missionRank, DG.Ambassador) in g
       and (mission(816, 2, 2000), DG.subOrganizationOf, vnm) in g
       and (mission(816, 2, 2000), DG.accreditedTo, usa) in g,
       "DR_at_1 is the rank of state 2's mission at state 1: 1, 2, 3 are the ontology's roles")
    ok((mission(245, 240, 1817), DG.missionRank, None) not in g and (mission(245, 240, 1817), None, None) in g
       and (mission(240, 245, 1817), None, None) not in g,
       "rank 9 (other): a mission with no rank; rank 0: no mission")
    rvn = rdflib.URIRef(BASE + "cow/state/817")
    ok((rvn, rdflib.RDFS.label, rdflib.Literal("Republic of Vietnam", lang="en")) in g
       and (rvn, DG.iso3166, None) not in g,
       "a state no ISO code names (817, the Republic of Vietnam) keeps its COW number")

    # The shared code lists of the built-in mappings agree on every state.
    gd, ic, cw = (triples(p) for p in (os.path.join(tmp, "two.nq"), os.path.join(tmp, "icews.nq"), nq))
    labels = {}
    for t in gd | ic | cw:
        if t[1] == rdflib.RDFS.label and str(t[0]).startswith(BASE + "country/"):
            labels.setdefault(t[0], set()).add(t[2])
    ok(labels and all(len(v) == 1 for v in labels.values()),
       "GDELT, ICEWS and COW give each state one label (%d states)" % len(labels),
       [(k, v) for k, v in labels.items() if len(v) > 1][:3])

    # Mapping features: include, a header's own names, "=", optional columns.
    part = write(os.path.join(tmp, "people.inc"), 'codes people name\n  TL "To Lam"\n  * =\n')
    mine = write(os.path.join(tmp, "mine.map"),
                 'table tsv\nheader yes\ncolumns who="Who went" where="To" note?\n'
                 'base <https://example.org/v/>\ninclude people.inc\ninclude cameo-events\n'
                 'node p Person person/{who}\n  label="{who|people:name}"@en\n')
    table = write(os.path.join(tmp, "t.tsv"), "To\tWho went\nKR\tTL\nJP\tNguyen Van A\n")
    nt = os.path.join(tmp, "t.nt")
    r = run("rdf", "--mapping", mine, "-f", "ntriples", "-o", nt, table)
    text = open(nt, encoding="utf-8").read() if r.returncode == 0 else ""
    ok(r.returncode == 0 and '"To Lam"@en' in text and '"Nguyen Van A"@en' in text,
       "include beside the mapping and a built-in part; a header's own names; \"=\" keeps "
       "a code no list has", r.stderr.splitlines())
    write(table, "To\tWho\nKR\tTL\n")
    r = run("check", "--mapping", mine, table)
    ok(r.returncode == 1 and (table + ':1:1: error: the header has no column "Who went"') in r.stderr,
       "a header without a column the mapping reads: an error, not empty cells",
       r.stderr.splitlines())
    with open(mine, "a", encoding="utf-8") as f:
        f.write("include no-such-part\n")
    r = run("check", "--mapping", mine, table)
    ok(r.returncode != 0 and (mine + ":9:9:") in r.stderr and "no-such-part" in r.stderr,
       "an include that is none: the mapping's file:line:col", r.stderr.splitlines())
    with open(part, "a", encoding="utf-8") as f:
        f.write("node q Person {nosuch}\n")
    r = run("check", "--mapping", mine, table)
    ok(r.returncode != 0 and (part + ":4:") in r.stderr,
       "an error in an included file: its own file:line:col", r.stderr.splitlines())

    # A mapping of one's own, over CSV with a header in another order.
    mapping = write(os.path.join(tmp, "visits.map"), '''# visits from a spreadsheet
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
    csv_path = write(os.path.join(tmp, "visits.csv"),
                     'note,id,who,whom,when\n'
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

    # `!COLUMN`: a node made only where a cell is empty (GDELT's actors
    # with no country, kept per state).
    empty_map = write(os.path.join(tmp, "empty.map"), '''table csv
header yes
columns id who country place
base <https://example.org/e/>
node actor Agent actor/{country}/{who} when=who when=country
node anyone Agent actor/{place}/{who} when=who when=!country
node event Event event/{id}
  participant=@actor|@anyone
''')
    empty_csv = write(os.path.join(tmp, "empty.csv"),
                      "id,who,country,place\ne1,BUS,,VNM\ne2,BUS,,CHN\ne3,BUS,KOR,VNM\n")
    r = run("rdf", "--mapping", empty_map, "-f", "ntriples", empty_csv)
    out = r.stdout
    ok(r.returncode == 0 and "<https://example.org/e/actor/VNM/BUS>" in out
       and "<https://example.org/e/actor/CHN/BUS>" in out
       and "<https://example.org/e/actor/KOR/BUS>" in out and "actor//BUS" not in out
       and out.count("#participant>") == 3,
       "!COLUMN: a node where the cell is empty, none where it is not", [r.stderr])

    # What does not fit.
    write(csv_path, 'note,id,who,whom,when\n'
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

    # A row with no event id is refused, not counted as mapped with no event.
    sample = open(os.path.join(EXAMPLES, "gdelt", "20170701-sample.export.CSV"),
                  encoding="utf-8").read().splitlines(True)
    noid = os.path.join(tmp, "noid.export.CSV")
    with open(noid, "w", encoding="utf-8") as f:
        f.write(sample[0] + "\t" + sample[1].split("\t", 1)[1] + sample[2])
    r = run("check", "--mapping", "gdelt-events", noid)
    ok(r.returncode == 1 and "noid.export.CSV:2:1: error: no IRI for the row's event: column "
       "GLOBALEVENTID is empty" in r.stderr and "3 rows read through the mapping, 2 mapped, 1 refused"
       in r.stderr, "an empty GLOBALEVENTID: the row refused, named", r.stderr.splitlines())

    # Windows files: a byte-order mark and CRLF in a mapping and in a CSV.
    win = os.path.join(tmp, "win.map")
    with open(win, "wb") as f:
        f.write(b"\xef\xbb\xbftable csv\r\nheader yes\r\ncolumns id name\r\n"
                b"base <https://example.org/>\r\nnode s State s/{id}\r\n  label={name}\r\n")
    wincsv = os.path.join(tmp, "win.csv")
    with open(wincsv, "wb") as f:
        f.write(b"\xef\xbb\xbfid,name\r\nvn,Vietnam\r\n\"kr\",\"Korea, Republic of\"\r\n")
    out = os.path.join(tmp, "win.nt")
    r = run("rdf", "--mapping", win, "-f", "ntriples", "-o", out, wincsv)
    ok(r.returncode == 0 and "2 rows read through the mapping, 2 mapped, 0 refused" in r.stderr
       and '<https://example.org/s/kr> <http://www.w3.org/2000/01/rdf-schema#label> "Korea, '
       'Republic of" .' in open(out, encoding="utf-8").read(),
       "a byte-order mark and CRLF in the mapping and the CSV: read", r.stderr.splitlines())

    # Includes stay beside the mapping: no absolute path, no "..", no link
    # out, and nothing endless.
    for name, what, why in (("abs", "/etc/passwd", "beside the mapping"),
                            ("up", "../x.inc", "beside the mapping"),
                            ("link", "passwd.inc", "a link out of the mapping's folder"),
                            ("fifo", "fifo.inc", "larger than")):
        mdir = os.path.join(tmp, "inc-" + name)
        os.mkdir(mdir)
        if name == "link":
            os.symlink("/etc/passwd", os.path.join(mdir, "passwd.inc"))
        writer = None
        if name == "fifo":
            os.mkfifo(os.path.join(mdir, "fifo.inc"))
            writer = subprocess.Popen(["sh", "-c", "yes > '%s'" % os.path.join(mdir, "fifo.inc")],
                                      stderr=subprocess.DEVNULL)
        path = os.path.join(mdir, "m.map")
        with open(path, "w") as f:
            f.write("table csv\ninclude %s\ncolumns a\nnode n State s/{a}\n" % what)
        r = run("check", "--mapping", path, wincsv)
        if writer:
            writer.kill()
            writer.wait()
        ok(r.returncode != 0 and "m.map:2:9: cannot include" in r.stderr and why in r.stderr
           and "root:" not in r.stderr,
           "include %s: refused at its place (%s), nothing of it shown" % (what, why),
           r.stderr.splitlines())

    # A cell's column counts characters, not bytes, after cells of
    # Vietnamese: an unknown event code in a GDELT row whose actor is
    # "Nguyễn Phú Trọng".
    cells = open(os.path.join(EXAMPLES, "gdelt", "20170701-sample.export.CSV"),
                 encoding="utf-8").readline().rstrip("\n").split("\t")
    cells[6] = "Nguyễn Phú Trọng"
    cells[26] = "999"
    row = os.path.join(tmp, "vi.export.CSV")
    write(row, "\t".join(cells) + "\n")
    r = run("check", "--mapping", "gdelt-events", row)
    col = len("\t".join(cells[:26])) + 2
    ok(r.returncode == 1 and ("vi.export.CSV:1:%d: error: unknown code \"999\"" % col) in r.stderr,
       "a column after multibyte cells is counted in characters (%d)" % col, r.stderr.splitlines()[:3])

sys.exit(finish())
