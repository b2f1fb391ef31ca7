#!/bin/bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# The interactive page at scale: a GDELT-shaped table of BENCH_ROWS rows
# (default 9,000: about 10,000 nodes drawn) through the gdelt-events
# mapping, written by `diplograph html --layout sfdp` (the layout for this
# many nodes), then opened from file:// in headless Chromium
# (tests/node/viewer.mjs: load until the script is ready, a search, a
# click, the time slider, a class filter).  Prints the figures.
#   bench/html.sh   (needs `npm ci` in tests/node and Debian's chromium)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=${top_builddir:-$here/..}
dg=${DIPLOGRAPH:-$top/tools/diplograph}
rows=${BENCH_ROWS:-9000}
work=$(mktemp -d "${TMPDIR:-/tmp}/dg-html-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(uname -sr); $(/usr/bin/chromium --version 2>/dev/null)"
"$here/gdelt-rows.sh" "$rows" "$work/rows.CSV"
/usr/bin/time -f '%e %M' -o "$work/t" "$dg" html -q --mapping gdelt-events --layout sfdp \
  -o "$work/page.html" "$work/rows.CSV" 2>"$work/err" || { cat "$work/err"; exit 1; }
read -r secs kb <"$work/t"
nodes=$(grep -o '<g id="dgn' "$work/page.html" | wc -l)
edges=$(grep -o '<g id="dge' "$work/page.html" | wc -l)
echo "page: $rows rows -> $nodes nodes, $edges edges; written in ${secs} s, $((kb / 1024)) MB peak; $(( $(stat -c %s "$work/page.html") / 1024 / 1024 )) MB"
node "$here/../tests/node/viewer.mjs" "$work/page.html" "$work/shots" >"$work/seen.json" || exit 1
python3 - "$work/seen.json" <<'PY'
import json, sys
seen = json.load(open(sys.argv[1]))
print("chromium: loaded and ready in %d ms; %s; errors: %d; requests: %d"
      % (seen["loadMs"], seen["start"]["text"], len(seen["errors"]), len(seen["requests"])))
print("search \"to lam\" answered in %d ms; slider at 2015 applied in %d ms: %s"
      % (seen["searchMs"], seen["sliderMs"], seen["in2015"]["text"]))
PY
