#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""What changed between two dates (lib/draw/dg-writer-diff.c), on a hand-made
graph (tests/data/diff-changes.dg) whose every change is known:

- the text lists exactly the upgrade, the two beginnings, the end and the
  event, in the ontology's order of kinds and by date within each, with
  their quotes, and nothing that did not change;
- the RDF Patch deletes exactly the statements of what ended (and the
  links to it) and adds those of what began; its lines are N-Triples that
  rapper parses;
- the diagram marks each kind in the ontology's colour for it (read with
  rdflib from the ontology itself), draws nothing that did not change, and
  lists the kinds in its legend;
- a missing date, a name that says no format, dates in the wrong order: a
  clear error and exit 2.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from taplib import finish, ok, skip  # noqa: E402

import rdflib  # noqa: E402

DIPLOGRAPH = os.environ.get("DIPLOGRAPH", "../../tools/diplograph")
SRCDIR = os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(SRCDIR, "data", "diff-changes.dg")
ONTOLOGY = os.path.join(SRCDIR, "..", "ontology", "diplograph.ttl")
RAPPER = os.environ.get("RAPPER") or shutil.which("rapper")
BASE = "https://example.org/diff/"
DG = rdflib.Namespace("https://w3id.org/diplograph#")
WINDOW = ["--from", "2023", "--to", "2025"]


def run(*args):
    return subprocess.run([DIPLOGRAPH, *args], capture_output=True, text=True)


def sections(text):
    """Kind heading -> the lines of its changes (day, what)."""
    out, current = {}, None
    for line in text.splitlines()[1:]:
        if not line.strip():
            continue
        if not line.startswith(" "):
            current = line
            out[current] = []
        elif not line.startswith("      "):
            day, what = line.strip().split("  ", 1)
            out[current].append((day, what.strip()))
    return out


# Text: the four kinds, each change once, in order.
r = run("diff", *WINDOW, DATA)
ok(r.returncode == 0, "diff writes text", [r.stderr])
got = sections(r.stdout)
ok(list(got) == ["upgraded", "began", "ended", "events"], "kinds in the ontology's order",
   [list(got)])
ok(got.get("upgraded") == [("2024-05-01", "Alpha – Beta: Strategic Partnership → "
                            "Comprehensive Strategic Partnership")],
   "the upgrade names both levels and its day", [got.get("upgraded")])
ok(got.get("began") == [("2024-03-02", "Bob – Alpha: President"),
                        ("2024-06-01", "Alpha–Beta trade agreement (treaty)")],
   "what began, by date", [got.get("began")])
ok(got.get("ended") == [("2024-03-01", "Ann – Alpha: President")],
   "what ended; the upgraded partnership is not listed again", [got.get("ended")])
ok(got.get("events") == [("2024-07-10", "Bob's visit to Beta (visit)")],
   "the event in the window, not the one of 2019", [got.get("events")])
ok(r.stdout.splitlines()[0] == "2023 – 2025: 1 upgraded, 2 began, 1 ended, 1 events",
   "a summary line", [r.stdout.splitlines()[0]])
ok('"On 1 May 2024 Alpha and Beta upgraded their relations." [notes]' in r.stdout,
   "each change with its quote and source")
for unchanged in ("diplomatic relations", "fisheries", "Ann's visit"):
    ok(unchanged not in r.stdout, f"unchanged: {unchanged} is not listed")

# The language chain names the kinds.
r = run("diff", *WINDOW, "--lang", "vi", DATA)
ok(r.returncode == 0 and "\nnâng cấp\n" in r.stdout and "Đối tác Chiến lược Toàn diện" in r.stdout,
   "--lang vi: kinds and levels in Vietnamese", [r.stdout[:300]])

# RDF Patch.
r = run("diff", *WINDOW, "-f", "patch", DATA)
lines = r.stdout.splitlines()
ok(r.returncode == 0 and lines[0] == "TX ." and lines[-1] == "TC .", "a patch is one transaction",
   [r.stderr, lines[:1], lines[-1:]])
body = lines[1:-1]
ok(all(re.match(r"^[AD] <", line) for line in body), "every other line adds or deletes")
signs = {}
for line in body:
    subject = line.split(" ", 2)[1]
    signs.setdefault(subject.strip("<>").removeprefix(BASE).split("-cite-")[0], set()).add(line[0])
