#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# Where diplograph writes (lib/io/dg-output.c): what a careful Unix tool does
# with each kind of -o path, and what it refuses.  Prints TAP.

name=output
. "${G_TEST_SRCDIR:-$(dirname "$0")/..}/tap.sh"

example=$examples/korea-visit.dg
"$DIPLOGRAPH" rdf -o "$tmp/expected.ttl" "$example"

# A symbolic link: its target is written, the link stays a link.
echo old >"$tmp/target.ttl"
ln -s target.ttl "$tmp/link.ttl"
"$DIPLOGRAPH" rdf -o "$tmp/link.ttl" "$example"
check "-o a symlink exits 0" [ $? -eq 0 ]
check "the link is still a link" [ -L "$tmp/link.ttl" ]
check "its target holds the output" cmp -s "$tmp/target.ttl" "$tmp/expected.ttl"
ln -s missing.ttl "$tmp/dangling.ttl"
"$DIPLOGRAPH" rdf -o "$tmp/dangling.ttl" "$example"
check "a dangling link: its target is created" cmp -s "$tmp/missing.ttl" "$tmp/expected.ttl"
check "and the link is kept" [ -L "$tmp/dangling.ttl" ]

# Relative links, from the directory the command runs in: a link beside
# it, a chain through a subdirectory whose link climbs back with "..", a
# dangling one.  The example is named relative to where it runs too.
mkdir -p "$tmp/rel/sub"
cp "$example" "$tmp/rel/facts.dg"
echo old >"$tmp/rel/v.txt"
ln -s v.txt "$tmp/rel/l.ttl"
ln -s ../v2.ttl "$tmp/rel/sub/inner.ttl"
ln -s sub/inner.ttl "$tmp/rel/chain.ttl"
ln -s new.ttl "$tmp/rel/dangling.ttl"
(cd "$tmp/rel" && "$DIPLOGRAPH" rdf -o l.ttl facts.dg 2>"$tmp/err")
check "-o a relative link in the working directory exits 0" [ $? -eq 0 ]
check "its target holds the output" cmp -s "$tmp/rel/v.txt" "$tmp/expected.ttl"
check "the relative link is still a link" [ -L "$tmp/rel/l.ttl" ]
check "and nothing is said on standard error" [ ! -s "$tmp/err" ]
(cd "$tmp/rel" && "$DIPLOGRAPH" rdf -o chain.ttl facts.dg)
check "-o a chain of relative links through .. exits 0" [ $? -eq 0 ]
check "the end of the chain holds the output" cmp -s "$tmp/rel/v2.ttl" "$tmp/expected.ttl"
rm "$tmp/rel/v.txt"
(cd "$tmp/rel/sub" && "$DIPLOGRAPH" rdf -o ../l.ttl ../facts.dg)
check "-o ../link from a subdirectory writes its target" cmp -s "$tmp/rel/v.txt" "$tmp/expected.ttl"
(cd "$tmp/rel" && "$DIPLOGRAPH" rdf -o dangling.ttl facts.dg)
check "-o a relative dangling link creates its target" cmp -s "$tmp/rel/new.ttl" "$tmp/expected.ttl"
(cd "$tmp/rel" && "$DIPLOGRAPH" network -f csv -o csv facts.dg && ln -s csv csv-link \
   && "$DIPLOGRAPH" network -f csv -o csv-link facts.dg)
check "network -f csv into a relative link to its folder exits 0" [ $? -eq 0 ]

