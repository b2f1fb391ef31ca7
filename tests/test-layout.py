#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The library's layout keeps its limits (lib/README.md): folders include
only from the folders below them, no include circle, no circle of files
calling each other, no .c over 900 lines, no function over 120 lines.

Run in the build tree: the call circles are read from the built objects
with nm (skipped when there are none)."""

import glob
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from taplib import finish, ok, skip  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(os.environ.get("G_TEST_SRCDIR", HERE).rstrip("/"))
BUILD = os.path.dirname(os.environ.get("G_TEST_BUILDDIR", HERE).rstrip("/"))
LAYERS = os.environ.get("DG_LAYERS", "").split()
MAX_FILE_LINES = 900
MAX_FUNCTION_LINES = 120
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def lib_files():
    """(folder, path) of every C file of lib/, the root's as folder None."""
    out = []
    for layer in LAYERS:
        for p in sorted(glob.glob(os.path.join(SRC, "lib", layer, "*.[ch]"))):
            out.append((layer, p))
    for p in sorted(glob.glob(os.path.join(SRC, "lib", "*.[ch]"))):
        out.append((None, p))
    return out


def strongly_connected(graph):
    """The components of more than one vertex (Tarjan, iterative)."""
    index, low, on, stack, out = {}, {}, set(), [], []
    counter = [0]
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(graph.get(root, ())))]
        index[root] = low[root] = counter[0]
        counter[0] += 1
        stack.append(root)
        on.add(root)
        while work:
            v, it = work[-1]
            advanced = False
            for w in it:
                if w not in index:
                    index[w] = low[w] = counter[0]
                    counter[0] += 1
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(graph.get(w, ()))))
                    advanced = True
                    break
                if w in on:
                    low[v] = min(low[v], index[w])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp.append(w)
                    if w == v:
                        break
                if len(comp) > 1:
                    out.append(sorted(comp))
    return out


def check_includes(files):
    folder_of = {os.path.basename(p): layer for layer, p in files}
    rank = {layer: i for i, layer in enumerate(LAYERS)}
    climbs, unknown, graph = [], [], {}
    for layer, p in files:
        name = os.path.basename(p)
        with open(p, encoding="utf-8") as f:
            text = f.read()
        graph[name] = set()
        for header in INCLUDE.findall(text):
            if header == "config.h" or layer is None:
                continue  # the root is the library as a whole
            if "/" in header:
                climbs.append("%s includes %s by a path" % (name, header))
                continue
            if header not in folder_of and header not in ("dg-enum-types.h",):
                unknown.append("%s includes %s, not in lib/" % (name, header))
                continue
            graph[name].add(header)
            target = folder_of.get(header)
            if target is None or rank[target] > rank[layer]:
                climbs.append("%s/%s includes %s/%s" % (layer, name, target or "lib", header))
    ok(not climbs, "no folder includes from a folder above it", climbs)
    ok(not unknown, "every quoted include is a header of lib/", unknown)
    circles = strongly_connected(graph)
    ok(not circles, "no circle of includes", [" ".join(c) for c in circles])


def check_calls(files):
    nm = shutil.which("nm")
    objects = []
    for layer in LAYERS:
        for pattern in (".libs/*.o", "*.o"):
            found = glob.glob(os.path.join(BUILD, "lib", layer, pattern))
            if found:
                objects += found
                break
    if not nm or not objects:
        skip("no circle of files calling each other: no built objects or no nm")
        return
    defined, used = {}, {}
    for o in objects:
        name = re.sub(r"^.*?(dg-[^/]*)\.o$", r"\1.c", o)
        used[name] = set()
        listing = subprocess.run([nm, o], capture_output=True, text=True, check=True).stdout
        for line in listing.splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[1] in "TDRBG":
                defined[parts[2]] = name
            elif len(parts) == 2 and parts[0] == "U":
                used[name].add(parts[1])
    graph = {f: {defined[s] for s in syms if s in defined and defined[s] != f}
             for f, syms in used.items()}
    circles = strongly_connected(graph)
    detail = []
    for c in circles:
        detail.append(" ".join(c))
        for f in c:
            for s in sorted(used[f]):
                if defined.get(s) in c and defined[s] != f:
                    detail.append("  %s uses %s of %s" % (f, s, defined[s]))
    ok(not circles, "no circle of files calling each other (%d objects)" % len(objects), detail)


def function_lengths(path):
    """(name, lines) of each function definition: its body's braces stand
    at the start of a line, as .clang-format lays them out."""
    name, start, out = None, None, []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if re.match(r"[A-Za-z_]\w*\s*\(", line) and not line.rstrip().endswith(";"):
                name = line.split("(")[0].strip()
            elif line.startswith("{"):
                start = n
            elif line.startswith("}") and start is not None:
                out.append((name, n - start + 1))
                start = None
    return out


def check_sizes(files):
    sources = [p for _, p in files if p.endswith(".c")]
    sources += sorted(glob.glob(os.path.join(SRC, "tools", "*.c")))
    sources += sorted(glob.glob(os.path.join(SRC, "tests", "*.c")))
    sources += sorted(glob.glob(os.path.join(SRC, "tests", "*", "*.c")))
    sources = [p for p in sources if os.path.basename(p) not in ("dg-resources.c", "dg-enum-types.c")]
    long_files, long_functions = [], []
    for p in sources:
        rel = os.path.relpath(p, SRC)
        with open(p, encoding="utf-8") as f:
            lines = sum(1 for _ in f)
        if lines > MAX_FILE_LINES:
            long_files.append("%s: %d lines" % (rel, lines))
        for name, length in function_lengths(p):
            if length > MAX_FUNCTION_LINES:
                long_functions.append("%s: %s: %d lines" % (rel, name, length))
    ok(len(sources) > 50 and not long_files,
       "no .c over %d lines (%d files)" % (MAX_FILE_LINES, len(sources)), long_files)
    ok(not long_functions, "no function over %d lines" % MAX_FUNCTION_LINES, long_functions)


def main():
    if not LAYERS:
        skip("DG_LAYERS is not set (run by make check)")
        return finish()
    files = lib_files()
    missing = [layer for layer in LAYERS if not os.path.isdir(os.path.join(SRC, "lib", layer))]
    ok(not missing, "every folder of DG_LAYERS exists", missing)
    strays = [os.path.relpath(p, SRC) for layer, p in files
              if layer is None and os.path.basename(p) not in
              ("diplograph.h", "dg-enum-types.h", "dg-enum-types.c", "dg-resources.c")]
    ok(not strays, "lib/ itself holds only the umbrella header and generated files", strays)
    check_includes(files)
    check_calls(files)
    check_sizes(files)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
