#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The README's examples, run as written, on this build, as TAP.

- Every ```sh block after the first (the two commands that install, build
  and test) runs in a scratch directory that holds what a fresh clone has
  (a copy of examples/, an empty doc/, lib/ as the README's Python section
  expects it), with this build's diplograph and diplograph-store first on
  PATH; each command (continuation lines joined) must exit 0.  A block
  headed <!-- file: NAME --> is the file NAME the commands after it read.
- Left out, and said so: `$EDITOR` (a person edits there) and `make
  install` (test-installed.sh installs).  The notebook server command runs
  as `python3 -m notebook --version`: the module must be there
  (test-notebook.sh executes the notebook itself).  The store commands run
  where virtuoso-t is installed and the README's ports are free.
- Every ```python block runs, after the ones before it, on Debian's
  python3 with this build's typelib (not under the sanitizers).
- doc/format.md's `check` summary is what `check` prints.
"""
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRCDIR = os.path.abspath(os.environ.get("G_TEST_SRCDIR", HERE))
BUILDDIR = os.path.abspath(os.environ.get("G_TEST_BUILDDIR", HERE))
TOP_SRC = os.path.join(SRCDIR, "..")
TOP_BUILD = os.path.join(BUILDDIR, "..")
PYTHON = "/usr/bin/python3"

sys.path.insert(0, HERE)
from taplib import finish, ok, skip  # noqa: E402

DIPLOGRAPH = os.path.abspath(os.environ.get("DIPLOGRAPH",
                                            os.path.join(TOP_BUILD, "tools", "diplograph")))


def blocks(text):
    """(language, body, file name or None) of each fenced block, in order."""
    out = []
    for m in re.finditer(r"(?:<!-- file: ([^ ]+) -->\n)?```(\w*)\n(.*?)```", text, re.S):
        out.append((m.group(2), m.group(3), m.group(1)))
    return out


def commands(body):
    """The block's commands, continuation lines joined."""
    cmds, current = [], ""
    for line in body.splitlines():
        current += line[:-1] + " " if line.endswith("\\") else line
        if not line.endswith("\\"):
            if current.strip():
                cmds.append(current.strip())
            current = ""
    return cmds


def port_free(port):
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
            return True
        except OSError:
            return False


def scratch(tmp):
    """What a fresh clone has, for the README's relative paths."""
    work = os.path.join(tmp, "clone")
    os.mkdir(work)
    shutil.copytree(os.path.join(TOP_SRC, "examples"), os.path.join(work, "examples"),
                    ignore=shutil.ignore_patterns("Makefile*", "*.o"))
    os.mkdir(os.path.join(work, "doc"))
    lib = os.path.join(work, "lib")
    os.mkdir(lib)
    for name, where in (("Diplograph-1.0.typelib", TOP_BUILD), (".libs", TOP_BUILD),
                        ("gi", TOP_SRC)):
        if os.path.exists(os.path.join(where, "lib", name)):
            os.symlink(os.path.abspath(os.path.join(where, "lib", name)), os.path.join(lib, name))
    bin_dir = os.path.join(tmp, "bin")
    os.mkdir(bin_dir)
    for name, target in (("diplograph", DIPLOGRAPH),
                         ("diplograph-store", os.path.join(TOP_BUILD, "tools", "diplograph-store"))):
        with open(os.path.join(bin_dir, name), "w") as f:
            f.write('#!/bin/sh\nDIPLOGRAPH_VIRTUOSO_INI="%s" exec "%s" "$@"\n'
                    % (os.path.join(TOP_SRC, "tools", "virtuoso.ini"), target))
        os.chmod(os.path.join(bin_dir, name), 0o755)
    return work, bin_dir


