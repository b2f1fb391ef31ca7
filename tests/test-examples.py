# SPDX-License-Identifier: LGPL-2.1-or-later
"""The Vietnam seed graph as its users meet it, printed as TAP.

- every example file passes `diplograph check` with no error and no warning;
- every quote occurs verbatim in the seed article it cites (read from the
  shared seeds directory; skipped with a message where it is absent);
- every fact carries a citation;
- the competency questions in examples/queries/*.rq, run by rdflib's SPARQL
  engine over `diplograph rdf --with-ontology` of the seed graph (what the
  README names), return the answers in the
  .csv next to each (rows compared in order when the query has ORDER BY).

Prints the counts per article (facts by class, relations, citations) as TAP
comments.
"""

import collections
import csv
import glob
import io
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.abspath(__file__))))
from taplib import finish, ok, skip  # noqa: E402

DIPLOGRAPH = os.environ.get("DIPLOGRAPH", "../tools/diplograph")
SRCDIR = os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.abspath(__file__)))
TOP = os.path.dirname(SRCDIR)
EXAMPLES = os.environ.get("DG_EXAMPLES", os.path.join(TOP, "examples"))
SEEDS = os.path.join(os.environ.get("DG_SHARED", os.path.join(TOP, "..", "shared")), "seeds")
ONTOLOGY = os.path.join(TOP, "ontology", "diplograph.ttl")

try:
    import rdflib
    from rdflib.namespace import RDF, RDFS
except ImportError:
    print("1..0 # SKIP rdflib is not installed (Debian package python3-rdflib)")
    sys.exit(0)

DG = rdflib.Namespace("https://w3id.org/diplograph#")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")



def local(term):
    return str(term).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


# --- diplograph check on every example ------------------------------------------

dg_files = sorted(glob.glob(os.path.join(EXAMPLES, "vietnam", "*.dg")))
dg_files.append(os.path.join(EXAMPLES, "korea-visit.dg"))
dg_files.append(os.path.join(EXAMPLES, "extending", "australia.dg"))
for path in dg_files:
    run = subprocess.run([DIPLOGRAPH, "check", path], capture_output=True, text=True)
    ok(run.returncode == 0 and run.stdout.endswith("; no error\n") and not run.stderr,
       "check is clean on " + os.path.relpath(path, EXAMPLES),
       (run.stdout + run.stderr).splitlines()[:20])

# --- the exported graph ---------------------------------------------------------

with tempfile.TemporaryDirectory() as tmp:
    ttl = os.path.join(tmp, "all.ttl")
    run = subprocess.run([DIPLOGRAPH, "rdf", "-o", ttl, os.path.join(EXAMPLES, "vietnam", "all.dg")],
                         capture_output=True, text=True)
    ok(run.returncode == 0, "rdf exports the whole seed graph", run.stderr.splitlines())
    data = rdflib.Graph()
    data.parse(ttl, format="turtle")
print("# the seed graph has %d triples" % len(data))

# Quotes: each citation's quote occurs verbatim in its source's file.
citations = list(data.subjects(RDF.type, DG.Citation))
if not os.path.isdir(SEEDS):
    skip("quotes not checked: no seed articles at " + SEEDS)
else:
    by_file = collections.defaultdict(list)
    for c in citations:
        source = data.value(c, PROV.entity)
        by_file[str(data.value(source, DG.fileName))].append(str(data.value(c, DG.quote)))
    for name in sorted(by_file):
        path = os.path.join(SEEDS, name)
        text = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
        missing = [q for q in by_file[name] if q not in text]
        ok(text and not missing,
           "%d quotes occur verbatim in %s" % (len(by_file[name]), name),
           ["not found: " + q for q in missing] or ([] if text else ["file missing"]))

# Every fact is cited.  The sources and the citations are the evidence, not
# facts (a source cites itself only for what it says of itself).
evidence = (DG.Citation, DG.SourceDocument)
uncited = sorted(local(s) for s in set(data.subjects(RDF.type, None))
                 if not any((s, RDF.type, c) in data for c in evidence)
                 and (s, PROV.wasDerivedFrom, None) not in data)
ok(not uncited, "every fact of the seed graph carries a citation (%d citations)" % len(citations),
   ["uncited: " + s for s in uncited])

# Every fact has an English label and the articles' Indonesian form (posts
# held are labelled by their role, citations and sources are evidence).
unlabelled = []
for s_, cls in data.subject_objects(RDF.type):
    if cls in evidence or cls == DG.PostHolding:
        continue
    languages = {label.language for label in data.objects(s_, RDFS.label)}
    if not {"en", "id"} <= languages:
        unlabelled.append("%s (%s)" % (local(s_), ", ".join(sorted(l or "-" for l in languages))))
ok(not unlabelled, "every fact has an English and an Indonesian label", sorted(unlabelled))

# Counts per article: the facts each cites, by class; their relations.
for source in sorted(data.subjects(RDF.type, DG.SourceDocument)):
    facts = set(data.subjects(PROV.wasDerivedFrom, source))
    classes = collections.Counter(local(data.value(f, RDF.type)) for f in facts)
    relations = sum(1 for f in facts for _, p, o in data.triples((f, None, None))
                    if isinstance(o, rdflib.URIRef) and p != RDF.type
                    and not str(p).startswith(str(PROV)))
    cites = sum(1 for c in citations if data.value(c, PROV.entity) == source)
    print("# %s: %d facts, %d relations, %d citations; %s" % (
        local(source), len(facts), relations, cites,
        ", ".join("%s %d" % kv for kv in sorted(classes.items()))))

# --- competency questions -----------------------------------------------------------

# Run on exactly what the README names: the seed graph exported with its
# ontology (the labels of partnership levels and roles, the class tree).
with tempfile.TemporaryDirectory() as tmp:
    full = os.path.join(tmp, "all-with-ontology.ttl")
    run = subprocess.run([DIPLOGRAPH, "rdf", "--with-ontology", "-o", full,
                          os.path.join(EXAMPLES, "vietnam", "all.dg")], capture_output=True, text=True)
    ok(run.returncode == 0, "rdf --with-ontology exports the seed graph and its ontology",
       run.stderr.splitlines())
    store = rdflib.Graph()
    store.parse(full, format="turtle")
ok(len(store) > len(data) + 1000 and (DG.ComprehensiveStrategicPartnership, RDFS.label, None) in store,
   "the export with the ontology holds the data and the ontology's %d triples" % (len(store) - len(data)))


def rows_of(result):
    return list(csv.reader(io.StringIO(result.serialize(format="csv").decode("utf-8"))))


queries = sorted(glob.glob(os.path.join(EXAMPLES, "queries", "*.rq")))
ok(len(queries) >= 15, "%d competency questions" % len(queries))
for q in queries:
    text = open(q, encoding="utf-8").read()
    with open(q[:-3] + ".csv", newline="", encoding="utf-8") as f:
        expected = list(csv.reader(f))
    try:
        got = rows_of(store.query(text))
    except Exception as e:  # a query rdflib cannot run is a failure, not a crash
        got = [["error", repr(e)]]
    same = got == expected if "ORDER BY" in text else sorted(got) == sorted(expected)
    ok(same and len(expected) > 1,
       "%s: %s" % (os.path.basename(q), text.splitlines()[0].lstrip("# ")),
       ["got:      %s" % r for r in got] + ["expected: %s" % r for r in expected] if not same else [])

sys.exit(finish())
