#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# `diplograph extract` as a researcher runs it: on the five seed articles
# with the shared entities as gazetteer, every candidate file checks alone
# and all together, and every quote is verbatim; bad input gets a clear
# error and leaves the output as it was.  Prints TAP.

name=extract
. "${G_TEST_SRCDIR:-$(dirname "$0")/..}/tap.sh"

entities=$examples/vietnam/entities.dg
seeds=${DG_SHARED:-$srcdir/../../shared}/seeds
python=${PYTHON3:-python3}

# Is every `cite` quote of $2 a verbatim part of article $1, once runs of
# whitespace are one space?
quotes_verbatim () {
    "$python" - "$1" "$2" <<'EOF'
import re, sys
article = " ".join(open(sys.argv[1], encoding="utf-8").read().split())
bad = 0
for line in open(sys.argv[2], encoding="utf-8"):
    m = re.match(r'\s+cite \S+ "(.*)"$', line.rstrip("\n"))
    if not m:
        continue
    quote = re.sub(r'\\(.)', lambda e: {"n": "\n", "t": "\t"}.get(e.group(1), e.group(1)), m.group(1))
    if quote not in article:
        print("# not verbatim:", quote[:120])
        bad += 1
sys.exit(1 if bad else 0)
EOF
}

if [ -d "$seeds" ]; then
    outs=
    for article in "$seeds"/00[0-4]_*.txt; do
        base=$(basename "$article" .txt)
        id=s$(echo "$base" | cut -c1-3)
        out=$tmp/$id.dg
        "$DIPLOGRAPH" extract -q -g "$entities" --source-id "$id" -o "$out" "$article"
        check "$id: extract exits 0" [ $? -eq 0 ]
        check "$id: proposes candidates" grep -q '^  cite ' "$out"
        "$DIPLOGRAPH" check -q "$entities" "$out" 2>"$tmp/err"
        check "$id: checks with the gazetteer" [ $? -eq 0 ]
        check "$id: every quote is verbatim" quotes_verbatim "$article" "$out"
        outs="$outs $out"
    done
    # shellcheck disable=SC2086
    "$DIPLOGRAPH" check -q "$entities" $outs 2>"$tmp/err"
    check "the five together check with the gazetteer (new entities merge)" [ $? -eq 0 ]
    # "Majelis Nasional", new to the gazetteer, is named by two articles:
    # one id from each, one node in the merge.
    # shellcheck disable=SC2086
    check "an entity two articles name has one id" \
        [ "$(grep -l '^about Parliament majelis-nasional ' $outs | wc -l)" -eq 2 ]
    # shellcheck disable=SC2086
    "$DIPLOGRAPH" rdf -q -f ntriples "$entities" $outs >"$tmp/all.nt"
    check "and is one node of the merged graph" \
        [ "$(grep -c '^<https://w3id.org/diplograph/seed/majelis-nasional> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ' "$tmp/all.nt")" -eq 1 ]
else
    skip "no seed articles in $seeds"
fi

# Standard input, and the file name as the source document's id.
printf 'Presiden Lee Jae-myung mengunjungi Vietnam pada 10 Agustus 2025.\n' >"$tmp/kunjungan.txt"
"$DIPLOGRAPH" extract -q -g "$entities" - <"$tmp/kunjungan.txt" >"$tmp/stdin.dg"
check "standard input: exit 0" [ $? -eq 0 ]
check "standard input: a source document named stdin" grep -q '^SourceDocument stdin ' "$tmp/stdin.dg"
"$DIPLOGRAPH" extract -q -g "$entities" -o "$tmp/k.dg" "$tmp/kunjungan.txt"
check "the file name gives the source id" grep -q '^SourceDocument kunjungan file=' "$tmp/k.dg"
check "a visit with its visitor, host and date" \
    grep -q '^Visit kunjungan-visit-1 visitor=lee-jae-myung host=vietnam startDate=2025-08-10$' "$tmp/k.dg"

