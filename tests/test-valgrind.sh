#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# The diplograph command on the examples under valgrind: no invalid read or
# write, no use of uninitialised memory, no leak.  Prints TAP; skipped where
# valgrind is not installed or the build uses the sanitizers (which do the
# same job and cannot run under valgrind).

set -u
DIPLOGRAPH=${DIPLOGRAPH:-../tools/diplograph}
srcdir=${G_TEST_SRCDIR:-.}
examples=${DG_EXAMPLES:-$srcdir/../examples}
libtool=${LIBTOOL_SCRIPT:-../libtool}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/dg-vg-XXXXXX")
trap 'rm -rf "$tmp"' EXIT

if ! command -v valgrind >/dev/null 2>&1; then
  echo "1..0 # SKIP valgrind is not installed"
  exit 0
fi
if [ "${DG_SANITIZERS:-no}" = yes ]; then
  echo "1..0 # SKIP built with the sanitizers"
  exit 0
fi

n=0
failed=0
# run STATUS DESCRIPTION ARGS...: diplograph must exit with STATUS, and
# valgrind must find nothing (it would exit 99).
run () {
  want=$1
  desc=$2
  shift 2
  n=$((n + 1))
  "$libtool" --mode=execute valgrind -q --error-exitcode=99 --leak-check=full \
    --suppressions="$srcdir/valgrind.supp" \
    --errors-for-leak-kinds=definite,indirect "$DIPLOGRAPH" "$@" >"$tmp/out" 2>"$tmp/err"
  status=$?
  if [ $status -eq "$want" ]; then
    echo "ok $n - $desc"
  else
    failed=$((failed + 1))
    echo "not ok $n - $desc (exit $status)"
    sed 's/^/# /' "$tmp/err" | head -n 40
  fi
}

seed=$examples/vietnam/all.dg
run 0 "check on the seed graph" check "$seed"
run 1 "check on a file with errors" check -q "$srcdir/bad/misc.dg"
run 3 "check on a missing file" check "$tmp/missing.dg"
run 0 "rdf Turtle" rdf -o "$tmp/a.ttl" "$seed"
run 0 "rdf N-Triples" rdf -f ntriples -o "$tmp/a.nt" "$seed"
run 0 "dot with clusters, collapse and legend" dot --clusters --collapse --legend -o "$tmp/a.dot" "$seed"
run 0 "dot with a focus, classes and a window" dot --focus to-lam --depth 2 --classes Person,Event \
  --from 2024 --to 2025 -o "$tmp/b.dot" "$seed"
run 2 "dot with an unknown focus" dot --focus nobody "$seed"
run 0 "render SVG of an article" render --source s003 --collapse --legend -o "$tmp/a.svg" "$seed"
run 0 "render PNG" render --focus visit-kr-2025 --depth 1 -o "$tmp/a.png" "$seed"
run 0 "diff as text" diff --from 2023 --to 2025 -o "$tmp/d.txt" "$seed"
run 0 "diff as a patch" diff --from 2023 --to 2025 -f patch -o "$tmp/d.patch" "$seed"
run 0 "diff as a diagram" diff --from 2023 --to 2025 --focus vietnam --depth 1 --legend -o "$tmp/d.dot" "$seed"
run 0 "timeline of Vietnam's partners" timeline --focus vietnam --legend -o "$tmp/t.svg" "$seed"
run 0 "rdf TriG, a graph per source" rdf -f trig -o "$tmp/a.trig" "$seed"
run 0 "rdf N-Quads" rdf -f nquads -o "$tmp/a.nq" "$seed"
run 0 "extract an article (ICU, hunspell)" extract -q -g "$examples/vietnam/entities.dg" \
  -o "$tmp/a.dg" "$examples/articles/korea-visit-2025.txt"
run 0 "rdf through the GDELT mapping" rdf --mapping gdelt-events -f nquads -o "$tmp/g.nq" \
  "$examples/gdelt/20170701-sample.export.CSV"
run 0 "check through the ICEWS mapping (included code lists, header names)" check -q \
  --mapping icews-events "$srcdir/data/icews-layout.tab"
