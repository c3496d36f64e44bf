#!/usr/bin/env python3
"""Build names-<lang>.tsv: country, city and organisation names of the gazetteer in other languages.

For de, fr, es, da, sv, nb, nl, it, pt and pl, every row is `id<TAB>form<TAB>kind` with an id that the English
gazetteer files already give (country:XX, location:<slug>-<cc>, org:<slug>) and kind NAME, ALIAS, ACRONYM or DEMONYM.
Python 3 standard library only; every source is a command-line argument; the same inputs give the same bytes.
See tools/gazetteer/README.md ("Names in other languages") for the sources, their licences and the command.

What comes from where:
- country names: Unicode CLDR (territory names, their short and variant forms), Debian iso-codes translations
  (official names), npm i18n-iso-countries (other names the package lists);
- country adjectives and demonyms: for de, fr, es, it and pt the hand-curated table tools/gazetteer/demonyms.tsv,
  inflected by build_demonyms.py and checked against the word lists; for da, sv, nb, nl and pl the CLDR language
  names: where the English name of a language is a demonym of countries.tsv ("Italian"), that language's name in
  CLDR for language X is the adjective in X ("italiensk", "Italiaans", "włoski"), inflected by the rules below and
  kept only when the language's word list has the form. The former sources of de, fr, es, it and pt are still
  computed, only so that the report lists what the curated table replaced: the CLDR rule, the Destatis nationality
  adjectives ("staatsangehoerigkeit") as SVWS-Server publishes them, and adjectives formed from the country's CLDR
  name by the suffix rules in DERIVE;
- cities: Natural Earth populated places (name_de/fr/es/pt) joined on the Wikidata QID of wikidata-ids.tsv; CLDR
  exemplar cities of the time zones whose English name and tz country are a cities.tsv row;
- organisations: SupraVerden (Name_<lang>, Abbreviation_fr/es) and name-suggestion-index (name:/short_name:/
  official_name:/brand:/operator:<lang> tags), joined on the QID; CLDR's names of the EU and the UN.
"""

import argparse
import gettext
import json
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_demonyms  # noqa: E402
import gazlib  # noqa: E402

VERSION = "2026.12.2"
LANGS = ["de", "fr", "es", "da", "sv", "nb", "nl", "it", "pt", "pl"]
LANG_NAMES = {"de": "German", "fr": "French", "es": "Spanish", "da": "Danish", "sv": "Swedish",
              "nb": "Norwegian Bokmål", "nl": "Dutch", "it": "Italian", "pt": "Portuguese", "pl": "Polish"}
# CLDR 41 keeps Norwegian Bokmål's data in no.xml (nb.xml inherits from it): files read in order, first wins.
CLDR_CHAIN = {"nb": ["nb", "no"]}
# Natural Earth 1:10m populated places carries names in these of our languages only.
NE_FIELDS = {"de": "NAME_DE", "fr": "NAME_FR", "es": "NAME_ES", "pt": "NAME_PT"}
# Languages whose nationality words are capitalised (German nouns, Dutch adjectives and nouns).
KINDS = ("NAME", "ALIAS", "ACRONYM", "DEMONYM")


# --- small helpers ----------------------------------------------------------------------------------------------

def nfc(s):
    return unicodedata.normalize("NFC", s).strip() if s else s


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def low1(s):
    return s[:1].lower() + s[1:] if s else s


class WordList:
    """A language's word list, read once and kept only for the words asked about (some lists have 36M lines)."""

    def __init__(self, paths):
        self.paths = paths
        self.asked = set()
        self.found = set()
        self.loaded = False

    def ask(self, words):
        self.asked.update(w for w in words if w)

    def load(self):
        todo = self.asked - getattr(self, "checked", set())
        self.checked = set(self.asked)
        if todo:
            for path in self.paths:
                with open(path, encoding="utf-8", errors="replace") as f:
                    for line in f:
                        w = line.rstrip("\n").split("/")[0].strip()
                        if w in todo:
                            self.found.add(w)
        self.loaded = True

    def has(self, word):
        assert self.loaded
        return word in self.found


# --- the gazetteer's own ids ------------------------------------------------------------------------------------

