#!/bin/bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# Virtuoso's bulk loader on diplograph-dask shards, with 1 loader and with
# 2 (tools/diplograph-virtuoso-load): a GDELT-shaped table of BENCH_ROWS
# rows (default 200,000, from bench/gdelt-rows.sh) in 8 shards, each run on
# a new database.  Prints quads loaded, wall time and quads/s per run.
#   bench/virtuoso-load.sh
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=${top_builddir:-$here/..}
dg=${DIPLOGRAPH:-$top/tools/diplograph}
rows=${BENCH_ROWS:-200000}
virtuoso=$(command -v virtuoso-t) || { echo "virtuoso-t is not installed"; exit 77; }
work=$(mktemp -d "${TMPDIR:-/tmp}/dg-virtuoso-bench-XXXXXX")
server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
export DIPLOGRAPH=$dg DIPLOGRAPH_MAPPINGS=$here/../ontology/mappings DIPLOGRAPH_PASSWORD=dba

port () { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

"$here/gdelt-rows.sh" "$rows" "$work/rows.CSV"
/usr/bin/python3 "$top/tools/diplograph-dask" --workers 2 --mapping gdelt-events \
  --rows-per-partition $(( (rows + 7) / 8 )) -o "$work/shards" "$work/rows.CSV" 2>/dev/null \
  || { echo "diplograph-dask failed"; exit 1; }
quads=$(cat "$work"/shards/*.nq | sort -u | wc -l)
echo "machine: $(nproc) cores; $rows rows in $(ls "$work"/shards/*.nq | wc -l) shards, $quads distinct quads"
for loaders in 1 2; do
  db=$work/db$loaders
  mkdir -p "$db"
  sql=$(port) http=$(port)
  /usr/bin/python3 -c 'import sys; print(open(sys.argv[1]).read() % dict(sql=int(sys.argv[2]),
    http=int(sys.argv[3]), db=sys.argv[4], buffers=170000, dirty=130000))' \
    "$here/../tools/virtuoso.ini" "$sql" "$http" "$work/shards" >"$db/virtuoso.ini"
  (cd "$db" && exec "$virtuoso" -c virtuoso.ini +foreground >/dev/null 2>&1) &
  server=$!
  for _ in $(seq 240); do
    isql-vt "127.0.0.1:$sql" dba dba "EXEC=select 1;" >/dev/null 2>&1 && break
    sleep 0.5
  done
  count () { isql-vt "127.0.0.1:$sql" dba dba VERBOSE=OFF BANNER=OFF PROMPT=OFF \
               "EXEC=SPARQL SELECT COUNT(*) WHERE { GRAPH ?g { ?s ?p ?o } };" | tr -dc '0-9'; }
  before=$(count)
  start=$(date +%s%N)
  "$top/tools/diplograph-virtuoso-load" --port "$sql" --loaders "$loaders" "$work/shards" \
    >/dev/null 2>"$work/err" || { cat "$work/err"; exit 1; }
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  n=$(( $(count) - before ))
  echo "$loaders loader$([ "$loaders" = 1 ] || echo s): the store gained $n quads (shards: $quads) in $((ms / 1000)).$(( ms % 1000 / 100 )) s, $(( n * 1000 / (ms > 0 ? ms : 1) )) quads/s (checkpoint included)"
  kill "$server"; wait "$server" 2>/dev/null; server=
done
