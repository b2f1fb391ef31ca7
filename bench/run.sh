#!/bin/bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# Benchmarks diplograph against the tools users would pick instead, on the
# same synthetic data in one run: wall time, throughput, peak RSS and ratios.
#   make bench                         # sizes 1e5 1e6 1e7
#   BENCH_SIZES="100000" bench/run.sh  # a quick run
# Needs serdi, rapper, Debian's python3-rdflib (for sizes up to
# BENCH_RDFLIB_MAX) and GNU time (/usr/bin/time).  BENCH_REPEAT runs of
# diplograph and serdi (default 3), the fastest reported.  N3.js runs when
# bench/node_modules/n3 is installed (npm ci in bench/).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=${top_builddir:-$here/..}
dg=${DIPLOGRAPH:-$top/tools/diplograph}
sizes=${BENCH_SIZES:-100000 1000000 10000000}
rdflib_max=${BENCH_RDFLIB_MAX:-1000000}
work=${BENCH_WORK:-$(mktemp -d "${TMPDIR:-/tmp}/dg-bench-XXXXXX")}
python=${PYTHON3:-/usr/bin/python3}
# diplograph and serdi run this many times and the fastest counts: single
# runs on a shared machine vary by a third.  The slow tools run once.
repeat=${BENCH_REPEAT:-3}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(uname -sr)"
echo "tools: diplograph $("$dg" --version | cut -d' ' -f2), serdi $(serdi -v 2>&1 | head -n 1 | grep -o '[0-9][0-9.]*' | head -n 1)," \
     "rapper $(rapper --version), rdflib $("$python" -c 'import rdflib; print(rdflib.__version__)' 2>/dev/null || echo none)," \
     "graphviz $(dot -V 2>&1 | grep -o '[0-9][0-9.]*' | head -n 1)"
printf '%-9s %-28s %9s %12s %9s %8s\n' size task seconds triples/s "RSS MB" "B/triple"

# The fixed cost: what diplograph holds before any data (the ontology, the
# libraries), measured on one triple; memory per triple is given above it.
mkdir -p "$work"
echo '<https://e.org/s> <https://e.org/p> "o" .' >"$work/one.nt"
/usr/bin/time -f '%M' -o "$work/fixed" "$dg" rdf -q -o "$work/one.ttl" "$work/one.nt"
fixed_kb=$(cat "$work/fixed")
echo "fixed cost: $((fixed_kb / 1024)) MB peak RSS for one triple"

declare -A secs rss
# Every tool writes to a new file on disk: serdi, rapper and N3.js their
# standard output, diplograph its -o file (or its standard output).  Each
# run starts with the last one's output gone and written back (sync), so
# that no run pays for another's, nor replaces a file (which GIO makes
# durable with fsync() before the rename).
measure () { # measure SIZE TRIPLES NAME COMMAND...: the fastest of $runs runs
  local size=$1 triples=$2 name=$3 s= kb= status t k out= a prev=
  shift 3
  for a in "$@"; do
    [ "$prev" = -o ] && out=$a
    prev=$a
  done
  for ((run = 0; run < ${runs:-1}; run++)); do
    rm -f "$work/stdout" ${out:+"$out"}
    sync
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" >"$work/stdout" 2>"$work/err"
    status=$?
    if [ $status -ne 0 ]; then
      printf '%-9s %-28s failed (%s)\n' "$size" "$name" "$(head -c 120 "$work/err")"
      return
    fi
    read -r t k <"$work/time"
    if [ -z "$s" ] || awk -v a="$t" -v b="$s" 'BEGIN { exit !(a < b) }'; then
      s=$t
      kb=$k
    fi
  done
  secs[$size/$name]=$s
  rss[$size/$name]=$kb
  awk -v n="$size" -v t="$name" -v s="$s" -v kb="$kb" -v tr="$triples" 'BEGIN {
    printf "%-9s %-28s %9.2f %12.0f %9.1f %8.1f\n", n, t, s, (s > 0 ? tr / s : 0), kb / 1024, kb * 1024 / tr }'
}
ratio () { # ratio SIZE A B: how many times A's time B's is
  local a=${secs[$1/$2]:-} b=${secs[$1/$3]:-}
  [ -n "$a" ] && [ -n "$b" ] && awk -v a="$a" -v b="$b" -v x="$2" -v y="$3" -v n="$1" \
    'BEGIN { printf "%-9s %s / %s = %.2f\n", n, y, x, b / a }'
}

