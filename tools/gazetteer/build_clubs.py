#!/usr/bin/env python3
"""Builds enrich-service/.../gazetteer/clubs.tsv (sports clubs and teams) from openly licensed sources.

Sources (see tools/gazetteer/README.md for how to obtain each one):
  --openfootball DIR  a checkout of openfootball/clubs (CC0-1.0): every */*/<code>.clubs.txt file
  --annie DIR         GATE ANNIE gazetteer folder (LGPL-3.0): mlb-teams.lst, nba-teams.lst, nfl-teams.lst, team.lst
  --iso-codes FILE    Debian iso-codes iso_3166-1.json (to check the country codes of the openfootball files)
  --dictionary FILE   Debian wamerican / wbritish (repeatable): which one-word short names are ordinary words
  --annie-places      (implied by --annie) GATE city/country/region lists: which names start with a place
  --curated DIR       the gazetteer folder with the hand-made countries.tsv, cities.tsv, organizations.tsv
  --out FILE

Every row and every short name comes from a source file. Bare city short names ("Valencia" for Valencia CF,
"Hull" for Hull City) are those the source lists as a club's short name, or the club's name with its generic
ending taken off ("Derby County" -> "Derby") where that is the club's city in the source and no other club of the
same sport and country would get the same form. Output is sorted by slug.
"""

import argparse
import collections
import datetime
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gazlib  # noqa: E402
from gazlib import clean, drop_the, is_latin, log, slug  # noqa: E402

VERSION = "2026.12.1"

# openfootball file codes that are not ISO 3166-1 alpha-2 codes
FILE_CODE_TO_ISO = {"eng": "GB", "sco": "GB", "wal": "GB", "nir": "GB", "kos": "XK"}

# Generic endings and prefixes of club names: what is left when they are taken off may be the city
# ("Hull City AFC" -> "Hull", "Valencia CF" -> "Valencia").
CLUB_AFFIXES = {"fc", "afc", "cf", "sc", "ac", "as", "ss", "ssc", "us", "cd", "ud", "sd", "rc", "rcd", "fk", "nk",
                "sk", "hnk", "gnk", "bk", "if", "ik", "ff", "bv", "sv", "vfb", "vfl", "tsv", "fsv", "kv", "kvc",
                "krc", "rsc", "sl", "cs", "ca", "se", "ec", "fbc", "club", "city", "town", "county", "united",
                "utd", "athletic", "calcio", "football", "futbol", "fútbol", "de", "real", "olympique",
                "sporting", "1.", "i", "ii", "ks", "kf", "pfc", "fcsb", "jk", "ifk", "aik", "tj", "mfk", "ofk",
                "sfc", "csd", "cp", "cfc", "s.c.", "f.c.", "a.f.c.", "c.f.", "a.c."}
FIXED_ENDINGS = {"city", "town", "county", "united", "fc", "afc", "cf", "sc", "ac", "fk", "nk", "sk", "if", "ik",
                 "ff", "bk", "sv", "calcio", "cd", "ud", "ca", "ec"}


def file_country(path, iso_alpha2):
    code = os.path.basename(path).split(".")[0].lower()
    cc = FILE_CODE_TO_ISO.get(code, code.upper())
    return cc if cc in iso_alpha2 else ""


def strip_comment(line):
    return re.sub(r"\s#.*$", "", line).rstrip()


class Club:
    def __init__(self, name, sport, country, city, source):
        self.name = name
        self.sport = sport
        self.country = country
        self.city = city
        self.source = source
        self.alts = []          # (form, language tag or "")
        self.english_names = []  # the source's [en] names, in its order
        self.short = []
        self.slug = None
        self.curated = None


ABBREVIATED = re.compile(r"(^|\s)(?!St\.)[^\W\d_]{1,10}\.(\s|$)")


