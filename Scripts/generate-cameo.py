#!/usr/bin/env python3
"""Generate the CAMEO event-code table Sources/Annals/Resources/knowledge/cameo.tsv.

Inputs (all read from one reference-data folder, given as the first argument; default
`../shared/data` relative to the repository root):
  * cameo/gdelt-eventcodes.txt   GDELT's CAMEO event codes: the list of rows (2-, 3-, 4-digit).
  * cameo/gdelt-goldstein.txt    GDELT's Goldstein values: the goldstein column.
  * cameo/cameo-codes.csv        the ICEWS CAMEO codebook (MIT): code names, and Goldstein values
                                 for any code GDELT's table lacks.
  * plover/CAMEO2PLOVER-2021.txt the CAMEO -> PLOVER conversion table (CC BY-SA 4.0): PLOVER
                                 event type and mode.

Usage:   python3 Scripts/generate-cameo.py [DATA_DIR]            # write the TSV
         python3 Scripts/generate-cameo.py [DATA_DIR] --stdout   # print it instead

Output columns (tab-separated):
  code  name  root  quad_class  goldstein  plover_type  plover_mode

Decisions (also written into the generated file's header):
  * Rows: exactly the codes of GDELT's event-code list, in its order.
  * name: the ICEWS codebook name, which follows the CAMEO 1.1b3 manual.  GDELT's own names for
    101 and 105-108 come from an earlier CAMEO revision and no longer match the codes' meaning
    (GDELT 105 "Demand mediation" is CAMEO 1.1b3's 108), and a few carry typos or broken
    characters; GDELT's name (cleaned) is used only for a code the codebook lacks.
  * quad_class: from the root, as GDELT assigns it: 01-05 -> 1, 06-09 -> 2, 10-14 -> 3, 15-20 -> 4.
  * goldstein: GDELT's value.  The ICEWS value is used only for a code GDELT's table lacks; such
    codes are listed in a header comment.  (The two sources differ on 016, 022, 164 and 165.)
  * PLOVER: see parse_plover() for how the conversion table is read.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUTPUT = REPO / "Sources" / "Annals" / "Resources" / "knowledge" / "cameo.tsv"
DEFAULT_DATA = REPO / ".." / "shared" / "data"

HEADER = ["code", "name", "root", "quad_class", "goldstein", "plover_type", "plover_mode"]

# Type values that mean "this CAMEO code has no PLOVER event" rather than naming a category.
DISCARD_TYPES = {"DISCARD", "NONE", "N/A", "NA", "-", "---", "NULL"}


def quad_class(root: str) -> int:
    r = int(root)
    if 1 <= r <= 5:
        return 1
    if 6 <= r <= 9:
        return 2
    if 10 <= r <= 14:
        return 3
    if 15 <= r <= 20:
        return 4
    raise ValueError(f"root out of range: {root}")


def read_tab_table(path: Path) -> list[tuple[str, str]]:
    """Two-column tab-separated file with a header line -> list of (code, value)."""
    rows = []
    raw = path.read_bytes().decode("utf-8", errors="replace")
    for i, line in enumerate(raw.splitlines()):
        if i == 0 or not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            raise SystemExit(f"{path.name}:{i + 1}: expected two tab-separated columns")
        rows.append((parts[0].strip(), parts[1].strip()))
    return rows


def clean_name(name: str) -> str:
    """Tidy a code name: collapse spaces, repair broken quotes, capitalise the first letter."""
    name = name.replace("\ufffd", "'").replace("\u00d2", "'").replace("\u00d3", "'")
    name = re.sub(r"\s+", " ", name).strip()
    name = re.sub(r",?\s*not spec(ified)? below$", "", name)  # GDELT-only qualifier
    if name and name[0].islower():
        name = name[0].upper() + name[1:]
    return name


def read_icews(path: Path) -> dict[str, tuple[str, str]]:
    """ICEWS codebook -> {code: (name, goldstein)}."""
    out = {}
    text = path.read_bytes().decode("utf-8", errors="replace")
    for row in csv.DictReader(text.splitlines()):
        code = row["code"].strip()
        out[code] = (clean_name(row["name"]), row["goldstein"].strip())
    return out


def parse_plover(path: Path) -> tuple[dict[str, tuple[str, str]], list[str]]:
    """Read CAMEO2PLOVER: {cameo code: (TYPE, mode)} and notes on the choices made.

    Line format: `CODE: TYPE, MODE, CONTEXT  # comment`.  Rules:
      * Text after '#' is a comment.  A comment of the form `"X" is no longer a mode` retires mode X
        everywhere in the table (the 2021 table says so of "ease", still written on 085).
      * Fields are split on ','; each is stripped (the table pads with spaces, e.g. "access ").
        Only TYPE and MODE are used; CONTEXT (possibly several values joined by ';') is ignored.
      * TYPE is upper-cased.  A blank TYPE means the line maps nothing: the code inherits from its
        parent as if unlisted.  A DISCARD-like TYPE (DISCARD, NONE, N/A, '-') maps the code to no
        PLOVER event: type and mode are left empty and nothing is inherited.  A TYPE listing
        several categories (joined by ';', '/' or '|') keeps the first.
      * MODE is lower-cased.  A MODE value that the table otherwise uses only as a CONTEXT (175
        writes "pro_autocracy" in the mode field) is taken as misplaced and dropped.  Several modes
        keep the first.
      * Lines without a code (titles, blank lines, the closing "~~~~~") are skipped.
      * A code listed twice keeps its first listing; the two-digit headings count as listings of
        the root (the table heads root 08 twice, "08: CONCEDE" and "08: RETREAT"; 08 keeps CONCEDE,
        the type of 080, while 084-087 carry RETREAT on their own lines).
    """
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    retired: set[str] = set()
    for line in lines:
        if "#" in line:
            m = re.search(r'"([^"]+)"\s+is no longer a mode', line.split("#", 1)[1])
            if m:
                retired.add(m.group(1).strip().lower())

    entries: list[tuple[int, str, list[str]]] = []
    contexts: set[str] = set()
    for n, line in enumerate(lines, 1):
        body = line.split("#", 1)[0].strip()
        m = re.match(r"^(\d{2,4})\s*:\s*(.*)$", body)
        if not m:
            continue
        fields = [f.strip() for f in m.group(2).split(",")]
        entries.append((n, m.group(1), fields))
        if len(fields) > 2:
            for c in re.split(r"[;|/]", ",".join(fields[2:])):
                if c.strip():
                    contexts.add(c.strip().lower())

    table: dict[str, tuple[str, str]] = {}
    notes: list[str] = []
    for n, code, fields in entries:
        typ = fields[0] if fields else ""
        mode = fields[1] if len(fields) > 1 else ""
        if not typ:
            notes.append(f"{code}: blank PLOVER type on line {n}; inherits from its parent")
            continue
        types = [t.strip().upper() for t in re.split(r"[;/|]", typ) if t.strip()]
        if len(types) > 1:
            notes.append(f"{code}: several PLOVER types {types}; kept {types[0]}")
        typ = types[0]
        if typ in DISCARD_TYPES:
            typ, mode = "", ""
        modes = [x.strip().lower() for x in re.split(r"[;/|]", mode) if x.strip()]
        if len(modes) > 1:
            notes.append(f"{code}: several PLOVER modes {modes}; kept {modes[0]}")
        mode = modes[0] if modes else ""
        if mode in retired:
            notes.append(f'{code}: mode "{mode}" dropped (the table retires it)')
            mode = ""
        elif mode and mode in contexts:
            notes.append(f'{code}: "{mode}" in the mode field is a context value; mode left empty')
            mode = ""
        if code in table:
            if table[code] != (typ, mode):
                notes.append(f"{code}: listed again (table line {n}) as {typ or '-'}/{mode or '-'}; "
                             f"kept the first listing {table[code][0] or '-'}/{table[code][1] or '-'}")
            continue
        table[code] = (typ, mode)
    return table, notes


def plover_for(code: str, table: dict[str, tuple[str, str]]) -> tuple[str, str, str]:
    """(type, mode, code it came from): the code's own listing or its nearest listed parent."""
    c = code
    while c:
        if c in table:
            return table[c][0], table[c][1], c
        if len(c) <= 2:
            break
        c = c[:-1]
    return "", "", ""


