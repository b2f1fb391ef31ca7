#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The interactive page (lib/draw/dg-writer-html.c, lib/draw/viewer/) in a real
browser: Debian's Chromium, headless, driven by playwright-core from
tests/node (node/viewer.mjs), the page opened from file://.

- The seed graph's page, drawn with WebGL (sigma.js) from Graphviz's
  layout: every node of the view; search "to lam" (no diacritics) finds To
  Lam and Enter brings him to the middle of the drawing; a mouse click on
  him there shows his class, IRI and quotes with their sources and dims
  what is not next to him; a
  collapsed fact's edge (a post, a partnership) shows its dates and quotes; the time slider at 2015
  hides facts not then in force and the box "all years" brings them back;
  a class unticked hides its nodes (and the rest are laid out again), a
  family's box (the legend's families) all its classes, None and All
  every one; no request leaves file://, no script
  error.  Screenshots are kept in the test's log directory (DG_SHOTS).
- A label made to break out of the page (</script>, <img onerror>) stays
  text: no script error, the label shown as written.
- Self-contained: a content security policy that allows no network, no
  <script src> or <link>; the vendored libraries' licences kept.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from taplib import finish, ok, skip  # noqa: E402

DIPLOGRAPH = os.environ.get("DIPLOGRAPH", "../../tools/diplograph")
SRCDIR = os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.environ.get("DG_EXAMPLES", os.path.join(SRCDIR, "..", "examples"))
NODE = os.environ.get("NODE") or shutil.which("node")
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
NODE_DIR = os.path.join(SRCDIR, "node")
SEED = os.path.join(EXAMPLES, "vietnam", "all.dg")


def run(*args):
    return subprocess.run([DIPLOGRAPH] + list(args), capture_output=True, text=True)


def browse(page, shots):
    r = subprocess.run([NODE, os.path.join(NODE_DIR, "viewer.mjs"), page, shots, CHROMIUM],
                       capture_output=True, text=True, timeout=600)
    if r.returncode != 0:
        return {"failed": r.stderr[-2000:]}
    return json.loads(r.stdout)