# /dev/stdout, /dev/stderr and /dev/fd/N are the descriptors themselves:
# written where they stand, appended to after >>, never replaced.
echo "kept line" >"$tmp/log"
inode=$(stat -c %i "$tmp/log")
"$DIPLOGRAPH" rdf -o /dev/stdout "$example" >>"$tmp/log"
check "-o /dev/stdout >>log exits 0" [ $? -eq 0 ]
check "what log held is kept" [ "$(head -n 1 "$tmp/log")" = "kept line" ]
tail -n +2 "$tmp/log" >"$tmp/log-tail"
check "the output follows it" cmp -s "$tmp/log-tail" "$tmp/expected.ttl"
check "log is the same file" [ "$(stat -c %i "$tmp/log")" = "$inode" ]
{ "$DIPLOGRAPH" rdf -o /dev/stdout "$example"; echo $? >"$tmp/status"; } | cat >"$tmp/piped"
check "-o /dev/stdout into a pipe exits 0" [ "$(cat "$tmp/status")" = 0 ]
check "what came through the pipe is the output" cmp -s "$tmp/piped" "$tmp/expected.ttl"
"$DIPLOGRAPH" rdf -o /dev/stderr "$example" 2>"$tmp/via-stderr" >/dev/null
check "-o /dev/stderr writes to standard error" cmp -s "$tmp/via-stderr" "$tmp/expected.ttl"
echo "kept line" >"$tmp/fd3"
"$DIPLOGRAPH" rdf -o /dev/fd/3 "$example" 3>>"$tmp/fd3"
tail -n +2 "$tmp/fd3" >"$tmp/fd3-tail"
check "-o /dev/fd/3 3>>file appends" [ "$(head -n 1 "$tmp/fd3")" = "kept line" ]
check "what it appended is the output" cmp -s "$tmp/fd3-tail" "$tmp/expected.ttl"
ln -s /dev/stdout "$tmp/to-stdout"
echo "kept line" >"$tmp/log2"
"$DIPLOGRAPH" rdf -o "$tmp/to-stdout" "$example" >>"$tmp/log2"
check "a link to /dev/stdout is standard output too" [ "$(head -n 1 "$tmp/log2")" = "kept line" ]
"$DIPLOGRAPH" rdf -o /dev/fd/9 "$example" 2>"$tmp/err"
check "-o a descriptor that is not open exits 3" [ $? -eq 3 ]
check "and says so" grep -q "/dev/fd/9: cannot open" "$tmp/err"

# A FIFO is written into, not replaced.
mkfifo "$tmp/fifo"
cat "$tmp/fifo" >"$tmp/from-fifo" &
reader=$!
"$DIPLOGRAPH" rdf -o "$tmp/fifo" "$example"
status=$?
wait $reader
check "-o a FIFO exits 0" [ $status -eq 0 ]
check "the FIFO is still a FIFO" [ -p "$tmp/fifo" ]
check "what came through it is the output" cmp -s "$tmp/from-fifo" "$tmp/expected.ttl"

# A character device is written into, never replaced (as root, a rename
# over /dev/null would replace the device for every program).
"$DIPLOGRAPH" rdf -o /dev/null "$example"
check "-o /dev/null exits 0" [ $? -eq 0 ]
check "/dev/null is still a character device" [ -c /dev/null ]
"$DIPLOGRAPH" rdf -o /dev/stdout "$example" >"$tmp/via-dev-stdout" 
check "-o /dev/stdout writes to standard output" cmp -s "$tmp/via-dev-stdout" "$tmp/expected.ttl"
check "/dev/stdout is still a link" [ -L /dev/stdout ]
"$DIPLOGRAPH" rdf -o - "$example" >"$tmp/dash"
check "-o - writes to standard output" cmp -s "$tmp/dash" "$tmp/expected.ttl"

# A file replaced keeps its mode and its hard links.
echo old >"$tmp/mode.ttl"
chmod 0640 "$tmp/mode.ttl"
"$DIPLOGRAPH" rdf -o "$tmp/mode.ttl" "$example"
check "the mode 0640 is kept" [ "$(stat -c %a "$tmp/mode.ttl")" = 640 ]
echo old >"$tmp/hard.ttl"
ln "$tmp/hard.ttl" "$tmp/hard2.ttl"
"$DIPLOGRAPH" rdf -o "$tmp/hard.ttl" "$example"
check "a hard link sees the new output" cmp -s "$tmp/hard2.ttl" "$tmp/expected.ttl"
check "both names are still one file" [ "$(stat -c %i "$tmp/hard.ttl")" = "$(stat -c %i "$tmp/hard2.ttl")" ]
if [ "$(id -u)" = 0 ] && id nobody >/dev/null 2>&1; then
  echo old >"$tmp/owned.ttl"
  chown nobody "$tmp/owned.ttl"
  "$DIPLOGRAPH" rdf -o "$tmp/owned.ttl" "$example"
  check "the owner is kept" [ "$(stat -c %U "$tmp/owned.ttl")" = nobody ]
else
  skip "not root: cannot give a file to another owner"
fi

# A read-only file is refused and left alone.
echo KEEP >"$tmp/ro.ttl"
chmod 0444 "$tmp/ro.ttl"
"$DIPLOGRAPH" rdf -o "$tmp/ro.ttl" "$example" 2>"$tmp/err"
check "-o a read-only file exits 3" [ $? -eq 3 ]
check "and says it is read-only" grep -q "ro.ttl: the file is read-only (mode 0444)" "$tmp/err"
check "the read-only file is untouched" [ "$(cat "$tmp/ro.ttl")" = KEEP ]

