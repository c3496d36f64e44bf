#!/usr/bin/env python3
"""Builds enrich-service/.../gazetteer/organizations-sourced.tsv from openly licensed sources.

Sources (see tools/gazetteer/README.md for how to obtain each one):
  --nsi DIR           npm package name-suggestion-index, unpacked (DIR/dist/json/nsi.json,
                      DIR/dist/wikidata/wikidata.json, DIR/dist/wikidata/dissolved.json, DIR/config/genericWords.json)
  --partyfacts DIR    a checkout of hdigital/partyfactsdata (import/wikipedia/wikidata.csv and wikipedia.csv)
  --universities FILE world_universities_and_domains.json from Hipo/university-domains-list
  --annie DIR         GATE ANNIE gazetteer folder (src/main/resources/resources/gazetteer of GateNLP/gateplugin-ANNIE)
  --corenlp-kbp DIR   folder with CoreNLP's KBP regexner_caseless.tab / regexner_cased.tab (place names only)
  --datafaker JAR     net.datafaker:datafaker jar (en/name.yml: given names and surnames)
  --dictionary FILE   Debian wamerican / wbritish word lists (repeatable)
  --iso-codes FILE    Debian iso-codes iso_3166-1.json (alpha-3 to alpha-2 for Party Facts)
  --curated DIR       the gazetteer folder with the hand-made countries.tsv, cities.tsv, organizations.tsv
  --out FILE

Every row comes from a source file; nothing here lists an organisation by hand. Output is sorted by slug.
"""

import argparse
import html
import collections
import csv
import datetime
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gazlib  # noqa: E402
from gazlib import clean, drop_the, is_acronym, is_latin, log, slug, usable_form  # noqa: E402

VERSION = "2026.12.2"
KINDS = ("company", "bank", "retailer", "operator", "transport", "agency", "government", "regulator", "party",
         "media", "ngo", "university", "union", "international", "other")

# Wikidata descriptions (English, from NSI's dist/wikidata/wikidata.json) of items that are places, flags,
# networks, routes or buildings rather than organisations: such items are left out.
NOT_ORGANISATION = re.compile(
    r"^(city|town|village|hamlet|municipality|commune|comune|country|sovereign state|island|state|federal state"
    r"|province|prefecture|county|district|borough|region|capital|human settlement|verbandsgemeinde"
    r"|autonomous community|canton|department of france|unitary authority area|census-designated place"
    r"|neighbourhood|neighborhood|suburb|oblast|raion|krai|voivodeship|powiat|gmina|unincorporated)\b"
    r"|\b(city|town|municipality|commune|village|county|borough|region|island|state) (in|of) "
    r"|\bflag\b|family name|given name|disambiguation|wikimedia|\bbus routes?\b|\brailway line\b|\btram line\b"
    r"|\bline (in|of)\b|\bstation\b|rapid transit|metro system|subway system|\bbus network|tram network"
    r"|transport network|transit network|transit system|public transport system|bus system|bus service"
    r"|bicycle[- ]sharing|bike[- ]sharing|charging network|\bpark (in|of)\b|protected area|national park"
    r"|nature reserve|\btrail\b|highway|motorway|\broad\b|\briver\b|\blake\b|shopping (centre|center|mall)"
    r"|\bbuilding\b|school district operated by|schools division|fictional|\bsoftware\b|\bwebsite\b|payment card"
    r"|credit card|\bproduct\b|\bconcept\b|\bmodel of\b|type of|electoral district|constituency",
    re.I)
# The same with the adjectives Wikidata puts before the kind of place ("Italian municipality", "German district of
# North Rhine-Westphalia", "northeasternmost province of the Netherlands", "small city and the parish seat of ...",
# "seat of Genesee County"): capitalised words or the few plain adjectives below, then the kind of place, then the end
# of the phrase. "Tasmanian government department", "New York City based cafe chain" and "school district" stay.
PLACE_WITH_ADJECTIVES = re.compile(
    r"^(?:an? |the )?(?:(?!(?i:school|park|library|executive|government|water|fire|police|transit|special|church"
    r"|public|health|sanitation|hospital|recreation|irrigation|judicial|electoral|postal|conservation|improvement"
    r"|housing|utility|educational|regional|business|shopping|soil|drainage|port|military|metropolitan) )"
    r"(?:[A-Z][\w'.-]*|small|large|independent|urban|rural|unitary|central|historic|former|administrative|\w+most)"
    r" ){1,3}(?:municipality|city|town|village|province|district|county|region|township|commune|urban area"
    r"|prefecture|canton|oblast|department)(?:$|,| in | of | near | and | \()"
    r"|^(?:township|myeon|urban area|(?:county |parish )?seat) (?:in|of) ")

