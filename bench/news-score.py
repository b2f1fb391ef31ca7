#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Scores `diplograph extract` against gold facts of real news articles.

    bench/news-score.py [--split dev|held-out|held-out-2|...|held-out-17|all] [--gazetteer FILE]... DIPLOGRAPH TEXTS

TEXTS is the folder of the articles' texts (ID.txt); the articles' URLs,
dates and gold facts are in bench/news (articles.tsv, gold/ID.dg; see
bench/news/README.md).  Each article of the split is extracted with its
language and date (the world gazetteer on, and the --gazetteer files), and
every candidate fact is matched to the article's gold facts:

- strict: a gold fact of its kind whose key roles and dates it states
  exactly, and that no other candidate has stated so (a reviewer keeps it
  unchanged; a repeat of a fact is partial);
- partial: a gold fact of its kind it shares a key entity with, nothing in
  it contradicting the fact (missing or extra roles, a missing date);
- wrong: no gold fact of its kind shares a key entity with it, or a key
  role names an entity the fact does not have there, or a date differs.

A post the analyst marked "# deputy" (written with the main role, as the
gold's convention is) has the deputy's role of the ontology
(DeputyMinister, DeputyPrimeMinister), as a reviewer reads it.

Key roles: a visit's visitor and host; a meeting's or event's
participants; an agreement's parties; a partnership's parties and level;
a diplomatic relation's parties; a post's holder, role and state; a
figure's amount and unit.  Entities compare by IRI for states (country/
ISO3) and by name otherwise (case and diacritics folded; a name matches
one of whose words it is all, "Kishida" "Fumio Kishida").  Prints per
kind: candidates, strict, partial, wrong; gold facts, found strictly and
at all; then the totals, the candidates naming a wrong state, each
sureness with the share of its candidates kept (strict), and the speed.
"""
import argparse
import collections
import csv
import os
import re
import subprocess
import sys
import tempfile
import time
import unicodedata

import rdflib
from rdflib.namespace import RDF, RDFS

HERE = os.path.dirname(os.path.abspath(__file__))
NEWS = os.path.join(HERE, "news")
DG = rdflib.Namespace("https://w3id.org/diplograph#")
COUNTRY = "https://w3id.org/diplograph/country/"

# Kinds of fact: the classes each covers, its key roles, its dates.
KINDS = [
    ("visit", ["Visit", "StateVisit", "OfficialVisit"], ["visitor", "host"], ["startDate", "date"]),
    ("meeting", ["Meeting", "Talks"], ["participant"], ["date", "startDate"]),
    ("other event", ["Summit", "SummitSession", "SigningCeremony", "Conference", "Ceremony",
                     "Seminar", "Speech", "Event"], ["participant"], ["date", "startDate"]),
    ("agreement", ["Agreement", "Treaty", "Convention", "MemorandumOfUnderstanding",
                   "JointStatement", "Declaration", "Protocol", "FreeTradeAgreement",
                   "ActionPlan"], ["party"], ["date"]),
    ("partnership", ["Partnership"], ["party", "level"], []),
    ("diplomatic relation", ["DiplomaticRelation"], ["party"], ["established"]),
    ("post held", ["PostHolding"], ["holder", "role", "postIn"], []),
    ("figure", ["Figure", "Target"], ["amount", "unit"], ["date", "targetDate"]),
]
KIND_OF = {c: k for k, classes, _, _ in KINDS for c in classes}
ROLES = {k: r for k, _, r, _ in KINDS}
DATES = {k: d for k, _, _, d in KINDS}


def fold(text):
    text = unicodedata.normalize("NFD", str(text).replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def graph_of(dg, files):
    r = subprocess.run([dg, "rdf", "-q", "-f", "ntriples"] + files, capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit("%s: %s" % (" ".join(files), r.stderr[-2000:]))
    g = rdflib.Graph()
    g.parse(data=r.stdout, format="nt")
    return g


PERSON = "https://w3id.org/diplograph/person/"
WORLD = os.path.join(HERE, "..", "ontology", "world", "world.dg")
_world_names = None


def world_names(dg, iri):
    """The names the world gazetteer gives a person of it (labels and
    alternative names): the output names such a person by the world's
    label, which a reviewer knows as the article's "S. Jaishankar"."""
    global _world_names
    if _world_names is None:
        _world_names = {}
        w = graph_of(dg, [WORLD])
        for p in (RDFS.label, DG.alternativeName):
            for subject, name in w.subject_objects(p):
                if str(subject).startswith(PERSON):
                    _world_names.setdefault(str(subject), set()).add(fold(name))
    return _world_names.get(iri, set())


