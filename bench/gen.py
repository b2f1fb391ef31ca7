#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Deterministic synthetic diplomatic data for the benchmarks.

    gen.py TRIPLES DIR

writes DIR/all.dg including six tables: states, people and the posts they
hold, agreements with their parties, forums with their members, and events
(visits and meetings with participants, places, dates and sources).  Names
carry diacritics and characters that need escaping in Turtle and DOT.  The
same TRIPLES give the same bytes.  Person p0 is the visitor of 1,000 visits,
so `--focus p0 --depth 1` is a 1,000-node view.  About TRIPLES triples come out; run
`diplograph rdf -f ntriples DIR/all.dg` for the N-Triples form.  DIR/all-dg.dg
holds the same statements in the .dg format.
"""

import os
import random
import sys

NAMES = ["Việt Nam", "Hàn Quốc", "Nhật Bản", "Trung Quốc", "Ấn Độ", "Đông Timor", "Ελλάδα",
         "Česko", "Türkiye", "São Tomé", "Côte d'Ivoire", "Zürich \"Bund\"", "Back\\slash",
         "Tab\\there", "<b>bold</b>", "{x|y}", "مرحبا", "日本"]
ROLES = ["GeneralSecretary", "President", "PrimeMinister", "ForeignMinister", "Chair"]
AGREEMENTS = ["MoU", "Treaty", "Protocol", "JointStatement", "ActionPlan"]
EVENTS = ["StateVisit", "OfficialVisit"]


def main():
    triples, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(triples)
    os.makedirs(out, exist_ok=True)
    # Rows per table, so that the triples add up to about the target: an
    # event row gives 6 or 7 triples, and events are most of the data.
    n_events = triples * 8 // 10 // 6
    n_states = max(50, triples // 20000)
    n_people = max(100, triples // 400)
    n_agreements = max(50, triples // 200)
    n_forums = max(10, triples // 20000)

    def name(i):
        return "%s %d" % (NAMES[i % len(NAMES)], i)

    with open(os.path.join(out, "all.dg"), "w", encoding="utf-8") as f:
        f.write("@base <https://example.org/bench/>\n")
        f.write('SourceDocument src "Synthetic source"@en lang=en\n')
        for t in ("states", "people", "posts", "agreements", "forums", "events"):
            f.write('@include "%s.tsv"\n' % t)
    with open(os.path.join(out, "states.tsv"), "w", encoding="utf-8") as f:
        f.write("class=State\tid\tlabel@en\tlabel@vi\tiso3166\n")
        for i in range(n_states):
            f.write("\ts%d\t%s\t%s\tX%d\n" % (i, name(i), name(i + 7), i))
    with open(os.path.join(out, "people.tsv"), "w", encoding="utf-8") as f:
        f.write("class=Person\tid\tlabel@en\tholds\n")
        for i in range(n_people):
            f.write("\tp%d\tLeader %s\tpost%d\n" % (i, name(i), i))
    with open(os.path.join(out, "posts.tsv"), "w", encoding="utf-8") as f:
        f.write("class=PostHolding\tid\trole\tof\tstart\tsource\n")
        for i in range(n_people):
            f.write("\tpost%d\t%s\ts%d\t%d-%02d\tsrc\n" % (
                i, ROLES[i % len(ROLES)], rng.randrange(n_states), 1990 + i % 35, 1 + i % 12))
    with open(os.path.join(out, "agreements.tsv"), "w", encoding="utf-8") as f:
        f.write("class\tid\tlabel@en\tparty\tparty\tdate\tsource\tquote@en\n")
        for i in range(n_agreements):
            a, b = rng.sample(range(n_states), 2)
            f.write("%s\ta%d\tAgreement %s\ts%d\ts%d\t%d-%02d-%02d\tsrc\t%s\n" % (
                AGREEMENTS[i % len(AGREEMENTS)], i, name(i), a, b, 1990 + i % 35, 1 + i % 12,
                1 + i % 28, "signed \\\"%s\\\"" % name(i)))
    with open(os.path.join(out, "forums.tsv"), "w", encoding="utf-8") as f:
        f.write("class=InternationalOrganization\tid\tlabel@en\tmember\tmember\tmember\n")
        for i in range(n_forums):
            m = rng.sample(range(n_states), 3)
            f.write("\tf%d\tForum %s\ts%d\ts%d\ts%d\n" % (i, name(i), *m))
    with open(os.path.join(out, "events.tsv"), "w", encoding="utf-8") as f:
        f.write("class\tid\tlabel@en\tdate\tvisitor\thost\tlocation\tsource\n")
        for i in range(n_events):
            cls = EVENTS[i % 2] if i % 5 else "Meeting"
            who = "visitor" if cls != "Meeting" else None
            a, b = rng.randrange(n_people), rng.randrange(n_states)
            if i < 1250:
                a = 0  # p0 visits 1,000 times: the benchmark's ego view
            if who:
                f.write("%s\te%d\tEvent %d of %s\t%d-%02d-%02d\tp%d\ts%d\ts%d\tsrc\n" % (
                    cls, i, i, name(b), 1990 + i % 35, 1 + i % 12, 1 + i % 28, a, b, b))
            else:
                f.write("%s\te%d\tEvent %d of %s\t%d-%02d-%02d\t\ts%d\ts%d\tsrc\n" % (
                    cls, i, i, name(b), 1990 + i % 35, 1 + i % 12, 1 + i % 28, b, b))


def q(cell):
    """A TSV cell as a .dg string: the table's escapes decoded, then quoted."""
    text = cell.replace("\\t", "\t").replace("\\n", "\n").replace("\\\\", "\\")
    out = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + out.replace("\t", "\\t").replace("\n", "\\n") + '"'


def tables_to_dg(out):
    """all-dg.dg: the same statements as all.dg's tables, in the .dg format."""
    with open(os.path.join(out, "all-dg.dg"), "w", encoding="utf-8") as f:
        f.write("@base <https://example.org/bench/>\n")
        f.write('SourceDocument src "Synthetic source"@en lang=en\n')
        for t in ("states", "people", "posts", "agreements", "forums", "events"):
            with open(os.path.join(out, t + ".tsv"), encoding="utf-8") as table:
                header = table.readline().rstrip("\n").split("\t")
                fixed = next((h.split("=", 1)[1] for h in header if h.startswith("class=")), None)
                for row in table:
                    cells = row.rstrip("\n").split("\t")
                    cls, ident, items, source, quote = fixed, None, [], None, None
                    for h, c in zip(header, cells):
                        name = h.split("=", 1)[0]
                        if name == "class":
                            cls = c or cls
                        elif name == "id":
                            ident = c
                        elif name == "source":
                            source = c
                        elif name.startswith("quote"):
                            quote = c
                        elif not c:
                            continue
                        elif name.startswith("label"):
                            items.append(q(c) + "@" + name.split("@", 1)[1])
                        elif name in ("iso3166", "start", "date"):
                            items.append("%s=%s" % (name, c))
                        else:
                            items.append("%s=%s" % (name, c))
                    f.write("%s %s %s\n" % (cls, ident, " ".join(items)))
                    if source and quote:
                        f.write("  cite %s %s@en\n" % (source, q(quote)))
                    elif source:
                        f.write("  wasDerivedFrom=%s\n" % source)


if __name__ == "__main__":
    main()
    tables_to_dg(sys.argv[2])
