#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# The diplograph command as a user runs it: exit codes, messages, output
# files, and its output read by real tools (rapper, serdi, dot, xmllint).
# Prints TAP.

name=cli
. "${G_TEST_SRCDIR:-$(dirname "$0")}/tap.sh"

example=$examples/korea-visit.dg

# check: the bundled example is clean.
"$DIPLOGRAPH" check "$example" >"$tmp/out" 2>"$tmp/err"
check "check on the example exits 0" [ $? -eq 0 ]
check "check on the example says what it read, and no error" \
  grep -q '^[0-9]* nodes ([0-9]* stated by a source), [0-9]* statements, [0-9]* citations from 1 source; no error$' "$tmp/out"
check "and nothing on standard error" [ ! -s "$tmp/err" ]
"$DIPLOGRAPH" check -q "$example" >"$tmp/out" 2>"$tmp/err"
if [ ! -s "$tmp/out" ] && [ ! -s "$tmp/err" ]; then ok "check -q on the example prints nothing"; else not_ok "check -q on the example prints nothing"; fi

# rdf: Turtle that rapper and serdi both read, with the same triple count.
"$DIPLOGRAPH" rdf -o "$tmp/k.ttl" "$example"
if [ $? -eq 0 ] && [ -s "$tmp/k.ttl" ]; then ok "rdf -o writes Turtle"; else not_ok "rdf -o writes Turtle"; fi
"$DIPLOGRAPH" rdf -f ntriples -o "$tmp/k.nt" "$example"
nt_count=$(wc -l <"$tmp/k.nt")
check "N-Triples has one line per triple" [ "$nt_count" -gt 100 ]
if have "${RAPPER:-}"; then
  count=$("$RAPPER" -i turtle -c "$tmp/k.ttl" 2>&1 | sed -n 's/.*returned \([0-9]*\) triples.*/\1/p')
  check "rapper reads the Turtle: $count triples" [ "$count" = "$nt_count" ]
  count=$("$RAPPER" -i ntriples -c "$tmp/k.nt" 2>&1 | sed -n 's/.*returned \([0-9]*\) triples.*/\1/p')
  check "rapper reads the N-Triples" [ "$count" = "$nt_count" ]
else
  skip "rapper is not installed"; skip "rapper is not installed"
fi
if have "${SERDI:-}"; then
  count=$("$SERDI" -i turtle -o ntriples "$tmp/k.ttl" | wc -l)
  check "serdi reads the Turtle: $count triples" [ "$count" = "$nt_count" ]
else
  skip "serdi is not installed"
fi

# dot: a diagram Graphviz renders, as SVG that parses as XML.
"$DIPLOGRAPH" dot -o "$tmp/k.dot" "$example"
if [ $? -eq 0 ] && [ -s "$tmp/k.dot" ]; then ok "dot -o writes DOT"; else not_ok "dot -o writes DOT"; fi
if have "${DOT:-}"; then
  "$DOT" -Tsvg "$tmp/k.dot" >"$tmp/k.svg" 2>"$tmp/dot.err"
  if [ $? -eq 0 ] && [ ! -s "$tmp/dot.err" ]; then ok "dot renders the diagram"; else not_ok "dot renders the diagram"; fi
  if have "${XMLLINT:-}"; then
    check "the SVG is well-formed XML" "$XMLLINT" --noout "$tmp/k.svg"
  else
    skip "xmllint is not installed"
  fi
else
  skip "dot is not installed"; skip "dot is not installed"
fi
"$DIPLOGRAPH" dot --lang id "$example" >"$tmp/id.dot"
check "--lang id picks Indonesian labels" grep -q 'label="Korea Selatan"' "$tmp/id.dot"

# The same input gives byte-identical output.
"$DIPLOGRAPH" rdf "$example" >"$tmp/a.ttl"
"$DIPLOGRAPH" rdf "$example" >"$tmp/b.ttl"
"$DIPLOGRAPH" dot "$example" >"$tmp/a.dot"
"$DIPLOGRAPH" dot "$example" >"$tmp/b.dot"
if cmp -s "$tmp/a.ttl" "$tmp/b.ttl" && cmp -s "$tmp/a.dot" "$tmp/b.dot"; then ok "output is deterministic"; else not_ok "output is deterministic"; fi
check "stdout and -o give the same bytes" cmp -s "$tmp/a.ttl" "$tmp/k.ttl"

