#!/bin/bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# Long lines of .dg: a string of N characters and a line of N/4 tokens with
# an error each.  Time must grow linearly with N (the reader once counted
# columns from the line's start for every character: 8.3 s at 60,000).
#   bench/lines.sh            # N = 15000 30000 60000
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dg=${DIPLOGRAPH:-${top_builddir:-$here/..}/tools/diplograph}
work=$(mktemp -d "${TMPDIR:-/tmp}/dg-lines-XXXXXX")
trap 'rm -rf "$work"' EXIT
printf '%-8s %-28s %9s\n' N case seconds
for n in ${LINES_SIZES:-15000 30000 60000}; do
  python3 -c "print('State a \"' + 'x' * $n + '\"@en')" >"$work/string.dg"
  python3 -c "print('State a \"A\"@en ' + ' '.join(['x=1'] * ($n // 4)))" >"$work/tokens.dg"
  for case in string tokens; do
    start=$(date +%s.%N)
    "$dg" check -q "$work/$case.dg" >/dev/null 2>&1
    end=$(date +%s.%N)
    awk -v n="$n" -v c="$case" -v a="$start" -v b="$end" 'BEGIN { printf "%-8s %-28s %9.3f\n", n, c, b - a }'
  done
done
