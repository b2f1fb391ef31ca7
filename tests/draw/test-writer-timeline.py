#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""A view along time (lib/draw/dg-writer-timeline.c), read from the DOT it
draws (every object pinned at its place) and rendered by Graphviz:

- the hand-made graph (tests/data/diff-changes.dg): one lane for Alpha's
  partner, the relation from 1990, the strategic partnership's bar ending
  where the comprehensive one begins (its upgrade, 2024-05-01), each in
  its level's colour from the ontology; the visits as marks, in date
  order, linked with their quotes;
- the seed graph's Vietnam: lanes China, Japan, Korea in the order their
  relations began (1950, 1973, 1992); Japan's Extensive Strategic
  Partnership from 2014 to the Comprehensive one of 2023-11-27; the
  undated Vietnam–China partnership named, not lost; every mark's place
  follows its date;
- --from/--to set the axis; PNG and SVG render with no Graphviz warning;
  x.jpg and an unknown focus are refused.
"""
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from taplib import finish, ok  # noqa: E402

import rdflib  # noqa: E402

DIPLOGRAPH = os.environ.get("DIPLOGRAPH", "../../tools/diplograph")
SRCDIR = os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.environ.get("DG_EXAMPLES", os.path.join(SRCDIR, "..", "examples"))
DATA = os.path.join(SRCDIR, "data", "diff-changes.dg")
SEED = os.path.join(EXAMPLES, "vietnam", "all.dg")
ONTOLOGY = os.path.join(SRCDIR, "..", "ontology", "diplograph.ttl")
DG = rdflib.Namespace("https://w3id.org/diplograph#")
onto = rdflib.Graph().parse(ONTOLOGY, format="turtle")


def run(*args):
    return subprocess.run([DIPLOGRAPH, *args], capture_output=True)


def nodes_of(dot):
    """name -> attributes of every pinned node."""
    dot = dot.replace("\\\n", "")  # agwrite's line continuations
    out = {}
    for name, attrs in re.findall(r'^\t(t\d+)\t\[(.*?)\];$', dot, re.S | re.M):
        a = dict(re.findall(r'(\w+)=("(?:[^"\\]|\\.)*"|[^,\s\]]+)', attrs))
        a = {k: v.strip('"') for k, v in a.items()}
        x, y = a["pos"].rstrip("!").split(",")
        a["x"], a["y"] = float(x), float(y)
        a["w"] = float(a.get("width", "0.1")) * 72
        out[name] = a
    return out


def by_url(nodes, base):
    return {n["URL"].removeprefix(base): n for n in nodes.values() if "URL" in n}


def level_colour(level):
    return str(onto.value(DG[level], DG.edgeColor))


def marks(nodes):
    """(date, x) of every mark: a node whose tooltip ends its first line
    with a date in parentheses, not a bar."""
    out = []
    for n in nodes.values():
        m = re.match(r'^[^\\]*\((\d{4}(?:-\d\d(?:-\d\d)?)?)\)', n.get("tooltip", ""))
        if m and float(n.get("height", "1")) * 72 < 9:
            out.append((m.group(1), n["x"], n))
    return out


def day(date):
    """A date as written, as its first day: (year, month, day)."""
    parts = [int(p) for p in date.split("-")]
    return tuple(parts + [1] * (3 - len(parts)))


def dates_in_order(ms):
    ms = sorted(ms, key=lambda m: (day(m[0]), m[1]))
    return all(a[1] <= b[1] + 1e-6 for a, b in zip(ms, ms[1:]))


# The hand-made graph.
r = run("timeline", "--focus", "alpha", "-T", "dot", DATA)
ok(r.returncode == 0, "timeline draws DOT", [r.stderr.decode()])
dot = r.stdout.decode()
nodes = nodes_of(dot)
base = "https://example.org/diff/"
u = by_url(nodes, base)
ok({"ab-relations", "ab-sp", "ab-csp", "visit-2024", "visit-2019"} <= set(u),
   "bars for the relation and both levels, marks for both visits", [sorted(u)])
sp, csp, rel = u.get("ab-sp", {}), u.get("ab-csp", {}), u.get("ab-relations", {})
ok(abs((sp["x"] + sp["w"] / 2) - (csp["x"] - csp["w"] / 2)) < 1.0,
   "the strategic bar ends where the upgrade begins", [sp.get("pos"), csp.get("pos")])
ok(sp["x"] - sp["w"] / 2 > rel["x"] - rel["w"] / 2, "the relation began before the partnership")
ok(sp.get("fillcolor") == level_colour("StrategicPartnership")
   and csp.get("fillcolor") == level_colour("ComprehensiveStrategicPartnership"),
   "each bar in its level's colour from the ontology", [sp.get("fillcolor"), csp.get("fillcolor")])
ok(u["visit-2019"]["x"] < u["visit-2024"]["x"], "marks placed by date")
ok('They became strategic partners in 2015.' in sp.get("tooltip", ""), "a bar's tooltip has its quote")
ok(not any("fisheries" in n.get("tooltip", "") for n in nodes.values()),
   "an agreement is not a partnership lane's bar")

# The seed graph: Vietnam's partners at a glance.
r = run("timeline", "--focus", "vietnam", "--legend", "-T", "dot", SEED)
dot = r.stdout.decode()
nodes = nodes_of(dot)
seed = "https://w3id.org/diplograph/seed/"
u = by_url(nodes, seed)
names = sorted((n for n in nodes.values() if n.get("shape") == "plaintext"
                and n["x"] < 190 and n.get("label", "").endswith("\\r")
                and "no date" not in n.get("label", "")), key=lambda n: -n["y"])
lanes = [n["label"].replace("\\r", "") for n in names]
ok(lanes == ["People's Republic of China", "Japan", "Republic of Korea"],
   "one lane a partner, in the order relations began", [lanes])
esp, jcsp = u.get("vn-jp-esp", {}), u.get("vn-jp-csp", {})
ok(esp and jcsp and abs((esp["x"] + esp["w"] / 2) - (jcsp["x"] - jcsp["w"] / 2)) < 1.0
   and esp["fillcolor"] == level_colour("ExtensiveStrategicPartnership"),
   "Japan: Extensive Strategic from 2014 until the Comprehensive of 2023-11-27")
ok(any("Comprehensive Strategic Cooperative" in n.get("label", "") and "no date" in n.get("label", "")
       for n in nodes.values()), "the undated Vietnam–China partnership is named")
ms = marks(nodes)
ok(len(ms) >= 8 and dates_in_order(ms), "every mark's place follows its date (%d marks)" % len(ms))
ok('<TABLE' in dot and 'Extensive Strategic Partnership</TD>' in dot, "a legend of the levels drawn")

# The axis of --from/--to.
r = run("timeline", "--focus", "vietnam", "--from", "2020", "--to", "2025", "-T", "dot", SEED)
nodes = nodes_of(r.stdout.decode())
years = sorted(int(n["label"]) for n in nodes.values() if n.get("label", "").isdigit()
               and len(n["label"]) == 4 and n.get("fontsize") == "9")
# The last tick is the end of 2025: 1 January 2026.
ok(years == list(range(2020, 2027)), "--from 2020 --to 2025: a year a tick", [years])

with tempfile.TemporaryDirectory() as tmp:
    for fmt in ("png", "svg"):
        out = os.path.join(tmp, "t." + fmt)
        r = run("timeline", "--focus", "vietnam", "--legend", "-o", out, SEED)
        with open(out, "rb") as f:
            head = f.read()
        ok(r.returncode == 0 and not r.stderr and (head.startswith(b"\x89PNG") if fmt == "png"
                                                   else b"<svg" in head),
           "%s renders with no warning" % fmt, [r.stderr.decode()])
    ok(b'xlink:href="https://w3id.org/diplograph/seed/vn-jp-csp"' in head
       and b"Kemitraan Strategis Komprehensif" in head, "SVG: a bar links to its IRI and quote")
    # Without a focus: a lane per pair of parties (names on two lines).
    out = os.path.join(tmp, "pairs.svg")
    r = run("timeline", "--legend", "-o", out, SEED)
    with open(out, encoding="utf-8") as f:
        svg = f.read()
    ok(r.returncode == 0 and not r.stderr and "Vietnam – Japan" in svg and "Republic of Korea – ASEAN" in svg,
       "no focus: a lane per pair, with no Graphviz warning", [r.stderr.decode()])
    jpg = os.path.join(tmp, "t.jpg")
    r = run("timeline", "--focus", "vietnam", "-o", jpg, SEED)
    ok(r.returncode == 2 and not os.path.exists(jpg), "x.jpg is refused", [r.stderr.decode()])
    # An axis of 110,000 years is labelled at most 20 times or so: its work
    # is bounded by what is drawn, not by the years spanned.
    r = run("timeline", "--focus", "vietnam", "--from=-9999", "--to", "99999", "-T", "svg", SEED)
    labels = re.findall(rb">(?:&#45;|-)?[0-9]+</text>", r.stdout)
    ok(r.returncode == 0 and 5 <= len(labels) <= 40 and b">20000</text>" in r.stdout,
       "--from=-9999 --to 99999: an axis labelled every 10,000 years (%d labels)" % len(labels),
       [r.stderr.decode()])
    r = run("timeline", "--focus", "nowhere", "-o", os.path.join(tmp, "x.svg"), SEED)
    ok(r.returncode == 2, "an unknown focus is refused", [r.stderr.decode()])

    # Event data: no partnerships, so the events make the lanes, on an axis
    # of the data's months.
    events = os.path.join(tmp, "events.dg")
    with open(events, "w", encoding="utf-8") as f:
        f.write("""State aa "Aland"@en