# Standard input.
"$DIPLOGRAPH" rdf - <"$example" >"$tmp/stdin.ttl"
check "reads standard input" cmp -s "$tmp/stdin.ttl" "$tmp/k.ttl"

# Bad input: file:line:col on stderr, exit 1, no output.
printf 'State vietnam "Vietnam"@en\n  partyy=korea\n' >"$tmp/bad.dg"
"$DIPLOGRAPH" check "$tmp/bad.dg" 2>"$tmp/err"
check "check on bad input exits 1" [ $? -eq 1 ]
check "the error names file:line:col" grep -q "^$tmp/bad.dg:2:3: error: unknown relation \"partyy\" (did you mean \"party\"?)$" "$tmp/err"

# Every case of the bad-input corpus: exit 1, and on stderr exactly the
# expected file:line:col diagnostics, then the count.
for bad in "$srcdir"/bad/*.dg "$srcdir"/bad/*.tsv; do
  file=$(basename "$bad")
  case=${file%.*}
  [ -f "$srcdir/bad/$case.err" ] || continue
  (cd "$srcdir/bad" && "$DIPLOGRAPH" check "$file" >/dev/null 2>"$tmp/bad.err")
  status=$?
  head -n -1 "$tmp/bad.err" >"$tmp/bad.diag"
  if [ $status -eq 1 ] && cmp -s "$tmp/bad.diag" "$srcdir/bad/$case.err" \
     && tail -n 1 "$tmp/bad.err" | grep -q '^[0-9]* errors\?, [0-9]* warnings\?$'; then
    ok "bad/$file: exit 1 and the expected diagnostics"
  else
    not_ok "bad/$file: exit 1 and the expected diagnostics"
  fi
done

# A failing run leaves an existing output untouched, and no temporary file.
echo KEEP >"$tmp/keep.ttl"
"$DIPLOGRAPH" rdf -o "$tmp/keep.ttl" "$tmp/bad.dg" 2>/dev/null
check "rdf on bad input exits 1" [ $? -eq 1 ]
check "the existing output is untouched" [ "$(cat "$tmp/keep.ttl")" = KEEP ]
check "no temporary file is left" [ "$(ls -A "$tmp" | grep -c '^\.')" -eq 0 ]

# An output that is also an input is refused.
cp "$example" "$tmp/in.dg"
"$DIPLOGRAPH" rdf -o "$tmp/in.dg" "$tmp/in.dg" 2>"$tmp/err"
check "output = input is refused with exit 2" [ $? -eq 2 ]
check "the input is untouched" cmp -s "$tmp/in.dg" "$example"

# push: --user with no password is refused before any request.
env -u DIPLOGRAPH_PASSWORD "$DIPLOGRAPH" push -e http://127.0.0.1:9/store -u dba "$example" 2>"$tmp/err"
check "push --user without a password exits 2" [ $? -eq 2 ]
check "and says where a password comes from" grep -q "needs a password: set DIPLOGRAPH_PASSWORD" "$tmp/err"
"$DIPLOGRAPH" push -e "http://dba:s3cret@127.0.0.1:9/store?x" "$example" 2>"$tmp/err"
check "a password in a bad endpoint is not printed" [ "$(grep -c s3cret "$tmp/err")" -eq 0 ]

# Usage and I/O errors.
"$DIPLOGRAPH" frobnicate x 2>/dev/null
check "unknown command exits 2" [ $? -eq 2 ]
"$DIPLOGRAPH" rdf --format=rdfxml "$example" 2>/dev/null >/dev/null
check "unknown format exits 2" [ $? -eq 2 ]
"$DIPLOGRAPH" check "$tmp/does-not-exist.dg" 2>"$tmp/err"
check "missing input exits 3" [ $? -eq 3 ]
"$DIPLOGRAPH" rdf -o "$tmp/no-such-dir/out.ttl" "$example" 2>"$tmp/err"
if [ $? -eq 3 ] && grep -q "no-such-dir" "$tmp/err"; then ok "unwritable output exits 3"; else not_ok "unwritable output exits 3"; fi

# An ontology extension adds a class with no recompilation.
cat >"$tmp/ext.ttl" <<'EOF'
@prefix dg: <https://w3id.org/diplograph#> .
@prefix ext: <https://example.org/ext#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ext:Embassy a owl:Class ; rdfs:subClassOf dg:Organization ; dg:nodeShape "tab" .
EOF
printf 'Embassy e1 "Embassy of Vietnam in Seoul"@en\n' >"$tmp/emb.dg"
"$DIPLOGRAPH" check "$tmp/emb.dg" 2>/dev/null
check "an unknown class is an error without the extension" [ $? -eq 1 ]
"$DIPLOGRAPH" dot --ontology "$tmp/ext.ttl" "$tmp/emb.dg" >"$tmp/emb.dot"
check "the extension's class is drawn with its shape" grep -q "shape=tab" "$tmp/emb.dot"

# Warnings: reported, but not an error; -q hides them.
printf '@prefix ex: <http://example.org/>\nMoU m1 party=ex:someone\n' >"$tmp/warn.dg"
"$DIPLOGRAPH" check "$tmp/warn.dg" 2>"$tmp/err"
if [ $? -eq 0 ] && grep -q "warning:" "$tmp/err"; then ok "a warning alone exits 0"; else not_ok "a warning alone exits 0"; fi
"$DIPLOGRAPH" check -q "$tmp/warn.dg" 2>"$tmp/err"
check "-q hides warnings" [ ! -s "$tmp/err" ]

# A flood of warnings: each severity's list stops at 1,000 with a line of
# its own severity, so -q shows nothing and the exit is 0; an error after
# the flood is still counted and shown.
awk 'BEGIN { print "@prefix ex: <http://example.org/>"; for (i = 0; i < 1200; i++) printf "MoU m%d party=ex:x%d\n", i, i }' >"$tmp/flood.dg"
"$DIPLOGRAPH" check -q "$tmp/flood.dg" 2>"$tmp/err"
check "-q on 1,200 warnings exits 0" [ $? -eq 0 ]
check "and prints nothing" [ ! -s "$tmp/err" ]
"$DIPLOGRAPH" check "$tmp/flood.dg" 2>"$tmp/err"
check "without -q the list ends in a warning" grep -q "warning: too many warnings; stopping the list" "$tmp/err"
printf 'State bad "x"@en partyy=1\n' >>"$tmp/flood.dg"
"$DIPLOGRAPH" check -q "$tmp/flood.dg" 2>"$tmp/err"
if [ $? -eq 1 ] && grep -q 'flood.dg:1202:1[0-9]*: error: unknown relation "partyy"' "$tmp/err"; then
  ok "an error after the flood is shown and exits 1"; else not_ok "an error after the flood is shown and exits 1"; fi

# An include that never ends (a FIFO fed forever) stops at the size limit
# as it is read, not after filling the memory.
mkfifo "$tmp/endless.dg"
(yes 'State a "A"@en' >"$tmp/endless.dg" 2>/dev/null &)
printf '@include "endless.dg"\n' >"$tmp/inc-endless.dg"
/usr/bin/time -f '%M' -o "$tmp/rss" "$DIPLOGRAPH" check "$tmp/inc-endless.dg" 2>"$tmp/err"
status=$?
pkill -f "yes State a" 2>/dev/null
check "an endless include exits 1" [ $status -eq 1 ]
check "with the size limit at the include" grep -q 'inc-endless.dg:1:10: error: cannot include "endless.dg": larger than 268435456 bytes' "$tmp/err"
rss=$(tail -n 1 "$tmp/rss")
# Endless standard input stops at the limit too, with exit 3.
yes 'State a "A"@en' 2>/dev/null | "$DIPLOGRAPH" check - 2>"$tmp/err"
status=$?
check "endless standard input exits 3" [ $status -eq 3 ]
check "at the size limit" grep -q '<stdin>: larger than 268435456 bytes' "$tmp/err"
check "holding at most about the limit (RSS $rss KB)" [ "$rss" -lt 1500000 ]

# Views and rendering on the seed graph.
seed=$examples/vietnam/all.dg
"$DIPLOGRAPH" render --focus to-lam --depth 1 --collapse --clusters --legend -o "$tmp/f.svg" "$seed"
if [ $? -eq 0 ] && grep -q '<svg' "$tmp/f.svg"; then ok "render writes an SVG of a focused view"; else not_ok "render writes an SVG of a focused view"; fi
if have "${XMLLINT:-}"; then
  check "the rendered SVG is well-formed XML" "$XMLLINT" --noout "$tmp/f.svg"
else
  skip "xmllint is not installed"
fi
check "nodes link to their IRIs" grep -q 'xlink:href="https://w3id.org/diplograph/seed/to-lam"' "$tmp/f.svg"
check "tooltips show the quotes" grep -q 'xlink:title="person&#10;\[000_2fc4be84900a58b8.txt\]' "$tmp/f.svg"
"$DIPLOGRAPH" render -o "$tmp/f.png" --source s002 "$seed"
check "render -o x.png writes PNG" [ "$(head -c 4 "$tmp/f.png" | tail -c 3)" = PNG ]
"$DIPLOGRAPH" render -o "$tmp/upper.PNG" --source s002 "$seed"
check "render -o x.PNG writes PNG (the ending's case does not matter)" \
  [ "$(head -c 4 "$tmp/upper.PNG" | tail -c 3)" = PNG ]
echo keep >"$tmp/f.jpg"
"$DIPLOGRAPH" render -q -o "$tmp/f.jpg" --source s002 "$seed" 2>"$tmp/jpg.err"
jpg_status=$?
check "render -o x.jpg: exit 2, the file untouched, not SVG under a JPEG name" \
  sh -c '[ "$1" -eq 2 ] && [ "$(cat "$2")" = keep ]' sh "$jpg_status" "$tmp/f.jpg"
"$DIPLOGRAPH" render -q --collapse -o "$tmp/c.svg" "$seed"
check "no SVG tooltip shows a literal backslash-n (a collapsed edge's label has its tooltip)" \
  sh -c '! grep -q "xlink:title=\"[^\"]*\\\\n" "$1"' sh "$tmp/c.svg"
"$DIPLOGRAPH" dot -q --collapse --date-precision year -o "$tmp/year.dot" "$seed"
check "--date-precision year: no collapsed edge's date beyond its year" \
  sh -c 'grep -q "Partnership (20[0-9][0-9])" "$1" && ! grep -q "([0-9][0-9][0-9][0-9]-[0-9]" "$1"' sh "$tmp/year.dot"
"$DIPLOGRAPH" dot -q --date-precision week "$seed" >/dev/null 2>&1
check "--date-precision week: exit 2" [ $? -eq 2 ]
"$DIPLOGRAPH" render -q --dpi 192 -o "$tmp/hi.png" --source s002 "$seed"
"$DIPLOGRAPH" render -q -o "$tmp/lo.png" --source s002 "$seed"
png_width () { od -An -tu1 -j16 -N4 "$1" | awk '{ print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4 }'; }
check "--dpi 192: a PNG twice as wide as the default 96 dpi" \
  [ $(( $(png_width "$tmp/hi.png") * 10 / $(png_width "$tmp/lo.png") )) -ge 19 ]
"$DIPLOGRAPH" render -T pdf --source s002 "$seed" >"$tmp/f.pdf"
check "render -T pdf writes PDF to stdout" [ "$(head -c 4 "$tmp/f.pdf")" = "%PDF" ]
"$DIPLOGRAPH" render -T gif "$seed" >/dev/null 2>"$tmp/err"
if [ $? -eq 2 ] && grep -q 'svg, png or pdf' "$tmp/err"; then ok "an unknown render format exits 2"; else not_ok "an unknown render format exits 2"; fi
# Fonts: one that is not installed is refused; the PDF embeds the family
# the DOT names (fontconfig's match), not another.
"$DIPLOGRAPH" render --font "No Such Family 7q" -o "$tmp/nofont.pdf" "$seed" 2>"$tmp/err"
check "--font of a family not installed exits 2" [ $? -eq 2 ]
check "and says so, writing nothing" [ ! -e "$tmp/nofont.pdf" ]
grep -q 'not installed' "$tmp/err" || not_ok "the message names the problem"
"$DIPLOGRAPH" dot --focus vietnam --depth 1 --collapse --classes State,Partnership "$seed" >"$tmp/font.dot"
font=$(sed -n 's/^.*fontname="\{0,1\}\([^",]*\)"\{0,1\},\{0,1\}$/\1/p' "$tmp/font.dot" | head -n 1)
"$DIPLOGRAPH" render --focus vietnam --depth 1 --collapse --classes State,Partnership -o "$tmp/font.pdf" "$seed"
check "the default font is an installed family ($font), embedded in the PDF" \
  grep -aq "FontName /[A-Z]*+$(printf '%s' "$font" | tr -d ' ')" "$tmp/font.pdf"
"$DIPLOGRAPH" dot --focus to-lan "$seed" >/dev/null 2>"$tmp/err"
if [ $? -eq 2 ] && grep -q 'did you mean "to-lam"' "$tmp/err"; then ok "an unknown focus exits 2 with a suggestion"; else not_ok "an unknown focus exits 2 with a suggestion"; fi
"$DIPLOGRAPH" dot --classes Stat "$seed" >/dev/null 2>"$tmp/err"
check "an unknown class exits 2" [ $? -eq 2 ]
"$DIPLOGRAPH" dot --from 2020 --to 2019 "$seed" >/dev/null 2>"$tmp/err"
check "a window that ends before it starts exits 2" [ $? -eq 2 ]
"$DIPLOGRAPH" dot --classes State "$seed" >"$tmp/states.dot"
check "--classes State draws the four states" [ "$(grep -v -- '->' "$tmp/states.dot" | grep -c '^	"https')" -eq 4 ]
"$DIPLOGRAPH" dot --collapse --classes State,Partnership,DiplomaticRelation "$seed" >"$tmp/p.dot"
check "--collapse labels partnerships with level and year" grep -q 'label="Comprehensive Strategic\\nPartnership (2022)"' "$tmp/p.dot"

# User text in SVG: Graphviz's escapes (\G, \N, \E) are not expanded in
# tooltips either, and only web IRIs become links.
cat >"$tmp/esc.dg" <<'EOF'
@base <https://example.org/x/>
SourceDocument s1 "Src"@en file="a.txt"
State vn "Viet\\Gnam"@en
  cite s1 "quote \\G and \\N and \\E end\\"
State <javascript:alert(document.cookie)//x> "JS"@en
EOF
"$DIPLOGRAPH" render -T svg -o "$tmp/esc.svg" "$tmp/esc.dg"
check "a tooltip keeps \\G, \\N and \\E as written" grep -qF 'xlink:title="state&#10;[a.txt] &quot;quote \G and \N and \E end\&quot;"' "$tmp/esc.svg"
check "a label keeps \\G as written" grep -qF '>Viet\Gnam</text>' "$tmp/esc.svg"
check "a javascript: IRI is no link" [ "$(grep -c 'href="javascript' "$tmp/esc.svg")" -eq 0 ]
if have "${DOT:-}"; then
  "$DIPLOGRAPH" dot -o "$tmp/esc.dot" "$tmp/esc.dg"
  "$DOT" -Tsvg "$tmp/esc.dot" >"$tmp/esc2.svg"
  check "through dot -Tsvg too" grep -qF 'quote \G and \N and \E end\&quot;"' "$tmp/esc2.svg"
else
  skip "dot is not installed"
fi

# A statement written twice in the input is one triple.
printf '@base <https://e.org/>\nState a "A"@en\nState b "B"@en\nMoU m "M"@en party=a party=a party=b\n  party=a\n' >"$tmp/dup.dg"
"$DIPLOGRAPH" rdf -f ntriples "$tmp/dup.dg" >"$tmp/dup.nt"
check "a repeated statement is written once" [ "$(grep -c 'party> <https://e.org/a>' "$tmp/dup.nt")" -eq 1 ]

# A large diagram: a warning and a way out.
awk 'BEGIN { for (i = 0; i < 1001; i++) printf "State s%d \"S%d\"@en\n", i, i }' >"$tmp/big.dg"
"$DIPLOGRAPH" dot "$tmp/big.dg" >/dev/null 2>"$tmp/err"
if [ $? -eq 0 ] && grep -q '1001 nodes to draw.*sfdp' "$tmp/err"; then ok "over 1,000 nodes dot warns"; else not_ok "over 1,000 nodes dot warns"; fi
"$DIPLOGRAPH" dot --layout sfdp "$tmp/big.dg" >"$tmp/big.dot" 2>"$tmp/err"
if [ ! -s "$tmp/err" ] && grep -q 'layout=sfdp' "$tmp/big.dot"; then ok "with --layout sfdp it does not, and says layout=sfdp"; else not_ok "with --layout sfdp it does not, and says layout=sfdp"; fi

# RDF in: any syntax, merged with .dg; flattening a dataset warns.
printf '@prefix dg: <https://w3id.org/diplograph#> .\n<https://example.org/kr> a dg:State ; <https://example.org/x> "y" .\n' >"$tmp/kr.ttl"
printf '@base <https://example.org/>\nState vn "Vietnam"@en\nVisit v "Visit"@en visitor=vn host=kr date=2025\n' >"$tmp/v.dg"
"$DIPLOGRAPH" check "$tmp/kr.ttl" "$tmp/v.dg" 2>"$tmp/err"
if [ $? -eq 0 ] && grep -q 'kr.ttl:2:66: warning: relation <https://example.org/x> is not in the ontology' "$tmp/err"; then
  ok "Turtle and .dg merge; an unknown relation is a warning"; else not_ok "Turtle and .dg merge; an unknown relation is a warning"; fi
printf '@base <https://example.org/>\n@include "kr.ttl"\nState vn "Vietnam"@en\nVisit v "Visit"@en visitor=vn host=kr date=2025\n' >"$tmp/inc.dg"
"$DIPLOGRAPH" rdf -q -f ntriples "$tmp/inc.dg" >"$tmp/inc.nt"
check "@include of a Turtle file reads it as RDF" grep -q '^<https://example.org/kr> <https://example.org/x> "y" \.$' "$tmp/inc.nt"
printf '<https://example.org/a> <https://example.org/b> "ok" .\n<https://example.org/a> <https://example.org/b> .\n' >"$tmp/bad.nt"
echo KEEP >"$tmp/keep.nt"
"$DIPLOGRAPH" rdf -f ntriples -o "$tmp/keep.nt" "$tmp/bad.nt" 2>"$tmp/err"
check "bad RDF exits 1" [ $? -eq 1 ]
check "it names file:line:col" grep -q "bad.nt:2:49: error: " "$tmp/err"
check "and leaves the output alone" [ "$(cat "$tmp/keep.nt")" = KEEP ]
"$DIPLOGRAPH" rdf -q -f trig -o "$tmp/ds.trig" "$seed"
"$DIPLOGRAPH" rdf -i trig -f ntriples "$tmp/ds.trig" >/dev/null 2>"$tmp/err"
check "a dataset written as N-Triples warns that its graphs are flattened" grep -q 'named graphs, which N-Triples cannot hold' "$tmp/err"
"$DIPLOGRAPH" rdf -q -f nquads --default-graph "$seed" >"$tmp/flat.nq"
"$DIPLOGRAPH" rdf -q -f ntriples "$seed" >"$tmp/flat.nt"
check "--default-graph: the N-Quads are the N-Triples" cmp -s "$tmp/flat.nq" "$tmp/flat.nt"
"$DIPLOGRAPH" rdf -q -f nquads "$seed" >"$tmp/named.nq"
check "without it, statements are in the articles' graphs" grep -q ' <https://w3id.org/diplograph/seed/s004> \.$' "$tmp/named.nq"
"$DIPLOGRAPH" rdf -f jsonld "$seed" >/dev/null 2>&1
check "an unknown output format exits 2" [ $? -eq 2 ]
"$DIPLOGRAPH" check -i json "$seed" >/dev/null 2>&1
check "an unknown input format exits 2" [ $? -eq 2 ]

# push: usage and transport errors, before and without a store.
"$DIPLOGRAPH" push "$example" >/dev/null 2>"$tmp/err"
if [ $? -eq 2 ] && grep -q -- '--endpoint URL is required' "$tmp/err"; then ok "push without --endpoint exits 2"; else not_ok "push without --endpoint exits 2"; fi
"$DIPLOGRAPH" push -e 'ftp://example.org/store' "$example" >/dev/null 2>"$tmp/err"
check "push to a non-HTTP endpoint exits 2" [ $? -eq 2 ]
"$DIPLOGRAPH" push -e 'http://127.0.0.1:9/store' "$example" >/dev/null 2>"$tmp/err"
if [ $? -eq 3 ] && grep -q 'HEAD http://127.0.0.1:9/store?default: ' "$tmp/err"; then ok "push to nothing exits 3 with the URL"; else not_ok "push to nothing exits 3 with the URL"; fi
"$DIPLOGRAPH" push -e 'http://127.0.0.1:9/store' --timeout -1 "$example" >/dev/null 2>&1
check "a negative --timeout exits 2" [ $? -eq 2 ]
"$DIPLOGRAPH" push -e 'http://127.0.0.1:9/store' -u me --password-file "$tmp/none" "$example" >/dev/null 2>"$tmp/err"
check "a missing password file exits 3" [ $? -eq 3 ]

# Extending a shared graph: a file of one's own that names the seed's
# entities checks alone and with the seed, and a second Vietnam is warned of.
ext=$examples/extending/australia.dg
"$DIPLOGRAPH" check "$examples/vietnam/all.dg" "$ext" >"$tmp/out" 2>"$tmp/err"
check "the extending example checks with the seed graph: no error, no warning" \
  sh -c "[ $? -eq 0 ] && [ ! -s '$tmp/err' ]"
sed 's/^State australia /State vietnam "Vietnam"@en iso3166=VN\nState australia /' "$ext" >"$tmp/two.dg"
cp "$ext" "$tmp/ext.dg" 2>/dev/null
sed -i "s|@include \"../vietnam/entities.dg\"|@include \"$examples/vietnam/entities.dg\"|" "$tmp/two.dg"
"$DIPLOGRAPH" check "$examples/vietnam/all.dg" "$tmp/two.dg" >"$tmp/out" 2>"$tmp/err"
check "a second Vietnam: exit 0, and a warning at its definition naming the first" \
  sh -c "[ $? -eq 0 ] && grep -q 'two.dg:[0-9]*:7: warning: <https://example.org/my-notes/vietnam> may be <https://w3id.org/diplograph/seed/vietnam>, defined at .*entities.dg:[0-9]*:7: both have iso3166 \"VN\"' '$tmp/err'"
printf '@base <https://example.org/w/>\nState sr-vietnam "Socialist Republic"@en sameAs=wd:Q881\n' >"$tmp/w.dg"
"$DIPLOGRAPH" check "$examples/vietnam/all.dg" "$tmp/w.dg" >"$tmp/out" 2>"$tmp/err"
check "the same Wikidata item (sameAs) twice: a warning" \
  grep -q 'w.dg:2:7: warning: .*both have sameAs "http://www.wikidata.org/entity/Q881"' "$tmp/err"
printf '@base <https://example.org/b/>\nState vn "Việt Nam"@vi\n' >"$tmp/b.dg"
printf '@base <https://example.org/a/>\nState vietnam "Viet Nam"@en\n' >"$tmp/a.dg"
"$DIPLOGRAPH" check "$tmp/a.dg" "$tmp/b.dg" >"$tmp/out" 2>"$tmp/err"
check "a same class and label (folded) in two files: a warning" \
  grep -q 'b.dg:2:7: warning: .*both are a State labelled "Việt Nam"' "$tmp/err"
# Keys whose hashes collide (GLib's string hash: "aa" and "b@" agree) are
# still two keys; a third file's "AA" is the first's.
printf '@base <https://example.org/c/>\nState one "Pulau aa"@en\n' >"$tmp/c1.dg"
printf '@base <https://example.org/d/>\nState two "Pulau b@"@en\n' >"$tmp/c2.dg"
printf '@base <https://example.org/e/>\nState three "PULAU AA"@en\n' >"$tmp/c3.dg"
"$DIPLOGRAPH" check "$tmp/c1.dg" "$tmp/c2.dg" "$tmp/c3.dg" >"$tmp/out" 2>"$tmp/err"
check "labels whose keys' hashes collide: no warning between them, one for the same label" \
  sh -c "[ \$(grep -c warning '$tmp/err') -eq 1 ] && grep -q 'c3.dg:2:7: warning: <https://example.org/e/three> may be <https://example.org/c/one>' '$tmp/err'"

# terms: the vocabulary at hand.
"$DIPLOGRAPH" terms >"$tmp/terms" 2>"$tmp/err"
check "terms exits 0 and needs no file" [ $? -eq 0 ]
check "terms lists classes, relations and the values of enumerations" \
  sh -c "grep -q '^      State  \"state\"  dg:State\$' '$tmp/terms' && grep -q '^  level  ' '$tmp/terms' && grep -q '^    PrimeMinister  ' '$tmp/terms'"
"$DIPLOGRAPH" terms --lang id Visit >"$tmp/terms" 2>"$tmp/err"
check "terms --lang id Visit describes it in Indonesian" grep -q '^  label: "kunjungan"$' "$tmp/terms"
"$DIPLOGRAPH" terms Vist >"$tmp/terms" 2>"$tmp/err"
check "terms of an unknown name: exit 2, with a suggestion" \
  sh -c "[ $? -eq 2 ] && grep -q 'did you mean \"Visit\"' '$tmp/err'"
"$DIPLOGRAPH" terms -f tsv -o "$tmp/terms.tsv" 2>"$tmp/err"
check "terms -f tsv -o FILE: a header and a row a term" \
  sh -c "head -n 1 '$tmp/terms.tsv' | grep -q '^kind	name	iri	label' && [ \$(wc -l <'$tmp/terms.tsv') -gt 100 ]"

# A node many statements link to, of a class nobody gives: one warning,
# not one a statement.
for i in 1 2 3 4 5; do
  printf '<https://e.org/a%d> a <https://w3id.org/diplograph#Partnership> .\n<https://e.org/a%d> <https://w3id.org/diplograph#party> <https://e.org/nobody> .\n' $i $i
done >"$tmp/untyped.nt"
"$DIPLOGRAPH" check "$tmp/untyped.nt" 2>"$tmp/err"
check "five links to one node of no class: exit 0" [ $? -eq 0 ]
check "five links to one node of no class: warned of once" [ "$(grep -c 'cannot be checked' "$tmp/err")" = 1 ]

# One fact stated in two files: a warning at the second naming the first;
# a named document of the same parties and day is another; within one
# file, facts alike are not warned of.
printf '@base <https://e.org/>\nState vn "Vietnam"@en\nState jp "Japan"@en\nMoU m1 party=vn party=jp date=2024-03-07\nMoU m0 party=vn party=jp date=2024-03-07\n' >"$tmp/fact1.dg"
printf '@base <https://e.org/>\nMoU m2 party=jp party=vn date=2024-03-07\nMoU m3 "On energy"@en party=jp party=vn date=2024-03-07\nMoU m4 party=jp party=vn date=2024-03-08\n' >"$tmp/fact2.dg"
"$DIPLOGRAPH" check "$tmp/fact1.dg" "$tmp/fact2.dg" >/dev/null 2>"$tmp/err"
check "a fact in two files: exit 0" [ $? -eq 0 ]
check "a fact in two files: warned of at the second, naming the first" \
  grep -q 'fact2.dg:2:5: warning: <https://e.org/m2> may be the fact <https://e.org/m[01]>, defined at .*fact1.dg:[45]:5: both are a MemorandumOfUnderstanding with date=2024-03-07 party=jp party=vn' "$tmp/err"
check "a named MoU, another day's, and one file's alike: no warning" [ "$(grep -c 'may be the fact' "$tmp/err")" = 1 ]

# A file that includes a gazetteer draws what it states, and of the
# gazetteer what that links; a file of tables it includes draws them all.
mkdir -p "$tmp/gz"
printf '@base <https://e.org/>\nState vn "Vietnam"@en\nState jp "Japan"@en\nState fr "France"@en\n' >"$tmp/gz/gazetteer.dg"
printf '@base <https://e.org/>\n@include "gazetteer.dg"\nMoU m1 "On rice"@en party=vn party=jp date=2024-03-07\n' >"$tmp/gz/article.dg"
(cd "$tmp/gz" && "$DIPLOGRAPH" dot -q article.dg >"$tmp/gz/own.dot" && "$DIPLOGRAPH" dot -q --with-includes article.dg >"$tmp/gz/all.dot" \
  && "$DIPLOGRAPH" dot -q --focus fr --depth 1 article.dg >"$tmp/gz/fr.dot")
check "an article's file: its fact and the states it names, not the gazetteer's others" \
  sh -c "grep -q 'e.org/m1' '$tmp/gz/own.dot' && grep -q 'e.org/jp' '$tmp/gz/own.dot' && ! grep -q 'e.org/fr' '$tmp/gz/own.dot'"
check "--with-includes: the whole gazetteer too" grep -q 'e.org/fr' "$tmp/gz/all.dot"
check "--focus on a gazetteer's entity: its view, whichever file states it" grep -q 'e.org/fr' "$tmp/gz/fr.dot"
printf 'class=State\tid\tlabel@en\n\tde\tGermany\n' >"$tmp/gz/states.tsv"
printf '@base <https://e.org/>\nSourceDocument src "A source"@en\n@include "states.tsv"\n' >"$tmp/gz/tables.dg"
(cd "$tmp/gz" && "$DIPLOGRAPH" dot -q tables.dg >"$tmp/gz/tables.dot")
check "a file that includes tables draws them: they are its own" grep -q 'e.org/de' "$tmp/gz/tables.dot"

finish
