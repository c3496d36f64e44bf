#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds enrich-service's wikidata-ids.tsv: the Wikidata item (QID) of each entity of the curated gazetteers.

Standard library only. Every QID comes from a row of one of the source files named on the command line; nothing is
typed in here. See tools/gazetteer/README.md ("Given names and Wikidata ids") for where to get each source.

    python3 tools/gazetteer/build_wikidata_ids.py \\
        --gazetteer enrich-service/src/main/resources/newsflow/enrich/gazetteer \\
        --country-coder SRC/country-coder/package/src/data/borders.json \\
        --nsi SRC/name-suggestion-index/package/dist/json/nsi.json \\
        --nsi-wikidata SRC/name-suggestion-index/package/dist/wikidata/wikidata.json \\
        --natural-earth SRC/ne_10m_populated_places.json \\
        --partyfacts SRC/partyfactsdata/import/wikipedia/wikidata.csv \\
        --supraverden SRC/supraverden/data/general_list.yaml \\
        --out enrich-service/src/main/resources/newsflow/enrich/gazetteer/wikidata-ids.tsv

Matching is conservative (a wrong QID is worse than none); what is not matched is listed in the report.
  * country:XX - the country-coder feature whose iso1A2 is XX, and the name-suggestion-index national flag
    (flags/man_made/flagpole, flag:type national) of country XX whose subject is the country's name, official name or
    an alias in countries.tsv. Taken when the sources agree; when they disagree, the one whose Wikidata label (NSI's
    wikidata.json) is the countries.tsv name (Denmark, not the Kingdom of Denmark), else none.
  * location:<slug>-<cc> - Natural Earth 1:10m populated places whose ISO_A2 is the city's country and one of whose
    names (NAME, NAMEASCII, NAME_EN, NAMEPAR, NAMEALT) is the city's name or an alias in cities.tsv (exactly, else
    after dropping accents). Left out when the matching places carry different QIDs.
  * org:<slug> - candidates from (a) name-suggestion-index items whose brand/operator/network/subject tag is the
    organisation's name or an alias (not an acronym) and, for national bodies, whose locationSet includes the
    organisation's country or the world, (b) QIDs referenced by those items whose Wikidata label (NSI's wikidata.json)
    is the name or an alias, (c) country-coder features whose English name is the name or an alias,
    (d) Party Facts parties of the same country whose name, or short name (then also an acronym), matches,
    (e) SupraVerden international bodies whose English name or other English name matches; an NSI candidate also
    needs its Wikidata label (less a legal form such as "ASA" or "Inc.") to be the name or an alias, or its account
    to be one of the organisation's handles;
    a candidate whose Wikidata description in NSI's wikidata.json says it is a chain, brand, store or station is
    dropped (Shell the fuel-station chain is not Shell plc). The Twitter/X account that NSI's wikidata.json gives
    for a QID, when it is one of the organisation's handles, confirms that QID and decides between candidates.
    Taken when exactly one QID remains, or when exactly one of several was matched by the canonical name (not only
    an alias).
