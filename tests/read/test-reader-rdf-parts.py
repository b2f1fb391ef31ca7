#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Large N-Triples and N-Quads files read in parts on several threads
(lib/read/dg-reader-lines.c, `-j N`), on files made here whose lines
link across the parts:

- every output syntax is byte for byte what one thread writes, with -j 2,
  3, 4 and 0, and so are the diagnostics and the exit status;
- the files were read in parts, each part after the first apart (the
  library says so at debug level), unless a part could not stand alone;
- a blank node label names one node in the whole file: the same label in
  the first and the last part is one node, written once, and the warning
  counts the file's blank nodes once;
- named graphs first named in a later part are warned of once, where one
  thread warns of them;
- a syntax error in the first, a middle or the last part, an ill-typed
  value, a node typed twice across parts: the same diagnostics, in the
  same order, at the same line and column, the same exit status;
- CRLF line ends, no newline at the end, a file read from a pipe or as
  gzip (one piece), a relative path.
"""
import gzip
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from taplib import LINE_PARTS, against_one_thread, finish, ok  # noqa: E402

DIPLOGRAPH = os.environ.get("DIPLOGRAPH", "../../tools/diplograph")
FORMATS = ["turtle", "ntriples", "nquads", "trig"]
JOBS = ["2", "3", "4", "0"]
N = 6000  # subjects: a file of about 1.4 MB, five parts of at least 256 KiB
EX = "https://example.org/rdfparts/"
DG = "https://w3id.org/diplograph#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


def run(*args, debug=False, cwd=None, stdin=None):
    env = dict(os.environ)
    if debug:
        env["G_MESSAGES_DEBUG"] = "diplograph"
    return subprocess.run([DIPLOGRAPH, *args], capture_output=True, env=env, cwd=cwd, input=stdin)


def lines(quads=False):
    """A subject's statements together, as serializers write them; links to
    subjects of other parts, blank nodes shared by the first and last parts."""
    out = []
    for i in range(N):
        s = "<%sp%d>" % (EX, i)
        g = " <%sg%d>" % (EX, i * 5 // N) if quads else ""
        out.append('%s <%stype> <%sPerson>%s .' % (s, RDF, DG, g))
        out.append('%s <%slabel> "Leader %d \\"q\\" ắ"@en%s .' % (s, DG, i, g))
        out.append('%s <%sknows> <%sp%d>%s .' % (s, EX, EX, (i * 7919) % N, g))
        if i % 50 == 0:
            # The same 40 labels in the first, the middle and the last third.
            out.append('%s <%sat> _:place%d%s .' % (s, EX, (i // 50) % 40, g))
        if i % 3 == 0:
            out.append('%s <%sborn> "%d-01-02"^^<http://www.w3.org/2001/XMLSchema#date>%s .'
                       % (s, EX, 1900 + i % 100, g))
    return out


def write(path, text_lines, newline="\n", end=True):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(newline.join(text_lines) + (newline if end else ""))


def compare(name, path, expect_apart, formats=FORMATS, cwd=None):
    """-j 1 against each of JOBS, in each format."""
    for fmt in formats:
        one, good, detail, _ = against_one_thread(run, "rdf", ["-f", fmt, path], JOBS,
                                                  apart=expect_apart, cwd=cwd)
        # A graph with errors is not written: the same nothing, then.
        ok(good and (len(one.stdout) > 100000 or (one.returncode and not one.stdout)),
           "%s: -j %s write the %s of -j 1, byte for byte" % (name, ", ".join(JOBS), fmt), detail)
    return one


with tempfile.TemporaryDirectory() as d:
    nt = os.path.join(d, "people.nt")
    write(nt, lines())
    one = compare("N-Triples", nt, True)
    ttl = run("rdf", "-j", "3", nt).stdout.decode()
    blanks = set(re.findall(r"_:b\d+", ttl))
    ok(len(blanks) == 40, "a blank node label names one node in the whole file: 40 labels, 40 nodes",
       [str(len(blanks))])
    at = {m.group(1): m.group(2) for m in re.finditer(r"p(\d+)>? [^.]*?_:b(\d+)", ttl.replace("\n", " "))}
    ok(at.get("0") is not None and at.get("0") == at.get("2000") == at.get("4000"),
       "p0, p2000 and p4000 (first, middle, last third) are at one blank node",
       [str((at.get("0"), at.get("2000"), at.get("4000")))])
    r = run("check", "-j", "3", nt)
    ok(r.stderr.decode().count("40 blank nodes") == 1, "the blank nodes are counted once, for the file",
       [r.stderr.decode()[:400]])
    # A relative path, from the file's directory.
    compare("a relative path", "people.nt", True, ["turtle"], cwd=d)
    # A pipe and gzip are read in one piece, to the same bytes.
    data = open(nt, "rb").read()
    piped = run("rdf", "-j", "2", "-i", "ntriples", "-", stdin=data)
    with open(nt + ".gz", "wb") as f:
        f.write(gzip.compress(data))
    zipped = run("rdf", "-j", "2", nt + ".gz", debug=True)
    base = run("rdf", nt).stdout
    ok(piped.returncode == 0 and piped.stdout == base, "read from a pipe (one piece): the same Turtle")
    ok(zipped.returncode == 0 and zipped.stdout == base and not LINE_PARTS.search(zipped.stderr.decode()),
       "read as gzip (one piece): the same Turtle", [zipped.stderr.decode()[:300]])
    # A FIFO is read as it comes, in one piece, as a pipe is.
    fifo = os.path.join(d, "fifo.nt")
    os.mkfifo(fifo)
    feeder = subprocess.Popen(["sh", "-c", 'cat "$0" > "$1"', nt, fifo])
    fed = run("rdf", "-j", "2", "-i", "ntriples", fifo, debug=True)
    feeder.wait()
    ok(fed.returncode == 0 and fed.stdout == base and not LINE_PARTS.search(fed.stderr.decode()),
       "read from a FIFO (one piece): the same Turtle", [fed.stderr.decode()[:300]])

with tempfile.TemporaryDirectory() as d:
    nq = os.path.join(d, "people.nq")
    write(nq, lines(quads=True))
    compare("N-Quads, five named graphs, first named in later parts", nq, True)

with tempfile.TemporaryDirectory() as d:
    nt = os.path.join(d, "crlf.nt")
    write(nt, lines(), "\r\n", end=False)
    compare("CRLF line ends, no newline at the end", nt, True, ["turtle", "ntriples"])


def tweaked(name, change, apart, expect_error):
    with tempfile.TemporaryDirectory() as d:
        text = lines()
        change(text)
        nt = os.path.join(d, "tweaked.nt")
        write(nt, text)
        r = compare(name, nt, apart, ["turtle", "nquads"])
        if change is late_blanks:
            ok(re.search(r":(\d+):1: warning: \d+ blank nodes", r.stderr.decode())
               and int(re.search(r":(\d+):1: warning: \d+ blank nodes", r.stderr.decode()).group(1))
               > len(text) * 3 // 4, name + ": the warning names the line of the first",
               [r.stderr.decode()[:400]])
        ok((r.returncode == 1) == expect_error and (b"error" in r.stderr) == expect_error,
           name + (": an error, exit 1" if expect_error else ": warnings, exit 0"),
           [r.stderr.decode()[:300]])


def syntax_error_at(k):
    def change(text):
        text[k] = text[k].replace(" .", " bad .", 1)
    return change


def ill_typed(text):
    k = max(i for i, t in enumerate(text) if "-01-02" in t)
    text[k] = text[k].replace("-01-02", "-13-45")


def typed_twice(text):
    # p10 of the first part is a State in the last.
    text.append("<%sp10> <%stype> <%sState> ." % (EX, RDF, DG))


def late_blanks(text):
    # Blank nodes first met in the last part: the warning names that line.
    for k in range(len(text) * 3 // 4):
        text[k] = re.sub(r"_:place(\d+)", r"<%splace\1>" % EX, text[k])


tweaked("blank nodes first met in the last part", late_blanks, True, False)
tweaked("a syntax error in the first part", syntax_error_at(100), False, True)
tweaked("a syntax error in a middle part", syntax_error_at(N * 2), False, True)
tweaked("a syntax error on the last line", syntax_error_at(-1), False, True)
tweaked("an ill-typed value in the last part", ill_typed, False, False)
tweaked("a node typed again in a later part", typed_twice, False, False)

finish()