State bb "Borduria"@en
State cc "Carpania"@en
Organization dd "Dockers' Union"@en
Meeting m1 "Talks"@en participant=aa participant=bb date=2019-03-04
Meeting m2 "More talks"@en participant=aa participant=bb date=2019-05-20
Meeting m3 "Trade talks"@en participant=aa participant=cc date=2019-04-11
Meeting m4 "A union's meeting"@en participant=aa participant=dd date=2019-04-12
""")
    r = run("timeline", "--focus", "aa", "-T", "svg", events)
    svg = r.stdout.decode()
    months = re.findall(r">(2019(?:-|&#45;)0[1-9])</text>", svg)
    months = [m.replace("&#45;", "-") for m in months]
    ok(r.returncode == 0 and ">Borduria<" in svg and ">Carpania<" in svg and "Dockers" not in svg,
       "event data: a lane for each state the focus met, none for a body", [r.stderr.decode()])
    ok(months[:1] == ["2019-03"] and "2019-05" in months and not re.search(r">2015</text>", svg),
       "event data of three months: an axis of months from the first (%s)" % ", ".join(months))
    # A long stretch where nothing happens is cut short, and says so; an
    # axis asked for is drawn whole.
    far = os.path.join(tmp, "far.dg")
    with open(far, "w", encoding="utf-8") as f:
        f.write("""State aa "Aland"@en
