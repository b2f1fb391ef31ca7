#!/bin/bash
# SPDX-License-Identifier: LGPL-2.1-or-later
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for
# FUZZ_SECONDS seconds on a corpus seeded from the examples and the
# bad-input corpus.  `make fuzz FUZZ_SECONDS=N` calls it.  Prints one line
# per target (executions, crashes) and exits non-zero if any target crashed;
# crashing inputs are kept in fuzz-work/crashes/.
set -uo pipefail
srcdir=${top_srcdir:?}
builddir=${top_builddir:?}
seconds=${FUZZ_SECONDS:-60}
cc=${CLANG:-clang}
work=${FUZZ_WORK:-$builddir/tests/fuzz-work}
# FUZZ_TARGETS="a b" runs only those.
read -r -a targets <<<"${FUZZ_TARGETS:-fuzz-reader-dg fuzz-reader-tsv fuzz-reader-include fuzz-reader-large fuzz-rdf-parse fuzz-reader-rdf fuzz-writer-dot fuzz-writer-rdf fuzz-graph-store fuzz-extract fuzz-reader-mapped fuzz-reader-parts fuzz-reader-rdf-parts fuzz-input-gzip fuzz-output-path}"

command -v "$cc" >/dev/null || { echo "fuzz: $cc is not installed (Debian package clang)"; exit 77; }
mkdir -p "$work/bin" "$work/crashes"
# Absolute: fuzz-output-path works in a directory of its own.
work=$(cd "$work" && pwd)

# The library, built once more with fuzzer instrumentation.
flags=(-g -O1 -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
       -DDIPLOGRAPH_COMPILATION -I"$builddir" -I"$builddir/lib" -I"$srcdir/lib"
       $(for d in "$srcdir"/lib/*/; do case $d in */viewer/|*/gi/) ;; *) echo "-I$d" ;; esac; done)
       $(pkg-config --cflags glib-2.0 gobject-2.0 gio-2.0 gio-unix-2.0 libcgraph libgvc fontconfig raptor2 serd-0 libsoup-3.0 icu-uc hunspell))
libs=($(pkg-config --libs glib-2.0 gobject-2.0 gio-2.0 gio-unix-2.0 libcgraph libgvc fontconfig raptor2 serd-0 libsoup-3.0 icu-uc hunspell) -lm)
sources=()
for f in "$srcdir"/lib/*/dg-*.c; do
  case $(basename "$f") in dg-enum-types.c|dg-resources.c) ;; *) sources+=("$f") ;; esac
done
sources+=("$builddir/lib/dg-enum-types.c" "$builddir/lib/dg-resources.c")
objects=()
# An object older than its source or than any header is built again: a
# struct a header changes must not be laid out two ways in one binary.
newest_header=$(ls -t "$srcdir"/lib/*.h "$srcdir"/lib/*/*.h "$builddir"/lib/*.h 2>/dev/null | head -n 1)
for f in "${sources[@]}"; do
  o="$work/bin/$(basename "${f%.c}").o"
  if [ ! -e "$o" ] || [ "$f" -nt "$o" ] || [ "$newest_header" -nt "$o" ]; then
    "$cc" "${flags[@]}" -c "$f" -o "$o" || exit 1
  fi
  objects+=("$o")
done

# Seeds: the corpus kept in the repository (tests/fuzz/corpus/TARGET, what
# earlier runs found, merged back by FUZZ_KEEP=1), then the examples.
seed () { mkdir -p "$work/corpus/$1"; }
for kept in "$srcdir"/tests/fuzz/corpus/*/; do
  [ -d "$kept" ] || continue
  t=$(basename "$kept")
  seed "$t"
  cp "$kept"* "$work/corpus/$t/" 2>/dev/null
