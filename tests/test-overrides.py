#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The PyGObject override (lib/gi/overrides/Diplograph.py) on the seed
graph, through this build's typelib:

- len(), nodes(), node(name); an IndexError, not a GLib CRITICAL (fatal
  in the tests), for a node id past the last; NO_OBJECT is a value's object;
- citations(node) against the quotes rdflib finds in the exported Turtle;
- agreements_of(state) against SPARQL over the export with the ontology
  (dg:party, and dg:subOrganizationOf* for the bodies under the state);
- to_networkx(selection) against `diplograph network` of the same view.
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

ok(len(graph) == graph.get_n_nodes() > 600 and list(graph.nodes()) == list(range(len(graph))),
   "len(graph) and graph.nodes() (%d nodes)" % len(graph))
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

sys.exit(finish())
