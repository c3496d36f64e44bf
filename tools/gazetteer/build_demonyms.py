#!/usr/bin/env python3
"""Nationality adjectives and demonym nouns from the hand-curated tools/gazetteer/demonyms.tsv, in every inflection.

build_localized_names.py imports this module: for each language the curated table covers, its rows replace the
adjectives of the other sources (CLDR language names, Destatis, the suffix rules), and the forms made here become
the DEMONYM rows of names-<lang>.tsv. Run on its own, the script checks the table and prints every form it makes:

    python3 tools/gazetteer/build_demonyms.py --table tools/gazetteer/demonyms.tsv \
      --countries enrich-service/src/main/resources/newsflow/enrich/gazetteer/countries.tsv

Table: `code<TAB>lang<TAB>adjective<TAB>noun_m<TAB>noun_f<TAB>notes`, one row per adjective (a country may have
several); a comment line `# none<TAB>lang<TAB><TAB><TAB><TAB>XX YY: why` lists the countries that have no
established demonym in that language. Python 3 standard library only.

Inflection (every form is marked "base" when the table gives it, "inflection" when the regular paradigm of its
ending makes it, "guess" when some words of that ending do not follow the rule; see validate()):
- fr: adjective m/f sg/pl (américain, américaine, américains, américaines; belge, belges; grec, grecque; turc,
  turque; FR_FEMININE for the irregular ones), nouns as written in the table (capitalised) with their plurals
  (Américain(s), Américaine(s); Sud-Africain: only the last part of a compound inflects);
- es, it, pt: adjective m/f sg/pl in lower case (the nouns are the same words): es/pt -o/-a/-os/-as, -és/-esa/-eses/
  -esas, -í/-íes, -e/-es; pt -ão (PT_PLURAL_AO), -eu/-eia, -ol/-óis; it -o/-a/-i/-e, -co/-ci or -chi (IT_PLURAL_CO),
  -e/-i, -a/-i/-e, belga/belgi/belghe;
- de: adjective with every ending (britisch, britische, britischen, britischer, britisches, britischem); nouns:
  weak -e nouns +n (Brite, Briten), -er nouns plural = singular, dative plural +n, genitive +s (Italiener,
  Italienern, Italieners), vowel endings +s (Israeli, Israelis), other consonants +en (Jemenit, Jemeniten), an
  explicit plural as `Ungar/Ungarn`, the adjectival noun Deutscher/Deutsche/Deutschen (noun_f = noun_m minus its
  -r), feminines -in/-innen.
"""

import argparse
import re
import sys
import unicodedata

CURATED_LANGS = ("de", "fr", "es", "it", "pt")

# French feminine adjectives that the rules below do not make (or make only one of).
FR_FEMININE = {
    "ouzbek": ["ouzbèke"],
    "letton": ["lettone", "lettonne"],
    "nippon": ["nippone", "nipponne"],
}
# Italian masculine plurals of -co adjectives that are not -ci (-cco and -sco make -cchi, -schi by rule).
IT_PLURAL_CO = {"ceco": "cechi", "turco": "turchi", "guatemalteco": "guatemaltechi", "tagico": "tagichi",
                "uzbeco": "uzbechi"}
# Portuguese plurals of -ão adjectives (alemães, afegãos, letões: no rule tells them apart).
PT_PLURAL_AO = {"alemão": "ães", "afegão": "ãos", "letão": "ões"}


def nfc(s):
    return unicodedata.normalize("NFC", s or "").strip()