# Bad input: file:line:col, exit 1, the output untouched.
echo keep >"$tmp/out.dg"
printf 'Baris satu.\nab\303(\n' >"$tmp/bad.txt"
"$DIPLOGRAPH" extract -o "$tmp/out.dg" "$tmp/bad.txt" 2>"$tmp/err"
check "invalid UTF-8: exit 1" [ $? -eq 1 ]
check "invalid UTF-8: file:line:col" grep -q "bad.txt:2:3: invalid UTF-8" "$tmp/err"
check "invalid UTF-8: the output is untouched" [ "$(cat "$tmp/out.dg")" = keep ]
printf 'Satu.\nDua\000tiga.\n' >"$tmp/nul.txt"
"$DIPLOGRAPH" extract -o "$tmp/out.dg" "$tmp/nul.txt" 2>"$tmp/err"
check "a NUL byte: exit 1 at file:line:col" \
    sh -c "[ $? -eq 1 ] && grep -q 'nul.txt:2:4: NUL byte in text' '$tmp/err'"
check "a NUL byte: the output is untouched" [ "$(cat "$tmp/out.dg")" = keep ]
: >"$tmp/empty.txt"
"$DIPLOGRAPH" extract -q -o "$tmp/empty.dg" "$tmp/empty.txt"
check "an empty article: exit 0" [ $? -eq 0 ]
check "an empty article: a source document" grep -q '^SourceDocument empty ' "$tmp/empty.dg"
check "an empty article: no candidates" sh -c "! grep -q cite '$tmp/empty.dg'"
"$DIPLOGRAPH" check -q "$tmp/empty.dg"
check "an empty article's output checks" [ $? -eq 0 ]
"$DIPLOGRAPH" extract -o "$tmp/kunjungan.txt" "$tmp/kunjungan.txt" 2>"$tmp/err"
check "the output may not be the article (exit 2)" [ $? -eq 2 ]
"$DIPLOGRAPH" extract -g "$entities" -o "$entities" "$tmp/kunjungan.txt" 2>"$tmp/err"
check "nor the gazetteer (exit 2)" [ $? -eq 2 ]
"$DIPLOGRAPH" extract -q --date 2025-02-30 "$tmp/kunjungan.txt" >/dev/null 2>"$tmp/err"
check "an impossible --date: exit 2" [ $? -eq 2 ]
cat >"$tmp/nodict.ttl" <<'EOF'
@prefix dg: <https://w3id.org/diplograph#> .
<https://w3id.org/diplograph> dg:hunspellDictionary "zz_ZZ"@zz .
EOF
"$DIPLOGRAPH" extract -O "$tmp/nodict.ttl" -l zz "$tmp/kunjungan.txt" >/dev/null 2>"$tmp/err"
check "a missing hunspell dictionary: exit 3, named" \
    sh -c "[ $? -eq 3 ] && grep -q 'no hunspell dictionary \"zz_ZZ\"' '$tmp/err'"

# The article's file name is outside text: a line break and a directive in
# it stay in a comment.
printf 'State evil "Evil"@en\n' >"$tmp/evil.dg"
nl='
'
odd="$tmp/a${nl}@include \"evil.dg\"${nl}x.txt"
cp "$tmp/kunjungan.txt" "$odd"
entities_abs=$(cd "$(dirname "$entities")" && pwd)/$(basename "$entities")
(cd "$tmp" && "$DIPLOGRAPH" extract -q -g "$entities_abs" -o odd.dg "$odd")
check "a file name with a line break: exit 0" [ $? -eq 0 ]
check "no live @include comes of it" sh -c "! grep -q '^@include' '$tmp/odd.dg'"
(cd "$tmp" && "$DIPLOGRAPH" check "$entities_abs" odd.dg >/dev/null 2>"$tmp/err")
check "the output checks" [ $? -eq 0 ]
check "and evil.dg was not read" sh -c "! grep -q evil '$tmp/err'"

# Names beyond ASCII give distinct source ids.
cp "$tmp/kunjungan.txt" "$tmp/ü.txt"
cp "$tmp/kunjungan.txt" "$tmp/日本.txt"
cp "$tmp/kunjungan.txt" "$tmp/中国.txt"
for f in ü 日本 中国; do "$DIPLOGRAPH" extract -q -o "$tmp/$f.dg" "$tmp/$f.txt"; done
id_of () { sed -n 's/^SourceDocument \([^ ]*\) .*/\1/p' "$1"; }
check "ü.txt is the source u" [ "$(id_of "$tmp/ü.dg")" = u ]
check "日本.txt and 中国.txt have ids of their own" [ "$(id_of "$tmp/日本.dg")" != "$(id_of "$tmp/中国.dg")" ]
"$DIPLOGRAPH" check "$tmp/日本.dg" "$tmp/中国.dg" >/dev/null 2>&1
check "so their candidates check together" [ $? -eq 0 ]