class Gazetteer:
    def __init__(self, d):
        self.countries = {}          # code -> (name, official, aliases, demonyms)
        for cols in gazlib.read_tsv(os.path.join(d, "countries.tsv")):
            cols += [""] * (5 - len(cols))
            self.countries[cols[0]] = (cols[1], cols[2], gazlib.split_forms(cols[3]), gazlib.split_forms(cols[4]))
        self.cities = {}             # id -> (name, cc, aliases)
        self.capitals = set()        # ids of the rows in cities.tsv's "National capitals" section
        section = ""
        with open(os.path.join(d, "cities.tsv"), encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if line.startswith("# ---"):
                    section = line
                if not line or line.startswith("#"):
                    continue
                cols = line.split("\t") + [""] * 4
                cid = "location:%s-%s" % (cols[0], cols[2].lower())
                self.cities[cid] = (cols[1], cols[2], gazlib.split_forms(cols[3]))
                if "National capitals" in section:
                    self.capitals.add(cid)
        self.orgs = {}               # id -> name
        for cols in gazlib.read_tsv(os.path.join(d, "organizations.tsv")):
            self.orgs["org:" + cols[0]] = cols[1]
        self.qid = {}                # QID -> id (curated via wikidata-ids.tsv, sourced via their column)
        self.id_qid = {}
        for cols in gazlib.read_tsv(os.path.join(d, "wikidata-ids.tsv")):
            self.qid.setdefault(cols[1], cols[0])
            self.id_qid[cols[0]] = cols[1]
        for cols in gazlib.read_tsv(os.path.join(d, "organizations-sourced.tsv")):
            oid = "org:" + cols[0]
            self.orgs.setdefault(oid, cols[1])
            if len(cols) > 2 and re.fullmatch(r"Q\d+", cols[2] or ""):
                self.qid.setdefault(cols[2], oid)
                self.id_qid.setdefault(oid, cols[2])


# --- CLDR -------------------------------------------------------------------------------------------------------

def cldr_read(cldr_dir, lang):
    """territories: code -> {None: name, 'short': .., 'variant': ..}; languages: code -> name; cities: zone -> name."""
    terr, langs, cities = {}, {}, {}
    for loc in CLDR_CHAIN.get(lang, [lang]):
        root = ET.parse(os.path.join(cldr_dir, "main", loc + ".xml")).getroot()
        for t in root.iter("territory"):
            if t.get("draft") in ("unconfirmed", "provisional") or not (t.text or "").strip():
                continue
            terr.setdefault(t.get("type"), {}).setdefault(t.get("alt"), nfc(t.text))
        for t in root.iter("language"):
            if t.get("alt") or t.get("draft") in ("unconfirmed", "provisional") or not (t.text or "").strip():
                continue
            langs.setdefault(t.get("type"), nfc(t.text))
        for z in root.iter("zone"):
            e = z.find("exemplarCity")
            if e is not None and (e.text or "").strip() and e.get("alt") is None:
                cities.setdefault(z.get("type"), nfc(e.text))
    return terr, langs, cities


# --- inflection rules (each form is kept only when the language's word list has it) ----------------------------

def inflect_adjective(lang, base):
    """Forms of a nationality adjective as news writes them, from its dictionary (masculine singular) form."""
    b = base
    if lang == "de":            # italienisch: -e -en -er -es -em
        return [b, b + "e", b + "en", b + "er", b + "es", b + "em"]
    if lang == "fr":            # italien(ne)(s); français(e)(s); belge(s); grec, grecque
        if b.endswith("e"):
            fem = [b]
        elif b.endswith(("ien", "éen", "on")):
            fem = [b + "ne"]
        elif b.endswith("c"):
            fem = [b + "que"]
        else:
            fem = [b + "e"]
        forms = [b] + fem
        forms += [f if f.endswith(("s", "x")) else f + "s" for f in [b] + fem]
        return forms
    if lang in ("es", "it", "pt"):
        return romance_forms(lang, b)
    if lang in ("da", "nb"):    # italiensk, italienske
        return [b, b + "e"]
    if lang == "sv":            # italiensk, italienska, italienskt
        return [b, b + "a", b + "t"]
    if lang == "nl":            # Italiaans, Italiaanse
        return [b, b + "e"]
    if lang == "pl":            # włoski, włoska, włoskie, włoskiego, ... (adjectives in -ski/-cki/-dzki)
        m = re.match(r"^(.*)(sk|ck|dzk)i$", b)
        if not m:
            return [b]
        stem, k = m.group(1), m.group(2)
        personal = {"sk": "scy", "ck": "ccy", "dzk": "dzcy"}[k]
        return [stem + k + e for e in ("i", "a", "ie", "iego", "iej", "im", "ą", "ich", "imi", "iemu")] + [stem + personal]
    return [b]


def romance_forms(lang, b):
    """es/it/pt adjective forms from the masculine singular (italiano, francés, francês, alemão, belga, francese)."""
    strip_acc = lambda s: unicodedata.normalize("NFC", "".join(  # noqa: E731
        c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn"))
    if lang == "it":
        if b.endswith("o"):
            s = b[:-1]
            return [b, s + "a", s + "i", s + "e", s + "hi", s + "he"]
        if b.endswith("e"):
            return [b, b[:-1] + "i"]
        if b.endswith("a"):
            return [b, b[:-1] + "i", b[:-1] + "e", b[:-1] + "hi"]
        return [b]
    if b.endswith("o"):
        s = b[:-1]
        return [b, s + "a", s + "os", s + "as"]
    if lang == "pt" and b.endswith("ão"):
        s = b[:-2]
        return [b, s + "ã", s + "ães", s + "ãs", s + "ões", s + "ona", s + "ãos"]
    if b.endswith(("és", "ês", "án", "ín", "ón", "or", "al", "ol", "el", "il", "ul", "an", "ín")) or b[-1:] in "snlrdz":
        core = strip_acc(b) if b[-2:-1] in "áéíóúêâô" else b
        return [b, core + "a", core + "es", core + "as"]
    if b.endswith(("í", "ú")):
        return [b, b + "es", b + "s"]
    if b.endswith(("e", "a")):
        return [b, b + "s"]
    return [b]


def german_nouns(adj):
    """Italiener/Italienerin... from italienisch; Däne/Dänin from dänisch; Deutsche/Deutscher from deutsch."""
    cands = []
    if adj.endswith("isch"):
        stem = cap(adj[:-4])
        for m in (stem + "ier", stem + "er", stem + "e", stem):
            if m.endswith("er"):
                cands.append((m, [m, m + "n", m + "s", m + "in", m + "innen"]))
            elif m.endswith("e"):
                cands.append((m, [m, m + "n", m[:-1] + "in", m[:-1] + "innen"]))
            else:
                cands.append((m, [m, m + "en", m + "s", m + "in", m + "innen"]))
    else:  # adjectival noun: der Deutsche, ein Deutscher
        a = cap(adj)
        cands.append((a + "e", [a + "e", a + "er", a + "en"]))
    return cands


def scandinavian_nouns(lang, adj):
    """italiener/italienere/italienerne (da, nb), italienare/italienarna (sv), dansker, svensk/svenskar, tysker."""
    if lang in ("da", "nb"):
        out = []
        for m in (adj + "er", adj[:-2] + "er" if adj.endswith("sk") else None):
            if m:
                out.append((m, [m, m + "e", m + "ne", m + "en"]))
        return out
    if lang == "sv":
        out = []
        if adj.endswith("sk"):
            m = adj[:-2] + "are"
            out.append((m, [m, m + "n", m[:-1] + "na"]))
        out.append((adj + "ar", [adj + "ar", adj + "arna", adj + "en"]))
        return out
    return []


def dutch_nouns(adj):
    """Italiaan/Italianen from Italiaans; Duitser/Duitsers from Duits; Belg/Belgen from Belgisch."""
    out = []
    if adj.endswith("s") and not adj.endswith("isch"):
        m = adj[:-1]
        pl = re.sub(r"([aeiou])\1([^aeiou])$", r"\1\2", m) + "en"
        out.append((m, [m, pl]))
        out.append((adj + "er", [adj + "er", adj + "ers"]))
    if adj.endswith("isch"):
        m = adj[:-4]
        out.append((m, [m, m + "en"]))
        out.append((m + "er", [m + "er", m + "ers"]))
    return out


def romance_nouns(lang, forms):
    """French writes nationality nouns capitalised (un Italien, les Italiennes); es/it/pt write them lower case,
    the same words as the adjectives."""
    if lang == "fr":
        return [cap(f) for f in forms]
    return []


# --- adjectives formed from a country's name (fr, es, it, pt), checked against the word list ---------------------

DERIVE = {
    # (ending of the country's name, replacement): tried in order; only demonym suffixes are formed.
    "fr": [("ie", "ien"), ("ie", "ais"), ("ie", "ois"), ("ée", "éen"), ("e", "ien"), ("e", "ais"), ("e", "ain"),
           ("e", "ois"), ("a", "ien"), ("a", "ais"), ("a", "ain"), ("a", "éen"), ("i", "ien"),
           ("", "ien"), ("", "ais"), ("", "ain"), ("", "ois"), ("e", "")],
    "es": [("ia", "io"), ("ia", "iano"), ("e", "eno"), ("ia", "iense"), ("ia", "és"), ("a", "ano"), ("a", "eño"), ("a", "ense"),
           ("a", "és"), ("na", "no"), ("a", "í"), ("o", "ano"), ("o", "eño"), ("o", "ense"), ("", "ano"), ("", "eño"),
           ("", "ense"), ("", "í"), ("", "és"), ("", "ino"), ("ía", "io"), ("ía", "o")],
    "it": [("ia", "iano"), ("ia", "ese"), ("ia", "ino"), ("a", "ano"), ("a", "ese"), ("a", "ino"), ("a", "eno"),
           ("o", "ano"), ("o", "ese"), ("e", "ese"), ("e", "iano"), ("", "ano"), ("", "ese"), ("", "iano"),
           ("e", "eno"), ("", "ino")],
    "pt": [("ia", "iano"), ("ia", "ês"), ("e", "eno"), ("a", "ano"), ("a", "ense"), ("a", "ês"), ("na", "no"),
           ("a", "ino"), ("o", "ano"), ("o", "ense"), ("", "ano"), ("", "ense"), ("", "ês"), ("", "iano")],
}


def derive_candidates(lang, name):
    if not name or " " in name or "-" in name or not name[:1].isupper():
        return []
    n = low1(name)
    out = []
    for end, rep in DERIVE.get(lang, []):
        if n.endswith(end):
            c = n[:len(n) - len(end)] + rep
            if c != n and len(c) > 3 and c not in out:
                out.append(c)
    return out


# --- sources ----------------------------------------------------------------------------------------------------

def load_supraverden(path):
    from build_wikidata_ids import load_supraverden as _load
    return _load(path)


def load_nsi_names(path):
    """QID -> [(lang, form, kind)] from NSI item tags name:xx, short_name:xx, official_name:xx, brand:xx, operator:xx."""
    data = gazlib.load_json(path)["nsi"]
    out = {}
    for key in sorted(data):
        for it in data[key].get("items", []):
            tags = it.get("tags", {})
            for t in sorted(tags):
                m = re.match(r"^(name|short_name|official_name|brand|operator|network|operator:short|brand:short)"
                             r":(de|fr|es|da|sv|nb|no|nl|it|pt|pl)$", t)
                if not m:
                    continue
                base = m.group(1)
                lang = "nb" if m.group(2) == "no" else m.group(2)
                qid = tags.get(base.split(":")[0] + ":wikidata") or tags.get("brand:wikidata") or tags.get("operator:wikidata")
                if not qid:
                    continue
                kind = "ALIAS" if base in ("short_name", "operator:short", "brand:short") else "NAME"
                for v in str(tags[t]).split(";"):
                    v = nfc(v)
                    if v:
                        out.setdefault(qid, []).append((lang, v, "ACRONYM" if gazlib.is_acronym(v) else kind,
                                                        "nsi:%s %s" % (key, t)))
    return out


def read_destatis_adjectives(path):
    """SVWS-Server Nationalitaeten.json: ISO2 -> German nationality adjective (latest history entry)."""
    data = gazlib.load_json(path)
    out = {}
    for d in data["daten"]:
        h = d["historie"][-1]
        if h.get("gueltigBis") is not None:
            continue
        iso2, adj = h.get("iso2"), (h.get("staatsangehoerigkeit") or "").strip()
        if iso2 and re.fullmatch(r"[a-zäöüß]+(-[a-zäöüß]+)*", adj):
            out.setdefault(adj, []).append((iso2, h.get("bezeichnung") or ""))
    result = {}
    dropped = []
    for adj, owners in out.items():
        if len(owners) == 1:
            result.setdefault(owners[0][0], adj)
            continue
        # shared (neuseeländisch for NZ, CK, NU): it stays with the country whose name shares its first 4 letters
        keep = [o for o in owners if o[1][:4].lower() == adj[:4]]
        if len(keep) == 1:
            result.setdefault(keep[0][0], adj)
        dropped.append((adj, [o[0] for o in owners], keep[0][0] if len(keep) == 1 else None))
    return result, dropped


# --- the build ----------------------------------------------------------------------------------------------------

class Rows:
    def __init__(self):
        self.rows = {}   # lang -> {(id, form): (kind, evidence)}

    def add(self, lang, eid, form, kind, evidence):
        form = nfc(form)
        if not form or "\t" in form or "|" in form:
            return
        key = (eid, form)
        d = self.rows.setdefault(lang, {})
        if key in d:
            order = {"NAME": 0, "DEMONYM": 1, "ACRONYM": 2, "ALIAS": 3}
            if order[kind] >= order[d[key][0]]:
                return
        d[key] = (kind, evidence)


def emit_curated_demonyms(curated, curated_none, adjectives, dem_words, all_country_forms, rows, report):
    """DEMONYM rows of the languages demonyms.tsv covers: the table's forms and their inflections, checked against the
    word lists (build_demonyms.validate); they replace the adjectives of the other sources, which the report lists."""
    for lang in sorted({r.lang for r in curated}):
        if dem_words[lang].paths:
            dem_words[lang].load()
        else:
            dem_words[lang].loaded = True
    kept, dropped, absent = build_demonyms.validate(curated, lambda lang, w: dem_words[lang].has(w))
    shared = build_demonyms.shared_forms(kept)
    for (lang, form), codes in sorted(shared.items()):
        report.append("%s: demonyms.tsv gives %r to %s: left out for all" % (lang, form, ",".join(sorted(codes))))
    for lang in sorted({r.lang for r in curated}):
        rs = [r for r in curated if r.lang == lang]
        n = 0
        for r, form, part in kept:
            if r.lang != lang or (lang, form) in shared:
                continue
            if form in all_country_forms[lang] or (part == "noun" and form.lower() in all_country_forms[lang]):
                continue   # Suisse, Argentine, Ungarn: the country's name, not a demonym row
            rows.add(lang, "country:" + r.code, form, "DEMONYM", "demonyms.tsv line %d" % r.line); n += 1
        curated_bases = {}
        for r in rs:
            curated_bases.setdefault(r.code, set()).add(r.adjective)
        replaced = []
        for code, bases in sorted(adjectives[lang].items()):
            for base, src in bases:
                if base not in curated_bases.get(code, set()):
                    replaced.append("%s %s (%s)" % (code, base, src))
        none = curated_none.get(lang, {})
        report.append("%s: demonyms.tsv: %d rows for %d countries, %d DEMONYM forms; %d countries without a demonym: %s"
                      % (lang, len(rs), len({r.code for r in rs}), n, len(none), " ".join(sorted(none))))
        report.append("%s: adjectives of the other sources that demonyms.tsv replaces: %s" % (
            lang, "; ".join(replaced) or "none"))
        report.append("%s: guessed inflections dropped (the word lists have other forms of the word, not this one): "
                      "%s" % (lang, " ".join("%s:%s" % (r.code, f) for r, f in dropped if r.lang == lang) or "none"))
        report.append("%s: forms kept though the word lists lack them (the table's own forms, or inflections of a word "
                      "the lists do not know): %s" % (
                          lang, " ".join("%s:%s" % (r.code, f) for r, f in absent if r.lang == lang) or "none"))
        for r in rs:
            note = build_demonyms.table_notes(r)
            if note:
                report.append(note)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gazetteer", required=True, help="enrich-service/.../gazetteer folder")
    ap.add_argument("--cldr", required=True, help="CLDR common/ folder (Debian unicode-cldr-core: /usr/share/unicode/cldr/common)")
    ap.add_argument("--iso-codes-locale", required=True, help="folder with <lang>/LC_MESSAGES/iso_3166-1.mo (/usr/share/locale)")
    ap.add_argument("--iso-codes-json", required=True, help="iso-codes iso_3166-1.json")
    ap.add_argument("--i18n-iso-countries", required=True, help="i18n-iso-countries package/langs folder")
    ap.add_argument("--destatis", required=True, help="SVWS-Server svws-asd/.../Nationalitaeten.json")
    ap.add_argument("--natural-earth", required=True, help="ne_10m_populated_places.json")
    ap.add_argument("--zone-tab", required=True, help="tzdata zone.tab")
    ap.add_argument("--supraverden", required=True, help="supraverden data/general_list.yaml")
    ap.add_argument("--nsi", required=True, help="name-suggestion-index dist/json/nsi.json")
    ap.add_argument("--wordlist", action="append", default=[], help="LANG=PATH, repeatable")
    ap.add_argument("--demonyms", required=True,
                    help="tools/gazetteer/demonyms.tsv (hand-curated adjectives and nouns of de, fr, es, it, pt)")
    ap.add_argument("--demonym-wordlist", action="append", default=[],
                    help="LANG=PATH, repeatable: further word lists that check only the curated demonyms' inflections")
    ap.add_argument("--obtained", required=True)
    ap.add_argument("--sources-note", required=True, help="text for the header: versions, commits, licences")
    ap.add_argument("--out-dir", required=True)
    args = ap.parse_args(argv)

    gazlib.slug_self_check()
    gz = Gazetteer(args.gazetteer)
    words = {lang: WordList([]) for lang in LANGS}
    dem_words = {lang: WordList([]) for lang in LANGS}   # the word lists plus the --demonym-wordlist ones
    for spec in args.wordlist:
        lang, path = spec.split("=", 1)
        words[lang].paths.append(path)
        dem_words[lang].paths.append(path)
    for spec in args.demonym_wordlist:
        lang, path = spec.split("=", 1)
        dem_words[lang].paths.append(path)
    codes = set(gz.countries)
    curated, curated_none, curated_errors = build_demonyms.read_table(args.demonyms)
    problems = curated_errors + build_demonyms.check_coverage(curated, curated_none, codes)
    if problems:
        sys.exit("demonyms.tsv:\n  " + "\n  ".join(problems))
    curated_langs = sorted({r.lang for r in curated})
    for r in curated:
        dem_words[r.lang].ask(build_demonyms.word_list_key(r.lang, f) for f, _how, _part in build_demonyms.row_forms(r))
    rows = Rows()
    report = []
    pending = []   # (lang, id, [forms], kind, evidence, need_all) checked against the word lists at the end

    # ---- CLDR -----------------------------------------------------------------------------------------------
    en_terr, en_langs, _ = cldr_read(args.cldr, "en")
    cldr = {lang: cldr_read(args.cldr, lang) for lang in LANGS}

    # language code -> country whose English demonym is that language's English name
    demonym_owner = {}
    for code, (_, _, _, dems) in gz.countries.items():
        for d in dems:
            demonym_owner.setdefault(d, set()).add(code)
    lang_country = {}
    for lcode, ename in sorted(en_langs.items()):
        owners = demonym_owner.get(ename, set())
        if len(owners) == 1 and "_" not in lcode:
            lang_country.setdefault(next(iter(owners)), []).append(lcode)
    report.append("CLDR language rule: %d countries have a language named like their English demonym: %s" % (
        len(lang_country), " ".join("%s=%s" % (c, "/".join(v)) for c, v in sorted(lang_country.items()))))

    iso_json = gazlib.load_json(args.iso_codes_json)["3166-1"]
    i18n = {}
    for lang in LANGS:
        p = os.path.join(args.i18n_iso_countries, lang + ".json")
        if not os.path.exists(p) and lang == "nb":
            p = os.path.join(args.i18n_iso_countries, "no.json")
        i18n[lang] = gazlib.load_json(p)["countries"] if os.path.exists(p) else {}

    destatis, destatis_dropped = read_destatis_adjectives(args.destatis)
    for adj, owners, kept in destatis_dropped:
        report.append("Destatis adjective %r is given to %s: kept for %s" % (adj, ",".join(owners), kept or "none"))

    country_names = {lang: {} for lang in LANGS}   # lang -> form -> code (to keep demonym nouns off them)
    adjectives = {lang: {} for lang in LANGS}      # lang -> code -> [(base, source)]
    for lang in LANGS:
        terr, lnames, _ = cldr[lang]
        try:
            tr = gettext.translation("iso_3166-1", args.iso_codes_locale, languages=[lang])
        except OSError:
            tr = None
            report.append("%s: no iso-codes translation" % lang)
        for code in sorted(gz.countries):
            eid = "country:" + code
            names = terr.get(code, {})
            if None in names:
                rows.add(lang, eid, names[None], "NAME", "cldr territory")
                country_names[lang][names[None]] = code
            for alt in ("short", "variant"):
                if alt in names:
                    rows.add(lang, eid, names[alt], "ALIAS", "cldr territory alt=" + alt)
                    country_names[lang][names[alt]] = code
            if tr is not None:
                for e in iso_json:
                    if e["alpha_2"] == code:
                        for field in ("name", "official_name", "common_name"):
                            if field in e:
                                t = tr.gettext(e[field])
                                if t != e[field] or lang == "en":
                                    rows.add(lang, eid, t, "NAME" if None not in names else "ALIAS",
                                             "iso-codes " + field)
                                    country_names[lang][t] = code
            v = i18n[lang].get(code)
            for t in (v if isinstance(v, list) else [v] if v else []):
                rows.add(lang, eid, t, "ALIAS", "i18n-iso-countries")
                country_names[lang][t] = code
            # adjectives
            for lcode in lang_country.get(code, []):
                ln = lnames.get(lcode)
                if not ln or " " in ln or "(" in ln:
                    continue
                base = ln
                if lang == "de":
                    base = ln[:1].lower() + ln[1:]
                elif lang == "sv" and base.endswith("a"):
                    base = base[:-1]
                adjectives[lang].setdefault(code, []).append((base, "cldr language " + lcode))
            if lang == "de" and code in destatis:
                adjectives[lang].setdefault(code, []).append((destatis[code], "destatis"))

    # adjectives formed from the country's CLDR name (fr, es, it, pt): ask the word list about every candidate
    derived_cands = {}
    for lang in ("fr", "es", "it", "pt"):
        for code in sorted(gz.countries):
            names = cldr[lang][0].get(code, {})
            cands = []
            for alt in (None, "short"):
                cands += [c for c in derive_candidates(lang, names.get(alt)) if c not in cands]
            derived_cands[(lang, code)] = cands
            for c in cands:
                words[lang].ask(inflect_adjective(lang, c))

    # ask the word lists about every generated form
    gen = {}
    for lang in LANGS:
        for code, bases in adjectives[lang].items():
            for base, _src in bases:
                forms = inflect_adjective(lang, base)
                words[lang].ask(forms)
                words[lang].ask([cap(f) for f in forms])
                if lang == "de":
                    words[lang].ask([m[:-2].lower() + "en" for m, _f in german_nouns(base)])
                for _m, nforms in german_nouns(base) if lang == "de" else \
                        scandinavian_nouns(lang, base) if lang in ("da", "nb", "sv") else \
                        dutch_nouns(base) if lang == "nl" else []:
                    words[lang].ask(nforms)
                if lang == "pl":
                    words[lang].ask([cap(base)])
    for lang in LANGS:
        if words[lang].paths:
            words[lang].load()
        else:
            words[lang].loaded = True

    # pick derived adjectives: the first candidate in rule order that the word list has, with a second form
    name_words = {}
    for lang in ("fr", "es", "it", "pt"):
        for code in gz.countries:
            for alt, v in cldr[lang][0].get(code, {}).items():
                ws = re.findall(r"\w+", v or "")
                if len(ws) <= 3:   # short names only: "República Dominicana", not "Territoire ... de l'océan Indien"
                    for w in ws:
                        name_words.setdefault((lang, w), set()).add(code)
    for (lang, code), cands in sorted(derived_cands.items()):
        have = [a for a, _s in adjectives[lang].get(code, [])]
        for c in cands:
            forms = inflect_adjective(lang, c)
            other = set().union(*[name_words.get((lang, cap(f)), set()) for f in forms]) - {code}
            if other:   # "dominicano" for Dominica: República Dominicana is another country's name
                report.append("%s: %r not formed for %s (a word of the name of %s)" % (lang, c, code, ",".join(sorted(other))))
                continue
            if words[lang].has(c) and sum(1 for f in set(forms) - {c} if words[lang].has(f)) >= 1:
                if not have:
                    adjectives[lang].setdefault(code, []).append((c, "derived from the CLDR name"))
                break
    # an adjective two countries claim stays with neither
    for lang in LANGS:
        owner = {}
        for code, bases in adjectives[lang].items():
            for b, _s in bases:
                owner.setdefault(b, set()).add(code)
        for b, codes in sorted(owner.items()):
            if len(codes) > 1:
                report.append("%s: adjective %r is formed for %s: dropped for all" % (lang, b, ",".join(sorted(codes))))
                for code in codes:
                    adjectives[lang][code] = [x for x in adjectives[lang][code] if x[0] != b]

    # emit demonyms
    all_country_forms = {lang: set(country_names[lang]) for lang in LANGS}
    emit_curated_demonyms(curated, curated_none, adjectives, dem_words, all_country_forms, rows, report)
    dem_stats = {}
    for lang in LANGS:
        if lang in curated_langs:
            continue
        kept = dropped = 0
        for code in sorted(gz.countries):
            eid = "country:" + code
            for base, src in adjectives[lang].get(code, []):
                forms = inflect_adjective(lang, base)
                if lang == "nl":
                    forms = [cap(f) for f in forms]
                ok = [f for f in forms if words[lang].has(f) or (f == forms[0] and src != "derived from the CLDR name")]
                # the dictionary form itself comes from a source: it stays even when the list lacks it
                dropped += len(set(forms) - set(ok))
                for f in ok:
                    if f in all_country_forms[lang]:
                        continue
                    rows.add(lang, eid, f, "DEMONYM", src); kept += 1
                nouns = []
                if lang == "de":
                    for m, nforms in german_nouns(base):
                        # Maler is the painter (malen), not a Malian; Male is a plural of Mal: a noun needs its
                        # feminine form in the list, and an -er noun must not be the agent noun of a verb
                        fem = [f for f in nforms if f.endswith("in")]
                        if m.endswith("er") and words[lang].has(m[:-2].lower() + "en"):
                            report.append("de: %r left out (agent noun of %r)" % (m, m[:-2].lower() + "en"))
                            continue
                        if fem and not any(words[lang].has(f) for f in fem) and base.endswith("isch"):
                            continue
                        if words[lang].has(m) and m not in all_country_forms[lang]:
                            nouns = [f for f in nforms if words[lang].has(f)]
                            break
                elif lang in ("da", "nb", "sv"):
                    for m, nforms in scandinavian_nouns(lang, base):
                        if words[lang].has(m) and m != base:
                            nouns += [f for f in nforms if words[lang].has(f)]
                elif lang == "nl":
                    for m, nforms in dutch_nouns(cap(base)):
                        if words[lang].has(m):
                            nouns += [f for f in nforms if words[lang].has(f)]
                elif lang == "fr":
                    nouns = romance_nouns(lang, ok)
                for f in nouns:
                    if f in all_country_forms[lang] or f.lower() in all_country_forms[lang]:
                        continue
                    rows.add(lang, eid, f, "DEMONYM", src + " (noun)"); kept += 1
        dem_stats[lang] = (kept, dropped)
        missing = [c for c in sorted(gz.countries) if not adjectives[lang].get(c)]
        report.append("%s: demonym forms kept %d, generated forms not in the word list dropped %d; "
                      "%d countries without an adjective: %s" % (lang, kept, dropped, len(missing), " ".join(missing)))

    # ---- cities ---------------------------------------------------------------------------------------------
    ne = gazlib.load_json(args.natural_earth)["features"]
    ne_by_qid = {}
    for f in ne:
        p = f["properties"]
        if p.get("wikidataid"):
            ne_by_qid.setdefault(p["wikidataid"], p)
    city_matched = {lang: set() for lang in LANGS}
    for cid in sorted(gz.cities):
        q = gz.id_qid.get(cid)
        p = ne_by_qid.get(q) if q else None
        if not p:
            continue
        if (p.get("ISO_A2") or "") not in (gz.cities[cid][1], "-99"):
            report.append("city %s: Natural Earth item %s is in %s, not used" % (cid, q, p.get("ISO_A2")))
            continue
        for lang, field in NE_FIELDS.items():
            v = nfc(p.get(field) or "")
            if v:
                pending.append((lang, cid, v, "NAME", "natural-earth %s %s" % (field, q)))
    zone_cc = {}
    with open(args.zone_tab, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            zone_cc[cols[2]] = cols[0]
    city_by_name = {}
    for cid, (name, cc, aliases) in gz.cities.items():
        for n in [name] + aliases:
            city_by_name.setdefault((n, cc), set()).add(cid)
    for lang in LANGS:
        for zone, local in sorted(cldr[lang][2].items()):
            cc = zone_cc.get(zone)
            en = zone.split("/")[-1].replace("_", " ")
            en = cldr_read_en_city(args.cldr).get(zone, en)
            ids = city_by_name.get((en, cc), set()) if cc else set()
            if len(ids) == 1:
                pending.append((lang, next(iter(ids)), local, "NAME", "cldr exemplarCity " + zone))
    # a single-word city name that the word list has in lower case (and not capitalised) is a common word: dropped
    for lang, cid, v, kind, ev in pending:
        words[lang].ask([v.lower(), v])
    # (word lists are read again for the new questions)
    for lang in LANGS:
        if words[lang].paths:
            words[lang].load()
    common_dropped, common_kept = [], []
    for lang, cid, v, kind, ev in pending:
        if " " not in v and v.lower() != v and words[lang].has(v.lower()) and not words[lang].has(v) and lang != "de":
            english = [gz.cities[cid][0]] + gz.cities[cid][2]
            if cid in gz.capitals or v in english:
                common_kept.append("%s %s %r" % (lang, cid, v))
            else:
                common_dropped.append("%s %s %r" % (lang, cid, v))
                continue
        rows.add(lang, cid, v, kind, ev)
        city_matched[lang].add(cid)
    for lang in LANGS:
        report.append("%s: %d of %d cities have a name" % (lang, len(city_matched[lang]), len(gz.cities)))
    report.append("city names dropped as common lower-case words: %s" % ("; ".join(sorted(set(common_dropped))) or "none"))
    report.append("city names that are lower-case words too but kept (a national capital, or the English name): %s"
                  % ("; ".join(sorted(set(common_kept))) or "none"))

    # ---- organisations --------------------------------------------------------------------------------------
    org_matched = {lang: set() for lang in LANGS}
    for r in load_supraverden(args.supraverden):
        oid = gz.qid.get(r["Wikidata_code"])
        if not oid or not oid.startswith("org:"):
            continue
        for lang in LANGS:
            v = nfc(r.get("Name_" + lang, ""))
            if v and gazlib.is_latin(v):
                rows.add(lang, oid, v, "NAME", "supraverden Name_%s %s" % (lang, r["Wikidata_code"]))
                org_matched[lang].add(oid)
            a = nfc(r.get("Abbreviation_" + lang, ""))
            if a and gazlib.is_latin(a):
                rows.add(lang, oid, a, "ACRONYM", "supraverden Abbreviation_%s" % lang)
                org_matched[lang].add(oid)
    for qid, forms in sorted(load_nsi_names(args.nsi).items()):
        oid = gz.qid.get(qid)
        if not oid or not oid.startswith("org:"):
            continue
        for lang, v, kind, ev in forms:
            if gazlib.is_latin(v) and len(v) >= 2:
                rows.add(lang, oid, v, kind, ev)
                org_matched[lang].add(oid)
    for code, oid in (("EU", "org:european-union"), ("UN", "org:united-nations")):
        if oid not in gz.orgs:
            continue
        for lang in LANGS:
            t = cldr[lang][0].get(code, {})
            if None in t:
                rows.add(lang, oid, t[None], "NAME", "cldr territory " + code)
                org_matched[lang].add(oid)
            if "short" in t:
                rows.add(lang, oid, t["short"], "ACRONYM" if gazlib.is_acronym(t["short"]) else "ALIAS",
                         "cldr territory %s alt=short" % code)
    for lang in LANGS:
        cur = len([o for o in org_matched[lang] if o[4:] in set(gazlib_slugs(args.gazetteer))])
        report.append("%s: %d organisations have a name (%d of them curated)" % (lang, len(org_matched[lang]), cur))

    # ---- write ----------------------------------------------------------------------------------------------
    note = open(args.sources_note, encoding="utf-8").read().rstrip("\n").split("\n")
    for lang in LANGS:
        d = rows.rows.get(lang, {})
        out = sorted(((eid, form, kind) for (eid, form), (kind, _ev) in d.items()),
                     key=lambda r: (r[0], KINDS.index(r[2]), r[1]))
        counts = {k: sum(1 for r in out if r[2] == k) for k in KINDS}
        header = [
            "newsflow enrich-service gazetteer: %s names of the gazetteer's countries, cities and organisations." % LANG_NAMES[lang],
            "GENERATED by tools/gazetteer/build_localized_names.py - do not edit by hand; rebuild as tools/gazetteer/README.md",
            "  (section \"Names in other languages\") says. Obtained %s." % args.obtained,
            "Rows: %d (%s)." % (len(out), ", ".join("%s %d" % (k, counts[k]) for k in KINDS)),
        ] + note + [
            "Build: python3 tools/gazetteer/build_localized_names.py --gazetteer <this folder> --cldr <CLDR common>",
            "  --iso-codes-locale /usr/share/locale --iso-codes-json <iso_3166-1.json> --i18n-iso-countries <langs>",
            "  --destatis <Nationalitaeten.json> --natural-earth <ne_10m_populated_places.json> --zone-tab <zone.tab>",
            "  --supraverden <general_list.yaml> --nsi <nsi.json> --wordlist LANG=<word list>... --obtained <date>",
            "  --demonyms tools/gazetteer/demonyms.tsv --demonym-wordlist LANG=<word list>...",
            "  --sources-note tools/gazetteer/localized-names-sources.txt --out-dir <this folder>",
            "version: " + VERSION,
            "Columns (tab-separated, no header row): id (an id of countries.tsv, cities.tsv, organizations.tsv or",
            "  organizations-sourced.tsv: country:XX, location:<slug>-<cc>, org:<slug>), form (exactly as written in text,",
        ] + ([
            "  case-sensitive), kind (NAME, ALIAS, ACRONYM, DEMONYM; DEMONYM covers the adjectives and nouns of",
            "  the curated tools/gazetteer/demonyms.tsv in every inflected form build_demonyms.py makes and keeps).",
        ] if lang in curated_langs else [
            "  case-sensitive), kind (NAME, ALIAS, ACRONYM, DEMONYM; DEMONYM covers the adjective and the noun in every",
            "  inflected form the rules make and the word list confirms).",
        ])
        gazlib.write_tsv(os.path.join(args.out_dir, "names-%s.tsv" % lang), header, out)
        report.append("names-%s.tsv: %d rows (%s)" % (lang, len(out), ", ".join("%s %d" % (k, counts[k]) for k in KINDS)))
    print("\n".join(report))


_EN_CITIES = None


def cldr_read_en_city(cldr_dir):
    global _EN_CITIES
    if _EN_CITIES is None:
        _EN_CITIES = cldr_read(cldr_dir, "en")[2]
    return _EN_CITIES


_SLUGS = None


def gazlib_slugs(gazetteer_dir):
    global _SLUGS
    if _SLUGS is None:
        _SLUGS = [cols[0] for cols in gazlib.read_tsv(os.path.join(gazetteer_dir, "organizations.tsv"))]
    return _SLUGS


if __name__ == "__main__":
    main()