def parse_openfootball(directory, iso_alpha2, stats):
    clubs = []
    files = []
    for root, dirs, names in os.walk(directory):
        dirs.sort()
        for n in sorted(names):
            if re.fullmatch(r"[a-z]+\.clubs\.txt", n):
                files.append(os.path.join(root, n))
    for path in sorted(files):
        country = file_country(path, iso_alpha2)
        current = None
        with open(path, encoding="utf-8") as f:
            for raw in f:
                line = strip_comment(raw.rstrip("\n"))
                if not line.strip() or line.lstrip().startswith("#") or line.startswith("="):
                    continue
                if re.match(r"^\s+\|", line):
                    if current is None:
                        continue
                    for alt in line.strip().lstrip("|").split("|"):
                        alt = clean(alt)
                        if not alt:
                            continue
                        m = re.match(r"^(.*?)\s*\[([a-z]{2})\]$", alt)
                        lang = ""
                        if m:
                            alt, lang = clean(m.group(1)), m.group(2)
                        current.alts.append((alt, lang))
                        if lang == "en":
                            current.english_names.append(alt)
                    continue
                if line.startswith(" ") or "//" in line:
                    continue  # an address line
                if re.match(r"^(ii|iii|iv)\)", line.strip()):
                    current = None  # a reserve team: left out, with its alternative names
                    stats["reserve teams skipped"] += 1
                    continue
                fields = [clean(x) for x in line.split(",")]
                fields = [x for x in fields if x]
                if not fields:
                    continue
                name = fields[0]
                if re.search(r"\((\d{4})?\s*-\s*(\d{4})?\)", name):
                    current = None  # "(1940-2018)", "(-2001)": a club that no longer exists
                    stats["defunct clubs skipped"] += 1
                    continue
                name = clean(re.sub(r"\s*\(\d{4}\)\s*$", "", name))
                city = ""
                for field in fields[1:]:
                    if re.fullmatch(r"\d{4}", field) or field.startswith("@"):
                        continue
                    city = field
                city = clean(re.sub(r"\(.*?\)", "", city.split("›")[0])) or ""
                current = Club(name, "football", country, city, "openfootball")
                clubs.append(current)
    stats["openfootball clubs read"] = len(clubs)
    return clubs


US_LISTS = [("mlb-teams.lst", "baseball"), ("nba-teams.lst", "basketball"), ("nfl-teams.lst", "american football")]


def parse_annie_teams(directory, places, stats):
    """GATE's MLB/NBA/NFL lists hold full names ("Boston Celtics") and nicknames ("Celtics"); a nickname goes to
    the one full name of its list that ends with it. team.lst only adds such aliases."""
    teams = []
    for fname, sport in US_LISTS:
        entries = [clean(x) for x in gazlib.read_lines(os.path.join(directory, fname))]
        full = [e for e in entries if e and len(e.split()) >= 2 and e.split()[0].lower() in places]
        full = sorted(set(full))
        by_name = {}
        for e in full:
            t = Club(e, sport, "", "", "annie")
            # the city part: the longest leading run of words that is a place name
            words = e.split()
            for i in range(len(words) - 1, 0, -1):
                if " ".join(words[:i]).lower() in places:
                    t.city = " ".join(words[:i])
                    break
            by_name[e] = t
            teams.append(t)
        for e in entries:
            if not e or e in by_name:
                continue
            owners = [t for t in by_name.values() if t.name.endswith(" " + e) or t.name.lower() == e.lower()]
            if len(owners) == 1:
                owners[0].alts.append((e, ""))
            else:
                stats["annie team entries without one owner"] += 1
    extra = [clean(x) for x in gazlib.read_lines(os.path.join(directory, "team.lst"))]
    for e in extra:
        if not e:
            continue
        last = e.split()[-1]
        owners = [t for t in teams if t.name.split()[-1] == last and t.name != e]
        if len(owners) == 1:
            owners[0].alts.append((e, ""))
        else:
            stats["annie team.lst entries left out (no single owner)"] += 1
    stats["annie teams read"] = len(teams)
    return teams