# An article dated before year 1 is refused, never written as date=(null).
"$DIPLOGRAPH" extract -q -g "$entities" --date=-0044 -o "$tmp/bce.dg" "$tmp/kunjungan.txt" 2>"$tmp/err"
check "--date=-0044: exit 2" [ $? -eq 2 ]
check "--date=-0044: says why" grep -q "from year 1 on" "$tmp/err"
check "--date=-0044: no output" [ ! -e "$tmp/bce.dg" ]

# Entities of a second gazetteer under another @base are named by IRI, and
# the output checks as written.
printf '@base <https://one.example/>\nState vietnam "Vietnam"@id iso3166=VN\nPerson to-lam "To Lam"@id\n' >"$tmp/g1.dg"
printf '@base <https://two.example/x/>\nState korea "Korea Selatan"@id iso3166=KR\nState jepang "Jepang"@id iso3166=JP\nState china "Tiongkok"@id\n' >"$tmp/g2.dg"
printf 'Presiden Vietnam To Lam mengunjungi Korea Selatan pada 3 Mei 2025.\n' >"$tmp/two.txt"
"$DIPLOGRAPH" extract -q -g "$tmp/g1.dg" -g "$tmp/g2.dg" -o "$tmp/two.dg" "$tmp/two.txt"
check "two gazetteers: the first's entity by its IRI" grep -q "^about <https://one.example/to-lam>" "$tmp/two.dg"
"$DIPLOGRAPH" check "$tmp/g1.dg" "$tmp/g2.dg" "$tmp/two.dg" >/dev/null 2>"$tmp/err"
check "two gazetteers: the output checks" [ $? -eq 0 ]

# Many names sharing their first words are each found (the trie of
# lib/extract/dg-phrases.c; bench/extract-gazetteer.sh measures its speed).
"$python" -c '
for i in range(3000):
    # Who visits is a person; where, a state.
    print("%s r%d \"Republik Demokratik Negeri%d\"@id" % ("Person" if i % 7 == 0 else "State", i, i))' >"$tmp/many.dg"
"$python" -c '
import sys
for i in range(0, 3000, 7):
    print("Republik Demokratik Negeri%d mengunjungi Republik Demokratik Negeri%d." % (i, i + 1))' >"$tmp/many.txt"
timeout 300 "$DIPLOGRAPH" extract -q -g "$tmp/many.dg" -o "$tmp/many-out.dg" "$tmp/many.txt"
check "3,000 names sharing two words: exit 0" [ $? -eq 0 ]
check "and each is found" grep -q "visitor=r2996 host=r2997" "$tmp/many-out.dg"

# --min-sure: a candidate less sure is a commented hint, not a fact; the
# output still checks; sureness is the share kept (two decimals).
printf 'Indian Prime Minister Narendra Mohan met Australian Prime Minister Malcolm Tarrant in New Delhi.\n' >"$tmp/modi.txt"
"$DIPLOGRAPH" extract -q --lang en --date 2017-04-12 --min-sure 0.6 -o "$tmp/modi.dg" "$tmp/modi.txt"
check "--min-sure 0.6: the meeting of sureness 0.5 is a hint" grep -q '^#hint Meeting modi-meeting-1 participant=narendra-mohan participant=malcolm-tarrant ' "$tmp/modi.dg"
check "--min-sure 0.6: a post (0.85) is a fact" grep -q '^PostHolding modi-postholding-1 role=PrimeMinister postIn=<https://w3id.org/diplograph/country/IND> ' "$tmp/modi.dg"
"$DIPLOGRAPH" check "$tmp/modi.dg" >/dev/null 2>&1
check "--min-sure 0.6: the output checks" [ $? -eq 0 ]
"$DIPLOGRAPH" extract -q --lang en --date 2017-04-12 --min-sure 0 -o "$tmp/modi0.dg" "$tmp/modi.txt"
check "--min-sure 0: every candidate with its key roles a fact" sh -c "! grep -q '^#hint' '$tmp/modi0.dg' && grep -q '^Meeting ' '$tmp/modi0.dg'"
# Key roles (dg:frame "slot+="): a candidate without them is a hint
# whatever the bar, and says what it lacks.
printf 'Prime Minister Narendra Mohan met reporters in New Delhi.\n' >"$tmp/one.txt"
"$DIPLOGRAPH" extract -q --lang en --date 2017-04-12 --min-sure 0 -o "$tmp/one.dg" "$tmp/one.txt"
check "a post in no state named: a hint" grep -q '^#hint PostHolding one-postholding-1 role=PrimeMinister' "$tmp/one.dg"
check "a meeting of one: a hint, not a fact" sh -c "grep -q '^#hint Meeting one-meeting-1 participant=narendra-mohan' '$tmp/one.dg' && ! grep -q '^Meeting ' '$tmp/one.dg'"
check "which says what it lacks" grep -q 'too few participant values for a fact' "$tmp/one.dg"
"$DIPLOGRAPH" check "$tmp/one.dg" >/dev/null 2>&1
check "and the output checks" [ $? -eq 0 ]
# However many candidates are hints, what the facts name stays a fact (a
# partnership upgraded from one that is a hint): the output checks.
for bar in 0.3 0.5 1; do
  "$DIPLOGRAPH" extract -q -g "$entities" --min-sure $bar -o "$tmp/hints-$bar.dg" \
    "$examples/articles/korea-visit-2025.txt"
  "$DIPLOGRAPH" check "$entities" "$tmp/hints-$bar.dg" >/dev/null 2>"$tmp/err"
  check "--min-sure $bar: the Korea article's candidates check" [ $? -eq 0 ]
