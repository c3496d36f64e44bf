#!/usr/bin/env python3
"""Build people.tsv: people in national office with their Wikidata QIDs, so that every language's tagger gives
"Olaf Scholz" or "Pedro Sánchez" one id, person:<slug>.

Sources (each a command-line argument; see tools/gazetteer/README.md, section "Names in other languages"):
- EveryPolitician data (CC0): members of the national legislatures of the countries given with --countries whose
  legislative period ended in --since or later (or has not ended), from each legislature's ep-popolo-v1.0.json
  (persons with a wikidata identifier); where the snapshot lacks that file (over 4 MiB: Germany, Poland, ...),
  from the term-<n>.csv files joined on the exact name to sources/morph/wikidata.csv (one row of that name only).
- unitedstates/congress-legislators (CC0): legislators-current.yaml (id.wikidata, name.official_full).

Rows: slug, name, wikidata, aliases, country. slug is Slugs.of(name) (gazlib.slug); when two people share one,
the one with the higher QID number gets -<country>, then -<qid>. name: the person's English Wikidata label where
the source has it, else the source's name. aliases: the name without diacritics where that differs (Pedro Sanchez).
Python 3 standard library only; the same inputs give the same bytes.
"""

import argparse
import csv
import io
import json
import os
import re
import subprocess
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gazlib  # noqa: E402

VERSION = "2026.12.1"
# EU member states, the other EEA states, the United Kingdom and the United States (ISO 3166-1 alpha-2)
DEFAULT_COUNTRIES = ("AT,BE,BG,HR,CY,CZ,DK,EE,FI,FR,DE,GR,HU,IE,IT,LV,LT,LU,MT,NL,PL,PT,RO,SK,SI,ES,SE,"
                     "IS,LI,NO,GB,US")


class Repo:
    """Files of a checkout, or of a bare git directory (read with git show HEAD:path)."""

    def __init__(self, path):
        self.path = path
        self.bare = not os.path.exists(os.path.join(path, "countries.json")) and \
            not os.path.exists(os.path.join(path, "legislators-current.yaml"))

    def read(self, rel):
        if not self.bare:
            p = os.path.join(self.path, rel)
            if not os.path.exists(p):
                return None
            with open(p, encoding="utf-8") as f:
                return f.read()
        r = subprocess.run(["git", "--git-dir", self.path, "show", "HEAD:" + rel], capture_output=True)
        return r.stdout.decode("utf-8") if r.returncode == 0 and r.stdout.strip() else None


def fold(name):
    """Pedro Sánchez -> Pedro Sanchez (NFD marks dropped; the letters Slugs folds specially too)."""
    s = name
    for a, b in gazlib._SPECIAL_LETTERS:
        s = s.replace(a, b)
    s = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in s if unicodedata.category(c) != "Mn"))


def good_name(n):
    return bool(n) and gazlib.is_latin(n) and " " in n.strip() and "," not in n and "(" not in n \
        and not n.isupper() and len(n) <= 60


def everypolitician(repo, codes, since, report):
    people = {}   # qid -> (name, country, source)
    countries = json.loads(repo.read("countries.json"))
    for c in countries:
        cc = c.get("code", "").upper()
        if cc not in codes:
            continue
        for leg in c["legislatures"]:
            periods = [p for p in leg.get("legislative_periods", [])
                       if (p.get("end_date") or "9999") >= since]
            if not periods:
                continue
            pids = {p["id"] for p in periods}
            raw = repo.read(leg["popolo"])
            n0 = len(people)
            if raw:
                pop = json.loads(raw)
                members = {m["person_id"] for m in pop.get("memberships", [])
                           if m.get("legislative_period_id") in pids}
                for p in pop.get("persons", []):
                    if p["id"] not in members:
                        continue
                    q = next((i["identifier"] for i in p.get("identifiers", []) if i.get("scheme") == "wikidata"), None)
                    if not q or not re.fullmatch(r"Q\d+", q):
                        continue
                    en = next((o["name"] for o in p.get("other_names", []) if o.get("lang") == "en"), None)
                    name = en if good_name(en) else p.get("name")
                    if good_name(name):
                        people.setdefault(q, (gazlib.clean(name), cc, leg["popolo"]))
            else:
                base = os.path.dirname(leg["popolo"])
                wd = repo.read(base + "/sources/morph/wikidata.csv")
                if not wd:
                    report.append("%s %s: no popolo file and no wikidata.csv, left out" % (cc, leg["name"]))
                    continue
                by_name = {}
                for r in csv.DictReader(io.StringIO(wd)):
                    q = r.get("id", "")
                    if re.fullmatch(r"Q\d+", q):
                        for n in {r.get("name"), r.get("name__en")}:
                            if n:
                                by_name.setdefault(n, set()).add((q, r.get("name__en") or n))
                for p in periods:
                    t = repo.read(p["csv"])
                    if not t:
                        continue
                    for r in csv.DictReader(io.StringIO(t)):
                        hits = by_name.get(r["name"], set())
                        if len(hits) == 1:
                            q, en = next(iter(hits))
                            name = en if good_name(en) else r["name"]
                            if good_name(name):
                                people.setdefault(q, (gazlib.clean(name), cc, p["csv"]))
            report.append("%s %s: %d people (periods %s)" % (cc, leg["name"], len(people) - n0,
                                                              ", ".join(sorted(p.get("name", p["id"]) for p in periods))))
    return people