State bb "Borduria"@en
Meeting f1 "First talks"@en participant=aa participant=bb date=1960-03-04
Meeting f2 "Talks again"@en participant=aa participant=bb date=2020-05-20
Meeting f3 "And again"@en participant=aa participant=bb date=2021-02-01
""")
    r = run("timeline", "--focus", "aa", "-T", "dot", far)
    dot = r.stdout.decode()
    ticks = re.findall(r'label=(\d{4}),', dot) + re.findall(r'label="(\d{4})"', dot)
    names = {"First talks": "f1", "Talks again": "f2", "And again": "f3"}
    xs = {names[m]: float(x) for x, m in re.findall(r'pos="([\d.]+),[^"]*"[^\]]*?tooltip="([A-Za-z ]+) \(',
                                                    dot) if m in names}
    ok(r.returncode == 0 and re.search("196\\d\u2009\u2248\u20092019", dot)
       and not {"1980", "1990", "2000"} & set(ticks)
       and xs.get("f1", 0) < xs.get("f2", 0) < xs.get("f3", 0)
       and xs.get("f3", 0) - xs.get("f2", 0) > 0.05 * (xs.get("f3", 0) - xs.get("f1", 1)),
       "sixty empty years cut short: 196x \u2248 2019, no ticks inside, the recent years wide (%s)"
       % xs, [r.stderr.decode()])
    r = run("timeline", "--focus", "aa", "--from", "1950", "--to", "2025", "-T", "dot", far)
    ok(r.returncode == 0 and "\u2248" not in r.stdout.decode(),
       "--from 1950 --to 2025: the axis asked for, uncut", [r.stderr.decode()])
    # Ten meetings on two days: one box with their number, what they are in
    # its tooltip; a lone one stays a mark.
    pile = os.path.join(tmp, "pile.dg")
    with open(pile, "w", encoding="utf-8") as f:
        f.write('State aa "Aland"@en\nState bb "Borduria"@en\n')
        for i in range(10):
            f.write('Meeting p%d "Meeting %d"@en participant=aa participant=bb date=2019-04-0%d\n'
                    % (i, i, 1 + i % 2))
        f.write('Meeting q1 "Lone meeting"@en participant=aa participant=bb date=2019-06-10\n')
    r = run("timeline", "--focus", "aa", "-T", "dot", pile)
    dot = r.stdout.decode().replace("\\\n", "")
    ok(r.returncode == 0 and "label=10," in dot and "10 events, 2019-04-01 \u2013 2019-04-02:" in dot
       and "Meeting 9 (2019-04-02)" in dot and "Lone meeting (2019-06-10)" in dot
       and dot.count("Meeting 3 (") == 1,
       "ten events at one place: one box saying 10, each in its tooltip", [r.stderr.decode()])
    # Nothing to draw is said, with a non-zero exit and no file.
    lonely = os.path.join(tmp, "lonely.dg")
    with open(lonely, "w", encoding="utf-8") as f:
        f.write('State aa "Aland"@en\nState bb "Borduria"@en\n')
    out = os.path.join(tmp, "empty.svg")
    r = run("timeline", "--focus", "aa", "-o", out, lonely)
    ok(r.returncode != 0 and not os.path.exists(out) and b"nothing to draw along time" in r.stderr,
       "nothing to draw: said, exit %d, no file" % r.returncode, [r.stderr.decode()])

finish()
