#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Reading input (lib/io/dg-input.c, lib/io/dg-input-gzip.c) as users hand it over.

- gzip files of several members (`cat a.gz b.gz`, as gzip, log rotation and
  split downloads make them), generated at random split points, read as a
  table through a mapping, as .dg and as N-Triples: the same output as the
  plain file, by name, from standard input (`cat x.gz | diplograph ... -`)
  and under a name without .gz; zero padding after the last member is
  accepted, anything else after it, or a member cut short, is an error
  naming the file with a non-zero exit;
- limits that hold on what is decompressed, while reading: a small .gz of
  one endless line, or of a line of tabs, is refused at its line with the
  memory of one line;
- a NUL byte in a table's cell is reported as a NUL byte at its column.
"""
import gzip
import os
import random
import resource
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from taplib import finish  # noqa: E402
from taplib import ok as tap_ok  # noqa: E402

DIPLOGRAPH = os.environ.get("DIPLOGRAPH", "../../tools/diplograph")
EXAMPLES = os.environ.get("DG_EXAMPLES", os.path.join(os.path.dirname(__file__), "..", "..", "examples"))
GDELT_SAMPLE = os.path.join(EXAMPLES, "gdelt", "20170701-sample.export.CSV")
KOREA = os.path.join(EXAMPLES, "korea-visit.dg")


def run(args, stdin=None, cwd=None):
    return subprocess.run([DIPLOGRAPH] + args, input=stdin, capture_output=True, cwd=cwd)


def ok(good, description, detail=()):
    """A result, with its detail only when it failed."""
    tap_ok(good, description, () if good else detail)


def members(data, cuts):
    """@data gzipped as one member per piece between @cuts."""
    bounds = [0] + sorted(cuts) + [len(data)]
    return b"".join(gzip.compress(data[a:b], mtime=0) for a, b in zip(bounds, bounds[1:]))


def child_maxrss_mb():
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main():
    rng = random.Random(20261206)
    with tempfile.TemporaryDirectory() as tmp:
        plain = open(GDELT_SAMPLE, "rb").read()
        expected = os.path.join(tmp, "expected.nq")
        r = run(["rdf", "--mapping", "gdelt-events", "-f", "nquads", "-o", expected, GDELT_SAMPLE])
        assert r.returncode == 0, r.stderr
        want = open(expected, "rb").read()

        # Several members at random places (inside rows, inside UTF-8
        # sequences, empty members), read three ways.
        cases = [[], [len(plain) // 2], [0, len(plain)], [1, 2, 3]]
        cases += [[rng.randrange(len(plain) + 1) for _ in range(rng.randrange(1, 6))] for _ in range(8)]
        same = {"by name": 0, "from standard input": 0, "under a name without .gz": 0}
        details = []
        for i, cuts in enumerate(cases):
            data = members(plain, cuts)
            gz = os.path.join(tmp, "events-%d.export.CSV.gz" % i)
            bare = os.path.join(tmp, "events-%d.export.CSV" % i)
            open(gz, "wb").write(data)
            open(bare, "wb").write(data)
            for how, args, stdin in (("by name", [gz], None), ("from standard input", ["-"], data),
                                     ("under a name without .gz", [bare], None)):
                out = os.path.join(tmp, "out.nq")
                r = run(["rdf", "--mapping", "gdelt-events", "-f", "nquads", "-o", out] + args, stdin)
                if r.returncode == 0 and open(out, "rb").read() == want:
                    same[how] += 1
                else:
                    details.append("%s, members cut at %s: %s" % (how, cuts, r.stderr.decode()[-300:]))
        for how, n in same.items():
            ok(n == len(cases), "%d gzip files of 1 to 6 members read %s: the plain file's N-Quads"
               % (len(cases), how), details[:5])

        # .dg and N-Triples in members too.
        ttl = os.path.join(tmp, "korea.nt")
        run(["rdf", "-f", "ntriples", "-o", ttl, KOREA])
        dg = open(KOREA, "rb").read()
        path = os.path.join(tmp, "korea.dg.gz")
        open(path, "wb").write(members(dg, [len(dg) // 3, 2 * len(dg) // 3]))
        out = os.path.join(tmp, "korea-gz.nt")
        r = run(["rdf", "-f", "ntriples", "-o", out, path])
        ok(r.returncode == 0 and open(out, "rb").read() == open(ttl, "rb").read(),
           "a .dg.gz of three members: the .dg's triples", [r.stderr])
        nt = open(ttl, "rb").read()
        r1 = run(["rdf", "-f", "ntriples", "-i", "ntriples", "-o", os.path.join(tmp, "a.nt"), "-"], nt)
        r2 = run(["rdf", "-f", "ntriples", "-i", "ntriples", "-o", os.path.join(tmp, "b.nt"), "-"],
                 members(nt, [100, 5000]))
        ok(r1.returncode == 0 and r2.returncode == 0
           and open(os.path.join(tmp, "a.nt"), "rb").read() == open(os.path.join(tmp, "b.nt"), "rb").read(),
           "N-Triples gzipped in members on standard input: as read plain", [r2.stderr])

        # After the last member: zero padding is accepted, anything else is
        # an error; a member cut short is an error.
        two = members(plain, [len(plain) // 2])
        for name, data, good in (("zero padding", two + bytes(512), True),
                                 ("a line of text", two + b"trailing\n", False),
                                 ("half a gzip header", two + b"\x1f", False),
                                 ("padding, then a member", two + bytes(8) + gzip.compress(b"x"), False),
                                 ("a member cut short", two[:-10], False),
                                 ("cut inside the second member", two[:len(two) * 3 // 4], False),
                                 ("an empty file", b"", False)):
            gz = os.path.join(tmp, "tail.export.CSV.gz")
            open(gz, "wb").write(data)
            out = os.path.join(tmp, "tail.nq")
            open(out, "wb").write(b"KEEP")
            r = run(["rdf", "--mapping", "gdelt-events", "-f", "nquads", "-o", out, gz])
            err = r.stderr.decode()
            if good:
                ok(r.returncode == 0 and open(out, "rb").read() == want, "%s after the last member: read" % name,
                   [err])
            else:
                ok(r.returncode == 1 and "tail.export.CSV.gz:" in err and " error: " in err
                   and open(out, "rb").read() == b"KEEP",
                   "%s: an error naming the file, exit 1, the output untouched" % name, [err])

        # Limits on what is decompressed, while reading.
        before = child_maxrss_mb()
        gz = os.path.join(tmp, "line.export.CSV.gz")
        with gzip.open(gz, "wb", compresslevel=1) as f:
            chunk = b"x" * (1 << 20)
            for _ in range(512):
                f.write(chunk)
            f.write(b"\n")
        r = run(["check", "--mapping", "gdelt-events", gz])
        err = r.stderr.decode()
        ok(r.returncode == 1 and "line.export.CSV.gz:1:1: error: line longer than 65536 bytes" in err,
           "a .gz of one 512 MiB line: refused at 1:1", [err[:300]])
        ok(child_maxrss_mb() < max(before, 200),
           "and read in bounded memory (peak %.0f MB)" % child_maxrss_mb())
        gz = os.path.join(tmp, "tabs.export.CSV.gz")
        with gzip.open(gz, "wb") as f:
            f.write(plain.splitlines(True)[0])
            tabs = b"\t" * (1 << 20)  # in pieces: a forked child starts as large as this process
            for _ in range(100):
                f.write(tabs)
            f.write(b"\n")
            f.write(plain.splitlines(True)[1])
        r = run(["check", "--mapping", "gdelt-events", gz])
        err = r.stderr.decode()
        ok(r.returncode == 1 and "tabs.export.CSV.gz:2:1: error: line longer than 65536 bytes" in err
           and "3 rows read through the mapping, 2 mapped, 1 refused" in err,
           "a line of 100 MiB of tabs: refused at its line, the rows around it mapped", [err[:400]])
        ok(child_maxrss_mb() < max(before, 200),
           "and read in bounded memory (peak %.0f MB)" % child_maxrss_mb())

        # A NUL byte in a cell is a NUL byte, at its column.
        row = plain.splitlines(True)[0]
        tab = row.index(b"\t")
        bad = os.path.join(tmp, "nul.export.CSV")
        open(bad, "wb").write(row[:tab + 3] + b"\0" + row[tab + 3:])
        r = run(["check", "--mapping", "gdelt-events", bad])
        err = r.stderr.decode()
        ok(r.returncode == 1 and "nul.export.CSV:1:%d: error: NUL byte" % (tab + 4) in err,
           "a NUL byte in a cell: named, at its column", [err])
    return finish()


if __name__ == "__main__":
    sys.exit(main())
