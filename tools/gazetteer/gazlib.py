"""Shared helpers for the sourced gazetteer builders (standard library only).

Slugs are made exactly as newsflow.enrich.tagging.resolution.Slugs#of does it in Java; the word lists that decide whether a
surface form is risky to match on its own (an ordinary English word, a given name or surname, a place, a short
acronym) are read from files named on the command line, never written in here.
"""

import hashlib
import io
import json
import os
import re
import sys
import unicodedata
import zipfile

# --- Slugs, as newsflow.enrich.tagging.resolution.Slugs.of ---------------------------------------------------------------

_SPECIAL_LETTERS = [("ø", "o"), ("Ø", "O"), ("æ", "ae"), ("Æ", "AE"), ("ß", "ss"), ("đ", "d"), ("Đ", "D"),
                    ("ł", "l"), ("Ł", "L"), ("œ", "oe"), ("Œ", "OE"), ("þ", "th"), ("Þ", "Th"), ("ı", "i"),
                    ("ð", "d"), ("Ð", "D")]


def slug(name):
    """Slugs.of: fold special letters, NFD, drop marks, lower case, drop apostrophes, hyphenate the rest."""
    folded = name
    for a, b in _SPECIAL_LETTERS:
        folded = folded.replace(a, b)
    folded = unicodedata.normalize("NFD", folded)
    folded = "".join(ch for ch in folded if not unicodedata.category(ch).startswith("M"))
    folded = folded.lower()
    folded = re.sub(r"['’`]", "", folded)
    folded = re.sub(r"[^a-z0-9]+", "-", folded)
    folded = re.sub(r"(^-+|-+$)", "", folded)
    if folded:
        return folded
    return "x" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:12]


def slug_self_check():
    """The Java class's own javadoc examples and a few letters NFD does not take apart."""
    cases = {
        "Dmytro Kuleba": "dmytro-kuleba",
        "Zoë Ødegård": "zoe-odegard",
        "Brøndby IF": "brondby-if",
        "FK Bodø/Glimt": "fk-bodo-glimt",
        "Médecins Sans Frontières": "medecins-sans-frontieres",
        "People's Bank of China": "peoples-bank-of-china",
        "A.P. Moller-Maersk": "a-p-moller-maersk",
        "H&M": "h-m",
        "Łódź Straße": "lodz-strasse",
        "Þórshöfn Æther Œuvre": "thorshofn-aether-oeuvre",
        "İstanbul Başakşehir": "istanbul-basaksehir",
    }
    for name, expected in cases.items():
        got = slug(name)
        if got != expected:
            raise AssertionError("slug(%r) = %r, expected %r" % (name, got, expected))
    if not re.fullmatch(r"x[0-9a-f]{12}", slug("東京")):
        raise AssertionError("slug of a name with no Latin letters must be x + 12 hex digits")


# --- Text -------------------------------------------------------------------------------------------------------