KIND_BY_DESCRIPTION = [
    ("party", re.compile(r"political party|political organi[sz]ation", re.I)),
    ("regulator", re.compile(r"regulat|supervisory authority|financial supervis|competition authority"
                             r"|ombudsman|inspectorate", re.I)),
    ("bank", re.compile(r"\bbank|credit union|savings|building society|\bbanking|cooperative bank|sparkasse", re.I)),
    ("university", re.compile(r"universit|\bcollege\b|polytechnic|institute of technology|academy of sciences",
                              re.I)),
    ("union", re.compile(r"trade union|labou?r union|\bunion of\b.*workers|workers'? union", re.I)),
    ("international", re.compile(r"intergovernmental|international organi[sz]ation|united nations|"
                                 r"european union (agency|body|institution)", re.I)),
    ("media", re.compile(r"newspaper|broadcast|television|\bradio\b|news agency|magazine|media (company|group)"
                         r"|publisher|publishing", re.I)),
    ("ngo", re.compile(r"non-?profit|not-for-profit|charit|foundation|non-governmental|\bngo\b|red cross"
                       r"|red crescent|advocacy|humanitarian|multi academy trust|association\b", re.I)),
    ("agency", re.compile(r"agency|police|law enforcement|fire (department|service|brigade|and rescue)|sheriff"
                          r"|armed forces|\barmy\b|\bnavy\b|air force|military|gendarmerie|coast guard"
                          r"|border guard|customs|ambulance service|emergency service|fire protection", re.I)),
    ("government", re.compile(r"ministry|government|council|municipal administration|local authority"
                              r"|executive branch|department of|state office|school district|school board"
                              r"|public school system|legislat|parliament|court\b|judiciary|administration",
                              re.I)),
    ("transport", re.compile(r"airline|railway|\brail|\bbus (company|operator)|transit (agency|district|authority"
                             r"|operator)|transport (company|authority|operator|agency)|public transport"
                             r"|ferry|shipping|logistics|freight|airport operator|metro operator|carrier", re.I)),
    ("retailer", re.compile(r"\bchain\b|retail|supermarket|department store|\bstores?\b|\bshops?\b|e-commerce",
                            re.I)),
    ("operator", re.compile(r"utility|distribution (network|system) operator|transmission system operator|grid"
                            r"|water (company|supply)|waste management|energy supplier|electricity|power company"
                            r"|gas (company|distribution)|pipeline", re.I)),
    ("company", re.compile(r"company|corporation|manufacturer|conglomerate|enterprise|group\b|business|firm\b"
                           r"|\bbrand\b|franchise|holding|subsidiary|insurer|insurance", re.I)),
]

KIND_BY_PATH = [
    (re.compile(r"^brands/amenity/(bank|atm|bureau_de_change|money_transfer)|^brands/office/(financial|bank)"),
     "bank"),
    (re.compile(r"^brands/shop/"), "retailer"),
    (re.compile(r"^operators/amenity/(university|college)"), "university"),
    (re.compile(r"^operators/amenity/(police|fire_station|prison|courthouse)|^operators/emergency/"), "agency"),
    (re.compile(r"^operators/(office/government|amenity/townhall)"), "government"),
    (re.compile(r"^transit/"), "transport"),
    (re.compile(r"^operators/(power|man_made|pipeline|office/(energy_supplier|water_utility)|telecom)"), "operator"),
    (re.compile(r"^operators/"), "operator"),
    (re.compile(r"^brands/"), "company"),
]

DESCRIPTIVE_MIN_NAMES = 40
DESCRIPTIVE_KINDS = {"operator", "government", "agency", "regulator", "other", "transport", "university", "ngo",
                     "media"}
STOPWORDS = {"of", "the", "and", "for", "in", "on", "at", "de", "la", "le", "du", "des", "del", "der", "und", "&",
             "y", "et", "di", "da", "do", "dos", "das", "van", "von", "a", "an", "to"}

CORPORATE_SUFFIX = re.compile(
    r"(,?\s+(Inc\.?|Incorporated|Corp\.?|Corporation|Co\.?|Company|Cos\.?|Ltd\.?|Limited|plc|PLC|P\.L\.C\.|LLC"
    r"|L\.L\.C\.|LP|L\.P\.|AG|SA|S\.A\.|NV|N\.V\.|BV|B\.V\.|SE|S\.p\.A\.|SpA|GmbH|KK|K\.K\.|AB|ASA|A/S|Oyj"
    r"|Holdings?|Group|& Co\.?|and Co\.?))+$")


def core_name(name):
    return CORPORATE_SUFFIX.sub("", name).strip(" ,")


class Entity:
    def __init__(self, key, source):
        self.key = key
        self.sources = {source}
        self.qid = None
        self.label = None
        self.description = ""
        self.forms = collections.Counter()    # candidate surface forms, weighted
        self.preferred = []                     # candidate canonical names, best first
        self.countries = collections.Counter()
        self.kinds = collections.Counter()
        self.paths = set()
        self.name = None
        self.acronyms = []
        self.aliases = []
        self.country = ""
        self.kind = "other"
        self.risks = []
        self.slug = None

    def add_form(self, form, weight=1):
        form = clean(html.unescape(form)) if form else None
        if form:
            self.forms[form] += weight