for size in $sizes; do
  d=$work/$size
  "$python" "$here/gen.py" "$size" "$d"
  "$dg" rdf -f ntriples -o "$d/all.nt" "$d/all.dg" || exit 1
  triples=$(wc -l <"$d/all.nt")
  runs=$repeat
  measure "$size" "$triples" "cat NT (floor)" cat "$d/all.nt"
  measure "$size" "$triples" "diplograph TSV -> Turtle" "$dg" rdf -o "$d/dg.ttl" "$d/all.dg"
  # Every core: the large table read in parts, the Turtle written in
  # batches (the same bytes as one thread: compared below).
  measure "$size" "$triples" "diplograph TSV -> Turtle -j $(nproc)" "$dg" rdf -j 0 -o "$d/dg-j.ttl" "$d/all.dg"
  cmp -s "$d/dg.ttl" "$d/dg-j.ttl" || echo "$size -j $(nproc) wrote other bytes than -j 1"
  measure "$size" "$triples" "diplograph TSV -> N-Triples" "$dg" rdf -f ntriples -o "$d/dg.nt" "$d/all.dg"
  measure "$size" "$triples" "diplograph .dg -> Turtle" "$dg" rdf -o "$d/dg2.ttl" "$d/all-dg.dg"
  measure "$size" "$triples" "diplograph NT -> Turtle" "$dg" rdf -q -o "$d/dg3.ttl" "$d/all.nt"
  measure "$size" "$triples" "diplograph NT -> Turtle -j 2" "$dg" rdf -q -j 2 -o "$d/dg3j.ttl" "$d/all.nt"
  measure "$size" "$triples" "diplograph NT -> TriG" "$dg" rdf -q -f trig -o "$d/dg4.trig" "$d/all.nt"
  measure "$size" "$triples" "diplograph DOT, ego view" "$dg" dot -q --focus p0 --depth 1 -o "$d/ego.dot" "$d/all.dg"
  measure "$size" "$triples" "serdi NT -> Turtle" serdi -i ntriples -o turtle "$d/all.nt"
  runs=1
  measure "$size" "$triples" "rapper NT -> Turtle" rapper -q -i ntriples -o turtle "$d/all.nt"
  if [ "$size" -le "$rdflib_max" ]; then
    measure "$size" "$triples" "rdflib NT -> Turtle" "$python" -c \
      'import sys, rdflib; g = rdflib.Graph(); g.parse(sys.argv[1], format="nt"); g.serialize(sys.argv[2], format="turtle")' \
      "$d/all.nt" "$d/rdflib.ttl"
  fi
  if [ -d "$here/node_modules/n3" ] && command -v node >/dev/null; then
    measure "$size" "$triples" "N3.js NT -> Turtle" node "$here/n3-convert.js" "$d/all.nt"
  fi
  echo "$size ego view: $(grep -c 'URL=' "$d/ego.dot") nodes drawn"
  ratio "$size" "diplograph TSV -> Turtle" "serdi NT -> Turtle"
  ratio "$size" "diplograph TSV -> Turtle -j $(nproc)" "serdi NT -> Turtle"
  ratio "$size" "diplograph TSV -> Turtle -j $(nproc)" "diplograph TSV -> Turtle"
  ratio "$size" "diplograph NT -> Turtle" "serdi NT -> Turtle"
  ratio "$size" "serdi NT -> Turtle" "diplograph NT -> Turtle"
  awk -v kb="${rss[$size/diplograph NT -> Turtle]:-0}" -v f="$fixed_kb" -v tr="$triples" -v n="$size" \
    'BEGIN { printf "%-9s diplograph NT -> Turtle: %.1f bytes a triple above the fixed cost\n", n, (kb - f) * 1024 / tr }'
  ratio "$size" "diplograph NT -> Turtle" "rapper NT -> Turtle"
  ratio "$size" "diplograph TSV -> Turtle" "rapper NT -> Turtle"
  ratio "$size" "diplograph TSV -> Turtle" "rdflib NT -> Turtle"
  ratio "$size" "diplograph TSV -> Turtle" "N3.js NT -> Turtle"
  rm -f "$d"/*.ttl "$d"/*.trig "$d"/dg.nt
  previous=${last_size:-}
  if [ -n "$previous" ]; then
    awk -v a="${secs[$previous/diplograph TSV -> Turtle]:-0}" -v b="${secs[$size/diplograph TSV -> Turtle]:-0}" \
        -v p="$previous" -v n="$size" \
      'BEGIN { if (a > 0) printf "%-9s diplograph TSV -> Turtle at %s / at %s = %.1f\n", n, n, p, b / a }'
    awk -v a="${secs[$previous/diplograph NT -> Turtle]:-0}" -v b="${secs[$size/diplograph NT -> Turtle]:-0}" \
        -v p="$previous" -v n="$size" \
      'BEGIN { if (a > 0) printf "%-9s diplograph NT -> Turtle at %s / at %s = %.1f\n", n, n, p, b / a }'
  fi
  last_size=$size
done
[ -z "${BENCH_WORK:-}" ] && rm -rf "$work"
