#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds enrich-service's given-names.tsv (given names, the countries a source ties them to, gender).

Standard library only. Every row comes from one of the source files named on the command line; nothing is typed in
here. See tools/gazetteer/README.md ("Given names and Wikidata ids") for where to get each source.

    python3 tools/gazetteer/build_given_names.py \\
        --countries enrich-service/src/main/resources/newsflow/enrich/gazetteer/countries.tsv \\
        --popular-names SRC/popular-names-by-country-dataset/common-forenames-by-country.csv \\
        --gate-gazetteer SRC/gateplugin-ANNIE/src/main/resources/resources/gazetteer \\
        --datafaker-jar ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar \\
        --faker-person SRC/faker/faker/providers/person \\
        --japanese-names SRC/japanese-personal-name-dataset/japanese_personal_name_dataset/dataset \\
        --dictionary /usr/share/dict/american-english \\
        --out enrich-service/src/main/resources/newsflow/enrich/gazetteer/given-names.tsv

Rules:
  * a name is kept when it is written in Latin script (letters, plus space, hyphen and apostrophe between them), has
    at least 2 letters and starts with a capital letter; names in other scripts are dropped (counted in the report);
    the Japanese romaji of the Japanese source is lower case in the source and is capitalised here, and the
    all-capital romanised Taiwanese names of faker's zh_TW are written with a capital first letter per syllable;
    Hepburn romaji with a doubled long vowel ("ou", "uu", as in Ichirou, Yuuko) also gets the form without it
    (Ichiro, Yuko), and pinyin with tone marks (Ruòxī) the form without them (Ruoxi), the spellings used in
    English-language news;
  * a name is dropped when its lower-case form is a word of the English dictionary given (Debian wamerican) and the
    dictionary does not also list the capitalised form as a proper noun: "Sky" and "Sunny" go, "Jordan", "Georgia",
    "Chad", "Mark", "Grace" stay (the dictionary lists them capitalised), and so does a dictionary word of 4 or more
    letters that at least 3 of the 5 sources give as a given name (Mads, Mats, Rune, Tore, Dieter, Amir); both
    lists are printed in the report;
  * countries: ISO 3166-1 alpha-2 codes (checked against countries.tsv) of the country a source ties the name to:
    the country column of the popular-names CSV, the region of a faker/datafaker locale (de-AT -> AT; a locale with
    only a language is mapped to the country whose locale data it is, per LANGUAGE_COUNTRY below; English, Spanish,
    Arabic and Swahili locales without a region tie no country), JP for the Japanese source; GATE ties none;
  * gender: m or f where every source that gives one agrees, u where sources give both (or a unisex list), empty
    where no source says.
