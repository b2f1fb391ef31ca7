#!/bin/bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# gdelt-rows.sh ROWS OUT: a GDELT-shaped table of ROWS rows, copies of the
# real rows of the sample (../shared/data/gdelt, else the 60 bundled in
# examples/gdelt), GLOBALEVENTID made unique: the events differ, the
# states, actors, places and sources repeat as they do in GDELT.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
sample=$here/../../shared/data/gdelt/20170701-sample.export.CSV
[ -f "$sample" ] || sample=$here/../examples/gdelt/20170701-sample.export.CSV
awk -v want="$1" -F'\t' 'BEGIN { OFS = "\t" }
  { line[NR] = $0 }
  END { for (i = 0; i < want; i++) { $0 = line[i % NR + 1]; $1 = 900000000 + i; print } }' \
  "$sample" >"$2"