def entity(g, node, dg=None):
    """A state as its ISO3, a value as itself, anything else by its names."""
    if isinstance(node, rdflib.Literal):
        return ("value", str(node))
    iri = str(node)
    if iri.startswith(COUNTRY):
        return ("state", iri[len(COUNTRY):])
    if iri.startswith(str(DG)):
        return ("value", iri[len(str(DG)):])
    names = {fold(l) for l in g.objects(node, RDFS.label)}
    if dg and iri.startswith(PERSON):
        names |= world_names(dg, iri)
    names.add(fold(iri.rstrip("/").rsplit("/", 1)[-1].replace("-", " ")))
    return ("name", frozenset(n for n in names if n))


def same(a, b):
    if a[0] != b[0]:
        return False
    if a[0] != "name":
        return a[1] == b[1]
    for x in a[1]:
        for y in b[1]:
            if x == y or set(x.split()) <= set(y.split()) or set(y.split()) <= set(x.split()):
                return True
    return False


def facts(g, dg=None):
    """Every fact node: (node, kind, {role: [entities]}, {date property: value})."""
    out = []
    for node, cls in g.subject_objects(RDF.type):
        local = str(cls)[len(str(DG)):] if str(cls).startswith(str(DG)) else None
        kind = KIND_OF.get(local)
        if not kind:
            continue
        roles = {}
        for role in ROLES[kind]:
            if role == "holder":
                values = list(g.subjects(DG.holds, node))
            else:
                values = list(g.objects(node, DG[role]))
            if role == "amount":
                values = [rdflib.Literal(str(float(v))) for v in values]
            roles[role] = [entity(g, v, dg) for v in values]
        dates = {}
        for d in DATES[kind] + ["established", "upgraded"]:
            for v in g.objects(node, DG[d]):
                dates.setdefault("date", str(v))
        out.append((node, kind, roles, dates))
    return out


def compare(cand, gold):
    """(overlap, contradiction, exact) of a candidate against a gold fact."""
    _, _, croles, cdates = cand
    _, _, groles, gdates = gold
    overlap = contradiction = False
    exact = True
    for role in croles:
        c, gl = croles[role], groles.get(role, [])
        for x in c:
            if any(same(x, y) for y in gl):
                overlap = True
            elif gl or x[0] == "state":
                # A role the gold fact fills otherwise, or a state it
                # does not name there.
                contradiction = True
        if len(c) != len(gl) or not all(any(same(x, y) for y in gl) for x in c):
            exact = False
    cd, gd = cdates.get("date"), gdates.get("date")
    if cd and gd and not (cd.startswith(gd) or gd.startswith(cd)):
        contradiction = True
    if cd != gd:
        exact = False
    return overlap, contradiction, exact


def deputies(path):
    """The ids of the gold posts an analyst marked "# deputy" above: the
    convention writes them with the main role (Minister), the ontology's
    value is the deputy's own (DeputyMinister), which a reviewer keeps."""
    out = set()
    comment = ""
    for line in open(path, encoding="utf-8"):
        m = re.match(r"PostHolding (\S+) role=", line)
        if m and comment.startswith("# deputy"):
            out.add(m.group(1))
        comment = line if line.startswith("#") else ""
    return out