"""
import argparse
import ast
import csv
import io
import os
import re
import sys
import unicodedata
import zipfile

VERSION = "2026.12.1"

# Sources as obtained for the committed file (see README.md). Update these when a source is refreshed.
SOURCES = [
    ("sigpwned/popular-names-by-country-dataset", "git https://github.com/sigpwned/popular-names-by-country-dataset "
     "commit eb62e13d4d62dd96cdfae79d293a02066352205f, file common-forenames-by-country.csv", "CC0-1.0 (LICENSE; the "
     "names were collected from Wikipedia's 'List of most popular given names')"),
    ("GATE ANNIE gazetteer", "git https://github.com/GateNLP/gateplugin-ANNIE commit "
     "c0236fada8696faa68781ae1d3e5ba5a520eef25, src/main/resources/resources/gazetteer/person_male.lst and "
     "person_female.lst", "LGPL-3.0 (LICENSE), (c) The University of Sheffield, GATE"),
    ("Datafaker", "Maven net.datafaker:datafaker:2.7.0 (jar), YAML resources <locale>.yml and en/name.yml, "
     "faker.name.*first_name*", "Apache-2.0 (pom licences), (c) Datafaker contributors"),
    ("Faker (Python)", "git https://github.com/joke2k/faker commit 8ad78a632a4116e6392e6d5743524c683a2e02a1, "
     "faker/providers/person/<locale>/__init__.py, first-name attributes", "MIT (LICENSE.txt), (c) 2012 Daniele Faraglia"),
    ("shuheilocale/japanese-personal-name-dataset", "git https://github.com/shuheilocale/japanese-personal-name-dataset "
     "commit 9046343ddf7d0c9c6a0860ada5c7fe568e4873a8, japanese_personal_name_dataset/dataset/first_name_man_org.csv "
     "and first_name_woman_org.csv (romaji column)", "MIT (LICENSE), (c) 2022 shuhei yamamoto"),
    ("filter: Debian wamerican", "Debian package wamerican 2020.12.07-2 (SCOWL), /usr/share/dict/american-english; "
     "used only to drop names that are common English words, nothing of it is copied", "SCOWL permissive licence"),
]
OBTAINED = "2026-12-02"

# A locale that names only a language is tied to the country whose locale data it is (its default_country in
# datafaker; the provider's country in faker). Languages spoken across many countries tie none (None).
LANGUAGE_COUNTRY = {
    "az": "AZ", "be": "BY", "bg": "BG", "bn": "BD", "by": "BY", "ca": None, "cs": "CZ", "da": "DK", "de": "DE",
    "el": "GR", "en": None, "es": None, "et": "EE", "fa": "IR", "fi": "FI", "fr": "FR", "he": "IL", "hr": "HR",
    "hu": "HU", "hy": "AM", "id": "ID", "is": "IS", "it": "IT", "ja": "JP", "ka": "GE", "ko": "KR", "lt": "LT",
    "lv": "LV", "mk": "MK", "nb": "NO", "nl": "NL", "no": "NO", "pl": "PL", "pt": "PT", "ro": "RO", "ru": "RU",
    "sk": "SK", "sl": "SI", "sq": "AL", "sv": "SE", "sw": None, "ta": None, "th": "TH", "tr": "TR", "uk": "UA",
    "uz": "UZ", "vi": "VN", "zh": "CN", "ar": None,
}
# Locale region subtags that are not ISO 3166-1 codes, or are another country's code, in these sources.
REGION_FIX = {"NEP": "NP", "PAK": "PK", "MS": "MY", "CAT": "ES", "AA": None, "BORK": None}
# datafaker: the "vi" locale's first_name list holds family names; en-BORK is a joke locale; ocker_first_name holds
# nicknames (Bazza, Davo).
DATAFAKER_SKIP_FILES = {"vi.yml", "en-BORK.yml"}
DATAFAKER_SKIP_KEYS = {"ocker_first_name"}
# A dictionary word is still kept as a name when at least this many of the five sources give it as a given name and
# it has at least this many letters (Mads, Mats, Rune, Tore, Dieter, Sander, Amir are names first; An, Per, Gun,
# Sky are dropped).
KEEP_MIN_SOURCES = 3
KEEP_MIN_LETTERS = 4

SEPARATORS = set(" -'\u2019")


def is_latin_name(name):
    letters = 0
    prev_sep = True
    for ch in name:
        if ch in SEPARATORS:
            if prev_sep:
                return False
            prev_sep = True
            continue
        cat = unicodedata.category(ch)
        if cat.startswith("L"):
            if "LATIN" not in unicodedata.name(ch, ""):
                return False
            letters += 1
        elif cat == "Mn":  # combining accent on a Latin letter (NFC leaves a few)
            pass
        else:
            return False
        prev_sep = False
    return letters >= 2 and not prev_sep


PINYIN_COUNTRIES = {"CN", "TW", "SG", "HK", "MO"}
PINYIN_TONES = re.compile("[\u0101\u00e1\u01ce\u00e0\u0113\u00e9\u011b\u00e8\u012b\u00ed\u01d0\u00ec"
                          "\u014d\u00f3\u01d2\u00f2\u016b\u00fa\u01d4\u00f9\u01d6\u01d8\u01da\u01dc]")


def strip_tones(s):
    """Hanyu pinyin without tone marks (u with diaeresis stays): Ruòxī -> Ruoxi, Lǚ -> Lü."""
    out = []
    for ch in unicodedata.normalize("NFD", s):
        if ch in "\u0300\u0301\u0304\u030c":
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def fix_mojibake(s):
    """GATE's lists hold some UTF-8 read as Latin-1 ("BjÃ¶rn"); undo that where it round-trips."""
    if "Ã" in s or "Â" in s:
        try:
            return s.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return None
    return s


class Names:
    def __init__(self, valid_codes):
        self.valid = valid_codes
        self.entries = {}  # name -> {"countries": set, "genders": set, "sources": set}
        self.stats = {}
        self.non_latin = {}
        self.bad_codes = set()

    def add(self, source, name, country=None, gender=None):
        st = self.stats.setdefault(source, {"read": 0, "kept": 0})
        st["read"] += 1
        if name is None:
            self.non_latin[source] = self.non_latin.get(source, 0) + 1
            return
        name = unicodedata.normalize("NFC", name.strip())
        name = re.sub(r"\s+", " ", name)
        if not name:
            return
        if not is_latin_name(name) or not name[0].isupper():
            self.non_latin[source] = self.non_latin.get(source, 0) + 1
            return
        e = self.entries.setdefault(name, {"countries": set(), "genders": set(), "sources": set()})
        if country:
            if country in self.valid:
                e["countries"].add(country)
            else:
                self.bad_codes.add((source, country))
        if gender:
            e["genders"].add(gender)
        e["sources"].add(source)
        st["kept"] += 1


