#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# Writes every output a restructuring must keep byte-identical into OUTDIR
# and prints one checksum per file: run it before and after, then compare.
#   bench/outputs.sh DIPLOGRAPH OUTDIR
set -eu
dg=$1
out=$2
here=$(cd "$(dirname "$0")/.." && pwd)
ex=$here/examples
mkdir -p "$out"
cd "$out"
all=$ex/vietnam/all.dg
gdelt=$ex/gdelt/20170701-sample.export.CSV

"$dg" rdf -o seed.ttl "$all"
"$dg" rdf -f trig -o seed.trig "$all"
"$dg" rdf -f nquads -o seed.nq "$all"
"$dg" rdf -f ntriples -o seed.nt "$all"
"$dg" rdf --with-ontology -o seed-onto.ttl "$all"
"$dg" rdf --mapping gdelt-events -f nquads -o gdelt.nq "$gdelt"
"$dg" dot -o seed.dot "$all"
"$dg" dot --lang id,en --collapse --legend -o seed-collapse.dot "$all"
"$dg" dot --focus signing-beijing-2024 --depth 2 --relations produced,party \
  --clusters --legend -o china-documents.dot "$all"
"$dg" dot --focus vietnam --depth 1 --collapse --classes State,Partnership,DiplomaticRelation \
  --legend -o vietnam-partnerships.dot "$all"
"$dg" dot --mapping gdelt-events --focus https://w3id.org/diplograph/country/VNM \
  -o gdelt-vnm.dot "$gdelt"
"$dg" timeline --focus vietnam --legend -T dot -o timeline-vietnam.dot "$all"
"$dg" timeline --focus vietnam --legend -T svg -o timeline-vietnam.svg "$all"
"$dg" diff --from 2023 --to 2025 "$all" > diff.txt
"$dg" diff --from 2023 --to 2025 -f patch "$all" > diff.patch
"$dg" diff --from 2023 --to 2025 --focus vietnam --depth 1 --legend -f dot -o diff.dot "$all"
"$dg" network --focus vietnam --depth 1 --classes State,Partnership --relations party --collapse \
  -o partnerships.gexf "$all"
"$dg" network --collapse -o seed.graphml "$all"
"$dg" network --collapse -f cytoscape -o seed.cyjs "$all"
rm -rf seed-csv
"$dg" network --collapse -f csv -o seed-csv "$all"
"$dg" html --collapse -o seed.html "$all"
"$dg" render --focus vietnam --depth 1 --collapse --classes State,Partnership,DiplomaticRelation \
  --legend -T svg -o vietnam-partnerships.svg "$all"
"$dg" check "$all" > check.txt 2>&1 || true
"$dg" terms > terms.txt
cat > article.txt <<'TXT'
Hanoi (ANTARA) - Presiden Vietnam Luong Cuong melakukan kunjungan kenegaraan ke Jepang pada 12 Maret 2025.
Kedua negara menandatangani Nota Kesepahaman tentang kerja sama energi.
Menteri Luar Negeri Jepang menyambut baik peningkatan hubungan menjadi Kemitraan Strategis Komprehensif.
TXT
"$dg" extract -g "$ex/vietnam/entities.dg" --source-id a1 --date 2025-03-13 -o extract.dg article.txt 2> extract.err
find . -type f | LC_ALL=C sort | xargs sha256sum
