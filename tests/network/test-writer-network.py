#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Networks of a view (lib/network/dg-writer-network.c and dg-network-*.c), read
back by the tools they are for:

- GraphML read by Debian's networkx and igraph, GEXF by networkx and the
  npm graphology-gexf parser, the CSV lists by Python's csv module, the
  Cytoscape.js JSON by json: each has the nodes and edges `diplograph dot`
  draws of the same view (counted by Graphviz's own JSON output), for the
  whole seed graph and for the state–state network of Vietnam's
  partnerships;
- the partnerships' times: start and end dates, a level ending the eve of
  the one that replaced it; labels in the --lang chain; text with XML and
  CSV specials kept exactly;
- the attributes a researcher analyses, typed: class and relation by name,
  labels per language, ISO code, level, dates with their precision (a year
  padded to a day says so), GDELT's Goldstein score, tone, CAMEO code and
  counts as numbers, quote and source counts; read back with their types
  by networkx (GraphML, GEXF), igraph and graphology, and the same columns
  in CSV;
- what must not happen: a name that says another format, CSV to standard
  output, an unknown focus: a clear error, the output left as it was.
"""
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from taplib import finish, ok, skip  # noqa: E402

import igraph  # noqa: E402
import networkx as nx  # noqa: E402

DIPLOGRAPH = os.environ.get("DIPLOGRAPH", "../../tools/diplograph")
SRCDIR = os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.environ.get("DG_EXAMPLES", os.path.join(SRCDIR, "..", "examples"))
DOT = os.environ.get("DOT") or shutil.which("dot")
NODE = os.environ.get("NODE") or shutil.which("node")
NODE_DIR = os.path.join(SRCDIR, "node")
SEED = os.path.join(EXAMPLES, "vietnam", "all.dg")
SEEDBASE = "https://w3id.org/diplograph/seed/"
PARTNERS = ["--focus", "vietnam", "--depth", "1", "--classes", "State,Partnership",
            "--relations", "party", "--collapse"]


def run(*args):
    return subprocess.run([DIPLOGRAPH] + list(args), capture_output=True, text=True)


def dot_counts(view, tmp):
    """Nodes and edges Graphviz finds in the DOT of the same view."""
    path = os.path.join(tmp, "view.dot")
    r = run("dot", "-q", "-o", path, *view)
    j = json.loads(subprocess.run([DOT, "-Tjson0", path], capture_output=True, text=True,
                                  check=True).stdout)
    assert r.returncode == 0
    # Invisible edges only pack the isolated nodes into rows.
    edges = [e for e in j.get("edges", []) if e.get("style") != "invis"]
    return len(j.get("objects", [])), len(edges)


def views(tmp, name, view):
    want = dot_counts(view, tmp)
    graphml = os.path.join(tmp, name + ".graphml")
    r = run("network", "-o", graphml, *view)
    ok(r.returncode == 0, "%s: GraphML written" % name, r.stderr.splitlines())
    g = nx.read_graphml(graphml)
    ok((g.number_of_nodes(), g.number_of_edges()) == want,
       "%s: networkx reads the GraphML: %d nodes, %d edges, as dot draws" % ((name,) + want),
       [(g.number_of_nodes(), g.number_of_edges())])
    ig = igraph.Graph.Read_GraphML(graphml)
    ok((ig.vcount(), ig.ecount()) == want
       and sorted(ig.degree()) == sorted(d for _, d in g.degree())
       and {"label", "class", "start"} <= set(ig.vs.attributes())
       and {"label", "relation"} <= set(ig.es.attributes()),
       "%s: igraph reads it too, the same degrees, typed node and edge keys" % name,
       [ig.vs.attributes(), ig.es.attributes()])

    gexf = os.path.join(tmp, name + ".gexf")
    r = run("network", "-f", "gexf", "-o", gexf, *view)
    gx = nx.read_gexf(gexf) if r.returncode == 0 else nx.Graph()
    ok((gx.number_of_nodes(), gx.number_of_edges()) == want,
       "%s: networkx reads the GEXF 1.2draft" % name, r.stderr.splitlines())
    if NODE and os.path.isdir(os.path.join(NODE_DIR, "node_modules", "graphology-gexf")):
        p = subprocess.run([NODE, os.path.join(NODE_DIR, "gexf.mjs"), gexf],
                           capture_output=True, text=True)
        parsed = json.loads(p.stdout) if p.returncode == 0 else {}
        ok((parsed.get("order"), parsed.get("size")) == want,
           "%s: graphology-gexf parses it: %s" % (name, (parsed.get("order"), parsed.get("size"))),
           p.stderr.splitlines()[:5])
    else:
        skip("graphology-gexf not installed: run `npm ci` in tests/node")

    out = os.path.join(tmp, name + "-csv")
    r = run("network", "-f", "csv", "-o", out, *view)
    nodes = list(csv.DictReader(open(os.path.join(out, "nodes.csv"), newline="", encoding="utf-8")))
    edges = list(csv.DictReader(open(os.path.join(out, "edges.csv"), newline="", encoding="utf-8")))
    fromcsv = nx.MultiDiGraph()
    fromcsv.add_nodes_from(n["Id"] for n in nodes)
    fromcsv.add_edges_from((e["Source"], e["Target"]) for e in edges)
    ok(r.returncode == 0 and (len(nodes), len(edges)) == want
       and fromcsv.number_of_nodes() == len(nodes)
       and sorted(d for _, d in fromcsv.degree()) == sorted(d for _, d in g.degree()),
       "%s: nodes.csv and edges.csv: the same nodes, edges and degrees" % name,
       r.stderr.splitlines())

    cy = os.path.join(tmp, name + ".cyjs")
    r = run("network", "-o", cy, *view)
    elements = json.load(open(cy, encoding="utf-8"))["elements"] if r.returncode == 0 else {}
    ok((len(elements.get("nodes", [])), len(elements.get("edges", []))) == want,
       "%s: Cytoscape.js JSON (by the name .cyjs)" % name, r.stderr.splitlines())
    return g, gx, edges


with tempfile.TemporaryDirectory() as tmp:
    if not DOT:
        skip("Graphviz dot is not installed")
        sys.exit(finish())
    views(tmp, "seed", ["--collapse", SEED])
    g, gx, edges = views(tmp, "partnerships", PARTNERS + [SEED])

    # The state-state network of partnerships: states, and partnerships as
    # undirected edges that start and end.
    ok(g.is_directed() is False and all(d["class"] == "State" for _, d in g.nodes(data=True)),
       "partnerships: states as nodes, undirected edges", list(g.nodes(data=True))[:2])
    esp = [d for _, _, d in gx.edges(data=True) if d.get("fact") == SEEDBASE + "vn-jp-esp"]
    csp = [d for _, _, d in gx.edges(data=True) if d.get("fact") == SEEDBASE + "vn-jp-csp"]
    ok(esp and esp[0].get("start") == "2014-01-01" and esp[0].get("end") == "2023-11-26"
       and csp and csp[0].get("start") == "2023-11-27" and "end" not in csp[0],
       "GEXF times: Japan's Extensive Strategic Partnership (2014) ends the eve of the "
       "Comprehensive one (2023-11-27), which has not ended", esp + csp)
    ok(any(e["fact"] == SEEDBASE + "vn-jp-esp" and e["end"] == "2023-11-26"
           and e["Type"] == "Undirected" for e in edges),
       "CSV: the same times, Gephi's Type column", edges[:2])

    # The attributes, typed.
    esp = esp[0] if esp else {}
    ok(esp.get("level") == "ExtensiveStrategicPartnership"
       and esp.get("level_label") == "Extensive Strategic Partnership"
       and esp.get("relation") == "Partnership"
       and esp.get("start_precision") == "year" and esp.get("end_precision") == "day"
       and esp.get("upgraded") == "2014-01-01" and esp.get("upgraded_precision") == "year"
       and isinstance(esp.get("quotes"), int) and esp.get("sources") == 1,
       "GEXF edge attributes: level by name and label, relation by class name, the year 2014 "
       "padded to 2014-01-01 with precision year, quote and source counts as integers", [esp])
    vn = g.nodes.get(SEEDBASE + "vietnam", {})
    ok(vn.get("iso3166") == "VN" and vn.get("label_vi") == "Việt Nam"
       and vn.get("class_iri") == "https://w3id.org/diplograph#State"
       and isinstance(vn.get("quotes"), int),
       "GraphML node attributes: ISO code, a label per language, class IRI, counts as "
       "integers", [vn])
    gdelt = os.path.join(EXAMPLES, "gdelt", "20170701-sample.export.CSV")
    ev_graphml = os.path.join(tmp, "events.graphml")
    r = run("network", "--mapping", "gdelt-events", "-o", ev_graphml, gdelt)
    ev = nx.read_graphml(ev_graphml) if r.returncode == 0 else nx.Graph()
    e1 = ev.nodes.get("https://w3id.org/diplograph/gdelt/event/651827801", {})
    ok(e1.get("goldsteinScale") == 3.4 and abs(e1.get("averageTone", 0) + 5.8236) < 1e-3
       and e1.get("eventCode") == "051" and e1.get("mentions") == 1
       and type(e1.get("mentions")) is int and e1.get("date") == "2017-04-24"
       and e1.get("date_precision") == "day" and e1.get("class") == "Event",
       "GDELT through GraphML: Goldstein and tone as floats, mentions as an integer, the CAMEO "
       "code as text (051 keeps its zero), the date with its precision", [r.stderr, e1])
    ig = igraph.Graph.Read_GraphML(ev_graphml)
    row = [v.attributes() for v in ig.vs if v["id"] == "https://w3id.org/diplograph/gdelt/event/651827801"]
    ok(row and row[0]["goldsteinScale"] == 3.4 and row[0]["mentions"] == 1
       and row[0]["eventCode"] == "051",
       "igraph reads the same values with their types (numbers as numbers)", row)
    ev_gexf = os.path.join(tmp, "events.gexf")
    r = run("network", "--mapping", "gdelt-events", "-o", ev_gexf, gdelt)
    evx = nx.read_gexf(ev_gexf) if r.returncode == 0 else nx.Graph()
    e2 = evx.nodes.get("https://w3id.org/diplograph/gdelt/event/651827801", {})
    ok(e2.get("goldsteinScale") == 3.4 and type(e2.get("mentions")) is int
       and e2.get("start") == "2017-04-24" and e2.get("eventCode") == "051",
       "GDELT through GEXF: the same types, the event's day as its start", [e2])
    if NODE and os.path.isdir(os.path.join(NODE_DIR, "node_modules", "graphology-gexf")):
        p = subprocess.run([NODE, os.path.join(NODE_DIR, "gexf.mjs"), ev_gexf],
                           capture_output=True, text=True)
        parsed = json.loads(p.stdout)["nodes"] if p.returncode == 0 else {}
        e3 = parsed.get("https://w3id.org/diplograph/gdelt/event/651827801", {})
        ok(e3.get("goldsteinScale") == 3.4 and e3.get("mentions") == 1
           and e3.get("eventCode") == "051",
           "graphology-gexf reads them typed: numbers as numbers, the code as text", [e3])
    out = os.path.join(tmp, "events-csv")
    r = run("network", "--mapping", "gdelt-events", "-f", "csv", "-o", out, gdelt)
    with open(os.path.join(out, "nodes.csv"), newline="", encoding="utf-8") as f:
        header = next(csv.reader(f))
    ok(r.returncode == 0 and header[:2] == ["Id", "Label"]
       and [c for c in header[2:]] == [c for c in ig.vs.attributes() if c not in ("id", "label")],
       "CSV: the same columns as GraphML, in the same order", [header, ig.vs.attributes()])
    r = run("network", "--mapping", "gdelt-events", "-f", "cytoscape", gdelt)
    cyn = {n["data"]["id"]: n["data"] for n in json.loads(r.stdout)["elements"]["nodes"]} \
        if r.returncode == 0 else {}
    e4 = cyn.get("https://w3id.org/diplograph/gdelt/event/651827801", {})
    ok(e4.get("goldsteinScale") == 3.4 and e4.get("mentions") == 1 and e4.get("eventCode") == "051",
       "Cytoscape JSON: numbers as JSON numbers", [e4])

    # Values no type holds are text, never dropped: an ill-typed decimal, two
    # values of one relation, two relations with one local name.
    odd = os.path.join(tmp, "odd.ttl")
    with open(odd, "w", encoding="utf-8") as f:
        f.write('@prefix dg: <https://w3id.org/diplograph#> .\n'
                '@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n'
                '<https://example.org/a> a dg:State ; dg:iso3166 "AA", "AB" ;\n'
                '  <http://a.example/score> "2.5"^^xsd:decimal ;\n'
                '  <http://b.example/score> "high" .\n'
                '<https://example.org/b> a dg:State ; <http://a.example/score> "n/a"^^xsd:decimal .\n'
                '<https://example.org/c> a dg:State ; <http://a.example/score> "7"^^xsd:decimal ;\n'
                '  <http://a.example/flag> "1"^^xsd:boolean .\n')
    odd_graphml = os.path.join(tmp, "odd.graphml")
    r = run("network", "-o", odd_graphml, odd)
    og = nx.read_graphml(odd_graphml) if r.returncode == 0 else nx.Graph()
    a, b, c = (og.nodes.get("https://example.org/" + x, {}) for x in "abc")
    ok(a.get("iso3166") == "AA; AB" and a.get("score") == "2.5" and b.get("score") == "n/a"
       and c.get("score") == "7" and a.get("http://b.example/score") == "high"
       and c.get("flag") is True,
       "two values joined, an ill-typed decimal makes its column text (no value lost), a second "
       "relation named 'score' keeps its IRI, a boolean stays a boolean", [r.stderr, a, b, c])

    # Labels in the language chain.
    r = run("network", "--lang", "id", "-f", "cytoscape", *PARTNERS + [SEED])
    labels = {e["data"]["label"] for e in json.loads(r.stdout)["elements"]["edges"]} \
        if r.returncode == 0 else set()
    ok("Kemitraan Strategis Komprehensif" in labels,
       "--lang id: Indonesian labels", sorted(labels))

    # Text that XML and CSV must escape survives the trip.
    special = os.path.join(tmp, "special.dg")
    with open(special, "w", encoding="utf-8") as f:
        f.write('@base <https://example.org/s/>\n'
                'State a "A & <B>, \\"quoted\\"\\nline" iso3166=AA\n'
                'State b "Côte d\'Ivoire; 東京" iso3166=BB\n'
                'Partnership p party=a party=b level=StrategicPartnership start=2020\n')
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        path = os.path.join(tmp, "special." + fmt)
        r = run("network", "--collapse", "-o", path, special)
        names = {d.get("label") for _, d in read(path).nodes(data=True)} if r.returncode == 0 else set()
        ok(names == {'A & <B>, "quoted"\nline', "Côte d'Ivoire; 東京"},
           "%s: labels with &, <, quotes, a line break and non-ASCII read back exactly" % fmt,
           r.stderr.splitlines() + sorted(map(str, names)))
    r = run("network", "--collapse", "-f", "csv", "-o", os.path.join(tmp, "special"), special)
    rows = list(csv.DictReader(open(os.path.join(tmp, "special", "nodes.csv"), newline="",
                                    encoding="utf-8")))
    ok(r.returncode == 0 and {x["Label"] for x in rows} == {'A & <B>, "quoted"\nline',
                                                           "Côte d'Ivoire; 東京"},
       "csv: quoted fields keep commas, quotes and line breaks", [x["Label"] for x in rows])

    # What must not happen.
    # A .dg file cannot hold a control character; Turtle can.
    control = os.path.join(tmp, "control.ttl")
    with open(control, "w", encoding="utf-8") as f:
        f.write('<https://example.org/a> a <https://w3id.org/diplograph#State> ;\n'
                '  <http://www.w3.org/2000/01/rdf-schema#label> "bell\\u0007" .\n')
    out = os.path.join(tmp, "control.graphml")
    with open(out, "w") as f:
        f.write("before\n")
    r = run("network", "-o", out, control)
    ok(r.returncode != 0 and 'U+0007 in "bell\\u0007"' in r.stderr and open(out).read() == "before\n",
       "a label with a character XML 1.0 cannot hold: an error naming it, the output untouched",
       [r.stderr])
    r = run("network", "-f", "cytoscape", control)
    ok(r.returncode == 0
       and json.loads(r.stdout)["elements"]["nodes"][0]["data"]["label"] == "bell\a",
       "JSON escapes it instead", [r.stderr])
    # U+0000 (RDF literals may hold it): JSON writes \u0000, CSV and XML
    # refuse it; Python's json and csv read what is written.
    nul = os.path.join(tmp, "nul.nt")
    with open(nul, "w", encoding="utf-8") as f:
        f.write('<https://example.org/a> a <https://w3id.org/diplograph#State> .\n'
                '<https://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "a\\u0000b" .\n')
    r = run("network", "-f", "cytoscape", nul)
    ok(r.returncode == 0 and "\\u0000" in r.stdout
       and json.loads(r.stdout)["elements"]["nodes"][0]["data"]["label"] == "a\0b",
       "U+0000 in Cytoscape JSON: written \\u0000, read back by Python's json", [r.stderr])
    r = run("network", "-f", "csv", "-o", os.path.join(tmp, "nul-csv"), nul)
    ok(r.returncode != 0 and 'U+0000 in "a\\u0000b": CSV cannot hold it' in r.stderr,
       "U+0000 in CSV: refused, named", [r.stderr])
    r = run("network", "-o", os.path.join(tmp, "nul.gexf"), nul)
    ok(r.returncode != 0 and "U+0000" in r.stderr, "U+0000 in GEXF: refused", [r.stderr])
    # The refusal shows the label's beginning cut between characters.
    long_label = os.path.join(tmp, "long.nt")
    with open(long_label, "w", encoding="utf-8") as f:
        f.write('<https://example.org/a> a <https://w3id.org/diplograph#State> .\n'
                '<https://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "%s\\u001B" .\n'
                % ("é" * 70))
    r = run("network", "-o", os.path.join(tmp, "long.graphml"), long_label)
    ok(r.returncode != 0 and ('"%s…"' % ("é" * 60)) in r.stderr and "\\303" not in r.stderr,
       "a refused label is shown by its first 60 characters, never a cut escape", [r.stderr])
    # Spreadsheet formulas: a cell that would run is written as text.
    formulas = os.path.join(tmp, "formulas.nt")
    with open(formulas, "w", encoding="utf-8") as f:
        for i, label in enumerate(['=HYPERLINK(\\"http://x\\")', "+1+cmd", "-2+3", "@SUM(A1)",
                                   "-5.8", "+3", "1e5", "plain"]):
            f.write('<https://example.org/n%d> a <https://w3id.org/diplograph#State> .\n'
                    '<https://example.org/n%d> <http://www.w3.org/2000/01/rdf-schema#label> "%s" .\n'
                    % (i, i, label))
    r = run("network", "-f", "csv", "-o", os.path.join(tmp, "formulas"), formulas)
    rows = {x["Id"]: x["Label"] for x in csv.DictReader(
        open(os.path.join(tmp, "formulas", "nodes.csv"), newline="", encoding="utf-8"))}
    want = {"n0": "'=HYPERLINK(\"http://x\")", "n1": "'+1+cmd", "n2": "'-2+3", "n3": "'@SUM(A1)",
            "n4": "-5.8", "n5": "+3", "n6": "1e5", "n7": "plain"}
    ok(r.returncode == 0 and {k.rsplit("/", 1)[-1]: v for k, v in rows.items()} == want,
       "csv: formulas written as text behind a quote mark, numbers as they are", [rows])
    kept = os.path.join(tmp, "kept.png")
    with open(kept, "w") as f:
        f.write("a picture\n")
    r = run("network", "-o", kept, SEED)
    ok(r.returncode == 2 and open(kept).read() == "a picture\n" and "-f" in r.stderr,
       "-o x.png: exit 2, the name says no network format, the file untouched", [r.stderr])
    r = run("network", "-f", "csv", SEED)
    ok(r.returncode != 0 and "directory" in r.stderr and not r.stdout,
       "csv to standard output: an error asking for a directory", [r.stderr])
    graphml = os.path.join(tmp, "partnerships.graphml")
    before = open(graphml, encoding="utf-8").read()
    r = run("network", "--focus", "nobody", "-o", graphml, SEED)
    ok(r.returncode == 2 and open(graphml, encoding="utf-8").read() == before,
       "an unknown focus: exit 2, the existing output as it was", [r.stderr])
    r = run("rdf", "-f", "graphml", SEED)
    ok(r.returncode == 2 and "diplograph network -f" in r.stderr,
       "rdf -f graphml: exit 2, pointing to the network command", [r.stderr])
    r = run("network", "-f", "pajek", SEED)
    ok(r.returncode == 2 and "graphml, gexf, csv or cytoscape" in r.stderr,
       "an unknown format: exit 2, the formats listed", [r.stderr])
    notdir = os.path.join(tmp, "file")
    with open(notdir, "w") as f:
        f.write("x")
    r = run("network", "-f", "csv", "-o", notdir, SEED)
    ok(r.returncode == 3 and open(notdir).read() == "x",
       "csv onto a file that is no directory: an error, the file untouched", [r.stderr])

sys.exit(finish())