def congress(repo, report):
    """legislators-current.yaml, read line by line (each person a '- id:' block; wikidata and official_full)."""
    text = repo.read("legislators-current.yaml")
    people = {}
    cur = {}

    def flush():
        if cur.get("wikidata") and cur.get("name"):
            people.setdefault(cur["wikidata"], (cur["name"], "US", "legislators-current.yaml"))

    for line in text.split("\n"):
        if line.startswith("- id:"):
            flush()
            cur = {}
        m = re.match(r"^    wikidata: (Q\d+)\s*$", line)
        if m:
            cur["wikidata"] = m.group(1)
        m = re.match(r"^    official_full: (.+?)\s*$", line)
        if m:
            v = m.group(1)
            if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
                v = v[1:-1]
            cur["name"] = gazlib.clean(v)
    flush()
    report.append("US congress-legislators: %d people" % len(people))
    return people


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--everypolitician", required=True, help="everypolitician-data checkout or bare git dir")
    ap.add_argument("--congress", required=True, help="congress-legislators checkout or bare git dir")
    ap.add_argument("--countries", default=DEFAULT_COUNTRIES)
    ap.add_argument("--since", default="2005-01-01", help="keep legislative periods that ended on or after this date")
    ap.add_argument("--obtained", required=True)
    ap.add_argument("--sources-note", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args(argv)
    gazlib.slug_self_check()
    report = []
    codes = set(args.countries.split(","))
    people = congress(Repo(args.congress), report)
    for q, v in everypolitician(Repo(args.everypolitician), codes, args.since, report).items():
        people.setdefault(q, v)

    qnum = lambda q: int(q[1:])  # noqa: E731
    rows = []
    taken = {}
    for q in sorted(people, key=qnum):
        name, cc, _src = people[q]
        s = gazlib.slug(name)
        if s in taken:
            s2 = "%s-%s" % (s, cc.lower())
            s = s2 if s2 not in taken else "%s-%s" % (s, q.lower())
            report.append("slug %s taken by %s: %s (%s) is %s" % (gazlib.slug(name), taken[gazlib.slug(name)], name, q, s))
        taken[s] = q
        alias = fold(name)
        rows.append((s, name, q, alias if alias != name else "", cc))
    rows.sort()
    note = open(args.sources_note, encoding="utf-8").read().rstrip("\n").split("\n")
    header = [
        "newsflow enrich-service gazetteer: people in national office (members of national legislatures of the EU, the",
        "  EEA, the UK and the US) with their Wikidata QIDs; the tagger gives them person:<slug> in every language.",
        "GENERATED by tools/gazetteer/build_people.py - do not edit by hand; rebuild as tools/gazetteer/README.md says.",
        "Obtained %s. Rows: %d. Legislative periods that ended on or after %s." % (args.obtained, len(rows), args.since),
    ] + note + [
        "Build: python3 tools/gazetteer/build_people.py --everypolitician <everypolitician-data> --congress",
        "  <congress-legislators> --since %s --obtained <date> --sources-note tools/gazetteer/people-sources.txt" % args.since,
        "  --out <this file>",
        "version: " + VERSION,
        "Columns (tab-separated, no header row): slug (Slugs.of(name); -<country> or -<qid> added when two people share",
        "  one), name, wikidata (QID), aliases (|-separated: the name without diacritics where it differs), country",
        "  (ISO 3166-1 alpha-2 of the office).",
    ]
    gazlib.write_tsv(args.out, header, [list(r) for r in rows])
    report.append("people.tsv: %d rows" % len(rows))
    print("\n".join(report))


if __name__ == "__main__":
    main()
