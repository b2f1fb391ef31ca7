#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The PyGObject override (lib/gi/overrides/Diplograph.py) on the seed
graph, through this build's typelib:

- len(), nodes(), node(name); an IndexError, not a GLib CRITICAL (fatal
  in the tests), for a node id past the last; NO_OBJECT is a value's object;
- citations(node) against the quotes rdflib finds in the exported Turtle;
- agreements_of(state) against SPARQL over the export with the ontology
  (dg:party, and dg:subOrganizationOf* for the bodies under the state);
- to_networkx(selection) against `diplograph network` of the same view;
- Node objects: id, iri, label(lang), cls, is_a(), values() typed,
  links() and linked_from() against the relations the C API gives, a Node
  taken wherever the C API asks for a node id, a selection focused on one;
- to_pandas(): the exports' columns with pandas types, the same rows as
  the CSV `diplograph network` writes.
"""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRCDIR = os.environ.get("G_TEST_SRCDIR", HERE)
BUILDDIR = os.environ.get("G_TEST_BUILDDIR", HERE)
LIB_BUILD = os.path.join(BUILDDIR, "..", "lib")
LIB_SRC = os.path.join(SRCDIR, "..", "lib")

sys.path.insert(0, HERE)
from taplib import finish, ok, skip  # noqa: E402

if os.environ.get("DG_SANITIZERS") == "yes":
    print("1..0 # SKIP built with the sanitizers (python3 cannot load an ASan library)")
    sys.exit(0)
if not os.path.exists(os.path.join(LIB_BUILD, "Diplograph-1.0.typelib")):
    print("1..0 # SKIP built without GObject Introspection")
    sys.exit(0)
if os.environ.get("DG_OVERRIDES_ENV") != "1":
    # The typelib, library and override of this tree, set before Python starts.
    env = dict(os.environ, DG_OVERRIDES_ENV="1")
    for var, value in (("GI_TYPELIB_PATH", LIB_BUILD), ("LD_LIBRARY_PATH", os.path.join(LIB_BUILD, ".libs")),
                       ("PYTHONPATH", LIB_SRC)):
        env[var] = value + (":" + env[var] if env.get(var) else "")
    os.execve(sys.executable, [sys.executable] + sys.argv, env)

import gi  # noqa: E402

gi.require_version("Diplograph", "1.0")
from gi.repository import Diplograph as Dg  # noqa: E402

import networkx  # noqa: E402
import rdflib  # noqa: E402

DIPLOGRAPH = os.environ.get("DIPLOGRAPH", os.path.join(BUILDDIR, "..", "tools", "diplograph"))
EXAMPLES = os.environ.get("DG_EXAMPLES", os.path.join(SRCDIR, "..", "examples"))
SEED = os.path.join(EXAMPLES, "vietnam", "all.dg")
BASE = "https://w3id.org/diplograph/seed/"

graph = Dg.Graph.new(Dg.Ontology.new())
reader = Dg.Reader.new(graph)
reader.read_file(SEED)
reader.finish()

ok(len(graph) == graph.get_n_nodes() > 600 and list(graph.nodes()) == list(range(len(graph)))
   and all(isinstance(n, Dg.Node) for n in graph.nodes()[:5]) and len(graph.nodes()) == len(graph),
   "len(graph) and graph.nodes(): Nodes, equal to their ids (%d nodes)" % len(graph))
try:
    graph.get_node_iri(len(graph))
    ok(False, "a node id past the last: IndexError")
except IndexError as e:
    ok("no node %d" % len(graph) in str(e), "a node id past the last: IndexError, no CRITICAL",
       [str(e)])
vietnam = graph.node("vietnam")
ok(graph.get_node_iri(vietnam) == BASE + "vietnam" and graph.node(BASE + "vietnam") == vietnam,
   "graph.node() by id and by IRI")
try:
    graph.node("atlantis")
    ok(False, "an unknown node: KeyError")
except KeyError:
    ok(True, "an unknown node: KeyError")

# Nodes as Python objects.
to_lam = graph.node("to-lam")
ok(isinstance(to_lam, Dg.Node) and to_lam.iri == BASE + "to-lam" and to_lam.cls == "Person"
   and to_lam.cls_iri == "https://w3id.org/diplograph#Person" and to_lam.label() == "To Lam"
   and to_lam.label("vi") == "Tô Lâm" and to_lam.label(["xx", "vi"]) == "Tô Lâm"
   and to_lam.is_a("Person") and to_lam.is_a("dg:Agent") and not to_lam.is_a("State")
   and graph.node(to_lam.id) == to_lam and hash(to_lam) == hash(to_lam.id),
   "a Node: id, iri, label(lang), cls, is_a() by name, dg: name, not a class above it",
   [repr(to_lam), to_lam.label("vi")])
ok(vietnam.values("iso3166") == ["VN"] and vietnam.values("dg:iso3166") == ["VN"],
   "node.values(rel) by name and by dg: name", [vietnam.values("iso3166")])
csp = graph.node("vn-kr-csp")
ok(csp.values("upgraded") == ["2022"] and [n.iri for n in csp.links("party")]
   == [graph.get_node_iri(r.object) for r in graph.get_relations(csp)
       if r.predicate == "https://w3id.org/diplograph#party"]
   and vietnam in csp.links("party") and csp in vietnam.linked_from("party"),
   "node.links(rel) and node.linked_from(rel): Nodes, as the relations say; a date stays as "
   "written", [csp.values("upgraded"), csp.links("party")])
amounts = [v for n in graph.nodes() for v in n.values("amount")]
ok(amounts and all(isinstance(v, float) for v in amounts),
   "typed values: dg:amount (xsd:decimal) as floats (%d)" % len(amounts), amounts[:3])
met = {p.label() for r in to_lam.linked_from("participant") if r.is_a("Meeting")
       for p in r.links("participant") if p != to_lam}
ok({"Li Qiang", "Xi Jinping"} <= met,
   "chained: the leaders To Lam met, in one expression (%d)" % len(met), sorted(met))
ok(graph.get_node_label(to_lam, ["vi"]) == "Tô Lâm"
   and Dg.Graph.get_node_iri(graph, to_lam) == to_lam.iri,
   "a Node goes wherever the C API takes a node id")
sel = Dg.Selection.new(graph)
sel.set_focus(vietnam, 1)
v1 = Dg.View.new(graph)
v1.set_selection(sel)
sel2 = Dg.Selection.new(graph)
sel2.set_focus("vietnam", 1)
v2 = Dg.View.new(graph)
v2.set_selection(sel2)
ok(v1.count_nodes() == v2.count_nodes() > 10,
   "Selection.set_focus(node, depth) takes a Node as it takes an id (%d nodes)" % v1.count_nodes())

values = [r for r in graph.get_relations(vietnam) if r.value is not None]
ok(values and all(r.object == Dg.NO_OBJECT for r in values) and not values[0].is_link(),
   "Diplograph.NO_OBJECT is the object of a value (%d values of Vietnam)" % len(values))

with tempfile.TemporaryDirectory() as tmp:
    nq = os.path.join(tmp, "seed.nq")
    subprocess.run([DIPLOGRAPH, "rdf", "-q", "--with-ontology", "-f", "nquads", "-o", nq, SEED],
                   check=True)
    ds = rdflib.Dataset()
    ds.parse(nq, format="nquads")
    rdf = rdflib.Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        rdf.add((s, p, o))

    csp = graph.node("vn-kr-csp")
    got = sorted(graph.citations(csp))
    want = sorted((str(row.q), str(row.src), row.q.language or (str(row.lang) if row.lang else None))
                  for row in rdf.query("""
        PREFIX dg: <https://w3id.org/diplograph#> PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?q ?src ?lang WHERE {
          <%s> prov:qualifiedDerivation ?c . ?c dg:quote ?q ; prov:entity ?src .
          OPTIONAL { ?src dg:language ?lang } }""" % (BASE + "vn-kr-csp")))
    ok(got and got == want,
       "citations(): the %d quotes of the Korea partnership, with source and language" % len(got),
       [got[:2], want[:2]])

    def sparql_agreements(with_bodies):
        party = "?p dg:subOrganizationOf* <%s>" if with_bodies else "FILTER (?p = <%s>)"
        return {str(r.a) for r in rdf.query("""
            PREFIX dg: <https://w3id.org/diplograph#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT DISTINCT ?a WHERE { ?a a/rdfs:subClassOf* dg:Agreement ; dg:party ?p . %s }"""
                                            % (party % (BASE + "vietnam")))}

    direct = {graph.get_node_iri(a) for a in graph.agreements_of(vietnam, include_sub_organizations=False)}
    every = {graph.get_node_iri(a) for a in graph.agreements_of(vietnam)}
    ok(direct == sparql_agreements(False),
       "agreements_of(vietnam, include_sub_organizations=False): %d, as SPARQL's dg:party" % len(direct))
    ok(every == sparql_agreements(True) and len(every) > len(direct),
       "agreements_of(vietnam): %d with its ministries' and bodies', as SPARQL's "
       "dg:subOrganizationOf*" % len(every))

    selection = Dg.Selection.new(graph)
    selection.set_focus("vietnam", 1)
    selection.set_classes(["State", "Partnership"])
    selection.set_relations(["party"])
    # As `--collapse` does: depth counts a partnership as part of its edge.
    selection.set_collapse(True)
    g = graph.to_networkx(selection, collapse=True)
    graphml = os.path.join(tmp, "p.graphml")
    subprocess.run([DIPLOGRAPH, "network", "--focus", "vietnam", "--depth", "1",
                    "--classes", "State,Partnership",
                    "--relations", "party", "--collapse", "-o", graphml, SEED], check=True)
    cli = networkx.read_graphml(graphml, force_multigraph=True)
    ok(isinstance(g, networkx.MultiGraph) and not g.is_directed()
       and sorted(g.nodes) == sorted(cli.nodes)
       and sorted(g.edges) == sorted(cli.edges)
       and g.nodes[BASE + "vietnam"]["label"] == "Vietnam",
       "to_networkx(): the partnerships view as `diplograph network` writes it (%d states, "
       "%d partnerships)" % (g.number_of_nodes(), g.number_of_edges()))
    whole = graph.to_networkx(languages=["id"])
    subprocess.run([DIPLOGRAPH, "network", "--lang", "id", "-o", graphml, SEED], check=True)
    cli = networkx.read_graphml(graphml, force_multigraph=True)
    ok(whole.is_directed() and whole.number_of_nodes() == cli.number_of_nodes()
       and whole.number_of_edges() == cli.number_of_edges()
       and whole.nodes[BASE + "vietnam"]["class_label"] == "negara",
       "to_networkx() of the whole graph in Indonesian (%d nodes, %d edges)"
       % (whole.number_of_nodes(), whole.number_of_edges()))

    # Data frames.
    try:
        import pandas
    except ImportError:
        pandas = None
    if pandas is None:
        skip("pandas is not installed (Debian's python3-pandas)")
    else:
        import csv as csvmod
        nodes, edges = graph.to_pandas(selection, collapse=True)
        out = os.path.join(tmp, "p-csv")
        subprocess.run([DIPLOGRAPH, "network", "--focus", "vietnam", "--depth", "1",
                        "--classes", "State,Partnership", "--relations", "party", "--collapse",
                        "-f", "csv", "-o", out, SEED], check=True)
        with open(os.path.join(out, "edges.csv"), newline="", encoding="utf-8") as f:
            rows = list(csvmod.DictReader(f))
        with open(os.path.join(out, "nodes.csv"), newline="", encoding="utf-8") as f:
            header = next(csvmod.reader(f))
        esp = edges[edges["fact"] == BASE + "vn-jp-esp"]
        ok(list(nodes.columns) == ["label"] + header[2:] and nodes.index.name == "id"
           and sorted(nodes.index) == sorted(g.nodes)
           and len(edges) == len(rows) == g.number_of_edges(),
           "to_pandas(): the CSV's columns, nodes by IRI, as many edges (%d)" % len(edges),
           [list(nodes.columns), header])
        ok(str(nodes["quotes"].dtype) == "Int64" and str(edges["start"].dtype).startswith("datetime64")
           and len(esp) == 1 and str(esp["start"].iloc[0].date()) == "2014-01-01"
           and esp["start_precision"].iloc[0] == "year"
           and str(esp["end"].iloc[0].date()) == "2023-11-26"
           and esp["level"].iloc[0] == "ExtensiveStrategicPartnership"
           and nodes.loc[BASE + "vietnam", "iso3166"] == "VN",
           "to_pandas(): counts as Int64, dates as datetime64 beside their precision, the level "
           "and ISO code", [nodes.dtypes.to_dict(), esp.to_dict("records")])
        gdelt = os.path.join(EXAMPLES, "gdelt", "20170701-sample.export.CSV")
        events = Dg.Graph.new(Dg.Ontology.new())
        ereader = Dg.Reader.new(events)
        ereader.set_mapping(Dg.Mapping.new("gdelt-events"))
        ereader.read_file(gdelt)
        ereader.finish()
        en, _ = events.to_pandas()
        ev = en[en["class"] == "Event"]
        ok(len(ev) > 20 and str(ev["goldsteinScale"].dtype) == "float64"
           and str(ev["mentions"].dtype) == "Int64" and ev["eventCode"].str.len().min() >= 3
           and ev.groupby("eventCode")["goldsteinScale"].mean().notna().all(),
           "to_pandas() of GDELT: Goldstein as float64, mentions as Int64, CAMEO codes as text, "
           "ready for groupby (%d events)" % len(ev), [en.dtypes.to_dict()])

sys.exit(finish())