ok(signs.get("ann-holds-1") == {"D"} and signs.get("ab-sp") == {"D"},
   "deletes what ended (the post, the partnership upgraded)", [signs])
for added in ("bob-holds-1", "ab-csp", "ab-trade", "visit-2024"):
    ok(signs.get(added) == {"A"}, f"adds {added}", [signs.get(added)])
ok(not {"ab-relations", "ab-old", "visit-2019", "alpha", "beta"} & {
    s for s in signs if s not in ("ann", "bob")}, "touches nothing that did not change", [signs])
ok(any(line.startswith(f"D <{BASE}ann> <https://w3id.org/diplograph#holds> <{BASE}ann-holds-1>")
       for line in body), "the link to a post that ended goes with it")
if RAPPER:
    nt = "\n".join(line[2:] for line in body) + "\n"
    p = subprocess.run([RAPPER, "-q", "-i", "ntriples", "-c", "-", BASE], input=nt,
                       capture_output=True, text=True)
    ok(p.returncode == 0, "rapper parses the patch's statements as N-Triples", [p.stderr])
else:
    skip("rapper not installed")

# The diagram: each change in its kind's colour, from the ontology.
onto = rdflib.Graph().parse(ONTOLOGY, format="turtle")
colour = {k: str(onto.value(DG[k], DG.edgeColor)) for k in ("Upgraded", "Began", "Ended", "Happened")}
r = run("diff", *WINDOW, "--legend", "-f", "dot", DATA)
ok(r.returncode == 0, "diff draws DOT", [r.stderr])
dot = r.stdout


# Attribute lists end with "];" at the end of a line (a tooltip may hold "]").
edges = re.findall(r'"([^"]+)" -> "([^"]+)"\s*\[(.*?)\];\n', dot, re.S)
by_url = {}
for tail, head, a in edges:
    m = re.search(r'URL="([^"]+)"', a)
    if m:
        by_url[m.group(1).removeprefix(BASE)] = a
ok(f'color="{colour["Upgraded"]}"' in by_url.get("ab-csp", ""), "the upgrade in its colour",
   [by_url.get("ab-csp")])
ok(f'color="{colour["Ended"]}"' in by_url.get("ab-sp", "") and "dashed" in by_url.get("ab-sp", ""),
   "the partnership it ended, dashed in the colour of an end", [by_url.get("ab-sp")])
ok(f'color="{colour["Began"]}"' in by_url.get("bob-holds-1", ""), "the post taken",
   [by_url.get("bob-holds-1")])
ok(f'color="{colour["Ended"]}"' in by_url.get("ann-holds-1", ""), "the post left",
   [by_url.get("ann-holds-1")])
visit = re.search(rf'"{BASE}visit-2024"\s*\[(.*?)\];\n', dot, re.S)
ok(visit and f'color="{colour["Happened"]}"' in visit.group(1), "the event outlined in its colour")
for unchanged in ("ab-relations", "ab-old", "visit-2019"):
    ok(f"{BASE}{unchanged}\"" not in dot, f"unchanged {unchanged} is not drawn")
legend = re.findall(r'<TD ALIGN="LEFT">([^<]*)</TD>', dot)
ok(legend[-4:] == ["upgraded", "began", "ended", "events"], "the legend lists the kinds drawn",
   [legend])
ok("Strategic Partnership" not in legend, "levels whose colour no edge shows are not in the legend",
   [legend])

# Errors.
with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "d.jpg")
    r = run("diff", "--from", "2023", DATA)
    ok(r.returncode == 2 and "--to" in r.stderr, "one date is a usage error", [r.stderr])
    r = run("diff", *WINDOW, "-o", out, DATA)
    ok(r.returncode == 2 and not os.path.exists(out), "x.jpg says no diff format", [r.stderr])
    r = run("diff", "--from", "2025", "--to", "2023", DATA)
    ok(r.returncode == 2, "dates in the wrong order", [r.stderr])
    png = os.path.join(tmp, "d.png")
    r = run("diff", *WINDOW, "--legend", "-o", png, DATA)
    with open(png, "rb") as f:
        ok(r.returncode == 0 and f.read(8) == b"\x89PNG\r\n\x1a\n", "-o x.png renders PNG", [r.stderr])

finish()