def main():
    readme = open(os.path.join(TOP_SRC, "README.md"), encoding="utf-8").read()
    found = blocks(readme)
    sanitizers = os.environ.get("DG_SANITIZERS") == "yes"
    virtuoso = shutil.which("virtuoso-t")
    with tempfile.TemporaryDirectory() as tmp:
        work, bin_dir = scratch(tmp)
        env = dict(os.environ, PATH=bin_dir + ":" + os.environ.get("PATH", ""), HOME=tmp,
                   EDITOR="true")
        python_so_far = []
        first_sh = True
        for language, body, name in found:
            if name:
                with open(os.path.join(work, name), "w", encoding="utf-8") as f:
                    f.write(body)
                continue
            if language == "sh":
                if first_sh:
                    first_sh = False  # the two commands of a fresh machine
                    continue
                for cmd in commands(body):
                    shown = cmd if len(cmd) < 90 else cmd[:87] + "…"
                    if cmd.startswith("$EDITOR") or cmd.startswith("make install"):
                        print("# left out (a person's step, or test-installed.sh's): " + shown)
                        continue
                    if "diplograph-store" in cmd or "sparql-graph-crud" in cmd:
                        if not virtuoso:
                            skip("%s: virtuoso-t is not installed" % shown)
                            continue
                        if "start" in cmd.split() and not (port_free(8890) and port_free(1111)):
                            skip("%s: ports 8890 or 1111 are taken here" % shown)
                            virtuoso = None
                            continue
                    if " -m notebook " in cmd:
                        if sanitizers:
                            skip("%s: built with the sanitizers" % shown)
                            continue
                        cmd = re.sub(r"-m notebook .*", "-m notebook --version", cmd)
                    r = subprocess.run(["sh", "-c", _with_exports(body, cmd)], cwd=work, env=env,
                                       capture_output=True, text=True, timeout=600)
                    ok(r.returncode == 0, "README: " + shown,
                       (r.stderr.splitlines() + r.stdout.splitlines())[-8:])
            elif language == "python":
                if sanitizers:
                    skip("a README Python example: built with the sanitizers")
                    continue
                python_so_far.append(body)
                penv = dict(env, GI_TYPELIB_PATH=os.path.join(work, "lib"),
                            LD_LIBRARY_PATH=os.path.join(work, "lib", ".libs"),
                            PYTHONPATH=os.path.join(work, "lib"))
                r = subprocess.run([PYTHON, "-c", "\n".join(python_so_far)], cwd=work, env=penv,
                                   capture_output=True, text=True, timeout=600)
                first = body.strip().splitlines()[0]
                ok(r.returncode == 0, "README's Python example beginning %r runs" % first,
                   r.stderr.splitlines()[-8:])

        # The store script's mistakes: a usage line, a clear refusal.
        r = subprocess.run(["diplograph-store", "start"], cwd=work, env=env, capture_output=True,
                           text=True)
        ok(r.returncode == 2 and "usage: diplograph-store start DIR" in r.stderr,
           "diplograph-store without a directory: exit 2 and its usage", [r.stderr])
        r = subprocess.run(["diplograph-store", "stop", "nowhere"], cwd=work, env=env,
                           capture_output=True, text=True)
        ok(r.returncode == 1 and "nowhere: no server runs there" in r.stderr,
           "diplograph-store stop where none runs: exit 1, saying so", [r.stderr])

        fmt = open(os.path.join(TOP_SRC, "doc", "format.md"), encoding="utf-8").read()
        m = re.search(r"`diplograph check (\S+)`\s+prints `([^`]+)`", fmt)
        r = subprocess.run([DIPLOGRAPH, "check", m.group(1)] if m else ["false"], cwd=work,
                           env=env, capture_output=True, text=True)
        said = m.group(2) if m else None
        ok(m and r.returncode == 0 and r.stdout.strip() + r.stderr.strip() == said,
           "doc/format.md quotes what `check` prints: %s" % said,
           [r.stdout, r.stderr])
    return finish()


def _with_exports(body, cmd):
    """@cmd after the block's `export` lines before it, as a shell reading
    the block from the top would have them."""
    exports = []
    for c in commands(body):
        if c == cmd:
            break
        if c.startswith("export "):
            exports.append(c)
    return "\n".join(exports + [cmd])


sys.exit(main())
