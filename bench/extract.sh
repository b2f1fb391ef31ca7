#!/bin/bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# Speed of `diplograph extract`: sentences per second on a large corpus made
# from the seed articles (repeated to BENCH_EXTRACT_MB megabytes, default
# 20), with the seed's shared entities as gazetteer; the fastest of
# BENCH_REPEAT runs (default 3), its peak RSS, and the fixed cost (an empty
# article).  Then recall against the seed graph (bench/extract-recall.py).
#   bench/extract.sh [SEEDS_DIR]      # default: ../shared/seeds
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=${top_builddir:-$here/..}
dg=${DIPLOGRAPH:-$top/tools/diplograph}
seeds=${1:-$here/../../shared/seeds}
mb=${BENCH_EXTRACT_MB:-20}
repeat=${BENCH_REPEAT:-3}
python=${PYTHON3:-/usr/bin/python3}
entities=$here/../examples/vietnam/entities.dg
work=$(mktemp -d "${TMPDIR:-/tmp}/dg-extract-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT

if [ ! -d "$seeds" ]; then
  echo "no seed articles in $seeds" >&2
  exit 1
fi
echo "machine: $(nproc) cores, $(uname -sr); diplograph $("$dg" --version | cut -d' ' -f2)"

# The corpus: the five articles, each paragraph kept, repeated.
cat "$seeds"/00[0-4]_*.txt >"$work/one.txt"
: >"$work/corpus.txt"
while [ "$(stat -c %s "$work/corpus.txt")" -lt $((mb * 1024 * 1024)) ]; do
  cat "$work/one.txt" >>"$work/corpus.txt"
done
bytes=$(stat -c %s "$work/corpus.txt")

: >"$work/empty.txt"
/usr/bin/time -f '%e %M' -o "$work/t" "$dg" extract -q -g "$entities" -o "$work/empty.dg" "$work/empty.txt"
read -r fixed_s fixed_kb <"$work/t"
echo "fixed cost (gazetteer, lexicon, hunspell dictionary; empty article): ${fixed_s} s, $((fixed_kb / 1024)) MB"

best=
for _ in $(seq "$repeat"); do
  /usr/bin/time -f '%e %M' -o "$work/t" "$dg" extract -g "$entities" -o "$work/out.dg" \
    "$work/corpus.txt" 2>"$work/err"
  read -r s kb <"$work/t"
  if [ -z "$best" ] || awk "BEGIN { exit !($s < $best) }"; then best=$s; best_kb=$kb; fi
done
sentences=$(grep -o '[0-9]* sentences' "$work/err" | cut -d' ' -f1)
candidates=$(grep -o '[0-9]* candidate facts' "$work/err" | cut -d' ' -f1)
awk -v b="$bytes" -v n="$sentences" -v s="$best" -v f="$fixed_s" -v kb="$best_kb" -v c="$candidates" 'BEGIN {
  printf "corpus: %.1f MB, %d sentences, %d candidate facts\n", b / 1048576, n, c
  printf "extract: %.2f s (fastest of runs), %.0f sentences/s, %.0f sentences/s above the fixed cost, %.1f MB/s, peak RSS %d MB\n",
    s, n / s, n / (s - f), b / 1048576 / s, kb / 1024
}'
echo
"$python" "$here/extract-recall.py" "$dg" "$seeds"