"""
import argparse
import csv
import json
import os
import re
import sys
import unicodedata

VERSION = "2026.12.1"
OBTAINED = "2026-12-02"
SOURCES = [
    ("country-coder", "npm @rapideditor/country-coder@5.6.1, file src/data/borders.json (iso1A2, wikidata, nameEn)",
     "ISC (LICENSE.md), (c) 2025 country-coder contributors"),
    ("name-suggestion-index", "npm name-suggestion-index@8.0.20260918 (git https://github.com/osmlab/"
     "name-suggestion-index, data/ as of that release), files dist/json/nsi.json (items and their *:wikidata tags) and "
     "dist/wikidata/wikidata.json (labels, descriptions and accounts of the QIDs NSI uses, taken from Wikidata, CC0)",
     "BSD-3-Clause (LICENSE.md), (c) 2026 name-suggestion-index contributors"),
    ("Natural Earth", "1:10m populated places v4.1 (wikidataid column), as GeoJSON in git https://github.com/"
     "martynafford/natural-earth-geojson commit 0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e, "
     "10m/cultural/ne_10m_populated_places.7z", "public domain (Natural Earth terms of use; the GeoJSON repository "
     "is CC0-1.0)"),
    ("SupraVerden", "git https://github.com/confirmordeny/supraverden commit 59ab4fa0f92f3c75bb45e230908e612f15e8dbdf, "
     "data/general_list.yaml (Wikidata_code, Name_en, Name_other*_en)", "CC BY-SA 4.0 (LICENSE.md), (c) Confirmordeny "
     "2025-2026"),
    ("Party Facts", "git https://github.com/hdigital/partyfactsdata commit 764de8978f84ba41a1c88752d6a00b9a4d05f599, "
     "import/wikipedia/wikidata.csv", "MIT (LICENSE.md), (c) 2022 Party Facts authors; party names from English "
     "Wikipedia (CC BY-SA 4.0)"),
]

ORG_FLAG_TYPES = {"governmental", "organisation", "military"}
# Legal-form words dropped from a Wikidata label before comparing it with a name ("Equinor ASA" is Equinor).
LEGAL_FORMS = re.compile(r"(,? (Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.|plc|PLC|AG|SE|ASA|A/S|AB|S\.A\.|SA|"
                         r"N\.V\.|NV|Ltd\.?|Limited|LLC|Group|Holdings?))+$")
BRANDISH = re.compile(r"\b(chain|brand|brands|store|stores|shop|shops|station|stations|restaurant|restaurants|"
                      r"franchise|outlet|outlets|dealership|supermarket|supermarkets|showroom|charging|network of|"
                      r"line of|toy|service area|ATM|bus route|flag of)\b", re.I)


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.replace("\u2019", "'")).strip()


def drop_the(s):
    s = s.strip()
    return s[4:] if s[:4] in ("the ", "The ") else s


def split_forms(value):
    return [drop_the(x) for x in value.split("|") if x.strip()] if value else []


def read_tsv(path, ncols):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            cols += [""] * (ncols - len(cols))
            rows.append([c.strip() for c in cols])
    return rows


# ---------------------------------------------------------------------------------------------------------------

def load_country_coder(path):
    data = json.load(open(path, encoding="utf-8"))
    by_a2, by_a3, by_name = {}, {}, {}
    for feat in data["features"]:
        p = feat["properties"]
        qid = p.get("wikidata")
        if p.get("iso1A2"):
            by_a2[p["iso1A2"]] = (qid, p)
            if p.get("iso1A3"):
                by_a3[p["iso1A3"]] = p["iso1A2"]
        if qid and p.get("nameEn"):
            by_name.setdefault(p["nameEn"], set()).add((qid, p.get("iso1A2") or p.get("id") or p["nameEn"]))
    return by_a2, by_a3, by_name


def load_supraverden(path):
    """data/general_list.yaml of supraverden: top-level keys (one body each) holding 'Field: value' lines."""
    rows, cur = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if not line.startswith(" ") and line.endswith(":"):
                cur = {"_key": line[:-1].strip().strip("'\"")}
                rows.append(cur)
                continue
            m = re.match(r"^  ([A-Za-z0-9_]+):\s*(.*)$", line)
            if m and cur is not None:
                v = m.group(2).strip()
                if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
                    v = v[1:-1].replace("''", "'") if v[0] == "'" else v[1:-1]
                cur[m.group(1)] = "" if v in ("null", "~") else v
    return [r for r in rows if re.fullmatch(r"Q\d+", r.get("Wikidata_code", ""))]


def load_nsi(path):
    data = json.load(open(path, encoding="utf-8"))["nsi"]
    return data


def match_countries(countries, cc_by_a2, nsi, wd, report):
    flags = nsi.get("flags/man_made/flagpole", {}).get("items", [])
    out = {}
    for code, name, official, aliases, _dem in (r[:5] for r in countries):
        forms = {drop_the(name)} | ({drop_the(official)} if official else set()) | set(split_forms(aliases))
        cands = {}
        if code in cc_by_a2 and cc_by_a2[code][0]:
            cands.setdefault(cc_by_a2[code][0], []).append("country-coder:%s wikidata" % code)
        for it in flags:
            t = it["tags"]
            if t.get("flag:type") == "national" and t.get("country") == code and t.get("subject:wikidata") \
                    and drop_the(t.get("subject", "")) in forms:
                cands.setdefault(t["subject:wikidata"], []).append(
                    "nsi:flags/man_made/flagpole %s subject:wikidata" % it["id"])
        key = "country:%s" % code
        if len(cands) > 1:
            # the sources disagree (country-coder gives the Kingdom of Denmark, NSI's flag Denmark): keep the item
            # whose Wikidata label (NSI's wikidata.json) is the name on the countries.tsv line, if exactly one is
            labelled = {q: e for q, e in cands.items() if (wd.get(q) or {}).get("label") == name}
            if len(labelled) == 1:
                q = next(iter(labelled))
                report["notes"].append((key, name, "sources disagree, took %s labelled %r; left %s" % (
                    q, name, ", ".join(x for x in sorted(cands) if x != q))))
                cands = {q: labelled[q] + ['nsi-wikidata:%s label "%s"' % (q, name)]}
        if len(cands) == 1:
            qid, ev = next(iter(cands.items()))
            out[key] = (qid, "; ".join(ev))
        elif not cands:
            report["unmatched"].append((key, name, "no source"))
        else:
            report["unmatched"].append((key, name, "sources disagree: " + ", ".join(
                "%s (%s)" % (q, " + ".join(e)) for q, e in sorted(cands.items()))))
    return out


def match_cities(cities, ne_path, country_names, report):
    data = json.load(open(ne_path, encoding="utf-8"))
    index = {}  # (country, folded name) -> {qid: [evidence]}
    exact = {}  # (country, name) -> {qid: [evidence]}
    pop = {}  # qid -> largest POP_MAX of its places
    for feat in data["features"]:
        p = feat["properties"]
        qid = (p.get("wikidataid") or "").strip()
        cc = (p.get("ISO_A2") or "").strip()
        if not re.fullmatch(r"[A-Z]{2}", cc):
            # no ISO code (Natural Earth gives -99 for Kosovo and a few others): the country whose countries.tsv
            # name is the place's ADM0NAME
            cc = country_names.get((p.get("ADM0NAME") or "").strip(), "")
        if not qid or not re.fullmatch(r"Q\d+", qid) or len(cc) != 2:
            continue
        pop[qid] = max(pop.get(qid, 0), int(p.get("POP_MAX") or 0))
        names = set()
        for col in ("NAME", "NAMEASCII", "NAME_EN", "NAMEPAR", "GN_ASCII", "MEGANAME", "LS_NAME"):
            v = p.get(col)
            if v and isinstance(v, str):
                names.add(v.strip())
        for alt in (p.get("NAMEALT") or "").split("|"):
            if alt.strip():
                names.add(alt.strip())
        ev = 'naturalearth:ne_10m_populated_places "%s" %s wikidataid' % (p.get("NAME"), cc)
        for n in names:
            exact.setdefault((cc, n), {}).setdefault(qid, ev)
            index.setdefault((cc, fold(n).lower()), {}).setdefault(qid, ev)
    out = {}
    for slug, name, country, aliases in (r[:4] for r in cities):
        key = "location:%s-%s" % (slug, country.lower())
        forms = [drop_the(name)] + split_forms(aliases)
        found = {}
        for f in forms:
            for q, ev in exact.get((country, f), {}).items():
                found.setdefault(q, ev)
        if not found:
            for f in forms:
                for q, ev in index.get((country, fold(f).lower()), {}).items():
                    found.setdefault(q, ev + " (accents ignored)")
        if len(found) > 1:
            # several places of that name in the country: the curated list holds capitals and big cities, so take
            # the largest when its population is at least ten times that of each other one
            ranked = sorted(found, key=lambda q: -pop.get(q, 0))
            top, rest = ranked[0], ranked[1:]
            if all(pop.get(top, 0) >= 10 * max(1, pop.get(q, 0)) for q in rest):
                report["notes"].append((key, name, "took %s (POP_MAX %d), the largest of %s" % (
                    top, pop.get(top, 0), ", ".join("%s (%d)" % (q, pop.get(q, 0)) for q in ranked))))
                found = {top: found[top] + " (largest of %d places of that name)" % len(ranked)}
        if len(found) == 1:
            qid, ev = next(iter(found.items()))
            out[key] = (qid, ev)
        elif not found:
            report["unmatched"].append((key, name, "no Natural Earth place of that name in %s" % country))
        else:
            report["unmatched"].append((key, name, "ambiguous: " + ", ".join(
                "%s (%s)" % (q, e) for q, e in sorted(found.items()))))
    return out


def match_organizations(orgs, nsi, wikidata, cc_by_name, cc_by_a3, partyfacts_path, supraverden_path, report):
    wd = wikidata.get("wikidata", wikidata)
    # NSI: tag name -> {qid: evidence}; QID -> locationSet includes (union)
    by_tagname = {}
    qid_locations = {}
    referenced = set()
    for path in sorted(nsi):
        for it in nsi[path]["items"]:
            t = it["tags"]
            include = [str(x).lower() for x in it.get("locationSet", {}).get("include", [])]
            for k in sorted(t):
                if not k.endswith(":wikidata") or k.startswith("not:"):
                    continue
                base = k[:-len(":wikidata")]
                if base not in ("brand", "operator", "network", "subject"):
                    continue
                if base == "subject" and t.get("flag:type") not in ORG_FLAG_TYPES:
                    continue  # national and regional flags name places, not organisations
                qid = t[k]
                referenced.add(qid)
                qid_locations.setdefault(qid, set()).update(include)
                names = {t.get(base, "")}
                if base == "subject":
                    names.add(t.get("subject", ""))
                for n in names:
                    if n:
                        by_tagname.setdefault(drop_the(n), {}).setdefault(qid, "nsi:%s %s %s" % (path, it["id"], k))
    by_label = {}
    by_handle = {}
    for qid in sorted(referenced):
        e = wd.get(qid) or {}
        if e.get("label"):
            by_label.setdefault(drop_the(e["label"]), set()).add(qid)
        tw = (e.get("identities") or {}).get("twitter")
        if tw:
            by_handle.setdefault(tw.lower(), set()).add(qid)

    parties = []
    with open(partyfacts_path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if re.fullmatch(r"Q\d+", (row.get("wikidata_id") or "").strip()):
                parties.append(row)

    supra = load_supraverden(supraverden_path)
    out = {}
    for slug, name, acronyms, aliases, handles, country in (r[:6] for r in orgs):
        key = "org:%s" % slug
        forms = {drop_the(name)} | set(split_forms(aliases))
        acr = set(split_forms(acronyms))
        hs = {h.lower().lstrip("@") for h in split_forms(handles)}
        cands = {}  # qid -> [evidence]
        canonical = drop_the(name)
        by_canonical = set()  # QIDs matched through the canonical name, not only an alias

        def add(q, ev, form=None):
            cands.setdefault(q, [])
            if ev not in cands[q]:
                cands[q].append(ev)
            if form == canonical:
                by_canonical.add(q)

        for f in sorted(forms):
            for q, ev in sorted(by_tagname.get(f, {}).items()):
                locs = qid_locations.get(q, set())
                if country and locs and not ({"001", country.lower()} & locs) and \
                        not any(l.startswith(country.lower() + "-") for l in locs):
                    continue
                add(q, ev, f)
            for q in sorted(by_label.get(f, ())):
                add(q, 'nsi-wikidata:%s label "%s"' % (q, wd[q]["label"]), f)
            for q, where in sorted(cc_by_name.get(f, ())):
                add(q, "country-coder:%s wikidata" % where, f)
        for row in parties:
            a2 = cc_by_a3.get(row["country"].strip())
            if country and a2 != country:
                continue
            pname = drop_the(row["name"].strip())
            short = row["name_short"].strip()
            if pname in forms or (short and (short in forms or short in acr)):
                add(row["wikidata_id"].strip(), "partyfacts:%s" % row["partyfacts_id"].strip(),
                    canonical if canonical in (pname, short) else None)
        for row in supra:
            names_en = {drop_the(v) for k, v in row.items() if re.fullmatch(r"Name(_other(_\d)?)?_en", k) and v}
            if names_en & forms:
                add(row["Wikidata_code"], 'supraverden:"%s"' % row["_key"],
                    canonical if canonical in names_en else None)
        handle_q = set()
        for h in hs:
            handle_q |= by_handle.get(h, set())
        # An NSI candidate needs its Wikidata label (less a legal form) to be the name or an alias, or its account
        # to be one of the organisation's handles: the brand tag "SoftBank" points at SoftBank Mobile, not the group.
        # Then brand/chain/store/toy items are dropped (Shell the fuel-station chain is not Shell plc).
        kept = {}
        for q, ev in cands.items():
            e = wd.get(q) or {}
            label = e.get("label") or ""
            other = [x for x in ev if not x.startswith(("nsi:", "nsi-wikidata:"))]
            if not other and q not in handle_q and not ({label, LEGAL_FORMS.sub("", label)} & forms):
                continue
            desc = e.get("description") or ""
            if desc and BRANDISH.search(desc) and q not in handle_q:
                continue
            kept[q] = ev
        if len(kept) > 1 and handle_q & set(kept):
            kept = {q: e for q, e in kept.items() if q in handle_q}
        if len(kept) > 1 and len(by_canonical & set(kept)) == 1:
            # "World Bank" (name) and "World Bank Group" (alias) are two items: the name decides
            kept = {q: e for q, e in kept.items() if q in by_canonical}
        if len(kept) == 1:
            q, ev = next(iter(kept.items()))
            if q in handle_q:
                ev = ev + ["nsi-wikidata:%s twitter %s" % (q, wd[q]["identities"]["twitter"])]
            out[key] = (q, "; ".join(ev[:3]))
        elif not kept:
            why = "no source" if not cands else "no candidate passed the label/description checks: " + ", ".join(
                "%s (%s)" % (q, (wd.get(q) or {}).get("description", "")) for q in sorted(cands))
            report["unmatched"].append((key, name, why))
        else:
            report["unmatched"].append((key, name, "ambiguous: " + ", ".join(
                "%s %s" % (q, (wd.get(q) or {}).get("description", "") or "/".join(e)) for q, e in
                sorted(kept.items()))))
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gazetteer", required=True, help="directory with countries.tsv, cities.tsv, organizations.tsv")
    ap.add_argument("--country-coder", required=True, help="country-coder src/data/borders.json")
    ap.add_argument("--nsi", required=True, help="name-suggestion-index dist/json/nsi.json")
    ap.add_argument("--nsi-wikidata", required=True, help="name-suggestion-index dist/wikidata/wikidata.json")
    ap.add_argument("--natural-earth", required=True, help="ne_10m_populated_places.json (GeoJSON)")
    ap.add_argument("--partyfacts", required=True, help="partyfactsdata import/wikipedia/wikidata.csv")
    ap.add_argument("--supraverden", required=True, help="supraverden data/general_list.yaml")
    ap.add_argument("--out", required=True)
    args = ap.parse_args(argv)

    g = args.gazetteer
    countries = read_tsv(os.path.join(g, "countries.tsv"), 5)
    cities = read_tsv(os.path.join(g, "cities.tsv"), 4)
    orgs = read_tsv(os.path.join(g, "organizations.tsv"), 6)

    cc_by_a2, cc_by_a3, cc_by_name = load_country_coder(args.country_coder)
    nsi = load_nsi(args.nsi)
    wikidata = json.load(open(args.nsi_wikidata, encoding="utf-8"))
    report = {"unmatched": [], "notes": []}

    result = {}
    result.update(match_countries(countries, cc_by_a2, nsi, wikidata.get("wikidata", wikidata), report))
    n_countries = len(result)
    country_names = {}
    for r in countries:
        for form in [r[1]] + split_forms(r[3]):
            country_names.setdefault(drop_the(form), r[0])
    result.update(match_cities(cities, args.natural_earth, country_names, report))
    n_cities = len(result) - n_countries
    result.update(match_organizations(orgs, nsi, wikidata, cc_by_name, cc_by_a3, args.partyfacts, args.supraverden,
                                      report))
    n_orgs = len(result) - n_countries - n_cities

    # one QID for two entities of the same kind is a sign of a wrong match: report it
    seen = {}
    for k in sorted(result):
        seen.setdefault((k.split(":", 1)[0], result[k][0]), []).append(k)
    shared = {q: ks for q, ks in seen.items() if len(ks) > 1}

    header = [
        "# newsflow enrich-service gazetteer: Wikidata item ids (QIDs) of the entities of the curated gazetteers",
        "#   (countries.tsv, cities.tsv, organizations.tsv).",
        "# GENERATED by tools/gazetteer/build_wikidata_ids.py - do not edit by hand; rebuild with the command below.",
        "# Sources (obtained %s):" % OBTAINED,
    ]
    for name, where, licence in SOURCES:
        header.append("#   %s: %s; licence: %s." % (name, where, licence))
    header += [
        "# Attribution: Wikidata (CC0) through name-suggestion-index and country-coder; Natural Earth (public domain);",
        "#   Party Facts (partyfacts.herokuapp.com), party names from Wikipedia (CC BY-SA); SupraVerden",
        "#   (github.com/confirmordeny/supraverden, CC BY-SA 4.0, (c) Confirmordeny 2025-2026): this file, in so far as",
        "#   it holds SupraVerden's QIDs, is shared under CC BY-SA 4.0 too.",
        "# Build: python3 tools/gazetteer/build_wikidata_ids.py --gazetteer <gazetteer dir> --country-coder <borders.json>",
        "#   --nsi <nsi.json> --nsi-wikidata <wikidata.json> --natural-earth <ne_10m_populated_places.json>",
        "#   --partyfacts <wikidata.csv> --supraverden <general_list.yaml> --out <this file>",
        "#   (see tools/gazetteer/README.md)",
        "# Matching: exact name or alias (plus the same country) only; entities without a certain match are left out.",
        "# Coverage: %d of %d countries, %d of %d cities, %d of %d organisations." % (
            n_countries, len(countries), n_cities, len(cities), n_orgs, len(orgs)),
        "# version: %s" % VERSION,
        "# Columns (tab-separated, no header row): id (country:XX, location:<slug>-<cc>, org:<slug>), wikidata (QID),",
        "#   evidence (the source row that gave the QID).",
    ]
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(header) + "\n")
        for k in sorted(result):
            f.write("%s\t%s\t%s\n" % (k, result[k][0], result[k][1].replace("\t", " ")))

    o = sys.stdout
    o.write("wikidata ids: %d rows written to %s\n" % (len(result), args.out))
    o.write("  countries %d/%d, cities %d/%d, organisations %d/%d\n" % (
        n_countries, len(countries), n_cities, len(cities), n_orgs, len(orgs)))
    if shared:
        o.write("WARNING: one QID for several entities:\n")
        for (kind, q), ks in sorted(shared.items()):
            o.write("  %s %s: %s\n" % (kind, q, ", ".join(ks)))
    for key, name, note in sorted(report["notes"]):
        o.write("  note %s\t%s\t%s\n" % (key, name, note))
    o.write("unmatched (%d):\n" % len(report["unmatched"]))
    for key, name, why in sorted(report["unmatched"]):
        o.write("  %s\t%s\t%s\n" % (key, name, why))
    return 0


if __name__ == "__main__":
    sys.exit(main())