def split_values(value):
    return [v for v in (clean(x) for x in str(value).split(";")) if v]


# --- Name Suggestion Index ------------------------------------------------------------------------------------------

def load_nsi(nsi_dir, stats):
    nsi = gazlib.load_json(os.path.join(nsi_dir, "dist", "json", "nsi.json"))
    wikidata = gazlib.load_json(os.path.join(nsi_dir, "dist", "wikidata", "wikidata.json"))["wikidata"]
    dissolved = gazlib.load_json(os.path.join(nsi_dir, "dist", "wikidata", "dissolved.json")).get("dissolved", {})
    generic = [re.compile(p, re.I) for p in
               gazlib.load_json(os.path.join(nsi_dir, "config", "genericWords.json"))["genericWords"]]
    stats["nsi_version"] = nsi.get("_meta", {}).get("version", "")
    entities = {}
    for path in sorted(nsi["nsi"]):
        if path.startswith("flags/"):
            continue
        for item in nsi["nsi"][path]["items"]:
            if item.get("id") in dissolved:
                stats["nsi dissolved items skipped"] += 1
                continue
            tags = item.get("tags", {})
            include = item.get("locationSet", {}).get("include", [])
            countries = set()
            for loc in include:
                m = re.match(r"^([a-z]{2})(?:[-.]|$)", str(loc))
                if m:
                    countries.add(m.group(1).upper())
            for wkey in ("brand:wikidata", "operator:wikidata", "network:wikidata"):
                if wkey not in tags:
                    continue
                base = wkey.split(":")[0]
                if base == "network" and path.startswith("transit/"):
                    continue  # transit networks are systems and routes, not organisations
                for qid in split_values(tags[wkey]):
                    if not re.fullmatch(r"Q\d+", qid):
                        continue
                    e = entities.get(qid)
                    if e is None:
                        e = entities[qid] = Entity(qid, "nsi")
                        e.qid = qid
                        w = wikidata.get(qid, {})
                        e.label = clean(w.get("label"))
                        e.description = clean(w.get("description")) or ""
                    e.paths.add(path)
                    for c in countries:
                        e.countries[c] += 1
                    if len(countries) > 1:
                        e.countries["*"] += 1
                    keys = [base, base + ":en", base + ":short", base + ":short:en", "official_" + base]
                    if base == "brand":
                        keys += ["name", "name:en", "official_name", "official_name:en", "short_name",
                                 "short_name:en", "alt_name", "alt_name:en"]
                    for k in keys:
                        if k in tags:
                            for v in split_values(tags[k]):
                                if any(g.search(v) for g in generic):
                                    stats["nsi generic forms skipped"] += 1
                                    continue
                                e.add_form(v, 3 if k.endswith(":en") else 1)
                                if k in (base + ":en", base):
                                    e.preferred.append(v)
    return entities


def nsi_kind(e):
    desc = e.description or ""
    for kind, pattern in KIND_BY_DESCRIPTION:
        if pattern.search(desc):
            return kind
    for pattern, kind in KIND_BY_PATH:
        if any(pattern.search(p) for p in sorted(e.paths)):
            return kind
    return "other"


# --- Party Facts ------------------------------------------------------------------------------------------------------