def as_deputy(golds, ids):
    """@golds with the role of each post of @ids its deputy's."""
    out = []
    for node, kind, roles, dates in golds:
        if kind == "post held" and re.split(r"[/#]", str(node))[-1] in ids:
            roles = dict(roles)
            # (A role that is a deputy's already, written so, stays.)
            roles["role"] = [("value", "DeputyPrimeMinister") if v == ("value", "PrimeMinister")
                             else ("value", "DeputyMinister")
                             if v[1].endswith("Minister") and not v[1].startswith("Deputy") else v
                             for v in roles["role"]]
        out.append((node, kind, roles, dates))
    return out


def names_wrong_state(cand, golds):
    """Does a key role of @cand name a state the fact it is about does not
    have there (or, when it is about no fact, one no fact names)?"""
    states = [(role, x) for role, v in cand[2].items() for x in v if x[0] == "state"]
    about = [g for g in golds if g[1] == cand[1] and compare(cand, g)[0]]
    if about:
        return all(any(not any(same(x, y) for y in g[2].get(role, [])) for role, x in states)
                   for g in about)
    named = {y[1] for g in golds for v in g[2].values() for y in v if y[0] == "state"}
    return any(x[1] not in named for _, x in states)


def sureness(path):
    """Candidate id -> its sureness, from the comment above its block."""
    out = {}
    sure = None
    for line in open(path, encoding="utf-8"):
        m = re.match(r"# .*; sure ([0-9.]+)$", line.rstrip("\n"))
        if m:
            sure = float(m.group(1))
            continue
        m = re.match(r"(?:about )?([A-Z]\w*) (\S+)", line)
        if m and sure is not None:
            out[m.group(2)] = sure
            sure = None
    return out


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--split", default="dev", choices=["dev", "held-out", "held-out-2", "held-out-3", "held-out-4", "held-out-5", "held-out-6", "held-out-7", "held-out-8", "held-out-9", "held-out-10", "held-out-11", "held-out-12", "held-out-13", "held-out-14", "held-out-15", "held-out-16", "held-out-17", "all"])
    p.add_argument("--gazetteer", "-g", action="append", default=[])
    p.add_argument("--show", action="store_true", help="list every candidate with its verdict")
    p.add_argument("--min-sure", help="extract's --min-sure (0: every candidate, to calibrate sureness)")
    p.add_argument("dg")
    p.add_argument("texts")
    opts = p.parse_args()

    articles = [a for a in csv.DictReader(open(os.path.join(NEWS, "articles.tsv"), encoding="utf-8"),
                                          delimiter="\t")
                if opts.split == "all" or a["split"] == opts.split]
    by_kind = collections.defaultdict(collections.Counter)
    by_sure = collections.defaultdict(collections.Counter)
    wrong_state = 0
    seconds = sentences = 0.0
    missing = []
    with tempfile.TemporaryDirectory() as tmp:
        for a in articles:
            text = os.path.join(opts.texts, a["id"] + ".txt")
            if not os.path.exists(text):
                missing.append(a["id"])
                continue
            out = os.path.join(tmp, a["id"] + ".dg")
            args = [opts.dg, "extract", "--lang", a["lang"], "--source-id", a["id"],
                    "--date", a["published"], "-o", out]
            for g in opts.gazetteer:
                args += ["-g", g]
            if opts.min_sure is not None:
                args += ["--min-sure", opts.min_sure]
            started = time.monotonic()
            r = subprocess.run(args + [text], capture_output=True, text=True)
            seconds += time.monotonic() - started
            if r.returncode != 0:
                raise SystemExit("%s: %s" % (a["id"], r.stderr))
            m = re.search(r"(\d+) sentences", r.stderr)
            sentences += int(m.group(1)) if m else 0
            cg = graph_of(opts.dg, opts.gazetteer + [out])
            gg = graph_of(opts.dg, [os.path.join(NEWS, "gold", a["id"] + ".dg")])
            # The article's own candidates (not the gazetteer's facts).
            cands = [f for f in facts(cg, opts.dg) if re.search(r"[/#:]%s-" % re.escape(a["id"]), str(f[0]))]
            gold_path = os.path.join(NEWS, "gold", a["id"] + ".dg")
            golds = as_deputy(facts(gg), deputies(gold_path))
            sure = sureness(out)
            found = {}
            taken = set()  # gold facts a candidate already states exactly
            for c in cands:
                verdict = "wrong"
                best = None
                for gf in golds:
                    if gf[1] != c[1]:
                        continue
                    overlap, contradiction, exact = compare(c, gf)
                    # One candidate a fact: the second stating it exactly is
                    # a repeat a reviewer deletes (partial), unless another
                    # fact of the same roles is still unstated.
                    if exact and not contradiction and gf[0] not in taken:
                        verdict, best = "strict", gf
                        break
                    if overlap and not contradiction and verdict != "partial":
                        verdict, best = "partial", gf
                if verdict == "strict":
                    taken.add(best[0])
                if verdict == "wrong" and names_wrong_state(c, golds):
                    wrong_state += 1
                by_kind[c[1]]["candidates"] += 1
                by_kind[c[1]][verdict] += 1
                s = sure.get(re.split(r"[/#:]", str(c[0]))[-1])
                by_sure[s]["candidates"] += 1
                by_sure[s][verdict] += 1
                if best is not None:
                    found[best[0]] = max(found.get(best[0], 0), 2 if verdict == "strict" else 1)
                if opts.show:
                    print("%s %-7s %-12s %s" % (a["id"], verdict, c[1],
                                                {k: [x[1] if x[0] != "name" else sorted(x[1])[0] for x in v]
                                                 for k, v in c[2].items()}), c[3])
            for gf in golds:
                by_kind[gf[1]]["gold"] += 1
                if found.get(gf[0]) == 2:
                    by_kind[gf[1]]["found strictly"] += 1
                if found.get(gf[0]):
                    by_kind[gf[1]]["found"] += 1
                elif opts.show:
                    print("%s MISSED  %-12s %s" % (a["id"], gf[1],
                                                   {k: [x[1] if x[0] != "name" else sorted(x[1])[0] for x in v]
                                                    for k, v in gf[2].items()}), gf[3])

    print("split: %s, %d articles%s" % (opts.split, len(articles) - len(missing),
                                        (" (no text for %s)" % ", ".join(missing)) if missing else ""))
    print("| kind | candidates | strict | partial | wrong | gold | found strictly | found |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    total = collections.Counter()
    for kind, _, _, _ in KINDS:
        c = by_kind[kind]
        total.update(c)
        print("| %s | %d | %d | %d | %d | %d | %d | %d |" % (
            kind, c["candidates"], c["strict"], c["partial"], c["wrong"], c["gold"],
            c["found strictly"], c["found"]))
    n = max(total["candidates"], 1)
    g = max(total["gold"], 1)
    print("| all | %d | %d | %d | %d | %d | %d | %d |" % (
        total["candidates"], total["strict"], total["partial"], total["wrong"], total["gold"],
        total["found strictly"], total["found"]))
    print("strict precision %.1f %%, partial %.1f %%, wrong %.1f %%; strict recall %.1f %%, "
          "recall at all %.1f %%; candidates naming a wrong state: %d"
          % (100 * total["strict"] / n, 100 * total["partial"] / n, 100 * total["wrong"] / n,
             100 * total["found strictly"] / g, 100 * total["found"] / g, wrong_state))
    print("sureness: " + ", ".join("%s: %d of %d kept" % (s, c["strict"], c["candidates"])
                                   for s, c in sorted(by_sure.items(), key=lambda x: (x[0] is None, x[0] or 0))))
    print("speed: %.0f sentences in %.2f s (%.0f a second, with start-up)"
          % (sentences, seconds, sentences / seconds if seconds else 0))


if __name__ == "__main__":
    sys.exit(main())