with tempfile.TemporaryDirectory() as tmp:
    page = os.path.join(tmp, "seed.html")
    r = run("html", "--collapse", "-o", page, SEED)
    ok(r.returncode == 0, "html --collapse writes the seed graph's page", r.stderr.splitlines())
    text = open(page, encoding="utf-8").read() if r.returncode == 0 else ""
    ok("Content-Security-Policy" in text and "default-src 'none'" in text
       and not re.search(r"<script[^>]+src=|<link\b", text),
       "self-contained: a policy that allows no network, no <script src> or <link>")
    ok(all(name in text for name in ("sigma.js 3.0.3", "graphology 0.26.0",
                                     "graphology-library 0.8.0"))
       and text.count("Permission is hereby granted") >= 3,
       "the vendored sigma.js, graphology and graphology-library keep their licences")
    data = json.loads(re.search(r'<script id="dg-data" type="application/json">(.*?)</script>',
                                text, re.S).group(1)) if text else {"nodes": [], "edges": []}
    r = run("network", "-f", "cytoscape", "--collapse", SEED)
    net = json.loads(r.stdout)["elements"] if r.returncode == 0 else {"nodes": [], "edges": []}
    ok(len(data["nodes"]) == len(net["nodes"]) > 200 and len(data["edges"]) == len(net["edges"])
       and data.get("laidOut") is True
       and all(isinstance(n.get("x"), (int, float)) and n.get("color", "").startswith("#")
               for n in data["nodes"]),
       "the view's nodes and edges (%d, %d), as `network` has them, each placed where Graphviz "
       "put it, in its class's colour" % (len(data["nodes"]), len(data["edges"])))

    if not NODE or not os.path.isdir(os.path.join(NODE_DIR, "node_modules", "playwright-core")):
        skip("playwright-core not installed: run `npm ci` in tests/node")
        sys.exit(finish())
    if not os.access(CHROMIUM, os.X_OK):
        skip("Chromium is not installed (Debian package chromium)")
        sys.exit(finish())
    shots = os.environ.get("DG_SHOTS") or os.path.join(tmp, "shots")
    seen = browse(page, shots)
    ok("failed" not in seen and not seen.get("errors") and seen.get("requests") == ["file://" + page],
       "Chromium loads it from file:// in %s ms: no other request, no script error"
       % seen.get("loadMs"), [seen.get("failed"), seen.get("errors"), seen.get("requests")])
    start = seen.get("start", {})
    ok(start.get("nodes") == len(data["nodes"]) and start.get("hidden") == 0,
       "every node of the view drawn (%s)" % start.get("text"))
    ok("To Lam (person)" in seen.get("results", []),
       "searching \"to lam\" finds To Lam (%d matches)" % len(seen.get("results", [])))
    panel = seen.get("panel", {})
    ok(panel.get("title") == "To Lam" and panel.get("iri") == "https://w3id.org/diplograph/seed/to-lam"
       and any("To Lam" in q for q in panel.get("quotes", [])) and seen.get("dimmed", 0) > 100,
       "clicking him: his IRI and %d quotes in the panel, %s nodes not next to him dimmed"
       % (len(panel.get("quotes", [])), seen.get("dimmed")), [panel])
    edge = seen.get("edgePanel", {})
    ok(edge.get("quotes", 0) > 0 and edge.get("dates"),
       "clicking a collapsed fact's edge: its dates and quotes (%s)" % edge, [edge])
    in2015, back = seen.get("in2015", {}), seen.get("allYears", {})
    ok(seen.get("year") == "2015" and in2015.get("hidden", 0) > 0
       and back.get("hidden") == 0 and back.get("hiddenEdges") == 0,
       "the time slider at 2015 hides what was not then in force (%s); all years shows all again"
       % in2015.get("text"))
    ok(seen.get("classesNone", {}).get("hidden") == len(data["nodes"])
       and seen.get("classesAll", {}).get("hidden") == 0,
       "the class filter's None hides every node, All shows them again (%s; %s)"
       % (seen.get("classesNone", {}).get("text"), seen.get("classesAll", {}).get("text")))
    ok(seen.get("familyOff", {}).get("hidden") == seen.get("familyMembers")
       and seen.get("familyMembers", 0) > 0 and seen.get("familyMemberBoxesOff", 0) > 1
       and seen.get("familyBack", {}).get("hidden") == 0,
       "a family's box (%s) hides every class under it (%s nodes) and shows them again"
       % (seen.get("familyName"), seen.get("familyMembers")), [seen.get("familyOff")])
    ok(seen.get("foundInView") is True,
       "Enter in the search brings the first match into the drawing's area")
    ok(seen.get("classOff", {}).get("hidden", 0) > 0,
       "unticking a class hides its nodes (%s)" % seen.get("classOff", {}).get("text"))

    # Text made to break out of the page stays text.
    hostile = os.path.join(tmp, "hostile.dg")
    with open(hostile, "w", encoding="utf-8") as f:
        f.write('@base <https://example.org/h/>\n'
                'State a "</script><script>document.title=\'owned\'</script>" iso3166=AA\n'
                'State b "<img src=x onerror=alert(1)> & \\u2028" iso3166=BB\n'
                'Partnership p party=a party=b level=StrategicPartnership start=2020\n')
    page2 = os.path.join(tmp, "hostile.html")
    r = run("html", "-o", page2, hostile)
    seen = browse(page2, os.path.join(tmp, "shots2")) if r.returncode == 0 else {"failed": r.stderr}
    ok("failed" not in seen and not seen.get("errors") and len(seen.get("requests", [])) == 1
       and seen.get("start", {}).get("nodes") == 3,
       "labels holding </script> and <img onerror> stay text: no script error, no request",
       [seen.get("failed"), seen.get("errors"), seen.get("requests")])

sys.exit(finish())
