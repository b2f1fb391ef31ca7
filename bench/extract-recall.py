#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Recall of `diplograph extract` on the seed articles.

For each article, extracts candidates with only the shared entities as
gazetteer, and counts how many facts of the hand-built seed graph that cite
the article are proposed: a candidate of the same class (or a sub- or
superclass) that names one of the fact's entities, compared by any of their
labels, case- and diacritic-folded, or is about the fact's own node.

Usage: bench/extract-recall.py DIPLOGRAPH SEEDS_DIR
Prints one table per article and a total; writes nothing.
"""
import collections
import os
import subprocess
import sys
import tempfile
import unicodedata

import rdflib
from rdflib.namespace import RDF, RDFS

DG = rdflib.Namespace("https://w3id.org/diplograph#")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.join(HERE, "..", "examples", "vietnam")
ARTICLES = {
    "s000": "000_2fc4be84900a58b8.txt",
    "s001": "001_f4032654bfc3ffa3.txt",
    "s002": "002_1ff4434fd1fdf8f1.txt",
    "s003": "003_dbf2a86c08709a04.txt",
    "s004": "004_8ab517d14aded5b6.txt",
}
# The kinds of fact counted, each with the classes it covers.
KINDS = [
    ("post held", ["PostHolding"]),
    ("visit", ["Visit"]),
    ("meeting, talks", ["Meeting"]),
    ("summit, conference, other event", ["Event"]),
    ("partnership", ["Partnership"]),
    ("diplomatic relation", ["DiplomaticRelation"]),
    ("agreement, statement, MoU", ["Agreement"]),
    ("figure, target", ["Quantity"]),
]
ENTITY_LINKS = [DG[p] for p in ("party", "participant", "visitor", "host", "location", "role",
                                "level", "postIn", "committedBy", "signatory")]


def fold(text):
    text = unicodedata.normalize("NFD", str(text).replace("đ", "d").replace("Đ", "D"))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).lower().split())


def load(dg, files):
    out = subprocess.run([dg, "rdf", "-q", "-f", "ntriples"] + files, check=True,
                         capture_output=True).stdout
    g = rdflib.Graph()
    g.parse(data=out, format="nt")
    return g


def ontology():
    g = rdflib.Graph()
    g.parse(os.path.join(HERE, "..", "ontology", "diplograph.ttl"), format="turtle")
    return g


def ancestors(onto, cls):
    seen, todo = set(), [cls]
    while todo:
        c = todo.pop()
        if c in seen:
            continue
        seen.add(c)
        todo.extend(onto.objects(c, RDFS.subClassOf))
    return seen


def kind_of(onto, cls):
    anc = ancestors(onto, cls)
    for name, classes in KINDS:
        if any(DG[c] in anc for c in classes):
            return name
    return None


def names(g, node):
    """What identifies an entity: its IRI's tail and its folded labels."""
    out = {str(node).rsplit("/", 1)[-1]}
    for p in (RDFS.label, DG.abbreviation):
        out |= {fold(l) for l in g.objects(node, p)}
    return out


def facts(g, onto, source):
    """Fact nodes stated in @source, with their class and linked entity names."""
    out = {}
    for fact in set(g.subjects(PROV.wasDerivedFrom, source)):
        cls = g.value(fact, RDF.type)
        kind = cls is not None and kind_of(onto, cls)
        if not kind:
            continue
        linked = set()
        for p in ENTITY_LINKS:
            for o in g.objects(fact, p):
                linked |= names(g, o)
        for holder in g.subjects(DG.holds, fact):
            linked |= names(g, holder)
        out[fact] = (kind, ancestors(onto, cls), linked, names(g, fact) - {str(fact).rsplit("/", 1)[-1]})
    return out


def main():
    dg, seeds = sys.argv[1], sys.argv[2]
    onto = ontology()
    entities = os.path.join(EXAMPLES, "entities.dg")
    totals = collections.Counter()
    found_totals = collections.Counter()
    n_candidates = 0
    for sid, name in ARTICLES.items():
        article = os.path.join(seeds, name)
        seed_file = [f for f in os.listdir(EXAMPLES)
                     if f.startswith(sid[1:] + "-") and f.endswith(".dg")][0]
        seed = load(dg, [entities, os.path.join(EXAMPLES, seed_file)])
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "out.dg")
            subprocess.run([dg, "extract", "-q", "-g", entities, "--source-id", sid, "-o", out,
                            article], check=True)
            cand = load(dg, [entities, out])
        src = rdflib.URIRef("https://w3id.org/diplograph/seed/" + sid)
        wanted = facts(seed, onto, src)
        proposed = facts(cand, onto, src)
        n_candidates += len(proposed)
        counts, found = collections.Counter(), collections.Counter()
        # One candidate proposes one fact: first the candidates about the
        # fact's own node or naming it by a label, then the rest by class
        # and a shared entity.
        used, matched = set(), set()
        for strict in (True, False):
            for fact, (kind, anc, linked, labels) in sorted(wanted.items()):
                if fact in matched:
                    continue
                for other, (okind, oanc, olinked, olabels) in sorted(proposed.items()):
                    if other in used:
                        continue
                    same_class = (seed.value(fact, RDF.type) in oanc
                                  or cand.value(other, RDF.type) in anc)
                    if strict:
                        ok = other == fact or (same_class and labels & olabels)
                    else:
                        ok = same_class and (linked & olinked or not linked)
                    if ok:
                        used.add(other)
                        matched.add(fact)
                        found[kind] += 1
                        break
        for fact, (kind, *_rest) in wanted.items():
            counts[kind] += 1
        print(f"{sid} ({name}): {sum(found.values())} of {sum(counts.values())} facts proposed, "
              f"{len(proposed)} candidate facts")
        for kind, _ in KINDS:
            if counts[kind]:
                print(f"  {kind:34} {found[kind]:3} / {counts[kind]:3}")
        totals += counts
        found_totals += found
    print(f"all five: {sum(found_totals.values())} of {sum(totals.values())} facts proposed "
          f"({100.0 * sum(found_totals.values()) / max(1, sum(totals.values())):.0f}%), "
          f"{n_candidates} candidate facts")
    for kind, _ in KINDS:
        if totals[kind]:
            print(f"  {kind:34} {found_totals[kind]:3} / {totals[kind]:3}"
                  f"  ({100.0 * found_totals[kind] / totals[kind]:.0f}%)")


if __name__ == "__main__":
    main()