def region_country(locale):
    """'de-AT' -> 'AT', 'de' -> 'DE' (LANGUAGE_COUNTRY), 'en' -> None."""
    parts = re.split(r"[-_]", locale)
    lang = parts[0].lower()
    if len(parts) > 1:
        region = parts[1].upper()
        if region in REGION_FIX:
            return REGION_FIX[region]
        if len(region) == 2 and region.isalpha():
            return region
        if region == "OCKER" or locale.lower().startswith("en-au"):
            return "AU"
    return LANGUAGE_COUNTRY.get(lang)


# ---------------------------------------------------------------------------------------------------------------
# Sources

def read_popular_names(path, names):
    with open(path, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            gender = {"M": "m", "F": "f"}.get(row["Gender"].strip().upper())
            cc = row["Country"].strip().upper()
            for col in ("Localized Name", "Romanized Name"):
                value = row[col].strip()
                if value:
                    names.add("popular-names", value, cc, gender)
                    if col == "Romanized Name" and cc in PINYIN_COUNTRIES and PINYIN_TONES.search(value):
                        # Ruòxī is written Ruoxi in news: add the form without tone marks
                        names.add("popular-names", strip_tones(value), cc, gender)


def read_gate(directory, names):
    for fname, gender in (("person_male.lst", "m"), ("person_female.lst", "f")):
        with open(os.path.join(directory, fname), encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if ":" in line and "=" in line.split(":", 1)[1]:
                    line = line.split(":", 1)[0]
                if not line.strip() or "?" in line:
                    names.add("gate", None)
                    continue
                names.add("gate", fix_mojibake(line), None, gender)


def _yaml_scalar_list(text):
    """Items of a YAML flow sequence body (between [ and ]), honouring single and double quotes."""
    items, buf, i, quote = [], [], 0, None
    while i < len(text):
        ch = text[i]
        if quote == "'":
            if ch == "'" and i + 1 < len(text) and text[i + 1] == "'":
                buf.append("'")
                i += 2
                continue
            if ch == "'":
                quote = None
            else:
                buf.append(ch)
        elif quote == '"':
            if ch == "\\" and i + 1 < len(text):
                buf.append(text[i + 1])
                i += 2
                continue
            if ch == '"':
                quote = None
            else:
                buf.append(ch)
        elif ch in "'\"" and not "".join(buf).strip():
            quote = ch
            buf = []
        elif ch == ",":
            items.append("".join(buf).strip())
            buf = []
        else:
            buf.append(ch)
        i += 1
    last = "".join(buf).strip()
    if last:
        items.append(last)
    return [x for x in items if x]


def _unquote(s):
    s = s.strip()
    if len(s) >= 2 and s[0] == s[-1] and s[0] in "'\"":
        s = s[1:-1]
        if s and s[0] == "'":
            s = s.replace("''", "'")
    return s


def parse_datafaker_names(text):
    """Returns (locale, {key: [values]}) for the keys of the faker.name mapping of a datafaker YAML file.

    Handles the subset these files use: block mappings by indentation, flow sequences (on one or several lines) and
    block sequences of scalars. Comment lines are skipped."""
    lines = text.splitlines()
    locale = None
    path = []  # (indent, key)
    result = {}
    i = 0
    while i < len(lines):
        raw = lines[i]
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            i += 1
            continue
        indent = len(raw) - len(raw.lstrip(" "))
        m = re.match(r"^([^:#\[\]{}]+?)\s*:(\s+(.*))?$", stripped)
        if not m or stripped.startswith("- "):
            i += 1
            continue
        key, value = m.group(1).strip().strip("'\""), (m.group(3) or "").strip()
        while path and path[-1][0] >= indent:
            path.pop()
        if indent == 0:
            locale = key
        keys = [k for _, k in path]  # the parents of key: we want <locale>.faker.name.<key>
        if len(keys) == 3 and keys[1] == "faker" and keys[2] == "name":
            if value.startswith("["):
                body = value
                while body.count("[") > body.count("]") and i + 1 < len(lines):
                    i += 1
                    body += " " + lines[i].strip()
                result[key] = _yaml_scalar_list(body[body.index("[") + 1:body.rindex("]")])
            elif value == "":
                vals = []
                j = i + 1
                while j < len(lines):
                    s = lines[j].strip()
                    ind = len(lines[j]) - len(lines[j].lstrip(" "))
                    if not s or s.startswith("#"):
                        j += 1
                        continue
                    if s.startswith("- ") and ind > indent:
                        vals.append(_unquote(s[2:]))
                        j += 1
                        continue
                    break
                result[key] = vals
                i = j - 1
        path.append((indent, key))
        i += 1
    return locale, result


def read_datafaker(jar, names):
    with zipfile.ZipFile(jar) as z:
        members = sorted(n for n in z.namelist()
                         if n.endswith(".yml") and ("/" not in n or n == "en/name.yml"))
        for member in members:
            base = os.path.basename(member)
            if base in DATAFAKER_SKIP_FILES:
                continue
            text = z.read(member).decode("utf-8")
            locale, data = parse_datafaker_names(text)
            if not data:
                continue
            if base.startswith("_"):
                country = base[1:3]  # _MD.yml: data for country MD
            else:
                country = region_country(base[:-4])
            for key in sorted(data):
                if "first_name" not in key or key in DATAFAKER_SKIP_KEYS:
                    continue
                gender = "f" if ("female" in key or "woman" in key) else ("m" if ("male" in key or "man" in key) else None)
                for value in data[key]:
                    if "#{" in value:
                        continue
                    names.add("datafaker", value, country, gender)


def _literal(node):
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return [_literal(e) for e in node.elts]
    if isinstance(node, ast.Dict):
        return {_literal(k): _literal(v) for k, v in zip(node.keys, node.values)}
    if isinstance(node, ast.Call):
        fn = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        if fn in ("OrderedDict", "dict") and len(node.args) == 1:
            value = _literal(node.args[0])
            return [k for k, _ in value] if isinstance(value, list) else list(value)
        raise ValueError("not a literal")
    return ast.literal_eval(node)


def read_faker(directory, names):
    for loc in sorted(os.listdir(directory)):
        path = os.path.join(directory, loc, "__init__.py")
        if not os.path.isfile(path):
            continue
        tree = ast.parse(open(path, encoding="utf-8").read(), path)
        country = region_country(loc)
        titlecase = loc == "zh_TW"
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
            for st in cls.body:
                if isinstance(st, ast.Assign) and len(st.targets) == 1:
                    target, value = st.targets[0], st.value
                elif isinstance(st, ast.AnnAssign) and st.value is not None:
                    target, value = st.target, st.value
                else:
                    continue
                attr = getattr(target, "id", "")
                if not (attr.startswith("first_") and "name" in attr and "format" not in attr):
                    continue
                try:
                    values = _literal(value)
                except (ValueError, SyntaxError):
                    continue  # computed from other attributes (sums, copies): their parts are read themselves
                if isinstance(values, dict):
                    values = list(values)
                gender = ("f" if "female" in attr else "m" if "male" in attr else
                          "u" if ("unisex" in attr or "nonbinary" in attr) else None)
                for v in values:
                    for s in (v if isinstance(v, (list, tuple)) else [v]):  # *_pairs: (kanji, kana, romaji)
                        if not isinstance(s, str):
                            continue
                        if titlecase and s.isupper():
                            s = "-".join(p.capitalize() for p in s.split("-"))
                        names.add("faker", s, country, gender)


def read_japanese(directory, names):
    for fname, gender in (("first_name_man_org.csv", "m"), ("first_name_woman_org.csv", "f")):
        with open(os.path.join(directory, fname), encoding="utf-8", newline="") as f:
            for row in csv.reader(f):
                if len(row) < 2 or not row[1].strip():
                    continue
                romaji = row[1].strip()
                if not romaji.isascii() or not romaji.isalpha():
                    names.add("japanese-names", None)
                    continue
                name = romaji.capitalize()
                names.add("japanese-names", name, "JP", gender)
                short = name.replace("ou", "o").replace("uu", "u")
                if short != name:
                    names.add("japanese-names", short, "JP", gender)


# ---------------------------------------------------------------------------------------------------------------

def load_codes(countries_tsv):
    codes = set()
    with open(countries_tsv, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            codes.add(line.split("\t", 1)[0].strip())
    return codes


def load_dictionary(path):
    with open(path, encoding="utf-8") as f:
        return {w.strip() for w in f if w.strip()}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--countries", required=True, help="countries.tsv (valid ISO codes)")
    ap.add_argument("--popular-names", required=True, help="common-forenames-by-country.csv")
    ap.add_argument("--gate-gazetteer", required=True, help="GATE ANNIE resources/gazetteer directory")
    ap.add_argument("--datafaker-jar", required=True, help="datafaker-2.7.0.jar")
    ap.add_argument("--faker-person", required=True, help="faker/providers/person directory of joke2k/faker")
    ap.add_argument("--japanese-names", required=True, help="japanese_personal_name_dataset/dataset directory")
    ap.add_argument("--dictionary", default="/usr/share/dict/american-english")
    ap.add_argument("--out", required=True)
    args = ap.parse_args(argv)

    names = Names(load_codes(args.countries))
    read_popular_names(args.popular_names, names)
    read_gate(args.gate_gazetteer, names)
    read_datafaker(args.datafaker_jar, names)
    read_faker(args.faker_person, names)
    read_japanese(args.japanese_names, names)

    words = load_dictionary(args.dictionary)
    dropped, kept_words = [], []
    rows = []
    for name in sorted(names.entries):
        e = names.entries[name]
        lower = name.lower()
        if lower != name and lower in words and name not in words:
            if len(e["sources"]) >= KEEP_MIN_SOURCES and len(name) >= KEEP_MIN_LETTERS:
                kept_words.append((name, sorted(e["sources"])))
            else:
                dropped.append((name, sorted(e["sources"])))
                continue
        g = e["genders"]
        gender = "u" if ("u" in g or {"m", "f"} <= g) else (next(iter(g)) if g else "")
        rows.append((name, "|".join(sorted(e["countries"])), gender))

    header = [
        "# newsflow enrich-service gazetteer: given (first) names, with the countries a source ties them to.",
        "# GENERATED by tools/gazetteer/build_given_names.py - do not edit by hand; rebuild with the command below.",
        "# Sources (obtained %s):" % OBTAINED,
    ]
    for name, where, licence in SOURCES:
        header.append("#   %s: %s; licence: %s." % (name, where, licence))
    header += [
        "# Attribution: popular-names data collected from Wikipedia (CC BY-SA) by sigpwned and released as CC0;",
        "#   GATE lists (c) University of Sheffield (LGPL-3.0); Datafaker (Apache-2.0); Faker (MIT, (c) Daniele",
        "#   Faraglia); japanese-personal-name-dataset (MIT, (c) shuhei yamamoto).",
        "# Build: python3 tools/gazetteer/build_given_names.py --countries <countries.tsv> --popular-names <csv>",
        "#   --gate-gazetteer <dir> --datafaker-jar <jar> --faker-person <dir> --japanese-names <dir>",
        "#   --dictionary /usr/share/dict/american-english --out <this file>   (see tools/gazetteer/README.md)",
        "# Kept: Latin-script names of 2+ letters with a capital first letter; dropped: common English words",
        "#   (lower-case in wamerican and not listed there capitalised), except words of 4+ letters that 3 or more",
        "#   of the 5 name sources give as a given name (Mads, Mats, Rune, Tore, Dieter, Amir).",
        "# version: %s" % VERSION,
        "# Columns (tab-separated, no header row): name, countries (|-separated ISO 3166-1 alpha-2 codes the sources",
        "#   tie the name to, else empty), gender (m, f, u = both/unisex, empty = no source says).",
    ]
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(header) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")

    out = sys.stdout
    out.write("given names: %d rows written to %s\n" % (len(rows), args.out))
    for src in sorted(names.stats):
        st = names.stats[src]
        out.write("  %-16s read %6d  kept %6d  (other scripts / malformed: %d)\n"
                  % (src, st["read"], st["kept"], names.non_latin.get(src, 0)))
    with_cc = sum(1 for r in rows if r[1])
    out.write("  rows with countries: %d; genders: m %d, f %d, u %d, none %d\n" % (
        with_cc, sum(r[2] == "m" for r in rows), sum(r[2] == "f" for r in rows), sum(r[2] == "u" for r in rows),
        sum(r[2] == "" for r in rows)))
    if names.bad_codes:
        out.write("  country codes not in countries.tsv, ignored: %s\n"
                  % ", ".join("%s:%s" % x for x in sorted(names.bad_codes)))
    out.write("kept although dictionary words (given as names by %d+ sources) (%d):\n"
              % (KEEP_MIN_SOURCES, len(kept_words)))
    for name, srcs in kept_words:
        out.write("  %s\t(%s)\n" % (name, ",".join(srcs)))
    out.write("dropped as common English words (%d):\n" % len(dropped))
    for name, srcs in dropped:
        out.write("  %s\t(%s)\n" % (name, ",".join(srcs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
