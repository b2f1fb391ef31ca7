# SPDX-License-Identifier: LGPL-2.1-or-later
# Shared by the shell tests: TAP output, a temporary directory removed at
# exit, and the paths make check passes.  Source it after setting `name`.
set -u
DIPLOGRAPH=${DIPLOGRAPH:-../tools/diplograph}
srcdir=${G_TEST_SRCDIR:-.}
builddir=${G_TEST_BUILDDIR:-.}
examples=${DG_EXAMPLES:-$srcdir/../examples}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/dg-$name-XXXXXX")
trap 'rm -rf "$tmp"' EXIT

n=0
failed=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }
skip () { n=$((n + 1)); echo "ok $n # SKIP $1"; }
check () { desc=$1; shift; if "$@"; then ok "$desc"; else not_ok "$desc"; fi; }
have () { [ -n "$1" ] && [ -x "$1" ]; }
# Ends the TAP stream: the plan, and a status make check reads.
finish () { echo "1..$n"; [ $failed -eq 0 ]; }
