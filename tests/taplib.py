# SPDX-License-Identifier: LGPL-2.1-or-later
"""TAP for the Python tests: ok(), skip(), and finish() for the plan."""

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
