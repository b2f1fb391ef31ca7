#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The `codes country` block of the mappings: CAMEO actor country codes.

CAMEO names a country by its ISO 3166-1 alpha-3 code; the list is made from
Debian's iso-codes (/usr/share/iso-codes/json/iso_3166-1.json), with its
common names where it has them, and followed by CAMEO's regional codes
(CAMEO codebook, actor codes: regions), which are not states.

Usage: countries.py > block.txt  (then paste it over the block in each .map)
"""
import json

ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
# CAMEO 1.1b3, "Region codes": regions, not states.
REGIONS = [
    ("AFR", "Africa"), ("ASA", "Asia"), ("BLK", "Balkans"), ("CRB", "Caribbean"),
    ("CAU", "Caucasus"), ("CFR", "Central Africa"), ("CAS", "Central Asia"),
    ("CEU", "Central Europe"), ("EIN", "East Indies"), ("EAF", "Eastern Africa"),
    ("EEU", "Eastern Europe"), ("EUR", "Europe"), ("LAM", "Latin America"),
    ("MEA", "Middle East"), ("MDT", "Mediterranean"), ("NAF", "North Africa"),
    ("NMR", "North America"), ("PGS", "Persian Gulf"), ("SCN", "Scandinavia"),
    ("SAM", "South America"), ("SAS", "South Asia"), ("SEA", "Southeast Asia"),
    ("SAF", "Southern Africa"), ("WAF", "West Africa"), ("WST", "The West"),
]


def main():
    # actor: the class of the actor a code names, when not the country
    # itself ("EUR": Europeans, a collective actor of a region).
    # state: the class of the node an actor of this code is under (a
    # government under its state; nothing is under a region).
    print("codes country iso2 name class actor state")
    for c in sorted(json.load(open(ISO))["3166-1"], key=lambda c: c["alpha_3"]):
        name = c.get("common_name", c["name"]).replace('"', "'")
        print('  %s %s "%s" State - State' % (c["alpha_3"], c["alpha_2"], name))
    for code, name in REGIONS:
        print('  %s - "%s" Region CollectiveActor -' % (code, name))


if __name__ == "__main__":
    main()
