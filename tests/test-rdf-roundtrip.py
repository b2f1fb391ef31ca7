# SPDX-License-Identifier: LGPL-2.1-or-later
"""RDF through diplograph and back, without loss, printed as TAP.

- W3C RDF 1.1 Turtle evaluation tests (read from the shared test data;
  skipped with a message where it is absent): each test whose input raptor2
  itself parses to the expected N-Triples is imported by `diplograph rdf`
  and written as N-Triples, Turtle, N-Quads and TriG; each output, read by
  rdflib, must be isomorphic to the expected graph.  The counts (tests,
  raptor2 failures, diplograph failures) are printed at the end.
- W3C N-Triples positive syntax tests: the same, against the input itself.
- The seed graph: `.dg` -> Turtle -> import -> N-Triples gives exactly the
  triples of `.dg` -> N-Triples, and the same diagram; `.dg` -> TriG ->
  import -> TriG is the same dataset.
"""

import os
import subprocess
import sys

sys.path.insert(0, os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.abspath(__file__))))
from taplib import finish, ok, skip  # noqa: E402

DIPLOGRAPH = os.environ.get("DIPLOGRAPH", "../tools/diplograph")
RAPPER = os.environ.get("RAPPER") or "rapper"
SRCDIR = os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.abspath(__file__)))
TOP = os.path.dirname(SRCDIR)
EXAMPLES = os.environ.get("DG_EXAMPLES", os.path.join(TOP, "examples"))
SHARED = os.environ.get("DG_SHARED", os.path.join(TOP, "..", "shared"))
W3C = os.path.join(SHARED, "w3c-rdf-tests", "rdf", "rdf11")
TURTLE_BASE = "https://w3c.github.io/rdf-tests/rdf/rdf11/rdf-turtle/"
NT_BASE = "https://w3c.github.io/rdf-tests/rdf/rdf11/rdf-n-triples/"

try:
    import rdflib
    from rdflib.compare import isomorphic
except ImportError:
    print("1..0 # SKIP rdflib is not installed (Debian package python3-rdflib)")
    sys.exit(0)

MF = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
RDFT = rdflib.Namespace("http://www.w3.org/ns/rdftest#")



def run(args, stdin=None):
    return subprocess.run(args, input=stdin, capture_output=True)


def graph_of(data, fmt):
    """rdflib's reading of @data; a dataset's quads are read as triples."""
    g = rdflib.ConjunctiveGraph() if fmt in ("nquads", "trig") else rdflib.Graph()
    g.parse(data=data.decode("utf-8"), format=fmt)
    flat = rdflib.Graph()
    for t in g.triples((None, None, None)):
        flat.add(t[:3])
    return flat


def quads_of(data, fmt):
    """The quads of @data, None naming the default graph (rdflib 6 puts it
    in a graph named after the document)."""
    default = rdflib.URIRef("urn:x-default-graph:")
    g = rdflib.ConjunctiveGraph()
    g.parse(data=data.decode("utf-8"), format=fmt, publicID=default)
    return {(s, p, o, None if c.identifier == default else c.identifier)
            for s, p, o, c in g.quads((None, None, None, None))}


def manifest_tests(directory, kinds):
    path = os.path.join(directory, "manifest.ttl")
    m = rdflib.Graph()
    m.parse(path, format="turtle", publicID=path)
    tests = []
    for kind in kinds:
        for t in m.subjects(rdflib.RDF.type, kind):
            name = str(m.value(t, MF.name))
            action = os.path.basename(str(m.value(t, MF.action)))
            result = m.value(t, MF.result)
            tests.append((name, action, os.path.basename(str(result)) if result else None))
    return sorted(tests)


FORMATS = (("ntriples", "nt"), ("turtle", "turtle"), ("nquads", "nquads"), ("trig", "trig"))


def round_trip(path, base, syntax, expected):
    """The formats whose output is not isomorphic to @expected, with why."""
    problems = []
    for fmt, rdflib_fmt in FORMATS:
        r = run([DIPLOGRAPH, "rdf", "-q", "-i", syntax, "--base", base, "-f", fmt, path])
        if r.returncode != 0:
            problems.append("%s: exit %d: %s" % (fmt, r.returncode, r.stderr.decode()[:300]))
            continue
        try:
            got = graph_of(r.stdout, rdflib_fmt)
        except Exception as e:  # rdflib rejects the output
            problems.append("%s: output does not parse: %s" % (fmt, e))
            continue
        if not isomorphic(got, expected):
            problems.append("%s: %d triples, not isomorphic to the %d expected"
                            % (fmt, len(got), len(expected)))
    return problems