done
printf 'Pada 7 Maret 2024 kedua negara meningkatkan hubungan dari Kemitraan Strategis menjadi Kemitraan Strategis Komprehensif.\n' >"$tmp/upgrade.txt"
"$DIPLOGRAPH" extract -q -o "$tmp/upgrade.dg" "$tmp/upgrade.txt"
"$DIPLOGRAPH" check "$tmp/upgrade.dg" >/dev/null 2>"$tmp/err"
check "a partnership upgraded from one below the bar: the output checks" [ $? -eq 0 ]
"$DIPLOGRAPH" extract -q --min-sure 2 "$tmp/modi.txt" >/dev/null 2>"$tmp/err"
check "--min-sure 2: exit 2" [ $? -eq 2 ]

# check verifies each quote against the article's file, when it is beside
# the file that names it: an edited quote is an error at its place.
mkdir "$tmp/review"
printf 'Hanoi, 10 Agustus 2025 - Presiden Lee Jae-myung mengunjungi Vietnam dan\nbertemu Sekretaris Jenderal To Lam.\n' >"$tmp/review/visit.txt"
(cd "$tmp/review" && "$DIPLOGRAPH" extract -q -g "$entities_abs" -o visit.dg visit.txt)
(cd "$tmp/review" && "$DIPLOGRAPH" check "$entities_abs" visit.dg >/dev/null 2>"$tmp/err")
check "quotes as extracted (a line break taken as a space): the file checks" [ $? -eq 0 ]
sed 's/mengunjungi Vietnam/mengunjungi Laos/' "$tmp/review/visit.dg" >"$tmp/review/edited.dg"
(cd "$tmp/review" && "$DIPLOGRAPH" check "$entities_abs" edited.dg >/dev/null 2>"$tmp/err")
check "an edited quote: exit 1" [ $? -eq 1 ]
check "an edited quote: an error at its file:line:col naming the article" \
  grep -q '^edited.dg:[0-9]*:[0-9]*: error: the quote is not in ./visit.txt word for word' "$tmp/err"
mv "$tmp/review/visit.txt" "$tmp/review/elsewhere.txt"
(cd "$tmp/review" && "$DIPLOGRAPH" check "$entities_abs" edited.dg >/dev/null 2>&1)
check "the article not at hand: not checked" [ $? -eq 0 ]

# A 10 MB article with no paragraph breaks is read in bounded time and memory.
"$python" -c '
import sys
s = "Presiden Vo Van Thuong dan Perdana Menteri Fumio Kishida mengadakan pembicaraan di Tokyo pada 27 November 2023, dan "
sys.stdout.write(s * (10 * 1024 * 1024 // len(s)))' >"$tmp/large.txt"
timeout 300 "$DIPLOGRAPH" extract -q -g "$entities" -o "$tmp/large.dg" "$tmp/large.txt"
check "a 10 MB article: exit 0" [ $? -eq 0 ]
check "a 10 MB article: its candidates" grep -q '^Talks large-talks-1 ' "$tmp/large.dg"

finish
