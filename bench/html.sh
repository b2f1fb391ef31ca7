#!/bin/bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# The interactive page at scale: GDELT-shaped tables through the
# gdelt-events mapping (BENCH_ROWS, default "9000 45000": about 10,000 and
# 50,000 nodes drawn, 4 edges a row), written by `diplograph html` (a view
# this large starts from a spiral the page lays out itself; Graphviz lays
# out 2,000 nodes or fewer), then opened from file:// in Debian's headless
# Chromium (bench/viewer-fps.mjs): ready, laid out, frames a second while
# the drawing is dragged.  Prints the figures.  WebGL is SwiftShader's here
# (no GPU): a GPU draws the same frames far faster.
#   bench/html.sh   (needs `npm ci` in tests/node and Debian's chromium)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=${top_builddir:-$here/..}
dg=${DIPLOGRAPH:-$top/tools/diplograph}
work=$(mktemp -d "${TMPDIR:-/tmp}/dg-html-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(uname -sr); $(/usr/bin/chromium --version 2>/dev/null)"
for rows in ${BENCH_ROWS:-9000 45000}; do
  "$here/gdelt-rows.sh" "$rows" "$work/rows.CSV"
  /usr/bin/time -f '%e %M' -o "$work/t" "$dg" html -q --mapping gdelt-events \
    -o "$work/page.html" "$work/rows.CSV" 2>"$work/err" || { cat "$work/err"; exit 1; }
  read -r secs kb <"$work/t"
  title=$(grep -o -m1 '<title>[^<]*' "$work/page.html" | sed 's/<title>diplograph: //')
  echo "$rows rows -> $title; written in ${secs} s, $((kb / 1024)) MB peak;" \
       "$(( $(stat -c %s "$work/page.html") / 1024 / 1024 )) MB"
  node "$here/viewer-fps.mjs" "$work/page.html" "${BENCH_SHOTS:-$work}/html-$rows.png" \
    >"$work/seen.json" || exit 1
  python3 - "$work/seen.json" <<'PY'
import json, sys
seen = json.load(open(sys.argv[1]))
print("  chromium: drawn in %.1f s (answering at %.1f s), laid out by %.1f s; %.1f frames a "
      "second while dragged; %d script errors"
      % ((seen["drawnMs"] or seen["readyMs"]) / 1000, seen["readyMs"] / 1000,
         seen["laidOutMs"] / 1000, seen["fps"], len(seen["errors"])))
PY
done