def suite(label, directory, kind, syntax, base):
    """Each test of @kind in the W3C suite in @directory: skipped where rapper
    does not give the expected graph (the result file's, else the input's
    own), else imported and exported by diplograph in every format."""
    if not os.path.isdir(directory):
        skip("W3C %s tests not found at %s" % (label, directory))
        return
    tests = manifest_tests(directory, [kind])
    raptor_failures = []
    ours = []
    for name, action, result in tests:
        path = os.path.join(directory, action)
        try:
            with open(os.path.join(directory, result or action), "rb") as f:
                expected = graph_of(f.read(), "nt")
        except Exception:  # rdflib cannot read the expected graph
            expected = None
        r = run([RAPPER, "-q", "-i", syntax, "-o", "ntriples", path, base + action])
        try:
            raptor_ok = (r.returncode == 0 and expected is not None
                         and isomorphic(graph_of(r.stdout, "nt"), expected))
        except Exception:  # rdflib cannot read rapper's output
            raptor_ok = False
        if not raptor_ok:
            raptor_failures.append(name)
            skip("%s %s: rapper does not give the expected graph" % (label, name))
            continue
        problems = round_trip(path, base + action, syntax, expected)
        if problems:
            ours.append(name)
        ok(not problems, "%s %s: import, then export as N-Triples, Turtle, N-Quads and TriG is "
           "isomorphic" % (label, name), problems)
    # (A "raptor2 failure" is rapper's N-Triples, as rdflib reads it, not
    # being the expected graph: a truncated literal, or output rdflib cannot
    # read, such as raptor2's lowercased language tags against "en-UK".)
    print("# W3C %s: %d tests, raptor2 fails %d (%s), diplograph fails %d of the %d raptor2 "
          "passes%s" % (label, len(tests), len(raptor_failures), ", ".join(raptor_failures),
                        len(ours), len(tests) - len(raptor_failures),
                        (": " + ", ".join(ours)) if ours else ""))


def nt_lines(data):
    return sorted(line for line in data.decode("utf-8").splitlines() if line.strip())


def seed():
    main = os.path.join(EXAMPLES, "vietnam", "all.dg")
    r = run([DIPLOGRAPH, "rdf", "-q", "-f", "ntriples", main])
    direct = nt_lines(r.stdout)
    ttl = run([DIPLOGRAPH, "rdf", "-q", main]).stdout
    back = run([DIPLOGRAPH, "rdf", "-q", "-i", "turtle", "-f", "ntriples", "-"], stdin=ttl)
    ok(r.returncode == 0 and back.returncode == 0 and direct == nt_lines(back.stdout)
       and len(direct) > 3000,
       "seed: .dg -> Turtle -> import gives the same %d triples as the .dg" % len(direct),
       [back.stderr.decode()[:500]])
    check = run([DIPLOGRAPH, "check", "-i", "turtle", "-"], stdin=ttl)
    ok(check.returncode == 0 and check.stderr == b"",
       "seed: the imported Turtle checks with no error and no warning",
       [check.stderr.decode()[:500]])
    dot_args = ["--focus", "vietnam", "--depth", "1", "--collapse", "--clusters"]
    dot_dg = run([DIPLOGRAPH, "dot", "-q"] + dot_args + [main])
    dot_ttl = run([DIPLOGRAPH, "dot", "-q", "-i", "turtle"] + dot_args + ["-"], stdin=ttl)
    ok(dot_dg.returncode == 0 and sorted(dot_dg.stdout.splitlines())
       == sorted(dot_ttl.stdout.splitlines()),
       "seed: the imported Turtle draws the same diagram (%d lines of DOT)"
       % len(dot_dg.stdout.splitlines()), [dot_ttl.stderr.decode()[:500]])
    trig = run([DIPLOGRAPH, "rdf", "-q", "-f", "trig", main]).stdout
    again = run([DIPLOGRAPH, "rdf", "-q", "-i", "trig", "-f", "trig", "-"], stdin=trig)
    a, b = quads_of(trig, "trig"), quads_of(again.stdout, "trig")
    graphs = {q[3] for q in a}
    ok(again.returncode == 0 and a == b and len(graphs) > 5,
       "seed: .dg -> TriG -> import -> TriG keeps all %d quads in their %d graphs"
       % (len(a), len(graphs)), [again.stderr.decode()[:500]])
    nq = run([DIPLOGRAPH, "rdf", "-q", "-f", "nquads", main]).stdout
    ok(quads_of(nq, "nquads") == a, "seed: N-Quads and TriG export the same dataset")
    flat = run([DIPLOGRAPH, "rdf", "-q", "-f", "nquads", "--default-graph", main]).stdout
    flat_quads = quads_of(flat, "nquads")
    ok({q[3] for q in flat_quads} == {None} and {q[:3] for q in flat_quads} == {q[:3] for q in a},
       "seed: --default-graph puts the same triples in the default graph only")


if os.path.isdir(os.path.join(EXAMPLES, "vietnam")):
    seed()
suite("Turtle eval", os.path.join(W3C, "rdf-turtle"), RDFT.TestTurtleEval, "turtle",
      TURTLE_BASE)
suite("N-Triples positive syntax", os.path.join(W3C, "rdf-n-triples"),
      RDFT.TestNTriplesPositiveSyntax, "ntriples", NT_BASE)
sys.exit(finish())
