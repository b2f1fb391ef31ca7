#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# `make install` into a staging directory, then examples/meetings.c built
# with `pkg-config --cflags --libs diplograph` against what was installed,
# and run on the seed graph.  Prints TAP.

name=inst
. "${G_TEST_SRCDIR:-$(dirname "$0")}/tap.sh"

if [ "${DG_SANITIZERS:-no}" = yes ]; then
  echo "1..0 # SKIP built with the sanitizers"
  exit 0
fi
stage=$tmp/stage
${MAKE:-make} -C "$builddir/.." install DESTDIR="$stage" >"$tmp/install.log" 2>&1
check "make install DESTDIR=... succeeds" [ $? -eq 0 ]
pc=$(find "$stage" -name diplograph.pc | head -n 1)
check "diplograph.pc is installed" [ -n "$pc" ]
check "the public header is installed" [ -n "$(find "$stage" -path '*/diplograph/diplograph.h')" ]
check "the CLI is installed" [ -n "$(find "$stage" -path '*/bin/diplograph')" ]
check "diplograph-dask is installed" [ -x "$(find "$stage" -path '*/bin/diplograph-dask')" ]
check "diplograph-virtuoso-load is installed" \
  [ -x "$(find "$stage" -path '*/bin/diplograph-virtuoso-load')" ]
check "diplograph-store is installed" [ -x "$(find "$stage" -path '*/bin/diplograph-store')" ]
check "the Virtuoso configuration it reads is installed" \
  [ -n "$(find "$stage" -path '*/diplograph/virtuoso.ini')" ]
check "the ontology is installed" [ -n "$(find "$stage" -name diplograph.ttl)" ]
check "the man page is installed" [ -n "$(find "$stage" -name diplograph.1)" ]
if [ -f "$builddir/../lib/Diplograph-1.0.typelib" ]; then
  check "the typelib is installed" [ -n "$(find "$stage" -name Diplograph-1.0.typelib)" ]
  check "the GIR is installed" [ -n "$(find "$stage" -name Diplograph-1.0.gir)" ]
fi

# The staged tree as if installed at its own prefix: the .pc's paths all
# follow from prefix=.
prefix=$(sed -n 's/^prefix=//p' "$pc")
mkdir -p "$tmp/pc"
sed "s|^prefix=.*|prefix=$stage$prefix|" "$pc" >"$tmp/pc/diplograph.pc"
flags=$(PKG_CONFIG_PATH="$tmp/pc${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}" pkg-config --cflags --libs diplograph)
check "pkg-config knows diplograph" [ -n "$flags" ]
${CC:-cc} "$examples/meetings.c" $flags -o "$tmp/meetings" 2>"$tmp/cc.log"
check "examples/meetings.c builds against the installed library" [ -x "$tmp/meetings" ]
libdir=$(dirname "$(find "$stage" -name 'libdiplograph.so*' | head -n 1)")
LD_LIBRARY_PATH="$libdir" "$tmp/meetings" to-lam "$examples/vietnam/all.dg" >"$tmp/out" 2>&1
check "it runs on the seed graph" [ $? -eq 0 ]
check "and finds To Lam's meeting with Xi Jinping" grep -q "Talks between To Lam and Xi Jinping" "$tmp/out"
check "and counts his events" grep -q "^2[0-9] events$" "$tmp/out"
check "the extraction lexicon is installed" [ -n "$(find "$stage" -name diplograph-lexicon.ttl)" ]

# Extraction from Python, through GObject Introspection on what was installed.
typelib=$(find "$stage" -name Diplograph-1.0.typelib | head -n 1)
if [ -n "$typelib" ] && "${PYTHON3:-python3}" -c 'import gi' 2>/dev/null; then
  override=$(find "$stage" -path '*/gi/overrides/Diplograph.py' | head -n 1)
  check "the PyGObject override is installed under the prefix" [ -n "$override" ]
  pythonpath=$(dirname "$(dirname "$(dirname "$override")")")
  PYTHONPATH="$pythonpath" \
  GI_TYPELIB_PATH=$(dirname "$typelib") LD_LIBRARY_PATH="$libdir" "${PYTHON3:-python3}" - \
    "$examples/vietnam/entities.dg" "$examples/articles/korea-visit-2025.txt" >"$tmp/py" 2>&1 <<'EOF'
import sys
import gi
gi.require_version("Diplograph", "1.0")
gi.require_version("Gio", "2.0")
from gi.repository import Diplograph as Dg, Gio, GLib
ontology = Dg.Ontology.new()
graph = Dg.Graph.new(ontology)
reader = Dg.Reader.new(graph)
reader.read_file(sys.argv[1])
reader.finish()
print("override:", len(graph) == graph.get_n_nodes(), Dg.NO_OBJECT, graph.get_node_iri(graph.node("vietnam")))
extractor = Dg.Extractor.new(ontology, "id")
extractor.add_gazetteer(graph)
extractor.set_source("k1", None, "2025-08-14")
extractor.set_article(open(sys.argv[2], "rb").read(), "korea-visit-2025.txt")
stream = Gio.MemoryOutputStream.new_resizable()
extractor.write(stream)
stream.close()
print(stream.steal_as_bytes().get_data().decode())
try:
    extractor.set_article(b"ab\xc3(", "bad.txt")
except GLib.Error as e:
    print("refused:", e.message)
EOF
  check "Python extracts candidates through the typelib" \
    grep -q "^StateVisit k1-statevisit-1 visitor=to-lam .*startDate=2025-08-10 endDate=2025-08-13" "$tmp/py"
  check "and gets invalid text refused as a GLib.Error" grep -q "^refused: bad.txt:1:3: invalid UTF-8" "$tmp/py"
  check "the installed override is loaded with the typelib" \
    grep -q "^override: True 4294967295 https://w3id.org/diplograph/seed/vietnam$" "$tmp/py"
fi
[ $failed -ne 0 ] && sed 's/^/# /' "$tmp/cc.log" "$tmp/out" "$tmp/py" 2>/dev/null | head -n 20
finish