# A directory is refused.
mkdir "$tmp/dir"
"$DIPLOGRAPH" rdf -o "$tmp/dir" "$example" 2>"$tmp/err"
if [ $? -eq 3 ] && grep -q "is a directory" "$tmp/err"; then ok "-o a directory exits 3"; else not_ok "-o a directory exits 3"; fi

# Names up to the file system's limit work (the temporary name is short).
long=$(printf 'x%.0s' $(seq 1 251)).ttl
"$DIPLOGRAPH" rdf -o "$tmp/$long" "$example" 2>"$tmp/err"
check "a 255-byte output name works" cmp -s "$tmp/$long" "$tmp/expected.ttl"

# Every file read is protected, not only the arguments.
printf 'State kr "Korea"@en\n' >"$tmp/inc.dg"
printf '@include "inc.dg"\nState vn "Vietnam"@en\n' >"$tmp/main.dg"
cp "$tmp/inc.dg" "$tmp/inc.orig"
"$DIPLOGRAPH" rdf -o "$tmp/inc.dg" "$tmp/main.dg" 2>"$tmp/err"
check "-o an included file exits 2" [ $? -eq 2 ]
check "and says it is an input" grep -q "inc.dg is also an input" "$tmp/err"
check "the included file is untouched" cmp -s "$tmp/inc.dg" "$tmp/inc.orig"
"$DIPLOGRAPH" rdf -o "$tmp/inc.dg" - <"$tmp/inc.dg" 2>"$tmp/err"
check "-o the file on standard input exits 2" [ $? -eq 2 ]
check "standard input's file is untouched" cmp -s "$tmp/inc.dg" "$tmp/inc.orig"
ln -s inc.dg "$tmp/inc-link.dg"
"$DIPLOGRAPH" rdf -o "$tmp/inc-link.dg" "$tmp/main.dg" 2>"$tmp/err"
check "-o a link to an included file exits 2" [ $? -eq 2 ]
cp "$tmp/ext.ttl" "$tmp/ext.orig" 2>/dev/null
printf '@prefix owl: <http://www.w3.org/2002/07/owl#> .\n' >"$tmp/ext.ttl"
cp "$tmp/ext.ttl" "$tmp/ext.orig"
"$DIPLOGRAPH" rdf -O "$tmp/ext.ttl" -o "$tmp/ext.ttl" "$example" 2>"$tmp/err"
check "-o the ontology extension exits 2" [ $? -eq 2 ]
check "the extension is untouched" cmp -s "$tmp/ext.ttl" "$tmp/ext.orig"

# An include reached through a link is the same file: read once.
printf '@include "inc.dg"\n@include "inc-link.dg"\nState vn "Vietnam"@en\n' >"$tmp/twice.dg"
"$DIPLOGRAPH" check "$tmp/twice.dg" 2>"$tmp/err"
check "an include through a link is not read twice" [ $? -eq 0 ]
check "no duplicate id is reported" [ ! -s "$tmp/err" ]

# A signal while writing leaves no temporary file.  The writer is stopped
# while it writes a large graph.
mkdir "$tmp/sig"
awk 'BEGIN { for (i = 0; i < 200000; i++) printf "State s%d \"S%d\"@en\n", i, i }' >"$tmp/big.dg"
"$DIPLOGRAPH" rdf -f ntriples -o "$tmp/sig/out.nt" "$tmp/big.dg" &
pid=$!
i=0
while [ $i -lt 200 ] && [ -z "$(ls -A "$tmp/sig")" ] && kill -0 $pid 2>/dev/null; do
  sleep 0.02; i=$((i + 1))
done
kill -INT $pid 2>/dev/null
wait $pid
status=$?
if [ $status -ne 0 ]; then
  check "SIGINT mid-write leaves no temporary file" [ -z "$(ls -A "$tmp/sig")" ]
else
  skip "the write ended before the signal"
fi
# Replacing an existing file: the temporary file goes, the old file stays.
echo KEEP >"$tmp/sig/out.nt"
"$DIPLOGRAPH" rdf -f ntriples -o "$tmp/sig/out.nt" "$tmp/big.dg" &
pid=$!
while [ "$(ls -A "$tmp/sig" | wc -l)" -lt 2 ] && kill -0 $pid 2>/dev/null; do sleep 0.01; done
kill -TERM $pid 2>/dev/null
wait $pid
if [ $? -ne 0 ]; then
  check "SIGTERM mid-replace leaves no temporary file" [ "$(ls -A "$tmp/sig")" = out.nt ]
  check "and the old file as it was" [ "$(cat "$tmp/sig/out.nt")" = KEEP ]
else
  skip "the write ended before the signal"; skip "the write ended before the signal"
fi

finish