def clean(text):
    """One line, single spaces, NFC; None for nothing."""
    if text is None:
        return None
    text = unicodedata.normalize("NFC", str(text)).replace("\u00a0", " ")
    text = re.sub(r"[\t\r\n|]+", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text or None


def is_latin(text):
    """True when every letter is Latin script and there is at least one letter."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    for ch in letters:
        try:
            if not unicodedata.name(ch).startswith("LATIN"):
                return False
        except ValueError:
            return False
    return True


def drop_the(form):
    """The loader drops a leading "the "/"The " from every form; collisions are checked on what it keeps."""
    if form.startswith("the ") or form.startswith("The "):
        return form[4:]
    return form


# Capitals of the Latin script, those with diacritics included (ÖBB, ČEZ, ÚOHS)
ACRONYM = re.compile(r"^(?:[A-Z0-9&\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F]\.?){2,}$")


def is_acronym(form):
    """All capitals (dots allowed), like NATO or U.N.; digits may be part of it."""
    compact = form.replace(".", "").replace(" ", "")
    return bool(ACRONYM.match(form.replace(" ", ""))) and any(c.isalpha() for c in compact) and compact.isupper()


def acronym_letters(form):
    return "".join(c for c in form if c == "&" or (c.isalnum() and c.isascii()) or (c.isalpha() and c <= "\u017F"))


def usable_form(form, name=None):
    """The brief's rules for an alias or acronym: at least 2 characters, not all lower case, not a pure number,
    Latin script, and not the canonical name itself."""
    if form is None:
        return False
    if len(form) < 2:
        return False
    if form == name:
        return False
    if form.lower() == form and form.upper() != form:
        return False  # all lower case
    if re.fullmatch(r"[\d\s.,/+-]+", form):
        return False
    if not is_latin(form):
        return False
    return True


# --- Word lists -------------------------------------------------------------------------------------------------

def read_lines(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n").strip()
            if line and not line.startswith("#"):
                yield line


class WordLists:
    """Ordinary words (Debian wamerican/wbritish), given names and surnames, and place names.

    dictionary_lower: words the dictionary lists in lower case ("apple", "shell", "next");
    given / surnames: lower-cased person names; places: lower-cased place names.
    """

    def __init__(self):
        self.dictionary_lower = set()
        self.given = set()
        self.surnames = set()
        self.places = set()
        self.sources = []

    def add_dictionary(self, path):
        n = 0
        for word in read_lines(path):
            if word.endswith("'s"):
                continue
            if word.lower() == word:
                self.dictionary_lower.add(word)
                n += 1
        self.sources.append("%s (%d lower-case words)" % (path, n))

    def add_annie_lists(self, gazetteer_dir):
        """GATE ANNIE: person_male/female*.lst are given names; city, country, region, province lists places."""
        given = 0
        places = 0
        for fname in sorted(os.listdir(gazetteer_dir)):
            if not fname.endswith(".lst"):
                continue
            path = os.path.join(gazetteer_dir, fname)
            if re.match(r"person_(male|female)", fname):
                for line in read_lines(path):
                    self.given.add(line.split(":")[0].strip().lower())
                    given += 1
            elif re.match(r"(city|country|region|province|state_us|mountain|water)", fname) \
                    and "abbrev" not in fname and "code" not in fname and fname != "state_us.lst" \
                    and not fname.startswith("state_us"):
                for line in read_lines(path):
                    self.places.add(line.split(":")[0].strip().lower())
                    places += 1
        self.sources.append("%s (%d given names, %d place names)" % (gazetteer_dir, given, places))

    def add_corenlp_kbp(self, gazetteer_dir):
        """CoreNLP KBP regexner_caseless.tab/regexner_cased.tab: COUNTRY, STATE_OR_PROVINCE and CITY lines."""
        n = 0
        for fname in ("regexner_caseless.tab", "regexner_cased.tab"):
            path = os.path.join(gazetteer_dir, fname)
            if not os.path.exists(path):
                continue
            with open(path, encoding="utf-8", errors="replace") as f:
                for line in f:
                    cols = line.rstrip("\n").split("\t")
                    if len(cols) >= 2 and cols[1] in ("COUNTRY", "STATE_OR_PROVINCE", "CITY"):
                        if re.search(r"[\[\]\\()*+?]", cols[0]):
                            continue  # a regular expression, not a name
                        self.places.add(cols[0].lower())
                        n += 1
        self.sources.append("%s (%d place names)" % (gazetteer_dir, n))

    def add_datafaker(self, jar, entries=("en/name.yml",)):
        """Datafaker's YAML resources: first_name, male_first_name, female_first_name and last_name lists."""
        counts = [0, 0]
        with zipfile.ZipFile(jar) as z:
            for entry in entries:
                text = z.read(entry).decode("utf-8")
                key = None
                for raw in text.splitlines():
                    m = re.match(r"^\s*([a-z_]+):\s*(.*)$", raw)
                    if m:
                        key = m.group(1)
                        rest = m.group(2).strip()
                        if rest.startswith("[") and rest.endswith("]"):
                            self._datafaker_values(key, [v.strip().strip("\"'") for v in rest[1:-1].split(",")],
                                                   counts)
                            key = None
                        continue
                    m = re.match(r"^\s*-\s*\"?([^\"#{}]+)\"?\s*$", raw)
                    if m and key:
                        self._datafaker_values(key, [m.group(1).strip()], counts)
        self.sources.append("%s %s (%d given names, %d surnames)" % (jar, ",".join(entries), counts[0], counts[1]))

    def _datafaker_values(self, key, values, counts):
        for v in values:
            if not v or "#{" in v:
                continue
            if key in ("first_name", "male_first_name", "female_first_name"):
                self.given.add(v.lower())
                counts[0] += 1
            elif key == "last_name":
                self.surnames.add(v.lower())
                counts[1] += 1

    def add_places(self, names, label):
        n = 0
        for name in names:
            if name:
                self.places.add(drop_the(name).lower())
                n += 1
        self.sources.append("%s (%d place names)" % (label, n))

    # -- the risk test --
    def risk(self, form):
        """Why a form is risky to match without the statistical model agreeing, or None when it is distinctive."""
        f = drop_the(form)
        letters = acronym_letters(f)
        if is_acronym(f) and len(letters) <= 3:
            return "short-acronym"
        low = f.lower()
        if low in self.places:
            return "place"
        words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", f)
        if len(words) == 1 and len(re.sub(r"[\W_]", "", f)) == len(re.sub(r"[\W_]", "", words[0])):
            w = re.sub(r"['’]s$", "", words[0].lower())  # "Barry's" is risky as "Barry" is
            if w in self.dictionary_lower:
                return "dictionary-word"
            if w in self.given:
                return "given-name"
            if w in self.surnames:
                return "surname"
            if len(f) <= 3:
                return "short-word"
        elif len(words) == 2 and not re.search(r"\d", f):
            a, b = (w.lower() for w in words)
            if a in self.dictionary_lower and b in self.dictionary_lower:
                return "dictionary-word-pair"
            if a in self.given and (b in self.surnames or b in self.given):
                return "person-name"
        return None


# --- Curated files ----------------------------------------------------------------------------------------------

def split_forms(column):
    return [v.strip() for v in column.split("|") if v.strip()] if column else []


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            yield line.split("\t")


class Curated:
    """The hand-made countries.tsv, cities.tsv and organizations.tsv: their forms win over sourced ones."""

    def __init__(self, gazetteer_dir):
        self.place_forms = {}   # form without "the" -> "countries.tsv:XX" / "cities.tsv:slug"
        self.org_forms = {}     # form without "the" -> organizations.tsv slug
        self.org_names = {}     # slug -> canonical name
        self.org_country = {}   # slug -> ISO country of the seat, or ""
        self.country_names = []
        self.city_names = []
        self.country_words = {}  # country name or demonym (as in countries.tsv) -> ISO code
        self._country_re = None
        cpath = os.path.join(gazetteer_dir, "countries.tsv")
        for cols in read_tsv(cpath):
            cols += [""] * (5 - len(cols))
            code, name, official, aliases, demonyms = cols[:5]
            for form in [name, official] + split_forms(aliases) + split_forms(demonyms):
                if form:
                    self.place_forms.setdefault(drop_the(form), "countries.tsv:" + code)
            self.country_names += [name, official] + split_forms(aliases)
            for form in [name] + split_forms(aliases) + split_forms(demonyms):
                form = drop_the(form)
                if form and not form.isupper():
                    self.country_words.setdefault(form, code)
        for cols in read_tsv(os.path.join(gazetteer_dir, "cities.tsv")):
            cols += [""] * (4 - len(cols))
            s, name, country, aliases = cols[:4]
            for form in [name] + split_forms(aliases):
                if form:
                    self.place_forms.setdefault(drop_the(form), "cities.tsv:" + s)
            self.city_names += [name] + split_forms(aliases)
        for cols in read_tsv(os.path.join(gazetteer_dir, "organizations.tsv")):
            cols += [""] * (6 - len(cols))
            s, name, acronyms, aliases = cols[:4]
            self.org_names[s] = name
            self.org_country[s] = cols[5].strip() if len(cols) > 5 else ""
            for form in [name] + split_forms(acronyms) + split_forms(aliases):
                if form:
                    self.org_forms.setdefault(drop_the(form), s)

    def country_in(self, text):
        """The country whose name or demonym occurs first in a description ("American chain", "bank in Japan");
        a demonym right after Latin/North/South/Central/East/West is a region's ("Latin American"), not taken."""
        if self._country_re is None:
            words = sorted(self.country_words, key=lambda w: (-len(w), w))
            self._country_re = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")
        for m in self._country_re.finditer(text):
            before = text[:m.start()].rstrip().split(" ")[-1] if m.start() else ""
            if before in ("Latin", "North", "South", "Central", "East", "West", "Pan", "Sub-Saharan"):
                continue
            return self.country_words[m.group(1)]
        return None

    def collision(self, form):
        f = drop_the(form)
        if f in self.place_forms:
            return self.place_forms[f]
        if f in self.org_forms:
            return "organizations.tsv:" + self.org_forms[f]
        return None


# --- Output -----------------------------------------------------------------------------------------------------

def join_forms(forms):
    return "|".join(forms)


def write_tsv(path, header_lines, rows):
    with io.open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in header_lines:
            f.write(("# " + line).rstrip() + "\n" if line else "#\n")
        for row in rows:
            f.write("\t".join(row) + "\n")


def log(*parts):
    print(*parts, file=sys.stderr)


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)
