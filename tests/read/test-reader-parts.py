#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Large tables read in parts on several threads (lib/read/dg-reader-parts.c,
`-j N`), on tables made here whose rows link across the parts:

- every output syntax (Turtle, N-Triples, N-Quads, TriG) is byte for byte
  what one thread writes, with -j 2, 3, 4 and 0, and so are the
  diagnostics and the exit status;
- the tables were read in parts, and each part after the first apart (the
  library says so at debug level), unless a part could not stand alone;
- references to ids defined in an earlier part, in a later part and in an
  earlier file; rows without an id (named by their line); citations;
  CRLF line ends;
- a table with an error, an id defined in two parts (of one class or of
  two) or a directive among its rows reads as one thread reads it: the same
  diagnostics, in the same order, the same exit status;
- labels shared across files give the same identity warnings;
- tables read through a mapping (GDELT's files), a file to a thread: the
  same bytes, the same counts (a file named twice read once, a compressed
  one), and a file with a bad row read again in order;
- one large GDELT file read in parts: the same bytes in every syntax, the
  same counts from `check`, a bad row in the last part read again in
  order, a byte-order mark that starts a part but not the file;
- `-j -1` is refused.
"""
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from taplib import against_one_thread, finish, ok  # noqa: E402

DIPLOGRAPH = os.environ.get("DIPLOGRAPH", "../../tools/diplograph")
FORMATS = ["turtle", "ntriples", "nquads", "trig"]
JOBS = ["2", "3", "4", "0"]
ROWS = 1500  # people, posts and events each: a table of about 400 KB
DEBUG = re.compile(r"^\(diplograph.*DEBUG.*\n?", re.M)
PARTS = re.compile(r"(\S+): rows read in (\d+) parts, (\d+) of them apart")


def run(*args, debug=False, cwd=None):
    env = dict(os.environ)
    if debug:
        env["G_MESSAGES_DEBUG"] = "diplograph"
    return subprocess.run([DIPLOGRAPH, *args], capture_output=True, env=env, cwd=cwd)


def write(path, text, newline="\n"):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text.replace("\n", newline))


def make(d, newline="\n", tweak=None):
    """main.dg: a source, and three tables; the mixed one is large."""
    write(os.path.join(d, "main.dg"),
          "@base <https://example.org/parts/>\n"
          'SourceDocument src "Synthetic source"@en lang=en\n'
          '@include "states.tsv"\n@include "mixed.tsv"\n@include "states2.tsv"\n', newline)
    states = ["class=State\tid\tlabel@en\tlabel@vi"]
    for i in range(40):
        states.append("\ts%d\tNước Việt %d \"q\"\tViệt Nam %d" % (i, i, i))
    write(os.path.join(d, "states.tsv"), "\n".join(states) + "\n", newline)
    # Another file naming two of the same states by other ids: warned of.
    write(os.path.join(d, "states2.tsv"),
          "class=State\tid\tlabel@en\n\tother1\tNuoc Viet 1 \"q\"\n\tother2\tnước việt 2 \"Q\"\n",
          newline)
    header = "class\tid\tlabel@en\tholds\trole\tof\tstart\tdate\tvisitor\thost\tsource\tquote@en"
    rows = []
    for i in range(ROWS):
        # A person holds a post defined further on (a later part).
        rows.append("Person\tp%d\tLeader %d ắ\tpost%d\t\t\t\t\t\t\t\t" % (i, i, (i * 7919) % ROWS))
    for i in range(ROWS):
        # Posts of states defined in the file before.
        rows.append("PostHolding\tpost%d\t\t\tPresident\ts%d\t%d-%02d\t\t\t\tsrc\t"
                    % (i, i % 40, 1990 + i % 30, 1 + i % 12))
    for i in range(ROWS):
        # Visits by people defined in an earlier part; every seventh has no
        # id (named by its line), every fifth a quote.
        ident = "" if i % 7 == 0 else "e%d" % i
        quote = "visited \\\"s%d\\\" \\t on day %d" % (i % 40, i) if i % 5 == 0 else ""
        rows.append("StateVisit\t%s\tVisit %d\t\t\t\t\t%d-%02d-%02d\tp%d\ts%d\tsrc\t%s"
                    % (ident, i, 1990 + i % 30, 1 + i % 12, 1 + i % 28, (i * 31) % ROWS, i % 40, quote))
    if tweak:
        tweak(rows)
    write(os.path.join(d, "mixed.tsv"), header + "\n" + "\n".join(rows) + "\n", newline)
    return os.path.join(d, "main.dg")


def compare(name, main, expect_apart):
    """-j 1 against each of JOBS, in each format."""
    for fmt in FORMATS:
        one, good, detail, debug = against_one_thread(run, "rdf", ["-f", fmt, main], JOBS)
        for j in JOBS:
            if fmt == "turtle":
                parts = {os.path.basename(m.group(1)): (int(m.group(2)), int(m.group(3)))
                         for m in PARTS.finditer(debug[j])}
                n = parts.get("mixed.tsv", (0, 0))
                if n[0] < 2 or (expect_apart and n[1] != n[0] - 1) or (not expect_apart and n[1] == n[0] - 1):
                    good = False
                    detail.append("-j %s: parts of mixed.tsv (read, apart): %s" % (j, n))
        # A graph with errors is not written: the same nothing, then.
        ok(good and (len(one.stdout) > 100000 or (one.returncode and not one.stdout)),
           "%s: -j %s write the %s of -j 1, byte for byte"
           % (name, ", ".join(JOBS), fmt), detail)
    return one


with tempfile.TemporaryDirectory() as d:
    main = make(d)
    one = compare("clean tables", main, True)
    check = run("check", main)
    ok(check.returncode == 0 and b"no error" in check.stdout
       and check.stderr.decode().count("may be <") == 2,
       "the tables are valid, and the two states of another file are warned of",
       [check.stdout.decode(), check.stderr.decode()[:600]])
    ttl = run("rdf", main).stdout.decode()
    ok("<https://example.org/parts/mixed-3002>" in ttl or ":mixed-3002 " in ttl,
       "a row without an id is named by its line in a later part", [ttl[:300]])

with tempfile.TemporaryDirectory() as d:
    compare("CRLF line ends", make(d, "\r\n"), True)


def unknown_class(rows):
    rows[4200] = rows[4200].replace("StateVisit", "StateVisti", 1)


def twice(rows):
    # The last part defines p12, a person of the first, as a person again.
    rows[4000] = "Person\tp12\tLeader 12 again\tpost12\t\t\t\t\t\t\t\t"


def another_class(rows):
    # p20 is a Person; the last part says it is a post (in a table, only a
    # definition gives a class, so this is an id defined twice too).
    rows[-1] = "PostHolding\tp20\t\t\tPresident\ts1\t2001-01\t\t\t\tsrc\t"


def directive(rows):
    rows.insert(2500, "@prefix ex: <https://example.org/ex/>")


for name, tweak, apart in (("an unknown class in the last part", unknown_class, False),
                           ("an id defined in two parts", twice, False),
                           ("an id defined again as another class", another_class, False),
                           ("a directive among the rows", directive, None)):
    with tempfile.TemporaryDirectory() as d:
        main = make(d, tweak=tweak)
        if apart is None:
            # Read in one piece: no parts at all.
            r = run("check", "-j", "4", main, debug=True)
            ok("mixed.tsv: rows read" not in r.stderr.decode(), name + ": the table is read in one piece",
               [r.stderr.decode()[:300]])
            one = run("rdf", main)
            many = run("rdf", "-j", "4", main)
            ok(one.stdout == many.stdout and one.stderr == many.stderr and one.returncode == many.returncode,
               name + ": the same output")
            continue
        r = compare(name, main, apart)
        ok(r.returncode == 1 and b"error" in r.stderr, name + ": an error, exit 1",
           [r.stderr.decode()[:300]])

# Tables read through a mapping, a file to a thread: GDELT's sample cut
# into files (and one compressed), read with -j 1 and with -j 2, 3, 0.
EXAMPLES = os.environ.get("DG_EXAMPLES", os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "..", "examples"))
SAMPLE = os.path.join(EXAMPLES, "gdelt", "20170701-sample.export.CSV")
APART = re.compile(r"(\S+): read (apart and appended|again, in order)")


def gdelt_files(d, tweak=None):
    import gzip
    lines = open(SAMPLE, encoding="utf-8").read().splitlines(keepends=True)
    if tweak:
        tweak(lines)
    names = []
    for k in range(4):
        name = os.path.join(d, "day%d.export.CSV" % k)
        chunk = "".join(lines[k * len(lines) // 4:(k + 1) * len(lines) // 4])
        if k == 3:
            name += ".gz"
            with gzip.open(name, "wt", encoding="utf-8") as f:
                f.write(chunk)
        else:
            write(name, chunk)
        names.append(name)
    # A file named twice is read once.
    return names + [names[1]]


def compare_files(name, names, expect):
    good, detail = True, []
    for fmt in FORMATS:
        one = run("rdf", "-m", "gdelt-events", "-f", fmt, *names)
        for j in JOBS:
            many = run("rdf", "-j", j, "-m", "gdelt-events", "-f", fmt, *names, debug=True)
            err = DEBUG.sub("", many.stderr.decode())
            said = [m.group(2) for m in APART.finditer(many.stderr.decode())]
            if many.stdout != one.stdout or err != one.stderr.decode() or many.returncode != one.returncode:
                good = False
                detail += ["%s -j %s: %d bytes, exit %d; -j 1: %d bytes, exit %d" % (
                    fmt, j, len(many.stdout), many.returncode, len(one.stdout), one.returncode),
                    err[:300], one.stderr.decode()[:300]]
            if said != expect:
                good = False
                detail.append("%s -j %s: %s" % (fmt, j, said))
    ok(good, name, detail)
    return one


with tempfile.TemporaryDirectory() as d:
    one = compare_files("GDELT files read apart: every syntax, -j 2, 3, 0 as -j 1, byte for byte",
                        gdelt_files(d), ["apart and appended"] * 4)
    ok(one.returncode == 0 and b"60 rows read through the mapping, 60 mapped" in one.stderr,
       "each row read once: 60 rows, the file named twice read once", [one.stderr.decode()[:300]])


def bad_date(lines):
    # A row of the third file with a day that is none: an error there.
    cells = lines[35].split("\t")
    cells[1] = "20171345"
    lines[35] = "\t".join(cells)


with tempfile.TemporaryDirectory() as d:
    one = compare_files("a GDELT file with a bad row is read again in order: the same diagnostics",
                        gdelt_files(d, bad_date),
                        ["apart and appended", "apart and appended", "again, in order", "apart and appended"])
    ok(one.returncode == 1 and b"day2.export.CSV:" in one.stderr, "the bad row is an error at its file",
       [one.stderr.decode()[:300]])

# One large GDELT file (a day's export runs to tens of megabytes) read in
# parts: the sample's rows repeated with event ids of their own, so that
# states, actors and sources recur in every part, as they do in GDELT.


def large_gdelt(d, tweak=None, name="day.export.CSV"):
    rows = [line.rstrip("\n").split("\t") for line in open(SAMPLE, encoding="utf-8") if line.strip()]
    out = []
    for i in range(11000):  # about 4.4 MB: four parts of 1 MiB
        cells = list(rows[i % len(rows)])
        cells[0] = str(900000000 + i)
        out.append("\t".join(cells))
    if tweak:
        tweak(out)
    path = os.path.join(d, name)
    write(path, "\n".join(out) + "\n")
    return path


def compare_large(name, path, expect_apart, formats=FORMATS, cwd=None):
    for fmt in formats:
        one, good, detail, _ = against_one_thread(run, "rdf", ["-m", "gdelt-events", "-f", fmt, path],
                                                  JOBS, apart=expect_apart, cwd=cwd)
        ok(good and (len(one.stdout) > 100000 or (one.returncode and not one.stdout)),
           "%s: -j %s write the %s of -j 1, byte for byte" % (name, ", ".join(JOBS), fmt), detail)
    return one


with tempfile.TemporaryDirectory() as d:
    path = large_gdelt(d)
    # N-Quads and Turtle here (every syntax is compared on the tables above).
    one = compare_large("one large GDELT file in parts", path, True, ["nquads", "turtle"])
    ok(b"11000 rows read through the mapping, 11000 mapped, 0 refused" in one.stderr,
       "every row read once, counted once", [one.stderr.decode()[:300]])
    checks = [run("check", "-j", j, "-m", "gdelt-events", path) for j in ["1"] + JOBS]
    ok(len({(c.stdout, c.stderr, c.returncode) for c in checks}) == 1 and checks[0].returncode == 0,
       "check says the same with every -j: nodes, statements (a repeat counted once), rows",
       [checks[0].stdout.decode(), checks[1].stdout.decode()])
    compare_large("a relative path", "day.export.CSV", True, ["nquads"], cwd=d)
    data = open(path, "rb").read()
    piped = subprocess.run([DIPLOGRAPH, "rdf", "-j", "2", "-m", "gdelt-events", "-f", "nquads", "-"],
                           input=data, capture_output=True)
    ok(piped.returncode == 0 and piped.stdout == run("rdf", "-m", "gdelt-events", "-f", "nquads", path).stdout,
       "read from a pipe (one piece): the same N-Quads")


def late_bad_date(lines):
    # A day that is none, in the last part: that part is read again in order.
    cells = lines[-100].split("\t")
    cells[1] = "20171345"
    lines[-100] = "\t".join(cells)


def late_bom(lines):
    # A byte-order mark is the file's start, not a part's: elsewhere it is
    # a character of the cell.  Here, the line -j 2's second part starts at.
    size = sum(len(line.encode()) + 1 for line in lines)
    at = 0
    for k, line in enumerate(lines):
        if at > size // 2:
            lines[k] = "\ufeff" + line
            return
        at += len(line.encode()) + 1


with tempfile.TemporaryDirectory() as d:
    one = compare_large("a bad row in the last part", large_gdelt(d, late_bad_date), False, ["nquads"])
    ok(one.returncode == 1 and re.search(rb"day.export.CSV:10901:\d+: error", one.stderr),
       "the bad row is an error at its line", [one.stderr.decode()[:300]])
with tempfile.TemporaryDirectory() as d:
    path = large_gdelt(d, late_bom)
    one = run("rdf", "-m", "gdelt-events", "-f", "nquads", path)
    two = run("rdf", "-j", "2", "-m", "gdelt-events", "-f", "nquads", path)
    ok(one.returncode == two.returncode and one.stdout == two.stdout and one.stderr == two.stderr,
       "a byte-order mark at the start of a part, not of the file: what -j 1 reads",
       [one.stderr.decode()[:300], two.stderr.decode()[:300]])

r = run("check", "-j", "-1", "/dev/null")
ok(r.returncode == 2 and b"--jobs" in r.stderr, "-j -1 is refused", [r.stderr.decode()])

sys.exit(finish())