def usable_short(form, name):
    if not gazlib.usable_form(form, None):
        return False
    if ABBREVIATED.search(form):
        return False  # table abbreviations such as "Manchester U." or "Queens Park R."
    if re.search(r"[$()\[\]{}<>]", form):
        return False  # markup or a bracketed qualifier: "Botafogo (RJ)"
    words = form.split()
    if any(w[0].islower() and w.lower() not in gazlib_STOP for w in words if w[0].isalpha()):
        return False  # "Boston red sox"
    return True


gazlib_STOP = {"de", "del", "la", "le", "los", "las", "do", "da", "dos", "das", "di", "du", "des", "van", "von",
               "der", "den", "y", "e", "i", "et", "and", "of", "am", "an", "im", "of", "upon", "on", "the", "al",
               "el", "sur", "sul", "za", "na", "nad", "pod", "u", "w", "z", "bei", "zu"}


def is_truncation(word, full_words):
    """A word that only occurs as the cut-off start of a longer word of the club's names ("Montevid")."""
    if len(word) < 2:
        return False
    longer = [o for o in full_words if o != word and o.startswith(word) and len(o) - len(word) >= 2]
    return bool(longer)


def bare_city(club):
    """The club's name with its generic ending (and any club-type prefix) taken off, when what is left is the
    club's city in the source: "Hull City AFC" -> "Hull", "Derby County FC" -> "Derby". A prefix alone does not
    do ("Real Madrid" is not "Madrid")."""
    words = club.name.split()
    core = list(words)
    endings = 0
    while core and core[-1].lower().strip(".") in FIXED_ENDINGS | {"a.f.c", "f.c", "c.f"}:
        core.pop()
        endings += 1
    while core and core[0].lower() in CLUB_AFFIXES:
        core.pop(0)
    if not endings or not core:
        return None
    form = " ".join(core)
    if club.city and form == club.city:
        return form
    return None


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--openfootball", required=True)
    ap.add_argument("--annie", required=True)
    ap.add_argument("--iso-codes", required=True)
    ap.add_argument("--dictionary", action="append", required=True)
    ap.add_argument("--curated", required=True)
    ap.add_argument("--avoid-slugs", action="append", default=[],
                    help="another generated gazetteer (organizations-sourced.tsv) whose slugs clubs must not reuse")
    ap.add_argument("--out", required=True)
    ap.add_argument("--obtained", default=None, help="date the sources were obtained (YYYY-MM-DD), for the header")
    ap.add_argument("--sources-note", default="")
    args = ap.parse_args(argv)

    gazlib.slug_self_check()
    stats = collections.Counter()
    report = []
    iso_alpha2 = {c["alpha_2"] for c in gazlib.load_json(args.iso_codes)["3166-1"]} | {"XK"}
    lists = gazlib.WordLists()
    for d in args.dictionary:
        lists.add_dictionary(d)
    lists.add_annie_lists(args.annie)
    curated = gazlib.Curated(args.curated)
    lists.add_places(curated.country_names + curated.city_names, "curated countries.tsv and cities.tsv")
    country_forms = {f for f, where in curated.place_forms.items() if where.startswith("countries.tsv:")}
    city_forms = {f for f, where in curated.place_forms.items() if where.startswith("cities.tsv:")}

    clubs = parse_openfootball(args.openfootball, iso_alpha2, stats)
    clubs += parse_annie_teams(args.annie, lists.places, stats)

    # one row per club: the same name in the same country and sport is the same club listed twice
    seen = {}
    unique = []
    for c in clubs:
        key = (c.name, c.country, c.sport)
        if key in seen:
            seen[key].alts += c.alts
            stats["clubs listed twice merged"] += 1
            continue
        seen[key] = c
        unique.append(c)
    clubs = unique

    # words that occur in many club names are club-type words: alone they name no club ("United", "Sporting")
    club_words = collections.Counter()
    for c in clubs:
        club_words.update(set(w.lower() for w in re.findall(r"[^\W\d_]+", c.name)))

    # canonical name: the source's first English name that is written out (not "Ath Madrid", "Dynamo Mosc",
    # "T. Moscow": abbreviated or cut off), else its name
    for c in clubs:
        words = set()
        for form in [c.name] + [a for a, _ in c.alts]:
            words.update(re.findall(r"[^\W\d_]+", form))
        english = [e for e in c.english_names if is_latin(e) and usable_short(e, None)
                   and not any(is_truncation(w, words) for w in re.findall(r"[^\W\d_]+", e))]
        c.display = english[0] if english else c.name
        if not is_latin(c.display):
            latin = [a for a, _ in c.alts if is_latin(a)]
            c.display = latin[0] if latin else None

    clubs = [c for c in clubs if c.display]

    # short names from the source, then derived bare city names
    derived = collections.defaultdict(list)
    truncated = []
    city_clubs = collections.Counter((c.city, c.country, c.sport) for c in clubs if c.city)
    for c in clubs:
        forms = []
        for form in [c.name] + [a for a, _ in c.alts]:
            if form == c.display or form in forms:
                continue
            if not usable_short(form, c.display):
                stats["short names left out (abbreviated, lower case, too short)"] += 1
                continue
            one = re.fullmatch(r"[^\W\d_]+", form)
            if one and club_words[form.lower()] >= 20 and form.lower() in lists.dictionary_lower:
                stats["one-word club-type short names left out ('United', 'City')"] += 1
                continue
            forms.append(form)
        full_words = set()
        for form in [c.name, c.display] + [a for a, _ in c.alts]:
            full_words.update(re.findall(r"[^\W\d_]+", form))
        kept = []
        for form in forms:
            words = re.findall(r"[^\W\d_]+", form)
            last = words[-1] if words else ""
            if len(words) >= 2 and is_truncation(last, full_words) and last.lower() not in lists.places:
                stats["truncated short names left out ('Liverpool Montevid')"] += 1
                truncated.append("%s: %s" % (c.display, form))
                continue
            kept.append(form)
        c.short = kept
        b = bare_city(c)
        if b and city_clubs[(b, c.country, c.sport)] > 1:
            stats["bare city forms left out (the city has several clubs of the sport)"] += 1
            b = None
        if b and b not in forms and b != c.display:
            derived[(b, c.country, c.sport)].append(c)
    for (b, cc, sport), owners in sorted(derived.items(), key=lambda kv: kv[0]):
        if len(owners) == 1:
            owners[0].short.append(b)
            stats["bare city short names derived from the club's name"] += 1
        else:
            stats["bare city forms left out (several clubs of one sport and country)"] += 1

    # a short name that several clubs of one sport share (in any country) stays only with the one club whose city
    # it is ("Valencia": Valencia CF, not Valencia FC of Léogâne); otherwise it names none of them
    by_form = collections.defaultdict(list)
    for c in clubs:
        for f in c.short:
            by_form[(f, c.sport)].append(c)
    for (f, sport), owners in sorted(by_form.items(), key=lambda kv: kv[0]):
        if len(owners) < 2:
            continue
        home = [c for c in owners if c.city == f]
        for c in owners:
            if len(home) == 1 and c is home[0]:
                continue
            c.short = [x for x in c.short if x != f]
            stats["short names shared by clubs of one sport left out"] += 1

    # the curated files win: a club that is a curated organisation keeps that organisation's slug; forms of other
    # curated organisations and of countries are dropped; city names stay as the club's short name (counted)
    for c in clubs:
        hits = {curated.org_forms.get(drop_the(f)) for f in [c.display, c.name]} - {None}
        hits = {h for h in hits if curated.org_country.get(h) in ("", c.country)}
        if len(hits) == 1:
            c.curated = hits.pop()
            if c.display != curated.org_names[c.curated]:
                c.short.append(c.display)
                c.display = curated.org_names[c.curated]  # one entity, one name: the curated file's
                c.short = [f for f in c.short if f != c.display]
        keep = []
        for f in c.short:
            d = drop_the(f)
            owner = curated.org_forms.get(d)
            if owner and owner != c.curated:
                report.append("dropped %r from %s: a form of curated organizations.tsv:%s" % (f, c.display, owner))
                stats["short names that are forms of other curated organisations dropped"] += 1
                continue
            if d in country_forms:
                report.append("dropped %r from %s: a form of curated countries.tsv" % (f, c.display))
                stats["short names that are curated country forms dropped"] += 1
                continue
            keep.append(f)
        c.short = keep
        if drop_the(c.display) in country_forms:
            report.append("club %s (%s) has a country form as its name; row dropped" % (c.display, c.country))
            c.display = None
    clubs = [c for c in clubs if c.display]

    # slugs: curated organisation slugs for curated clubs; otherwise Slugs.of(name), -<country> when taken
    taken = set()
    for path in args.avoid_slugs:
        taken.update(cols[0] for cols in gazlib.read_tsv(path))
    curated_slugs = set(curated.org_names)
    taken |= curated_slugs
    order = sorted(clubs, key=lambda c: (c.curated is None, c.source != "openfootball", c.display, c.country,
                                         c.sport))
    for c in order:
        base = c.curated or slug(c.display)
        s = base
        if c.curated:
            taken.add(s)
            c.slug = s
            continue
        if s in taken and c.country:
            s = "%s-%s" % (base, c.country.lower())
        n = 2
        while s in taken:
            s = "%s-%d" % (base, n)
            n += 1
        if s != base:
            stats["slugs disambiguated"] += 1
        taken.add(s)
        c.slug = s

    # bare city short names that are curated city forms, or that several clubs (different sports) share
    city_shorts = collections.Counter()
    city_short_clubs = collections.defaultdict(set)
    for c in clubs:
        for f in c.short:
            if drop_the(f) in city_forms or (c.city and f == c.city):
                city_shorts[f] += 1
                city_short_clubs[f].add(c.slug)
    shared_city_forms = sorted(f for f, n in city_shorts.items() if len(city_short_clubs[f]) > 1)
    curated_city_collisions = sorted({f for f in city_shorts if drop_the(f) in city_forms})

    rows = []
    for c in clubs:
        rows.append([c.slug, c.display, "", "|".join(c.short[:15]), c.sport, c.country, c.city or ""])
    rows.sort(key=lambda r: r[0])

    sports = collections.Counter(r[4] for r in rows)
    curated_rows = sorted(c.slug for c in clubs if c.curated)
    header = header_lines(args, len(rows), sports, shared_city_forms, curated_city_collisions, curated_rows, stats)
    gazlib.write_tsv(args.out, header, rows)
    print("wrote %d rows to %s" % (len(rows), args.out))
    print("sports: " + ", ".join("%s %d" % kv for kv in sorted(sports.items())))
    print("bare city short names shared by several clubs: %d (%s)" % (len(shared_city_forms),
                                                                      ", ".join(shared_city_forms[:40])))
    print("short names that are curated cities.tsv forms: %d" % len(curated_city_collisions))
    print("clubs that are curated organisations (slug kept): %s" % ", ".join(curated_rows))
    for k in sorted(stats):
        print("  %s: %s" % (k, stats[k]))
    print("truncated short names left out (%d):" % len(truncated))
    for line in sorted(truncated):
        print("  " + line)
    print("collisions with the curated files (%d):" % len(report))
    for line in sorted(report):
        print("  " + line)
    return 0


