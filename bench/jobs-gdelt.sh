#!/bin/bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# jobs-gdelt.sh [ROWS] [FILES]: GDELT-shaped rows (bench/gdelt-rows.sh,
# default 400,000) cut into FILES files (default 8), read through the
# gdelt-events mapping into N-Quads with -j 1 and with one thread per core:
# seconds and peak RSS (the fastest of BENCH_REPEAT runs, default 2), and
# whether the outputs are the same bytes.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=${top_builddir:-$here/..}
dg=${DIPLOGRAPH:-$top/tools/diplograph}
rows=${1:-400000}
files=${2:-8}
repeat=${BENCH_REPEAT:-2}
work=$(mktemp -d "${TMPDIR:-/tmp}/dg-jobs-XXXXXX")
trap 'rm -rf "$work"' EXIT

"$here/gdelt-rows.sh" "$rows" "$work/rows.CSV"
(cd "$work" && split -n "l/$files" -d -a 3 --additional-suffix=.export.CSV rows.CSV day && rm rows.CSV)
echo "$rows rows in $files files, $(nproc) cores"
for jobs in 1 0; do
  best=
  for ((run = 0; run < repeat; run++)); do
    /usr/bin/time -f '%e %M' -o "$work/time" "$dg" rdf -q -j "$jobs" -m gdelt-events -f nquads \
      -o "$work/out-$jobs.nq" "$work"/day*.export.CSV || exit 1
    read -r s kb <"$work/time"
    if [ -z "$best" ] || awk -v a="$s" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best=$s
      best_kb=$kb
    fi
  done
  printf -- '-j %s: %6.2f s, %7.1f MB peak RSS, %s quads\n' "$([ "$jobs" = 0 ] && nproc || echo 1)" \
    "$best" "$(awk -v k="$best_kb" 'BEGIN { print k / 1024 }')" "$(wc -l <"$work/out-$jobs.nq")"
  eval "secs_$jobs=$best"
done
cmp -s "$work/out-1.nq" "$work/out-0.nq" && echo "the same bytes" || echo "DIFFERENT output"
awk -v a="$secs_1" -v b="$secs_0" 'BEGIN { printf "speed-up: %.2f\n", a / b }'
