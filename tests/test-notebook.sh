#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# Executes examples/notebooks/seed-graph.ipynb with jupyter nbconvert on
# Debian's python3 (python3-gi, python3-ipykernel), against the library and
# typelib of this build; any cell error fails.  Prints TAP.

set -u
srcdir=${G_TEST_SRCDIR:-.}
builddir=${G_TEST_BUILDDIR:-.}
examples=${DG_EXAMPLES:-$srcdir/../examples}
python=${PYTHON3:-/usr/bin/python3}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/dg-nb-XXXXXX")
trap 'rm -rf "$tmp"' EXIT

skip () { echo "1..0 # SKIP $1"; exit 0; }
[ "${DG_SANITIZERS:-no}" = yes ] && skip "built with the sanitizers (python3 cannot load an ASan library)"
[ -f "$builddir/../lib/Diplograph-1.0.typelib" ] || skip "built without GObject Introspection"
command -v jupyter-nbconvert >/dev/null 2>&1 || skip "jupyter-nbconvert is not installed"
"$python" -c 'import gi, ipykernel, rdflib, networkx' 2>/dev/null || \
  skip "$python lacks python3-gi, python3-ipykernel, python3-rdflib or python3-networkx"

# A kernel on Debian's python3, whatever python3 comes first on PATH.
mkdir -p "$tmp/jupyter/kernels/python3"
printf '{"argv": ["%s", "-m", "ipykernel_launcher", "-f", "{connection_file}"],
 "display_name": "Python 3", "language": "python"}\n' "$python" \
  >"$tmp/jupyter/kernels/python3/kernel.json"

libdir=$(cd "$builddir/../lib" && pwd)
if JUPYTER_PATH="$tmp/jupyter" JUPYTER_DATA_DIR="$tmp/jupyter" HOME="$tmp" \
   GI_TYPELIB_PATH="$libdir${GI_TYPELIB_PATH:+:$GI_TYPELIB_PATH}" \
   LD_LIBRARY_PATH="$libdir/.libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
   PYTHONPATH="$srcdir/../lib${PYTHONPATH:+:$PYTHONPATH}" \
   DG_EXAMPLES="$examples" \
   jupyter-nbconvert --to notebook --execute --ExecutePreprocessor.timeout=300 \
     --output-dir "$tmp/out" "$examples/notebooks/seed-graph.ipynb" >"$tmp/log" 2>&1
then
  echo "ok 1 - the seed-graph notebook runs without a cell error"
  grep -c '"output_type"' "$tmp/out/seed-graph.ipynb" | sed 's/^/# outputs: /'
  if grep -q 'image/svg+xml' "$tmp/out/seed-graph.ipynb"; then
    echo "ok 2 - it shows the ego graph as inline SVG"
  else
    echo "not ok 2 - it shows the ego graph as inline SVG"
  fi
else
  echo "not ok 1 - the seed-graph notebook runs without a cell error"
  sed 's/^/# /' "$tmp/log" | tail -n 40
  echo "not ok 2 - it shows the ego graph as inline SVG # not reached"
fi
echo "1..2"
