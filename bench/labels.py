#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""How many collapsed facts' labels lie nearer another edge than their own,
where a reader could attach them to the wrong edge, in the views a paper
uses; each such label is drawn decorated (underlined and tied to its edge).

Lays each view out with Graphviz's dot (-Tjson) and measures, for every
labelled edge, the distance from its label's centre to its own spline and
to the nearest other edge's.  Prints one line a view.

    bench/labels.py [DIPLOGRAPH] [SEED.dg]
"""
import json
import math
import subprocess
import sys

DIPLOGRAPH = sys.argv[1] if len(sys.argv) > 1 else "tools/diplograph"
SEED = sys.argv[2] if len(sys.argv) > 2 else "examples/vietnam/all.dg"
VIEWS = {
    "ego vietnam depth 1": ["--focus", "vietnam", "--depth", "1"],
    "partnerships": ["--focus", "vietnam", "--depth", "1", "--classes",
                     "State,Partnership,DiplomaticRelation"],
    "window 2020-2022": ["--focus", "vietnam", "--depth", "1", "--from", "2020", "--to", "2022"],
    **{f"article {s}": ["--source", s, "--clusters"] for s in ("s000", "s001", "s002", "s003", "s004")},
}


def points(pos):
    out = []
    for p in pos.split():
        if p.startswith(("e,", "s,")):
            continue
        x, y = p.split(",")[:2]
        out.append((float(x), float(y)))
    return out


def distance(p, poly):
    best = math.inf
    for (ax, ay), (bx, by) in zip(poly, poly[1:]):
        dx, dy = bx - ax, by - ay
        t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, ((p[0] - ax) * dx + (p[1] - ay) * dy)
                                                    / (dx * dx + dy * dy)))
        best = min(best, math.hypot(p[0] - ax - t * dx, p[1] - ay - t * dy))
    return best


for name, view in VIEWS.items():
    dot = subprocess.run([DIPLOGRAPH, "dot", "-q", "--collapse", *view, SEED], capture_output=True,
                         text=True, check=True).stdout
    laid = json.loads(subprocess.run(["dot", "-Tjson"], input=dot, capture_output=True, text=True,
                                     check=True).stdout)
    edges = [e for e in laid.get("edges", []) if e.get("style") != "invis" and "pos" in e]
    splines = [points(e["pos"]) for e in edges]
    labelled = nearer_other = decorated = 0
    for i, e in enumerate(edges):
        if "lp" not in e or e.get("penwidth") != "2":
            continue  # only collapsed facts carry dated labels
        labelled += 1
        lp = tuple(float(v) for v in e["lp"].split(","))
        own = distance(lp, splines[i])
        other = min((distance(lp, s) for j, s in enumerate(splines) if j != i), default=math.inf)
        if other < own:
            nearer_other += 1
            decorated += e.get("decorate") == "true"
    print(f"{name}: {labelled} labelled facts, {nearer_other} labels nearer another edge "
          f"than their own, {decorated} of them tied to their edge by decorate")