def header_lines(args, total, sports, shared_city_forms, curated_city_collisions, curated_rows, stats):
    today = args.obtained or datetime.date.today().isoformat()
    lines = [
        "newsflow enrich-service gazetteer: sports clubs and teams from openly licensed sources (generated; do not",
        "  edit by hand). Generated by tools/gazetteer/build_clubs.py; tools/gazetteer/README.md has the exact",
        "  command and how to obtain each source. Rows: %d (%s)." % (
            total, ", ".join("%s %d" % kv for kv in sorted(sports.items()))),
        "Sources (all obtained %s):" % today,
        "  - openfootball/clubs (github.com/openfootball/clubs, every <code>.clubs.txt), CC0-1.0 (public domain",
        "    dedication by the football.db contributors): club names, alternative names, [en] English names, cities.",
        "  - GATE ANNIE gazetteer lists mlb-teams.lst, nba-teams.lst, nfl-teams.lst and team.lst",
        "    (github.com/GateNLP/gateplugin-ANNIE, src/main/resources/resources/gazetteer), LGPL-3.0, Copyright The",
        "    University of Sheffield: US professional team names and nicknames.",
        "  Used only to filter (not copied into rows): Debian wamerican/wbritish (SCOWL), GATE ANNIE place lists,",
        "    Debian iso-codes (country codes), the curated countries.tsv, cities.tsv and organizations.tsv.",
    ]
    if args.sources_note:
        for part in args.sources_note.split("\n"):
            lines.append("  " + part)
    lines += [
        "Build (tools/gazetteer/README.md; after organizations-sourced.tsv): python3 tools/gazetteer/build_clubs.py",
        "  --openfootball <openfootball/clubs checkout> --annie <ANNIE gazetteer dir>",
        "  --iso-codes /usr/share/iso-codes/json/iso_3166-1.json --dictionary /usr/share/dict/american-english",
        "  --dictionary /usr/share/dict/british-english --curated <this folder>",
        "  --avoid-slugs <this folder>/organizations-sourced.tsv --obtained <date> --sources-note <versions> --out <this file>",
        "Columns (tab-separated, no header row): slug, name, wikidata, short_names (|), sport, country, city.",
        "  slug: Slugs.of(name), or -<country> appended where it is taken (by another club, a curated organisation or",
        "    a row of organizations-sourced.tsv); a club that is also in the curated",
        "    organizations.tsv keeps that row's slug (%d such clubs: %s)." % (len(curated_rows),
                                                                             " ".join(curated_rows)),
        "  name: the curated organizations.tsv name for those clubs, else the source's first written-out English",
        "    name ([en]; not abbreviated or cut off like \"Dynamo Mosc\"), else its name. wikidata: empty - neither",
        "    source gives Wikidata ids for clubs. short_names: the source's other names of the club as written",
        "    (table abbreviations such as \"Manchester U.\", lower-case and one-word club-type forms such as \"United\"",
        "    left out), plus the bare city where the club's name is the city and a generic ending (\"Derby County\",",
        "    \"Hull City AFC\"), the source's city field is that city and no other club of the sport has it. A short",
        "    name several clubs of one sport share stays only with the club whose city it is. sport: football (association football), basketball, baseball,",
        "    american football. country: ISO 3166-1 alpha-2 (England, Scotland, Wales, Northern Ireland: GB; Kosovo:",
        "    XK; US teams empty). city: the source's city of the club, or the place its name starts with.",
        "Bare city short names: %d forms are also in the curated cities.tsv, and %d bare city forms are short names"
        % (len(curated_city_collisions), len(shared_city_forms)),
        "  of several clubs (of different sports or countries); the tagger decides by context.",
        "Left out: reserve teams (\"ii)\" lines), clubs the source marks as defunct (\"(1940-2018)\"), forms of other",
        "  curated organisations and of curated countries (the curated files win).",
        "Matching is case-sensitive and a leading \"the \"/\"The \" is dropped from every form, as in the curated files.",
        "version: " + VERSION,
        "",
    ]
    return lines


if __name__ == "__main__":
    sys.exit(main())
