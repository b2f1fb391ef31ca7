#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Figures fit a page (lib/draw/dg-writer-dot.c): every figure the README
draws, by the README's own command, and every article overview of the seed
graph (--source s00N), rendered as PNG at 96 dpi, is at most 4,000 pixels
on its longer side and at most twice as long as it is wide."""

import os
import re
import shlex
import struct
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from taplib import finish, ok, skip  # noqa: E402

SRCDIR = os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOP = os.path.dirname(SRCDIR)
DIPLOGRAPH = os.environ.get("DIPLOGRAPH", "../../tools/diplograph")
MAX_SIDE = 4000
MAX_ASPECT = 2.0


def readme_figures():
    """(name, argv) of each README command that draws a figure into doc/."""
    with open(os.path.join(TOP, "README.md"), encoding="utf-8") as f:
        text = f.read()
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", text, re.S):
        for command in block.replace("\\\n", " ").splitlines():
            argv = shlex.split(command.split(" #")[0])
            if argv[:1] != ["diplograph"] or "-o" not in argv:
                continue
            out = argv[argv.index("-o") + 1]
            if out.startswith("doc/") and re.search(r"\.(png|svg|pdf)$", out):
                commands.append((os.path.basename(out), argv[1:]))
    return commands


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    return struct.unpack(">II", head[16:24])


def measure(name, argv, work):
    """Renders @argv as PNG at 96 dpi (the README's --dpi dropped)."""
    argv = list(argv)
    if "--dpi" in argv:
        i = argv.index("--dpi")
        del argv[i:i + 2]
    out = os.path.join(work, re.sub(r"\.\w+$", ".png", name))
    argv[argv.index("-o") + 1] = out
    run = subprocess.run([DIPLOGRAPH] + argv, cwd=TOP, capture_output=True, text=True)
    if run.returncode != 0:
        ok(False, "%s: drawn" % name, [run.stderr])
        return
    w, h = png_size(out)
    longer, shorter = max(w, h), max(1, min(w, h))
    ok(longer <= MAX_SIDE and longer / shorter <= MAX_ASPECT,
       "%s: %d x %d pixels at 96 dpi, within %d and 2:1" % (name, w, h, MAX_SIDE),
       ["%s %s" % (DIPLOGRAPH, " ".join(argv))])


def main():
    figures = readme_figures()
    ok(len(figures) >= 5, "the README draws %d figures into doc/" % len(figures),
       [name for name, _ in figures])
    with tempfile.TemporaryDirectory() as work:
        for name, argv in figures:
            measure(name, argv, work)
        seed = os.path.join("examples", "vietnam", "all.dg")
        for s in range(5):
            source = "s%03d" % s
            measure("overview-%s.png" % source,
                    ["render", "--source", source, "--legend", "-o", "x.png", seed], work)
        if not os.path.exists(os.path.join(TOP, seed)):
            skip("the seed graph is not here")
        # --page fits a drawing to paper, keeping its proportions.
        for page, inches in (("a4", (8.27, 11.69)), ("a4-landscape", (11.69, 8.27)),
                             ("100x50mm", (100 / 25.4, 50 / 25.4))):
            out = os.path.join(work, "page.png")
            run = subprocess.run([DIPLOGRAPH, "render", "--source", "s004", "--legend", "--page",
                                  page, "-o", out, seed], cwd=TOP, capture_output=True, text=True)
            w, h = png_size(out) if run.returncode == 0 else (0, 0)
            ok(run.returncode == 0 and 0 < w <= inches[0] * 96 + 1 and 0 < h <= inches[1] * 96 + 1
               and max(w / inches[0], h / inches[1]) > 96 * 0.97,
               "--page %s: %d x %d pixels, fitted to %.2f x %.2f in" % (page, w, h, *inches),
               [run.stderr])
        run = subprocess.run([DIPLOGRAPH, "render", "--page", "a5x", "-o",
                              os.path.join(work, "bad.png"), seed], cwd=TOP, capture_output=True,
                             text=True)
        ok(run.returncode == 2 and "unknown page" in run.stderr
           and not os.path.exists(os.path.join(work, "bad.png")),
           "--page a5x is refused, nothing written", [run.stderr])
    return finish()


if __name__ == "__main__":
    sys.exit(main())
