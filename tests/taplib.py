# SPDX-License-Identifier: LGPL-2.1-or-later
"""TAP for the Python tests: ok(), skip(), and finish() for the plan."""
import re

n = 0
failed = 0


def ok(good, description, detail=()):
    """One result; @detail lines (a failure's why) are printed as comments."""
    global n, failed
    n += 1
    if not good:
        failed += 1
    print(("ok" if good else "not ok"), n, "-", description)
    for line in detail:
        if str(line).strip():
            print("#  ", str(line).strip().replace("\n", "\n#   "))


def skip(description):
    global n
    n += 1
    print("ok", n, "# SKIP", description)


def finish():
    """Prints the plan; the exit status for sys.exit()."""
    print("1..%d" % n)
    return 1 if failed else 0


DEBUG_LINE = re.compile(r"^\(diplograph.*DEBUG.*\n?", re.M)
LINE_PARTS = re.compile(r"(\S+): read in (\d+) parts, (\d+) of them apart")


def against_one_thread(run, command, args, jobs, apart=None, **kwargs):
    """Runs `diplograph COMMAND ARGS` (through @run) on one thread and with
    -j J for each J of @jobs, debug messages on: (the one thread's run,
    whether each other run wrote the same bytes, diagnostics and exit
    status, why not, and each run's debug messages by J).  With @apart
    True or False, a file of lines must also have been read in parts, every
    part after the first appended (True) or not every one (False)."""
    one = run(command, *args, **kwargs)
    good, detail, debug = one.returncode in (0, 1), [], {}
    for j in jobs:
        many = run(command, "-j", j, *args, debug=True, **kwargs)
        m = LINE_PARTS.search(many.stderr.decode())
        n = (int(m.group(2)), int(m.group(3))) if m else (0, 0)
        if apart is not None and (n[0] < 2 or (n[1] == n[0] - 1) != apart):
            good = False
            detail.append("-j %s: parts (read, apart): %s" % (j, n))
        err = DEBUG_LINE.sub("", many.stderr.decode())
        debug[j] = many.stderr.decode()
        if many.stdout != one.stdout:
            good = False
            detail.append("-j %s: %d bytes, -j 1: %d bytes" % (j, len(many.stdout), len(one.stdout)))
        if err != one.stderr.decode() or many.returncode != one.returncode:
            good = False
            detail += ["-j %s: exit %d, -j 1: exit %d" % (j, many.returncode, one.returncode),
                       err[:600], one.stderr.decode()[:600]]
    return one, good, detail, debug
