#!/bin/bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# diplograph-dask on a GDELT-shaped table of BENCH_ROWS rows (default 10^6,
# bench/gdelt-rows.sh makes from the real rows) in
# partitions of BENCH_PARTITION rows (default 125,000): one diplograph run
# alone, then local clusters of 1 and 2 worker processes.  Prints wall
# times, the speed-up of 2 workers over 1, the overhead (wall time beyond
# the partitions' own), and each partition's peak memory.
#   bench/dask.sh
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=${top_builddir:-$here/..}
dg=${DIPLOGRAPH:-$top/tools/diplograph}
tool=$top/tools/diplograph-dask
rows=${BENCH_ROWS:-1000000}
part=${BENCH_PARTITION:-125000}
work=$(mktemp -d "${TMPDIR:-/tmp}/dg-dask-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT
export DIPLOGRAPH=$dg DIPLOGRAPH_MAPPINGS=$here/../ontology/mappings

echo "machine: $(nproc) cores, $(uname -sr); dask $(/usr/bin/python3 -c "import dask; print(dask.__version__)")"
"$here/gdelt-rows.sh" "$rows" "$work/rows.CSV"
/usr/bin/time -f '%e %M' -o "$work/t" "$dg" rdf -q --mapping gdelt-events -f nquads \
  -o "$work/one.nq" "$work/rows.CSV"
read -r secs kb <"$work/t"
echo "one run: $rows rows in $secs s, $((kb / 1024)) MB peak, $(wc -l <"$work/one.nq") quads"
rm -f "$work/one.nq"
for n in 1 2; do
  start=$(date +%s%N)
  "$tool" --workers "$n" --mapping gdelt-events --rows-per-partition "$part" \
    -o "$work/shards$n" "$work/rows.CSV" 2>"$work/err$n" || { cat "$work/err$n"; exit 1; }
  wall=$(( ($(date +%s%N) - start) / 1000000 ))
  echo "$wall" >"$work/wall$n"
  /usr/bin/python3 - "$work/shards$n/manifest.json" "$n" "$wall" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
parts = m["partitions"]
busy = sum(p["seconds"] for p in parts)
wall = int(sys.argv[3]) / 1000
print("%s worker%s: %d partitions of %d rows in %.1f s wall (the command, cluster start "
      "included); partitions %.1f s of work; overhead %.1f s; peak per partition %.0f-%.0f MB; "
      "%d quads written" % (sys.argv[2], "" if sys.argv[2] == "1" else "s", len(parts),
                            m["rows_per_partition"], wall, busy, wall - busy / int(sys.argv[2]),
                            min(p["peak_mb"] for p in parts), max(p["peak_mb"] for p in parts),
                            sum(p["quads"] for p in parts)))
PY
  rm -rf "$work/shards$n"
done
echo "speed-up of 2 workers over 1: $(/usr/bin/python3 -c "print('%.2f' % ($(cat "$work/wall1") / $(cat "$work/wall2")))")x"