done
seed fuzz-reader-dg
cp "$srcdir"/examples/*.dg "$srcdir"/examples/vietnam/*.dg "$srcdir"/tests/bad/*.dg \
   "$srcdir"/tests/data/*.dg "$work/corpus/fuzz-reader-dg/" 2>/dev/null
seed fuzz-reader-tsv
cp "$srcdir"/tests/bad/*.tsv "$srcdir"/tests/data/*.tsv "$work/corpus/fuzz-reader-tsv/" 2>/dev/null
seed fuzz-rdf-parse
i=0
for f in "$srcdir"/ontology/*.ttl "$srcdir"/tests/data/*.ttl; do
  { printf '\000'; cat "$f"; } >"$work/corpus/fuzz-rdf-parse/ttl-$i"; i=$((i + 1))
done
printf '\001<https://e.org/s> <https://e.org/p> "o"@en .\n' >"$work/corpus/fuzz-rdf-parse/nt"
printf '\002<https://e.org/s> <https://e.org/p> "o" <https://e.org/g> .\n' >"$work/corpus/fuzz-rdf-parse/nq"
printf '\003@prefix e: <https://e.org/> . e:g { e:s e:p "o"^^e:t } \n' >"$work/corpus/fuzz-rdf-parse/trig"
printf '\004<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="https://e.org/s"><rdf:value xml:lang="en">o</rdf:value></rdf:Description></rdf:RDF>\n' >"$work/corpus/fuzz-rdf-parse/rdfxml"
# The same RDF seeds, and the W3C suites where they are at hand.
seed fuzz-reader-rdf
cp "$work/corpus/fuzz-rdf-parse/"* "$work/corpus/fuzz-reader-rdf/"
i=0
for f in "$srcdir"/../shared/w3c-rdf-tests/rdf/rdf11/rdf-turtle/*.ttl; do
  [ -f "$f" ] && [ "$(stat -c %s "$f")" -lt 8000 ] || continue
  { printf '\000'; cat "$f"; } >"$work/corpus/fuzz-reader-rdf/w3c-$i"; i=$((i + 1))
done
# RDF/XML with entities: the bound on their expansion, external ones.
printf '\004<?xml version="1.0"?><!DOCTYPE rdf:RDF [ <!ENTITY a "aaaaaaaaaaaaaaaa"> <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"> ]><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="https://e.org/"><rdf:Description rdf:about="https://e.org/s"><e:p>&b;&b;&b;&b;</e:p></rdf:Description></rdf:RDF>\n' >"$work/corpus/fuzz-rdf-parse/entities"
printf '\004<?xml version="1.0" encoding="ISO-8859-1"?><!DOCTYPE r [ <!ENTITY x SYSTEM "x.txt"> ]><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="https://e.org/s" rdf:value="caf\351 &x;"/></rdf:RDF>\n' >"$work/corpus/fuzz-rdf-parse/external"
# File tables (files split by 0x1E): includes, cycles, links, RDF, tables.
seed fuzz-reader-include
printf '@include "b.dg"\n@include "c.ttl"\n@include "link.dg"\nState vn "Vietnam"@en\n\036@include "a.dg"\nState kr "Korea"@en\n\036@prefix dg: <https://w3id.org/diplograph#> . <https://e.org/jp> a dg:State .\n\036<https://e.org/s> <https://e.org/p> "o" .\n\036class\tid\tlabel@en\nState\tth\tThailand\n' >"$work/corpus/fuzz-reader-include/table"
printf '@include "d.nt"\n@include "e.tsv"\n@include "b.dg"\n\036@include "b.dg"\n' >"$work/corpus/fuzz-reader-include/cycle"
seed fuzz-reader-large
printf '\377State s "x"@en party=a date=2024-01-01\n' >"$work/corpus/fuzz-reader-large/dg"
printf '\376State a "%s"@en ' "$(head -c 2000 /dev/zero | tr '\0' x)" >"$work/corpus/fuzz-reader-large/long-line"
printf '\302<https://e.org/s> <https://e.org/p> "o" .\n' >"$work/corpus/fuzz-reader-large/nt"
printf '\303<https://e.org/s> <https://e.org/p> [ <https://e.org/q> ( 1 2 ) ] .\n' >"$work/corpus/fuzz-reader-large/ttl"
# Answers of a store.
seed fuzz-graph-store
printf 'HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n' >"$work/corpus/fuzz-graph-store/created"
printf 'HTTP/1.1 307 Temporary Redirect\r\nLocation: http://127.0.0.2:9/x\r\nContent-Length: 0\r\n\r\n' >"$work/corpus/fuzz-graph-store/elsewhere"
printf 'HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Digest realm="r", nonce="n", qop="auth"\r\nContent-Length: 5\r\n\r\nhello' >"$work/corpus/fuzz-graph-store/digest"
printf 'HTTP/1.1 500 Oops\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<b>x<\r\n0\r\n\r\n' >"$work/corpus/fuzz-graph-store/chunked"
seed fuzz-extract
i=0
for f in "$srcdir"/examples/articles/*.txt; do
  { printf '\000'; head -c 6000 "$f"; } >"$work/corpus/fuzz-extract/id-$i"; i=$((i + 1))
done
printf '\001General Secretary To Lam visited Japan from 10 to 13 September 2023. Trade reached 139 billion US dollars in 2023.\n' >"$work/corpus/fuzz-extract/en"
printf '\000Perdana Menteri Jepang Fumio Kishida mengunjungi Vietnam dari 7 hingga 9 Maret 2024; kedua negara meningkatkan hubungan dari Kemitraan Strategis menjadi Kemitraan Strategis Komprehensif.\n' >"$work/corpus/fuzz-extract/id"
seed fuzz-reader-mapped
{ printf '\000'; head -n 5 "$srcdir"/examples/gdelt/*.CSV; } >"$work/corpus/fuzz-reader-mapped/gdelt"
printf '\001note,id,who,whom,when\n"a, ""b""",v1,TL,KR,20250810\n"two\nlines",v2,LJ,VN,2025\n' >"$work/corpus/fuzz-reader-mapped/csv"
# Tables read in parts: rows without ids (named by their line) link
# across parts; rows with ids repeat, and so are read again in order.
seed fuzz-reader-parts
cp "$srcdir"/tests/data/*.tsv "$work/corpus/fuzz-reader-parts/" 2>/dev/null
printf 'class=State\tlabel@en\tlabel@vi\n\tVi\303\252t Nam\tVietnam\n\tKorea "South"\tH\303\240n Qu\341\273\221c\n' \
  >"$work/corpus/fuzz-reader-parts/states"
printf 'class\tlabel@en\tdate\tvisitor\thost\nStateVisit\tVisit\t2024-05-01\tto-lam\tjapan\nMeeting\tTalks\t2024\t\tjapan\n' \
  >"$work/corpus/fuzz-reader-parts/events"
# N-Triples and N-Quads read in parts: the first byte picks the syntax.
seed fuzz-reader-rdf-parts
printf '\000<https://e.org/a> <https://w3id.org/diplograph#knows> _:x .\n_:x <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/diplograph#Person> .\n<https://e.org/b> <http://www.w3.org/2000/01/rdf-schema#label> "B"@en .\n' \
  >"$work/corpus/fuzz-reader-rdf-parts/nt"
printf '\001<https://e.org/a> <https://e.org/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> <https://e.org/g> .\n_:s <https://e.org/p> _:o _:g .\n<https://e.org/a> <https://e.org/p> "x" .\n' \
  >"$work/corpus/fuzz-reader-rdf-parts/nq"
seed fuzz-writer-dot
seed fuzz-writer-rdf
i=0
for label in 'Vietnam' 'Việt Nam' 'say "hi"' 'trailing \' '\N \G \l \n' '<b>bold</b>' '{x|y}' \
             'a&amp;b' $'line\nbreak' $'cr\rhere' 'مرحبا' 'Comprehensive Strategic Partnership (2022)'; do
  printf '\034%s' "$label" >"$work/corpus/fuzz-writer-dot/$i"
  printf 'en\n%s' "$label" >"$work/corpus/fuzz-writer-rdf/$i"
  i=$((i + 1))
done
printf 'zh-Hant-TW\n中文' >"$work/corpus/fuzz-writer-rdf/tag"

status=0
total=0
for t in "${targets[@]}"; do
  case $t in
    fuzz-reader-tsv) src=fuzz-reader-dg.c; extra=(-DDG_FUZZ_NAME='"fuzz.tsv"') ;;
    *) src=$t.c; extra=() ;;
  esac
  # The file-table target takes several files' worth.
  case $t in fuzz-reader-include) max_len=32768 ;; fuzz-output-path) max_len=64 ;; *) max_len=8192 ;; esac
  "$cc" "${flags[@]}" "${extra[@]}" -fsanitize=fuzzer "$srcdir/tests/fuzz/$src" "${objects[@]}" \
    "${libs[@]}" -o "$work/bin/$t" || exit 1
  log="$work/$t.log"
  # GLib 2.74's slice allocator recycles memory out of ASan's sight, and
  # its per-thread caches, freed as a thread exits, can be caught by the
  # leak check mid-exit (a 2,032-byte g_malloc0 once in 481,857 runs of
  # fuzz-graph-store): plain malloc for every slice.
  G_SLICE=always-malloc \
  LSAN_OPTIONS="suppressions=$srcdir/tests/lsan.supp:print_suppressions=0" \
  ASAN_OPTIONS=detect_odr_violation=0 \
    "$work/bin/$t" -max_total_time="$seconds" -max_len="${max_len:-8192}" -timeout=20 -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix="$work/crashes/$t-" \
      "$work/corpus/$t" >"$log" 2>&1
  rc=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  total=$((total + ${runs:-0}))
  if [ $rc -eq 0 ]; then
    echo "fuzz: $t: ${runs:-0} executions in ${seconds}s, no crash"
    # FUZZ_KEEP=1: what this run found goes into the repository's corpus,
    # minimized, so that runs add up from one sitting to the next.
    if [ "${FUZZ_KEEP:-0}" = 1 ] && [ -d "$srcdir/tests/fuzz/corpus/$t" ]; then
      G_SLICE=always-malloc ASAN_OPTIONS=detect_odr_violation=0 \
      LSAN_OPTIONS="suppressions=$srcdir/tests/lsan.supp:print_suppressions=0" \
        "$work/bin/$t" -merge=1 -max_len="${max_len:-8192}" "$srcdir/tests/fuzz/corpus/$t" \
          "$work/corpus/$t" >>"$log" 2>&1
    fi
  else
    echo "fuzz: $t: CRASH after ${runs:-?} executions (log: $log)"
    grep -m 5 -E 'ERROR|SUMMARY|abort' "$log"
    status=1
  fi
done
echo "fuzz: ${#targets[@]} targets, $total executions, corpus $(find "$work/corpus" -type f | wc -l) files"
exit $status