run 0 "rdf through the COW mapping (keep, individuals)" rdf -q --mapping cow-diplomatic-exchange \
  -o "$tmp/c.ttl" "$srcdir/data/cow-de-layout.csv"
run 0 "network GEXF of the partnerships" network --focus vietnam --classes State,Partnership \
  --collapse -o "$tmp/p.gexf" "$seed"
run 0 "html page of an article's view" html --source s003 --collapse -o "$tmp/p.html" "$seed"
run 0 "network CSV of the whole graph" network -f csv -o "$tmp/csv" "$seed"
printf 'Who\n1\n' >"$tmp/short.csv"
run 1 "a header without the mapping's columns" check -q --mapping cow-diplomatic-exchange \
  "$tmp/short.csv"
printf 'ab\303(\n' >"$tmp/bad.txt"
run 1 "extract invalid UTF-8" extract -o "$tmp/b.dg" "$tmp/bad.txt"
run 0 "TriG read back, with blank nodes and graphs, as N-Quads" rdf -q -f nquads -o "$tmp/b.nq" \
  "$tmp/a.trig" "$srcdir/../ontology/diplograph.ttl"
run 0 "Turtle read back and drawn" dot -q --focus to-lam -o "$tmp/c.dot" "$tmp/a.ttl"
# Tables large enough to be read in parts (people hold posts defined in
# the next file), then one with an id defined twice in its last part.
awk 'BEGIN { print "class=Person\tid\tlabel@en\tholds";
             for (i = 0; i < 4000; i++) printf "\tp%d\tLeader %d of a long name\tpost%d\n", i, i, i }' \
  >"$tmp/people.tsv"
awk 'BEGIN { print "class=PostHolding\tid\trole\tstart";
             for (i = 0; i < 4000; i++) printf "\tpost%d\tPresident\t%d-01\n", i, 1950 + i % 70 }' \
  >"$tmp/posts.tsv"
printf '@include "people.tsv"\n@include "posts.tsv"\n' >"$tmp/big.dg"
run 0 "rdf -j 3: tables read in parts, Turtle written on threads" rdf -j 3 -o "$tmp/j.ttl" "$tmp/big.dg"
sed 's/^\tp3999\t/\tp1\t/' "$tmp/people.tsv" >"$tmp/people2.tsv" && mv "$tmp/people2.tsv" "$tmp/people.tsv"
run 1 "rdf -j 3: a part read again after an error" rdf -q -j 3 -o "$tmp/j2.ttl" "$tmp/big.dg"
head -n 30 "$examples/gdelt/20170701-sample.export.CSV" >"$tmp/a.export.CSV"
tail -n 30 "$examples/gdelt/20170701-sample.export.CSV" >"$tmp/b.export.CSV"
run 0 "rdf -j 2 through the GDELT mapping: a file to a thread" rdf -q -j 2 --mapping gdelt-events \
  -f nquads -o "$tmp/j.nq" "$tmp/a.export.CSV" "$tmp/b.export.CSV"
run 3 "push to a closed port" push -q -e http://127.0.0.1:9/store "$seed"
# A store that takes anything (HEAD, PUT, POST), on a port it picks.
python=${PYTHON3:-python3}
"$python" - "$tmp/port" <<'PY' &
import http.server, sys
class Store(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass
    def do_HEAD(self):
        self.send_response(404); self.send_header("Content-Length", "0"); self.end_headers()
    def do_PUT(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(201); self.send_header("Content-Length", "0"); self.end_headers()
    do_POST = do_PUT
server = http.server.HTTPServer(("127.0.0.1", 0), Store)
open(sys.argv[1] + ".tmp", "w").write(str(server.server_address[1]))
__import__("os").rename(sys.argv[1] + ".tmp", sys.argv[1])
server.serve_forever()
PY
store=$!
for _ in 1 2 3 4 5 6 7 8 9 10; do [ -s "$tmp/port" ] && break; sleep 0.5; done
run 0 "push the seed graph, a request per source" push -q -e "http://127.0.0.1:$(cat "$tmp/port")/store" "$seed"
kill $store
echo "1..$n"
[ $failed -eq 0 ]