def load_partyfacts(directory, iso3_to_2, stats):
    base = os.path.join(directory, "import", "wikipedia")
    dissolved = {}
    with open(os.path.join(base, "wikipedia.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            y = (row.get("year_dissolved") or "").strip()
            if re.fullmatch(r"\d{4}", y):
                dissolved[row["partyfacts_id"]] = int(y)
    entities = {}
    with open(os.path.join(base, "wikidata.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            qid = (row.get("wikidata_id") or "").strip()
            pid = row["partyfacts_id"]
            if pid in dissolved and dissolved[pid] < 1990:
                stats["partyfacts parties dissolved before 1990 skipped"] += 1
                continue
            key = qid if re.fullmatch(r"Q\d+", qid) else "partyfacts:" + pid
            e = entities.get(key)
            if e is None:
                e = entities[key] = Entity(key, "partyfacts")
                e.qid = qid if re.fullmatch(r"Q\d+", qid) else None
            name = clean(row.get("name"))
            if name:
                e.add_form(name, 5)
                e.preferred.append(name)
            for v in split_values(row.get("name_native") or ""):
                e.add_form(v)
            for v in split_values(row.get("name_short") or ""):
                # "ZANU/PF" is one short name, "UCP/English" or "YSRCP/or/YCP" are acronyms joined with words
                parts = [x for x in v.split("/") if x]
                if len(parts) > 1 and not all(is_acronym(x) for x in parts):
                    for x in parts:
                        if is_acronym(x):
                            e.add_form(x)
                    stats["Party Facts short names split at '/'"] += 1
                else:
                    e.add_form(v)
            cc = iso3_to_2.get((row.get("country") or "").strip())
            if cc:
                e.countries[cc] += 1
            e.kinds["party"] += 1
    return entities


# --- Universities -----------------------------------------------------------------------------------------------------

def load_universities(path, stats):
    data = gazlib.load_json(path)
    by_name = collections.defaultdict(list)
    for u in data:
        name = clean(u.get("name"))
        cc = (u.get("alpha_two_code") or "").upper()
        if name:
            by_name[name].append((cc, tuple(sorted(d.lower() for d in u.get("domains", [])))))
    entities = {}
    for name in sorted(by_name):
        places = sorted(set(by_name[name]), key=lambda x: (x[0], x[1]))
        countries = sorted({cc for cc, _ in places})
        if len(countries) > 1:
            # the same name in several countries is mostly a branch campus: keep the country whose own
            # top-level domain (or .edu for the US) the university's domains use, if exactly one does
            home = [cc for cc in countries if any(
                d.endswith("." + cc.lower()) or (cc == "US" and d.endswith(".edu"))
                or (cc == "GB" and d.endswith(".uk")) for c2, ds in places if c2 == cc for d in ds)]
            if len(home) == 1:
                stats["university branch campuses folded into the home country"] += len(countries) - 1
                countries = home
        for cc in countries:
            key = "university:%s:%s" % (name, cc)
            e = entities[key] = Entity(key, "universities")
            e.add_form(name, 5)
            e.preferred.append(name)
            if cc:
                e.countries[cc] += 1
            e.kinds["university"] += 1
    return entities


# --- GATE ANNIE -----------------------------------------------------------------------------------------------------

ANNIE_LISTS = [  # list file, kind: the lists.def categories organization:company/newspaper/government/charity/...
    ("company.lst", "company"), ("more_company.lst", "company"), ("newspapers.lst", "media"),
    ("tvcompany.lst", "media"), ("radio_stations_uk.lst", "media"), ("government.lst", "government"),
    ("agency.lst", "agency"), ("charities.lst", "ngo"), ("university_uk.lst", "university"),
]


TEAM_LISTS = ("mlb-teams.lst", "nba-teams.lst", "nfl-teams.lst", "team.lst")


def load_annie(directory, stats):
    teams = set()
    for fname in TEAM_LISTS:  # sports teams belong in clubs.tsv, not here
        path = os.path.join(directory, fname)
        if os.path.exists(path):
            teams.update(clean(x) for x in gazlib.read_lines(path))
    groups = {}
    for fname, kind in ANNIE_LISTS:
        path = os.path.join(directory, fname)
        if not os.path.exists(path):
            stats["annie lists missing"] += 1
            continue
        for line in gazlib.read_lines(path):
            name = clean(html.unescape(line.split(":")[0] if re.search(r":\w+=", line) else line))
            if not name or not usable_form(name):
                stats["annie entries unusable"] += 1
                continue
            if name in teams:
                stats["annie entries that are sports teams (for clubs.tsv) skipped"] += 1
                continue
            if is_acronym(name) and len(gazlib.acronym_letters(name)) <= 3:
                stats["annie entries that are bare 2-3 letter acronyms skipped"] += 1
                continue
            if name.isupper() and len(name) > 6 and " " in name:
                stats["annie entries in capitals skipped"] += 1
                continue
            core = core_name(name) or name
            key = "annie:%s:%s" % (kind, core)
            e = groups.get(key)
            if e is None:
                e = groups[key] = Entity(key, "annie")
                e.kinds[kind] += 1
            e.add_form(name, 1)
            e.preferred.append(name)
    return groups


# --- Building -------------------------------------------------------------------------------------------------------

def choose_name(e):
    if e.label and is_latin(e.label) and usable_form(e.label):
        return e.label
    latin = [p for p in e.preferred if is_latin(p) and usable_form(p)]
    if latin:
        counts = collections.Counter(latin)
        return sorted(counts, key=lambda p: (-counts[p], len(p), p))[0]
    latin = [f for f in e.forms if is_latin(f) and usable_form(f)]
    if latin:
        return sorted(latin, key=lambda p: (-e.forms[p], len(p), p))[0]
    return None


def choose_country(e, curated, iso_alpha2):
    """The seat: the country the Wikidata description names ("Polish chain", "bank in Japan"), else the one country
    the source places the entity in (NSI's locationSet, Party Facts, the university list)."""
    if e.description:
        cc = curated.country_in(e.description)
        if cc in iso_alpha2:
            return cc
    real = {NSI_CODE.get(c, c) for c in e.countries if c != "*"}
    real = {c for c in real if c in iso_alpha2}
    if e.countries.get("*"):
        return ""
    return real.pop() if len(real) == 1 else ""


NSI_CODE = {"FX": "FR", "UK": "GB"}  # NSI location codes that are not ISO 3166-1 alpha-2


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nsi", required=True)
    ap.add_argument("--partyfacts", required=True)
    ap.add_argument("--universities", required=True)
    ap.add_argument("--annie", required=True)
    ap.add_argument("--corenlp-kbp", required=True)
    ap.add_argument("--datafaker", required=True)
    ap.add_argument("--dictionary", action="append", required=True)
    ap.add_argument("--iso-codes", required=True)
    ap.add_argument("--curated", required=True)
    ap.add_argument("--curated-wikidata", default=None,
                    help="wikidata-ids.tsv (QIDs of the curated entities): a sourced row with such a QID is dropped")
    ap.add_argument("--out", required=True)
    ap.add_argument("--obtained", default=None, help="date the sources were obtained (YYYY-MM-DD), for the header")
    ap.add_argument("--sources-note", default="", help="text for the header: versions/commits and dates obtained")
    args = ap.parse_args(argv)

    gazlib.slug_self_check()
    stats = collections.Counter()
    dropped = []  # (reason, detail) lines for the report

    lists = gazlib.WordLists()
    for d in args.dictionary:
        lists.add_dictionary(d)
    lists.add_annie_lists(args.annie)
    lists.add_corenlp_kbp(args.corenlp_kbp)
    lists.add_datafaker(args.datafaker)
    curated = gazlib.Curated(args.curated)
    lists.add_places(curated.country_names + curated.city_names, "curated countries.tsv and cities.tsv")

    curated_qids = {}
    if args.curated_wikidata and os.path.exists(args.curated_wikidata):
        for cols in gazlib.read_tsv(args.curated_wikidata):
            if len(cols) >= 2 and re.fullmatch(r"Q\d+", cols[1]):
                curated_qids[cols[1]] = cols[0]
    iso = gazlib.load_json(args.iso_codes)["3166-1"]
    iso3_to_2 = {c["alpha_3"]: c["alpha_2"] for c in iso}
    iso_alpha2 = {c["alpha_2"] for c in iso} | {"XK"}

    nsi = load_nsi(args.nsi, stats)
    parties = load_partyfacts(args.partyfacts, iso3_to_2, stats)
    universities = load_universities(args.universities, stats)
    annie = load_annie(args.annie, stats)
    stats["loaded nsi entities (QIDs)"] = len(nsi)
    stats["loaded partyfacts entities"] = len(parties)
    stats["loaded university entities"] = len(universities)
    stats["loaded annie entities"] = len(annie)

    # -- NSI: keep organisations only --
    entities = {}
    for qid, e in nsi.items():
        if NOT_ORGANISATION.search(e.description or "") or PLACE_WITH_ADJECTIVES.search(e.description or ""):
            stats["nsi items that are places, networks, flags or buildings"] += 1
            continue
        e.kind = nsi_kind(e)
        entities[qid] = e
    # -- Party Facts: merge on QID --
    for key, p in parties.items():
        if key in entities:
            e = entities[key]
            e.forms.update(p.forms)
            e.preferred = p.preferred + e.preferred
            e.countries.update(p.countries)
            e.sources.add("partyfacts")
            e.kind = "party"
        else:
            p.kind = "party"
            entities[key] = p

    # form index over the QID-bearing entities for merging sources without QIDs
    def index_forms():
        idx = collections.defaultdict(set)
        for key, e in entities.items():
            for f in list(e.forms) + ([e.label] if e.label else []):
                idx[f].add(key)
                idx[core_name(f)].add(key)
        return idx

    idx = index_forms()
    for key, u in sorted(universities.items()):
        name = next(iter(u.forms))
        hits = sorted(k for k in idx.get(name, ()) if entities[k].qid)
        if len(hits) == 1 and entities[hits[0]].kind in ("university", "other", "operator"):
            e = entities[hits[0]]
            e.forms.update(u.forms)
            e.preferred = [name] + e.preferred
            e.countries.update(u.countries)
            e.sources.add("universities")
            e.kind = "university"
            stats["universities merged into a QID entity"] += 1
        else:
            u.kind = "university"
            entities[key] = u
    idx = index_forms()
    for key, a in sorted(annie.items()):
        kind = next(iter(a.kinds))
        hits = set()
        for f in a.forms:
            hits |= idx.get(f, set()) | idx.get(core_name(f), set())
        hits = sorted(hits)
        if len(hits) == 1:
            e = entities[hits[0]]
            e.forms.update(a.forms)
            e.sources.add("annie")
            stats["annie entries merged into another source's entity"] += 1
        elif len(hits) > 1:
            stats["annie entries matching several entities skipped"] += 1
        else:
            a.kind = kind
            entities[key] = a

    # -- canonical names; words so frequent in the sources' names that a name made of them only describes --
    for key in sorted(entities):
        e = entities[key]
        e.name = choose_name(e)
    word_names = collections.Counter()
    for e in entities.values():
        if e.name:
            word_names.update(set(w.lower() for w in re.findall(r"[^\W\d_]+", e.name)))
    descriptive = {w for w, n in word_names.items() if n >= DESCRIPTIVE_MIN_NAMES}
    stats["descriptive words (in %d+ names)" % DESCRIPTIVE_MIN_NAMES] = len(descriptive)

    def is_descriptive(text):
        """Made only of the sources' most frequent name words, none of them a place name or in capitals."""
        tokens = re.findall(r"[^\W_]+", text)
        if any(re.search(r"\d", t) or (t.isupper() and len(t) > 1) for t in tokens):
            return False
        content = [t.lower() for t in tokens if t.lower() not in STOPWORDS]
        if not content or any(w in lists.places for w in content):
            return False
        return all(w in descriptive for w in content)

    rows = {}
    for key in sorted(entities):
        e = entities[key]
        if not e.name:
            stats["no usable Latin-script name"] += 1
            continue
        e.country = choose_country(e, curated, iso_alpha2)
        if e.qid and e.qid in curated_qids:
            stats["same QID as a curated entity (wikidata-ids.tsv): row dropped"] += 1
            dropped.append(("same QID as curated " + curated_qids[e.qid], "%s %s" % (e.qid, e.name)))
            continue
        if e.kind != "party" and (e.kind in DESCRIPTIVE_KINDS or not e.qid) and is_descriptive(e.name):
            stats["descriptive names (e.g. 'Ministry of Education') dropped"] += 1
            dropped.append(("descriptive name", "%s %s" % (e.qid or key, e.name)))
            continue
        if re.search(r"#\s*\d|\bNo\.?\s*\d+\b|\(\s*\d+\s*\)$", e.name):
            stats["store-number names dropped"] += 1
            continue
        hit = curated.collision(e.name)
        if hit and hit.startswith("organizations.tsv:"):
            stats["same entity as a curated organisation: row dropped"] += 1
            dropped.append(("duplicate of curated " + hit, "%s %s" % (e.qid or key, e.name)))
            continue
        if hit:
            stats["name is a curated country/city form: row dropped"] += 1
            dropped.append(("name collides with " + hit, "%s %s" % (e.qid or key, e.name)))
            continue
        duplicate_of_curated = None
        forms = []
        for f in sorted(e.forms, key=lambda x: (-e.forms[x], x)):
            f = f.strip()
            if not usable_form(f, e.name) or drop_the(f) == drop_the(e.name) or f in forms:
                continue
            if re.search(r"#\s*\d", f):
                continue
            if len(f) <= 3 and not is_acronym(f):
                stats["short non-acronym aliases ('Con') dropped"] += 1
                continue
            fw = [w.lower() for w in re.findall(r"[^\W\d_]+", f)]
            if len(fw) >= 2 and is_descriptive(f):
                stats["descriptive multi-word aliases dropped"] += 1
                continue
            hit = curated.collision(f)
            if hit:
                if hit.startswith("organizations.tsv:") and not is_acronym(f) and len(fw) >= 2:
                    duplicate_of_curated = hit
                    break
                stats["aliases/acronyms colliding with curated forms dropped"] += 1
                dropped.append(("form collides with " + hit, "%s %s: %s" % (e.qid or key, e.name, f)))
                continue
            forms.append(f)
        if duplicate_of_curated:
            stats["same entity as a curated organisation: row dropped"] += 1
            dropped.append(("duplicate of curated " + duplicate_of_curated, "%s %s" % (e.qid or key, e.name)))
            continue
        e.acronyms = [f for f in forms if is_acronym(f) and len(gazlib.acronym_letters(f)) <= 10]
        e.aliases = [f for f in forms if f not in e.acronyms]
        rows[key] = e

    # -- forms shared between different sourced entities --
    owners = collections.defaultdict(set)
    names = collections.defaultdict(set)
    for key, e in rows.items():
        names[drop_the(e.name)].add(key)
        for f in e.acronyms + e.aliases:
            owners[drop_the(f)].add(key)
    core_owner = collections.defaultdict(set)
    for key, e in rows.items():
        core_owner[core_name(drop_the(e.name))].add(key)

    def shared(f, key):
        f = drop_the(f)
        if names.get(f, set()) - {key}:
            return True
        if len(owners[f]) > 1:
            return core_owner.get(f) != {key}
        return False

    for key, e in rows.items():
        keep_a, keep_b = [], []
        for f in e.acronyms:
            if shared(f, key):
                stats["acronyms shared by several sourced entities dropped"] += 1
            else:
                keep_a.append(f)
        for f in e.aliases:
            if shared(f, key):
                stats["aliases shared by several sourced entities dropped"] += 1
            else:
                keep_b.append(f)
        e.acronyms, e.aliases = keep_a, keep_b
        e.acronyms = e.acronyms[:8]
        e.aliases = e.aliases[:12]

    # -- match: always or confirm --
    risk_counts = collections.Counter()
    for key, e in rows.items():
        risks = []
        if len(names[drop_the(e.name)]) > 1:
            risks.append("shared-name")
        for f in [e.name] + e.acronyms + e.aliases:
            r = lists.risk(f)
            if r and not (r == "short-acronym" and f in e.acronyms):
                risks.append(r)  # a short acronym is confirmed by itself (the tagger's rule), not the whole row
        e.risks = sorted(set(risks))
        for r in e.risks:
            risk_counts[r] += 1

    # -- slugs: the entity with the lowest QID number (then name) gets the plain slug --
    def order(key):
        e = rows[key]
        q = int(e.qid[1:]) if e.qid else 10 ** 12
        return (q, e.name, e.country, key)

    taken = set(curated.org_names)  # curated organisation slugs stay unique too
    for key in sorted(rows, key=order):
        e = rows[key]
        base = slug(e.name)
        s = base
        if s in taken and e.country:
            s = "%s-%s" % (base, e.country.lower())
        if s in taken and e.qid:
            s = "%s-%s" % (base, e.qid.lower())
        n = 2
        while s in taken:
            s = "%s-%d" % (base, n)
            n += 1
        if s != base:
            stats["slugs disambiguated"] += 1
        taken.add(s)
        e.slug = s

    out_rows = []
    for key, e in rows.items():
        match = "confirm" if e.risks else "always"
        out_rows.append([e.slug, e.name, e.qid or "", "|".join(e.acronyms), "|".join(e.aliases), e.country,
                         e.kind, match])
    out_rows.sort(key=lambda r: r[0])

    kinds = collections.Counter(r[6] for r in out_rows)
    with_qid = sum(1 for r in out_rows if r[2])
    matches = collections.Counter(r[7] for r in out_rows)
    header = header_lines(args, stats, lists, kinds, with_qid, matches, risk_counts, len(out_rows))
    gazlib.write_tsv(args.out, header, out_rows)

    # -- the report --
    print("wrote %d rows to %s (%d with a Wikidata QID)" % (len(out_rows), args.out, with_qid))
    print("kinds: " + ", ".join("%s %d" % (k, kinds[k]) for k in KINDS if kinds[k]))
    print("match: " + ", ".join("%s %d" % kv for kv in sorted(matches.items())))
    print("risks: " + ", ".join("%s %d" % kv for kv in sorted(risk_counts.items())))
    for k in sorted(stats):
        if not k.startswith("nsi_version"):
            print("  %s: %s" % (k, stats[k]))
    print("collisions with the curated files and other drops (%d):" % len(dropped))
    for reason, detail in sorted(dropped):
        print("  %s\t%s" % (reason, detail))
    return 0


def header_lines(args, stats, lists, kinds, with_qid, matches, risk_counts, total):
    today = args.obtained or datetime.date.today().isoformat()
    lines = [
        "newsflow enrich-service gazetteer: organisations from openly licensed sources (generated; do not edit by hand).",
        "Generated by tools/gazetteer/build_organizations.py; see tools/gazetteer/README.md for the exact command",
        "  and for how to obtain each source. Rows: %d, of which %d have a Wikidata QID." % (total, with_qid),
        "Sources (all obtained %s):" % today,
        "  - name-suggestion-index %s (npm package name-suggestion-index; github.com/osmlab/name-suggestion-index),"
        % stats.get("nsi_version", ""),
        "    BSD-3-Clause, Copyright name-suggestion-index contributors: dist/json/nsi.json (brand/operator tags and",
        "    *:wikidata ids), dist/wikidata/wikidata.json (English Wikidata labels and descriptions, Wikidata being",
        "    CC0), dist/wikidata/dissolved.json, config/genericWords.json.",
        "  - Party Facts (github.com/hdigital/partyfactsdata, import/wikipedia/wikidata.csv and wikipedia.csv), MIT,",
        "    Copyright Party Facts authors; party names taken from English Wikipedia (CC BY-SA 4.0): attribution to",
        "    Wikipedia contributors and to Party Facts (Döring and Regel, partyfacts.org).",
        "  - university-domains-list (github.com/Hipo/university-domains-list, world_universities_and_domains.json),",
        "    MIT, Copyright 2014-2025 Hipo.",
        "  - GATE ANNIE gazetteer lists (github.com/GateNLP/gateplugin-ANNIE, src/main/resources/resources/gazetteer:",
        "    company, more_company, newspapers, tvcompany, radio_stations_uk, government, agency, charities,",
        "    university_uk), LGPL-3.0, Copyright The University of Sheffield.",
        "  Word lists used only to decide the match column (not copied into rows): Debian wamerican and wbritish",
        "    (SCOWL, permissive licence by Kevin Atkinson et al.); GATE ANNIE person_male/female, city, country, region,",
        "    province, mountain and water lists (LGPL-3.0); CoreNLP 4.5.10 KBP regexner_caseless.tab/regexner_cased.tab",
        "    COUNTRY/STATE_OR_PROVINCE/CITY entries (edu.stanford.nlp:stanford-corenlp:4.5.10:models, GPL-3.0+);",
        "    net.datafaker:datafaker:2.7.0 en/name.yml (Apache-2.0); the curated countries.tsv and cities.tsv.",
    ]
    if args.sources_note:
        for part in args.sources_note.split("\n"):
            lines.append("  " + part)
    lines += [
        "Build (tools/gazetteer/README.md): python3 tools/gazetteer/build_organizations.py --nsi <NSI package dir>",
        "  --partyfacts <partyfactsdata checkout> --universities <world_universities_and_domains.json>",
        "  --annie <ANNIE gazetteer dir> --corenlp-kbp <KBP gazetteers dir> --datafaker <datafaker-2.7.0.jar>",
        "  --dictionary /usr/share/dict/american-english --dictionary /usr/share/dict/british-english",
        "  --iso-codes /usr/share/iso-codes/json/iso_3166-1.json --curated <this folder>",
        "  --curated-wikidata <this folder>/wikidata-ids.tsv --obtained <date>",
        "  --sources-note <versions> --out <this file>",
        "Columns (tab-separated, no header row): slug, name, wikidata, acronyms (|), aliases (|), country, kind, match.",
        "  slug: Slugs.of(name); where two entities share one, the one with the higher QID number (or without a QID)",
        "    gets -<country> or -<qid> appended. name: the English Wikidata label where the source gives one, else the",
        "    source's own name. wikidata: the QID the source gives, or empty. acronyms/aliases: the source's other",
        "    names (brand/operator/short/official/alt names, Party Facts short and native names), Latin script only;",
        "    forms under 2 characters, all lower case, pure numbers, non-acronyms of 3 characters or fewer,",
        "    descriptive multi-word phrases (see Left out), forms several entities here share (kept by the one whose",
        "    name it is with a company suffix such as Inc./plc taken off) and forms of the curated files are left out.",
        "  country: ISO 3166-1 alpha-2 of the seat: the country (name or demonym of countries.tsv) the English Wikidata",
        "    description names first (\"Polish chain\", \"bank in Japan\"), else the one country the source places the",
        "    entity in (NSI locationSet, Party Facts, university list); empty when neither says.",
        "  kind: " + ", ".join(KINDS) + " (from the Wikidata description, else the NSI category or the source).",
        "  match: 'confirm' when any form of the entity is an ordinary English word when capitalised (it is in",
        "    wamerican/wbritish in lower case, or is a pair of such words), a given name (GATE ANNIE, Datafaker), a",
        "    surname (Datafaker en) or given name + surname, a place (curated countries/cities, GATE, CoreNLP KBP),",
        "    a name that is an acronym of 2-3 letters, a word of 3 letters or fewer, or a name several entities here",
        "    share; 'always' otherwise. An acronym of 2-3 letters among the acronyms (ÖBB) is taken only where the",
        "    statistical model agrees, whatever the row says; capitals with diacritics count as capitals.",
        "    Counts: " + ", ".join("%s %d" % kv for kv in sorted(matches.items())) + "; reasons: "
        + ", ".join("%s %d" % kv for kv in sorted(risk_counts.items())) + ".",
        "Kinds: " + ", ".join("%s %d" % (k, kinds[k]) for k in KINDS if kinds[k]) + ".",
        "Left out: NSI items whose Wikidata description says they are places, flags, routes, networks, buildings or",
        "  products; NSI items listed as dissolved; parties dissolved before 1990 (Party Facts/Wikipedia year);",
        "  organisations with no Latin-script name; descriptive names ('Ministry of Education', 'Fire Department'):",
        "  names made only of words that occur in %d or more of the sources' names, with no place name, digit or"
        % DESCRIPTIVE_MIN_NAMES,
        "  capitals in them, for public bodies, universities, NGOs and media and for rows without a QID; ANNIE",
        "  entries that ANNIE's team lists name (in clubs.tsv); rows whose name or a full-name alias is a form of",
        "  the curated organizations.tsv, or whose QID wikidata-ids.tsv gives a curated entity (the same entity:",
        "  the curated row wins), and rows whose name is a form of countries.tsv/cities.tsv. The build prints",
        "  every such collision.",
        "Matching is case-sensitive and a leading \"the \"/\"The \" is dropped from every form, as in the curated files.",
        "version: " + VERSION,
        "",
    ]
    return lines


if __name__ == "__main__":
    sys.exit(main())
