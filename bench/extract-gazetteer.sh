#!/bin/bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# `diplograph extract` with a large gazetteer whose names share their first
# words ("Republik Demokratik Negeri1" ... "NegeriN"): seconds and peak RSS
# for N names and a text naming them two to a sentence.  Finding a name
# must cost the words it spans, not the names that share a first word.
#   bench/extract-gazetteer.sh [N...]      # default: 10000 100000
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=${top_builddir:-$here/..}
dg=${DIPLOGRAPH:-$top/tools/diplograph}
python=${PYTHON3:-/usr/bin/python3}
work=$(mktemp -d "${TMPDIR:-/tmp}/dg-gazetteer-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(uname -sr); diplograph $("$dg" --version | cut -d' ' -f2)"
printf '| names | text MB | sentences | seconds | sentences/s | peak RSS MB |\n| ---: | ---: | ---: | ---: | ---: | ---: |\n'
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
for size in "${sizes[@]}"; do
  {
    "$python" -c "
import sys
n = int(sys.argv[1])
with open(sys.argv[2], 'w') as g, open(sys.argv[3], 'w') as t:
    for i in range(n):
        g.write('State r%d \"Republik Demokratik Negeri%d\"@id\n' % (i, i))
    for i in range(0, n - 1, 5):
        t.write('Republik Demokratik Negeri%d mengunjungi Republik Demokratik Negeri%d.\n' % (i, i + 1))
" "$size" "$work/g.dg" "$work/t.txt"
    /usr/bin/time -f '%e %M' -o "$work/time" "$dg" extract -g "$work/g.dg" -o "$work/out.dg" "$work/t.txt" 2>"$work/err"
    read -r s kb <"$work/time"
    sentences=$(grep -o '[0-9]* sentences' "$work/err" | cut -d' ' -f1)
    awk -v n="$size" -v b="$(stat -c %s "$work/t.txt")" -v c="$sentences" -v s="$s" -v kb="$kb" \
      'BEGIN { printf "| %d | %.2f | %d | %.2f | %.0f | %.0f |\n", n, b / 1048576, c, s, (s > 0 ? c / s : 0), kb / 1024 }'
  }
done