def build(data: Path) -> str:
    events = read_tab_table(data / "cameo" / "gdelt-eventcodes.txt")
    goldstein = dict(read_tab_table(data / "cameo" / "gdelt-goldstein.txt"))
    icews = read_icews(data / "cameo" / "cameo-codes.csv")
    plover, notes = parse_plover(data / "plover" / "CAMEO2PLOVER-2021.txt")

    rows = []
    gs_fallback, name_fallback, unmapped = [], [], []
    seen = set()
    for code, gname in events:
        if not re.fullmatch(r"\d{2,4}", code):
            raise SystemExit(f"gdelt-eventcodes.txt: bad code {code!r}")
        if code in seen:
            raise SystemExit(f"gdelt-eventcodes.txt: duplicate code {code}")
        seen.add(code)
        root = code[:2]
        if code in icews:
            name = icews[code][0]
        else:
            name = clean_name(gname)
            name_fallback.append(code)
        gs = goldstein.get(code, "")
        if not gs:
            if code not in icews:
                raise SystemExit(f"no Goldstein value for {code} in GDELT or ICEWS")
            gs = icews[code][1]
            gs_fallback.append(code)
        gs = f"{float(gs):.1f}"
        typ, mode, _ = plover_for(code, plover)
        if not typ:
            unmapped.append(code)
        rows.append([code, name, root, str(quad_class(root)), gs, typ, mode])

    listed_not_gdelt = sorted(c for c in plover if c not in seen)
    out = []
    w = out.append
    w("# Annals knowledge: the CAMEO event codes, with Goldstein values and PLOVER categories.")
    w("#")
    w("# Generated by Scripts/generate-cameo.py; do not edit this file by hand.  Sources:")
    w("#   - the code list: GDELT's CAMEO event-code lookup table (public);")
    w("#   - Goldstein values follow GDELT's table (GDELT's Goldstein lookup, public);")
    w("#   - code names: the ICEWS CAMEO codebook (andybega/icews, MIT), which follows the CAMEO")
    w("#     1.1b3 manual.  GDELT's names for 101 and 105-108 belong to an earlier CAMEO revision;")
    w("#   - PLOVER type and mode: the CAMEO-to-PLOVER conversion table of the PLOVER project")
    w("#     (openeventdata/PLOVER, 2021 edition, CC BY-SA 4.0).")
    w("#")
    w("# Columns (tab-separated):")
    w("#   code         CAMEO event code: a 2-digit root, a 3-digit code or a 4-digit sub-code")
    w("#   name         its name")
    w("#   root         its 2-digit root")
    w("#   quad_class   GDELT's quad class from the root: 01-05 = 1 verbal cooperation,")
    w("#                06-09 = 2 material cooperation, 10-14 = 3 verbal conflict,")
    w("#                15-20 = 4 material conflict")
    w("#   goldstein    Goldstein scale value (-10 conflict .. +10 cooperation)")
    w("#   plover_type  PLOVER event type, upper case; empty when the code has no PLOVER event")
    w("#   plover_mode  PLOVER mode, lower case; may be empty")
    w("#")
    w("# PLOVER: a code not listed in the conversion table takes the type and mode of its nearest")
    w("# listed parent (0211 -> 021 -> 02).  The table lists no code of roots 01 (statements) and")
    w("# 02 (appeals), so those rows have no PLOVER type.  Table lines were read as follows:")
    for note in dict.fromkeys(notes):  # a note repeated by a duplicated line is written once
        w(f"#   - {note}")
    if gs_fallback:
        w(f"# Goldstein from the ICEWS codebook (GDELT lacks a value): {', '.join(gs_fallback)}")
    else:
        w("# Every Goldstein value comes from GDELT's table (no ICEWS fallback was needed).")
    if name_fallback:
        w(f"# Name from GDELT (not in the ICEWS codebook): {', '.join(name_fallback)}")
    if listed_not_gdelt:
        w(f"# Listed in the PLOVER table but not in GDELT's code list (no row): "
          f"{', '.join(listed_not_gdelt)}")
    w(f"# Rows: {len(rows)}; without a PLOVER type: {len(unmapped)}.")
    w("")
    w("\t".join(HEADER))
    for r in rows:
        w("\t".join(r))
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", nargs="?", default=str(DEFAULT_DATA),
                    help="reference data folder (default: ../shared/data beside the repository)")
    ap.add_argument("--stdout", action="store_true", help="print instead of writing the file")
    args = ap.parse_args()
    data = Path(args.data)
    if not (data / "cameo" / "gdelt-eventcodes.txt").is_file():
        raise SystemExit(f"reference data not found in {data}")
    text = build(data)
    if args.stdout:
        sys.stdout.write(text)
    else:
        OUTPUT.parent.mkdir(parents=True, exist_ok=True)
        OUTPUT.write_text(text, encoding="utf-8")
        print(f"wrote {OUTPUT.relative_to(REPO)}", file=sys.stderr)


if __name__ == "__main__":
    main()
