# SPDX-License-Identifier: LGPL-2.1-or-later
"""RDF through diplograph and back, without loss, printed as TAP.

- The W3C RDF 1.1 suites of all five syntaxes (read from the shared test
  data; skipped with a message where it is absent), test by test against
  the reference tools, rapper and serdi (serdi for the Turtle family):
  * an evaluation test that either tool passes (its N-Triples, as rdflib
    reads them, are the expected graph) is imported by `diplograph rdf` and
    written as N-Triples, Turtle, N-Quads and TriG; each output, read by
    rdflib, must be isomorphic to the expected graph;
  * a positive syntax test that either tool reads must be read, and written
    back as N-Triples isomorphic to what that tool read (N-Triples and
    N-Quads: to the input itself);
  * every negative test (syntax or evaluation) must be refused, with a
    non-zero exit, whatever the tools do.
  The counts per suite (tests, each tool's failures, diplograph's) are
  printed at the end.
- The seed graph: `.dg` -> Turtle -> import -> N-Triples gives exactly the
  triples of `.dg` -> N-Triples, and the same diagram; `.dg` -> TriG ->
  import -> TriG is the same dataset.
"""

import os
import subprocess
import sys

sys.path.insert(0, os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
from taplib import finish, ok, skip  # noqa: E402

DIPLOGRAPH = os.environ.get("DIPLOGRAPH", "../../tools/diplograph")
RAPPER = os.environ.get("RAPPER") or "rapper"
SRCDIR = os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOP = os.path.dirname(SRCDIR)
EXAMPLES = os.environ.get("DG_EXAMPLES", os.path.join(TOP, "examples"))
SHARED = os.environ.get("DG_SHARED", os.path.join(TOP, "..", "shared"))
W3C = os.path.join(SHARED, "w3c-rdf-tests", "rdf", "rdf11")
W3C_BASE = "https://w3c.github.io/rdf-tests/rdf/rdf11/"

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


def relative(iri, directory):
    """A manifest's file IRI as a path below its directory (RDF/XML tests
    are in subdirectories)."""
    marker = os.path.basename(os.path.normpath(directory)) + "/"
    return iri[iri.rindex(marker) + len(marker):] if marker in iri else os.path.basename(iri)


def manifest_tests(directory, kinds):
    path = os.path.join(directory, "manifest.ttl")
    m = rdflib.Graph()
    m.parse(path, format="turtle", publicID=path)
    tests = []
    for kind in kinds:
        for t in m.subjects(rdflib.RDF.type, kind):
            name = str(m.value(t, MF.name))
            action = relative(str(m.value(t, MF.action)), directory)
            result = m.value(t, MF.result)
            tests.append((name, action, relative(str(result), directory) if result else None))
    return sorted(tests)


FORMATS = (("ntriples", "nt"), ("turtle", "turtle"), ("nquads", "nquads"), ("trig", "trig"))


def round_trip(path, base, syntax, expected, formats=FORMATS):
    """The formats whose output is not isomorphic to @expected, with why."""
    problems = []
    for fmt, rdflib_fmt in formats:
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


SERDI = os.environ.get("SERDI") or "serdi"
SERD_SYNTAXES = ("turtle", "ntriples", "nquads", "trig")


def reference_graph(tool, path, syntax, base):
    """What @tool reads @path as (a flat graph), or None if it refuses it."""
    if tool == "serdi":
        if syntax not in SERD_SYNTAXES:
            return None
        r = run([SERDI, "-q", "-i", syntax, "-o", "nquads", path, base])
    else:
        r = run([RAPPER, "-q", "-i", syntax, "-o", "nquads", path, base])
    if r.returncode != 0:
        return None
    try:
        return graph_of(r.stdout, "nquads")
    except Exception:  # rdflib cannot read the tool's output
        return None


def refuses(tool, path, syntax, base):
    if tool == "serdi":
        if syntax not in SERD_SYNTAXES:
            return False
        return run([SERDI, "-q", "-i", syntax, "-o", "nquads", path, base]).returncode != 0
    return run([RAPPER, "-q", "-i", syntax, "-o", "nquads", path, base]).returncode != 0


def suite(label, directory, syntax, base, eval_kind=None, positive=None, negatives=()):
    """Every test of the W3C suite in @directory, as the module says."""
    if not os.path.isdir(directory):
        skip("W3C %s tests not found at %s" % (label, directory))
        return
    tools = ("rapper", "serdi") if syntax in SERD_SYNTAXES else ("rapper",)
    failures = {tool: [] for tool in tools}
    ours = []
    tests = manifest_tests(directory, [k for k in (eval_kind, positive) if k])
    negative_tests = manifest_tests(directory, list(negatives))
    for name, action, result in tests:
        path = os.path.join(directory, action)
        expected = None
        if result:
            with open(os.path.join(directory, result), "rb") as f:
                try:
                    expected = graph_of(f.read(), "nquads" if result.endswith(".nq") else "nt")
                except Exception:  # rdflib cannot read the expected graph
                    expected = None
        elif syntax in ("ntriples", "nquads"):
            with open(path, "rb") as f:
                try:
                    expected = graph_of(f.read(), "nquads")
                except Exception:
                    expected = None
        passed = None
        for tool in tools:
            got = reference_graph(tool, path, syntax, base + action)
            good = got is not None and (isomorphic(got, expected) if expected is not None
                                        else True)
            if not good:
                failures[tool].append(name)
            elif passed is None:
                passed = got
        if passed is None:
            skip("%s %s: neither reference tool passes it" % (label, name))
            continue
        if expected is None:
            expected = passed
        if result:
            problems = round_trip(path, base + action, syntax, expected)
            what = "import, then export as N-Triples, Turtle, N-Quads and TriG is isomorphic"
        else:
            problems = round_trip(path, base + action, syntax, expected, FORMATS[:1])
            what = "read, and written back as the graph a reference tool reads"
        if problems:
            ours.append(name)
        ok(not problems, "%s %s: %s" % (label, name, what), problems)
    for name, action, result in negative_tests:
        path = os.path.join(directory, action)
        for tool in tools:
            if not refuses(tool, path, syntax, base + action):
                failures[tool].append(name)
        r = run([DIPLOGRAPH, "rdf", "-q", "-i", syntax, "--base", base + action, "-f",
                 "ntriples", path])
        if r.returncode == 0:
            ours.append(name)
        ok(r.returncode != 0, "%s %s (negative): refused" % (label, name),
           [r.stdout.decode(errors="replace")[:300]])
    total = len(tests) + len(negative_tests)
    print("# W3C %s: %d tests; %s; diplograph fails %d%s"
          % (label, total,
             "; ".join("%s fails %d (%s)" % (tool, len(failures[tool]),
                                             ", ".join(failures[tool]))
                       for tool in tools),
             len(ours), (": " + ", ".join(ours)) if ours else ""))


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
suite("Turtle", os.path.join(W3C, "rdf-turtle"), "turtle", W3C_BASE + "rdf-turtle/",
      RDFT.TestTurtleEval, RDFT.TestTurtlePositiveSyntax,
      (RDFT.TestTurtleNegativeSyntax, RDFT.TestTurtleNegativeEval))
suite("TriG", os.path.join(W3C, "rdf-trig"), "trig", W3C_BASE + "rdf-trig/",
      RDFT.TestTrigEval, RDFT.TestTrigPositiveSyntax,
      (RDFT.TestTrigNegativeSyntax, RDFT.TestTrigNegativeEval))
suite("N-Triples", os.path.join(W3C, "rdf-n-triples"), "ntriples", W3C_BASE + "rdf-n-triples/",
      None, RDFT.TestNTriplesPositiveSyntax, (RDFT.TestNTriplesNegativeSyntax,))
suite("N-Quads", os.path.join(W3C, "rdf-n-quads"), "nquads", W3C_BASE + "rdf-n-quads/",
      None, RDFT.TestNQuadsPositiveSyntax, (RDFT.TestNQuadsNegativeSyntax,))
suite("RDF/XML", os.path.join(W3C, "rdf-xml"), "rdfxml", W3C_BASE + "rdf-xml/",
      RDFT.TestXMLEval, None, (RDFT.TestXMLNegativeSyntax,))
sys.exit(finish())
