#!/bin/bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# GDELT rows through the gdelt-events mapping: rows/s and bytes of memory a
# row, on a GDELT-shaped table of BENCH_ROWS rows (default 10^6) made from
# the real rows of the sample (../shared/data/gdelt, else the 60 bundled in
# examples/gdelt), each copy with event ids of its own; the fastest of
# BENCH_REPEAT runs (default 3), with each -j of BENCH_JOBS (default "1 2";
# the N-Quads of every -j are checked to be -j 1's, byte for byte).
# RMLStreamer's published rate is about 70,000 records/s on a Flink cluster.
#   bench/mapping.sh
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=${top_builddir:-$here/..}
dg=${DIPLOGRAPH:-$top/tools/diplograph}
rows=${BENCH_ROWS:-1000000}
repeat=${BENCH_REPEAT:-3}
work=$(mktemp -d "${TMPDIR:-/tmp}/dg-mapping-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(uname -sr); diplograph $("$dg" --version | cut -d' ' -f2)"
"$here/gdelt-rows.sh" "$rows" "$work/rows.CSV"
bytes=$(stat -c %s "$work/rows.CSV")

/usr/bin/time -f '%e %M' -o "$work/t" "$dg" check -q --mapping gdelt-events /dev/null 2>/dev/null
read -r _ fixed_kb <"$work/t"
jobs=${BENCH_JOBS:-1 2}
first=
for j in $jobs; do
  best=
  for _ in $(seq "$repeat"); do
    # A new file each run, after the last run's is written back: a file
    # replaced is made durable first (fsync() before the rename), which
    # would time the disk, not the reading and writing.
    rm -f "$work/out-$j.nq"
    sync
    /usr/bin/time -f '%e %M' -o "$work/t" "$dg" rdf -q -j "$j" --mapping gdelt-events -f nquads \
      -o "$work/out-$j.nq" "$work/rows.CSV"
    read -r s kb <"$work/t"
    if [ -z "$best" ] || awk "BEGIN { exit !($s < $best) }"; then best=$s; best_kb=$kb; fi
  done
  quads=$(wc -l <"$work/out-$j.nq")
  same=
  if [ -z "$first" ]; then first=$j; else
    cmp -s "$work/out-$first.nq" "$work/out-$j.nq" && same=", the bytes of -j $first" || same=", NOT the bytes of -j $first"
  fi
  awk -v r="$rows" -v b="$bytes" -v s="$best" -v kb="$best_kb" -v f="$fixed_kb" -v q="$quads" -v j="$j" -v same="$same" 'BEGIN {
    printf "table: %d rows, %.0f MB; N-Quads out: %d quads%s\n", r, b / 1048576, q, same
    printf "rdf -j %s --mapping gdelt-events -f nquads: %.2f s, %.0f rows/s, peak RSS %d MB, %.0f bytes a row above the fixed %d MB\n",
      j, s, r / s, kb / 1024, (kb - f) * 1024 / r, f / 1024
  }'
done