def strip_accent(s):
    return unicodedata.normalize("NFC", "".join(
        c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn"))


def _unaccent_last(s):
    """alemán -> aleman, francés -> frances, português -> portugues (stressed last syllable); británico stays."""
    m = re.match(r"^(.*)([áéíóúê])([a-z]*)$", s)
    if not m or len(m.group(3)) > 1:
        return s
    return m.group(1) + strip_accent(m.group(2)) + m.group(3)


def _plural_fr(w):
    return w if w.endswith(("s", "x")) else w + "s"


# --- the table ------------------------------------------------------------------------------------------------

class Row:
    __slots__ = ("line", "code", "lang", "adjective", "noun_m", "noun_f", "notes")

    def __init__(self, line, cols):
        cols = [nfc(c) for c in cols] + [""] * (6 - len(cols))
        self.line = line
        self.code, self.lang, self.adjective, self.noun_m, self.noun_f, self.notes = cols[:6]


def read_table(path):
    """-> (rows, none) where none is {lang: {code: reason}} from the `# none` comment lines."""
    rows, none, errors = [], {}, []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            cols = line.split("\t")
            if line.startswith("#"):
                if cols[0].strip() == "# none" and len(cols) >= 6:
                    lang = cols[1].strip()
                    codes, _, why = cols[5].partition(":")
                    for code in codes.split():
                        if code in none.get(lang, {}):
                            errors.append("line %d: %s %s listed twice as without a demonym" % (n, lang, code))
                        none.setdefault(lang, {})[code] = why.strip()
                continue
            if len(cols) != 6:
                errors.append("line %d: %d columns, not 6" % (n, len(cols)))
                continue
            r = Row(n, cols)
            if r.lang not in CURATED_LANGS:
                errors.append("line %d: language %r" % (n, r.lang))
            elif not (r.adjective or r.noun_m):
                errors.append("line %d: neither an adjective nor a noun" % n)
            elif r.adjective and r.adjective != r.adjective.lower() and r.lang != "de":
                errors.append("line %d: adjective %r not in lower case" % (n, r.adjective))
            elif r.lang in ("es", "it", "pt") and (r.noun_m or r.noun_f):
                errors.append("line %d: %s nouns are the adjectives: leave noun_m/noun_f empty" % (n, r.lang))
            else:
                rows.append(r)
    return rows, none, errors


def check_coverage(rows, none, codes):
    """Every country has a row or a `# none` entry in every language the table covers, never both."""
    problems = []
    have = {}
    for r in rows:
        if r.code not in codes:
            problems.append("line %d: %s is not a code of countries.tsv" % (r.line, r.code))
        have.setdefault(r.lang, set()).add(r.code)
    seen = set()
    for r in rows:
        key = (r.code, r.lang, r.adjective, r.noun_m)
        if key in seen:
            problems.append("line %d: %s %s %s given twice" % (r.line, r.lang, r.code, r.adjective or r.noun_m))
        seen.add(key)
    for lang in sorted(set(have) | set(none)):
        for code in sorted(codes):
            if code in have.get(lang, set()) and code in none.get(lang, {}):
                problems.append("%s %s: has rows and is listed as without a demonym" % (lang, code))
            if code not in have.get(lang, set()) and code not in none.get(lang, {}):
                problems.append("%s %s: neither a row nor listed as without a demonym" % (lang, code))
        for code in none.get(lang, {}):
            if code not in codes:
                problems.append("%s: %s (without a demonym) is not a code of countries.tsv" % (lang, code))
    return problems


# --- inflection -----------------------------------------------------------------------------------------------

def french_feminines(a):
    if a in FR_FEMININE:
        return list(FR_FEMININE[a])
    if a.endswith("e"):
        return [a]
    if a.endswith(("en", "on")):        # italien, européen, letton -> -nne
        return [a + "ne"]
    if a.endswith("ec"):                # grec -> grecque
        return [a + "que"]
    if a.endswith("c"):                 # turc -> turque
        return [a[:-1] + "que"]
    return [a + "e"]                    # américain, kazakh, émirati, kosovar, burkinabé


def adjective_forms(lang, a):
    """[(form, how)] of a masculine singular adjective; how is 'base', 'inflection' (the regular paradigm of the
    word's ending) or 'guess' (a rule that some words of that ending do not follow: a French feminine of a vowel-final
    word, burkinabée; an Italian -co plural in -ci)."""
    out = [(a, "base")]

    def add(how, *forms):
        for f in forms:
            if f and f not in [x for x, _ in out]:
                out.append((f, how))
    if lang == "de":
        add("inflection", *(a + e for e in ("e", "en", "er", "es", "em")))
    elif lang == "fr":
        fem = french_feminines(a)
        vowel_final = re.search(r"[aiouyéèëïî]$", a)   # burkinabé, émirati: feminine -e, or the same word?
        how = "guess" if vowel_final and a not in FR_FEMININE else "inflection"
        add(how, *fem)
        add("inflection", _plural_fr(a))
        add(how, *[_plural_fr(f) for f in fem])
    elif lang in ("es", "pt"):
        add("inflection", *romance_es_pt(lang, a))
    elif lang == "it":
        forms = italian(a)
        guessed = {f for f in forms if a.endswith("co") and a not in IT_PLURAL_CO and f == a[:-1] + "i"}
        add("inflection", *[f for f in forms if f not in guessed])
        add("guess", *sorted(guessed))
    return out


def romance_es_pt(lang, a):
    if lang == "pt" and a.endswith("ão"):               # alemão, alemã, alemães, alemãs
        s = a[:-2]
        return [s + "ã", s + PT_PLURAL_AO[a], s + "ãs"]
    if lang == "pt" and a.endswith("eu"):               # eritreu, eritreia, eritreus, eritreias
        s = a[:-2]
        return [s + "eia", a + "s", s + "eias"]
    if lang == "pt" and a.endswith("ol"):               # espanhol, espanhola, espanhóis; mongol, mongóis (2 genders)
        return [a + "a", a[:-2] + "óis", a + "as"] if a.endswith("nhol") else [a[:-2] + "óis"]
    if a.endswith("o"):                                 # británico, luso
        s = a[:-1]
        return [s + "a", s + "os", s + "as"]
    if re.search(r"([áéíóúê]s|[áéíóú]n|l)$", a):        # francés, português, kirguís, alemán, letón, español
        s = _unaccent_last(a)
        return [s + "a", s + "es", s + "as"]
    if a.endswith(("í", "ú")):                          # marroquí, marroquíes; papú, papúes
        return [a + "es"]
    if a.endswith("r"):                                 # magiar, magiares; kosovar, kosovares
        return [a + "es"]
    if a.endswith(("e", "a", "é", "i")):                # estadounidense, belga, burkinabé, catari: +s
        return [a + "s"]
    return []


def italian(a):
    if a.endswith("co"):                                # greco, greci, greca, greche; tedesco, tedeschi
        s = a[:-1]
        pl = IT_PLURAL_CO.get(a, s + "hi" if a.endswith(("cco", "sco")) else s + "i")
        return [s + "a", pl, s + "he"]
    if re.search(r"[cg]io$", a):                        # malgascio, malgasci, malgascia, malgasce
        s = a[:-1]
        return [s + "a", s[:-1] + "i", s[:-1] + "e"]
    if a.endswith("o"):
        s = a[:-1]
        return [s + "a", s + "i", s + "e"]
    if a.endswith("e"):                                 # francese, francesi
        return [a[:-1] + "i"]
    if a.endswith("ga"):                                # belga, belgi, belghe
        return [a[:-1] + "i", a[:-1] + "he"]
    if a.endswith("a"):                                 # vietnamita, vietnamiti, vietnamite
        return [a[:-1] + "i", a[:-1] + "e"]
    return []                                           # burkinabé, saharawi, swazi: invariable


def german_noun_forms(m, f):
    """[(form, 'base'|'inflection')] of the nouns noun_m and noun_f."""
    out = []

    def add(form, how):
        if form and form not in [x for x, _ in out]:
            out.append((form, how))
    if m and f and m.endswith("er") and f == m[:-1]:    # adjectival noun: der Deutsche, ein Deutscher
        add(m, "base"); add(f, "base"); add(f + "n", "inflection")
        return out
    if m:
        sg, _, pl = m.partition("/")
        add(sg, "base")
        if pl:
            add(pl, "base")
        elif sg.endswith("e"):                          # Brite, Briten
            add(sg + "n", "inflection")
        elif sg.endswith("er"):                         # Italiener, Italienern, Italieners
            add(sg + "n", "inflection"); add(sg + "s", "inflection")
        elif sg[-1:] in "aeiouy":                        # Israeli, Israelis
            add(sg + "s", "inflection")
        else:                                           # Jemenit, Jemeniten
            add(sg + "en", "inflection")
    if f:
        add(f, "base")
        if f.endswith("in"):
            add(f + "nen", "inflection")
    return out


def french_noun_forms(m, f):
    out = []
    for n in (m, f):
        if n:
            for form, how in ((n, "base"), (_plural_fr(n), "inflection")):
                if form not in [x for x, _ in out]:
                    out.append((form, how))
    return out


def row_forms(r):
    """[(form, how, part)] for a table row; part is 'adjective' or 'noun'."""
    out = []
    if r.adjective:
        out += [(f, how, "adjective") for f, how in adjective_forms(r.lang, r.adjective)]
    if r.lang == "de":
        out += [(f, how, "noun") for f, how in german_noun_forms(r.noun_m, r.noun_f)]
    elif r.lang == "fr":
        out += [(f, how, "noun") for f, how in french_noun_forms(r.noun_m, r.noun_f)]
    seen, uniq = set(), []
    for t in out:
        if t[0] not in seen:
            seen.add(t[0])
            uniq.append(t)
    return uniq


def word_list_key(lang, form):
    """The spelling to look up: French nouns are listed in lower case (sud-africaine for Sud-Africaine)."""
    if lang == "fr":
        return form.lower()
    return form


def table_notes(r):
    """Checks a lexicographer would want: a French feminine noun that is not the feminine adjective capitalised."""
    if r.lang == "fr" and r.adjective and r.noun_f and r.noun_f != r.noun_m:
        fem = french_feminines(r.adjective)
        if r.noun_f.lower() not in fem:
            return "fr %s: feminine noun %r is not a capitalised feminine adjective (%s)" % (
                r.code, r.noun_f, "/".join(fem))
    return None


def validate(rows, has):
    """Split every row's forms into kept and dropped with the word list test `has(lang, word)`.

    A form the table gives is kept, and so is an inflection the word list has. An inflection the lists lack is kept
    when the regular paradigm of its ending made it (the lists are incomplete: many give singulars only, or lack rare
    demonyms); a guessed one (see adjective_forms) is dropped when the lists know the word (they have another of its
    forms) but not this one, which is how a wrong guess shows (burkinabée: the lists give burkinabé as both genders).
    Returns (kept [(row, form, part)], dropped [(row, form)], absent_kept [(row, form)]).
    """
    kept, dropped, absent_kept = [], [], []
    for r in rows:
        forms = row_forms(r)
        known = {part: any(has(r.lang, word_list_key(r.lang, f)) for f, _how, p in forms if p == part)
                 for part in ("adjective", "noun")}
        for f, how, part in forms:
            if how == "base" or has(r.lang, word_list_key(r.lang, f)):
                kept.append((r, f, part))
                if how == "base" and not has(r.lang, word_list_key(r.lang, f)):
                    absent_kept.append((r, f))
            elif how == "guess" and known[part]:
                dropped.append((r, f))
            else:
                kept.append((r, f, part))
                absent_kept.append((r, f))
    return kept, dropped, absent_kept


def shared_forms(kept):
    """Forms the table gives to two countries of one language: {(lang, form): {codes}} (each must go to neither)."""
    owner = {}
    for r, f, _part in kept:
        owner.setdefault((r.lang, f), set()).add(r.code)
    return {k: v for k, v in owner.items() if len(v) > 1}


# --- stand-alone check ----------------------------------------------------------------------------------------

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--table", required=True)
    ap.add_argument("--countries", required=True, help="the gazetteer's countries.tsv")
    args = ap.parse_args(argv)
    codes = set()
    with open(args.countries, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                codes.add(line.split("\t")[0])
    rows, none, errors = read_table(args.table)
    problems = errors + check_coverage(rows, none, codes)
    for r in rows:
        note = table_notes(r)
        if note:
            print("note: " + note)
        print("%s\t%s\t%s" % (r.lang, r.code, " ".join(f for f, _h, _p in row_forms(r))))
    for lang in CURATED_LANGS:
        n = sum(1 for r in rows if r.lang == lang)
        if n:
            print("%s: %d rows, %d countries, %d without a demonym: %s" % (
                lang, n, len({r.code for r in rows if r.lang == lang}), len(none.get(lang, {})),
                " ".join(sorted(none.get(lang, {})))))
    for p in problems:
        print("PROBLEM: " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
