#!/usr/bin/env python3
"""Check the event pattern files Sources/Annals/Resources/knowledge/events/NN-name.tsv.

Usage:   python3 Scripts/check-event-patterns.py            # check, print errors, exit 1 if any
         python3 Scripts/check-event-patterns.py --counts   # also print pattern counts per file

Every error is printed as `file:line: reason`.  The rules (the format is described for analysts in
the folder's README.md):
  * Files: one per CAMEO root 01-20, named NN-name.tsv (the expected names are listed below).
    UTF-8; lines starting with '#' are comments; blank lines are ignored; the first other line is
    the header `code<TAB>pattern<TAB>options`.
  * Rows: two or three tab-separated columns (the options column may be left off when empty).
  * code: 2, 3 or 4 digits, present in knowledge/cameo.tsv, and of the file's root.
  * pattern: elements separated by single spaces:
      {S} / {T}    the source / target actor slot, each at most once; never two slots in a row
      's           the possessive, only directly after a slot
      word|word    a literal: lower-case words (letters, accented ones included, with inner
                   hyphens or apostrophes), one or more alternatives joined by '|', no empty or
                   repeated alternative
    A pattern is a VERB pattern when it starts with {S} (or {T}: the subject is then the target,
    "{T} receive aid from {S}") and its second element is a literal (not
    's); that element is the verb lemma, which must look like a base form (not -ing, -ed, an
    irregular past or a third-person -s form of another lemma) and not be a function word or a
    form of "be".  Any other pattern is a NOUN pattern and must contain a literal.  Every pattern
    needs at least one slot.
  * options: comma-separated, each of `symmetric`, `no-target`, `anaphoric`, `fallback`, `pair`, no repeats.  A pattern
    without {T} must say `no-target`; a pattern with {T} must not.  `symmetric` needs {S} or {T}.
    `anaphoric` stands alone and its pattern is literal words only ("talks|negotiations").
  * A pattern without {T} may not come before (in file order, files sorted by name) a pattern with
    {T} whose literal words could be the same: on such a tie the first pattern listed is used.
  * No two patterns, in any file, may overlap: same shape (slots and 's in the same places) with
    every literal element sharing an alternative, so that the same words would match both.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
KNOWLEDGE = REPO / "Sources" / "Annals" / "Resources" / "knowledge"
EVENTS = KNOWLEDGE / "events"
CAMEO = KNOWLEDGE / "cameo.tsv"

EXPECTED = {
    "01": "01-statement.tsv", "02": "02-appeal.tsv", "03": "03-intent.tsv",
    "04": "04-consult.tsv", "05": "05-diplomatic-cooperation.tsv",
    "06": "06-material-cooperation.tsv", "07": "07-aid.tsv", "08": "08-yield.tsv",
    "09": "09-investigate.tsv", "10": "10-demand.tsv", "11": "11-disapprove.tsv",
    "12": "12-reject.tsv", "13": "13-threaten.tsv", "14": "14-protest.tsv",
    "15": "15-force-posture.tsv", "16": "16-reduce-relations.tsv", "17": "17-coerce.tsv",
    "18": "18-assault.tsv", "19": "19-fight.tsv", "20": "20-mass-violence.tsv",
}
HEADER = ["code", "pattern", "options"]
OPTIONS = {"symmetric", "no-target", "anaphoric", "fallback", "pair"}
SLOTS = {"{S}", "{T}"}
POSSESSIVE = "'s"
WORD = re.compile(r"^[^\W\d_]+(?:[-'][^\W\d_]+)*$")

# Not verbs, or too empty to carry an event on their own.
NOT_LEMMAS = {
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "from",
    "with", "as", "into", "onto", "over", "about", "against", "between", "that", "this",
    "be", "is", "am", "are", "was", "were", "been", "being", "do", "does", "did", "done",
    "will", "would", "shall", "should", "can", "could", "may", "might", "must",
    "not", "no", "it", "its", "his", "her", "their", "s",
}
# Base forms that merely end like an inflection.
ED_OK = {"need", "shed", "proceed", "exceed", "succeed", "speed", "feed", "breed", "bleed",
         "embed", "seed", "heed", "wed", "shred", "weed", "plead", "impede", "concede", "cede",
         "recede", "precede", "intercede", "secede", "lead", "read", "spread", "head", "dread",
         "bed", "bred", "sled", "red"}
ING_OK = {"bring", "sing", "ring", "spring", "string", "swing", "sting", "fling", "cling",
          "wring", "sling", "wing", "king", "ping"}
IRREGULAR_PAST = {
    "held", "met", "fought", "struck", "took", "taken", "gave", "given", "made", "sent", "said",
    "told", "went", "gone", "came", "seen", "began", "begun", "brought", "thought",
    "bought", "sought", "caught", "taught", "left", "kept", "lost", "won", "spoke", "spoken",
    "broke", "broken", "chose", "chosen", "drove", "driven", "rode", "rose", "risen", "wrote",
    "written", "stood", "understood", "sold", "ran", "shot", "fled", "led", "fed", "paid",
    "laid", "hung", "withdrew", "withdrawn", "undertook", "overran", "overtook", "forbade",
    "forgave", "forgiven", "borne", "swore", "sworn", "tore", "torn", "threw", "thrown",
    "grew", "grown", "knew", "known", "flew", "flown", "drew", "drawn", "blew", "blown", "slew",
    "slain", "dealt", "meant", "felt", "built", "spent", "lent", "bent", "burnt", "heard",
    "sank", "sunk", "shook", "shaken", "froze", "frozen", "stole", "stolen",
    "hid", "hidden", "bit", "bitten", "slid", "spun", "stuck", "swept", "wept", "slept", "crept",
    "leapt", "knelt", "sang", "sung", "rang", "rung", "sprang", "sprung", "swam", "drank",
    "arose", "arisen", "awoke", "beaten", "became", "fallen", "forgot", "forgotten",
    "got", "gotten", "hidden", "mistook", "overcame", "overthrew", "overthrown", "rebuilt",
    "retook", "retaken", "upheld", "withheld", "woke", "wore", "worn",
}


def parse_cameo(path: Path) -> set[str]:
    codes = set()
    header_seen = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if not header_seen:
            header_seen = True
            continue
        codes.add(cols[0])
    return codes


def lemma_problem(lemma: str, all_lemmas: set[str]) -> str | None:
    for alt in lemma.split("|"):
        if alt in NOT_LEMMAS:
            return f"verb lemma '{alt}' is not a verb lemma (function word or form of 'be')"
        if alt in IRREGULAR_PAST:
            return f"verb lemma '{alt}' is an inflected form; write the base form"
        if alt.endswith("ing") and alt not in ING_OK and len(alt) > 4:
            return f"verb lemma '{alt}' looks like an -ing form; write the base form"
        if alt.endswith("ed") and alt not in ED_OK and len(alt) > 3:
            return f"verb lemma '{alt}' looks like an -ed form; write the base form"
        if alt.endswith("s") and not alt.endswith(("ss", "us", "is")):
            for base in (alt[:-1], alt[:-2] if alt.endswith("es") else None):
                if base and base in all_lemmas:
                    return f"verb lemma '{alt}' looks like a third-person form of '{base}'"
    return None


def check(counts: bool) -> int:
    errors: list[str] = []

    def err(where: str, msg: str) -> None:
        errors.append(f"{where}: {msg}")

    if not CAMEO.is_file():
        print(f"{CAMEO.relative_to(REPO)}: missing (run Scripts/generate-cameo.py)", file=sys.stderr)
        return 1
    codes = parse_cameo(CAMEO)
    if not EVENTS.is_dir():
        print(f"{EVENTS.relative_to(REPO)}: missing folder", file=sys.stderr)
        return 1

    files = sorted(EVENTS.glob("*.tsv"))
    names = {f.name for f in files}
    for root, name in EXPECTED.items():
        if name not in names:
            err(f"{EVENTS.relative_to(REPO)}/{name}", "missing file")

    # First pass: gather rows (for lemma cross-checks and duplicate detection).
    rows = []  # (where, root, code, elements, options)
    per_file: dict[str, int] = {}
    for f in files:
        rel = f.relative_to(REPO)
        m = re.match(r"^(\d\d)-[a-z]+(?:-[a-z]+)*\.tsv$", f.name)
        if not m or EXPECTED.get(m.group(1)) != f.name:
            err(f"{rel}:1", "unexpected file name (expected one of the NN-name.tsv files)")
            continue
        root = m.group(1)
        per_file[f.name] = 0
        try:
            text = f.read_bytes().decode("utf-8")
        except UnicodeDecodeError as e:
            err(f"{rel}:1", f"not UTF-8 ({e})")
            continue
        header_done = False
        for n, line in enumerate(text.split("\n"), 1):
            where = f"{rel}:{n}"
            if line.endswith("\r"):
                err(where, "carriage return (use Unix line ends)")
                line = line.rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = line.split("\t")
            if not header_done:
                header_done = True
                if cols != HEADER:
                    err(where, "header must be exactly 'code<TAB>pattern<TAB>options'")
                continue
            if len(cols) not in (2, 3):
                err(where, f"expected 2 or 3 tab-separated columns, found {len(cols)}")
                continue
            code, pattern = cols[0], cols[1]
            opts = cols[2] if len(cols) == 3 else ""
            per_file[f.name] += 1
            rows.append((where, root, code, pattern, opts))
        if not header_done:
            err(f"{rel}:1", "no header line")

    lemmas = set()
    for _, _, _, pattern, _ in rows:
        els = pattern.split(" ")
        if len(els) >= 2 and els[0] == "{S}" and WORD.match(els[1].split("|")[0] or ""):
            lemmas.update(els[1].split("|"))

    by_shape: dict[tuple, list] = {}
    literal_rows: list[tuple] = []
    for where, root, code, pattern, opts in rows:
        # code
        if not re.fullmatch(r"\d{2,4}", code):
            err(where, f"code '{code}' is not 2-4 digits")
        else:
            if code not in codes:
                err(where, f"code {code} is not in cameo.tsv")
            if code[:2] != root:
                err(where, f"code {code} does not belong to root {root}")

        # pattern
        if pattern != pattern.strip() or "  " in pattern or not pattern:
            err(where, "pattern has leading/trailing or doubled spaces, or is empty")
            continue
        els = pattern.split(" ")
        bad = False
        slot_count = {"{S}": 0, "{T}": 0}
        literals = 0
        for i, el in enumerate(els):
            if el in SLOTS:
                slot_count[el] += 1
                if i > 0 and els[i - 1] in SLOTS:
                    err(where, "two slots in a row")
                    bad = True
            elif el == POSSESSIVE:
                if i == 0 or els[i - 1] not in SLOTS:
                    err(where, "'s must directly follow {S} or {T}")
                    bad = True
            else:
                alts = el.split("|")
                if any(a == "" for a in alts):
                    err(where, f"empty alternative in '{el}'")
                    bad = True
                    continue
                for a in alts:
                    if not WORD.match(a) or a != a.lower():
                        err(where, f"malformed literal '{a}' (lower-case words only; "
                                   f"slots are {{S}} and {{T}})")
                        bad = True
                if len(set(alts)) != len(alts):
                    err(where, f"repeated alternative in '{el}'")
                    bad = True
                literals += 1
        for s, c in slot_count.items():
            if c > 1:
                err(where, f"{s} occurs {c} times (at most once)")
                bad = True
        opt_list = [o for o in opts.split(",")] if opts else []
        anaphoric = "anaphoric" in opt_list
        if anaphoric:
            if slot_count["{S}"] + slot_count["{T}"] + els.count(POSSESSIVE) or len(opt_list) != 1:
                err(where, "an anaphoric pattern is literal words only, with no other option")
            continue
        # (A pattern without a target may leave its source to the clause's subject: "ready to mediate".)
        if slot_count["{S}"] + slot_count["{T}"] == 0 and "no-target" not in opt_list:
            err(where, "pattern has no actor slot")
            bad = True
        if literals == 0:
            err(where, "pattern has no literal word")
            bad = True
        is_verb = (len(els) >= 2 and els[0] in ("{S}", "{T}") and els[1] not in SLOTS
                   and els[1] != POSSESSIVE)
        # "{T} killed in {S} attack": a participle written out after {T} is a noun pattern's literal.
        if is_verb and els[0] == "{T}" and any(w.endswith("ed") or w in IRREGULAR_PAST for w in els[1].split("|")):
            is_verb = False
        if is_verb and els[0] == "{T}" and "{S}" not in els:
            err(where, "a verb pattern whose subject is {T} needs an {S} after the verb")
            bad = True
        if els[0] == "{S}" and len(els) == 1:
            err(where, "verb pattern without a verb lemma")
            bad = True
        if is_verb:
            prob = lemma_problem(els[1], lemmas)
            if prob:
                err(where, prob)

        # options
        for o in opt_list:
            if o not in OPTIONS:
                err(where, f"unknown option '{o}' (known: symmetric, no-target, anaphoric, fallback, pair)")
        if len(set(opt_list)) != len(opt_list):
            err(where, "repeated option")
        has_t = slot_count["{T}"] == 1
        if not has_t and "no-target" not in opt_list:
            err(where, "pattern without {T} must carry the no-target option")
        if has_t and "no-target" in opt_list:
            err(where, "no-target given but the pattern has {T}")
        if "symmetric" in opt_list and slot_count["{S}"] == 0 and slot_count["{T}"] == 0:
            err(where, "symmetric needs an {S} or a {T} slot")

        if not bad:
            key = tuple(frozenset(e.split("|")) if e not in SLOTS and e != POSSESSIVE else e
                        for e in els)
            # Two patterns overlap when they have the same shape and every literal element
            # shares an alternative: the same words would then match both.
            shape = (len(key),) + tuple(e if isinstance(e, str) else "" for e in key)
            for other_key, other_where, other_code in by_shape.get(shape, []):
                if all(a == b if isinstance(a, str) else bool(a & b)
                       for a, b in zip(key, other_key)):
                    if other_code == code:
                        err(where, f"overlaps {other_where} (same code {code}; merge them)")
                    else:
                        err(where, f"overlaps {other_where}, coded {other_code} "
                                   f"(the same words would match both)")
                    break
            by_shape.setdefault(shape, []).append((key, where, code))
            literal_rows.append((where, [k for k in key if not isinstance(k, str)], is_verb,
                                 slot_count["{T}"] == 1))

    # When patterns tie on the number of literal words at the same trigger, the one listed first
    # wins; a pattern without {T} listed first would then hide the target of its twin with {T}.
    shadow = [r for r in literal_rows]
    for i, (w1, lits1, verb1, has_t1) in enumerate(shadow):
        if has_t1:
            continue
        for w2, lits2, verb2, has_t2 in shadow[i + 1:]:
            if has_t2 and verb1 == verb2 and len(lits1) == len(lits2) \
                    and all(a & b for a, b in zip(lits1, lits2)):
                err(w2, f"has the same literal words as {w1}, which has no {{T}} and comes first: "
                        f"list this pattern before it")
                break

    for e in errors:
        print(e)
    if counts:
        total = 0
        for name in sorted(per_file):
            print(f"{per_file[name]:5d}  {name}", file=sys.stderr)
            total += per_file[name]
        print(f"{total:5d}  total", file=sys.stderr)
    if errors:
        print(f"{len(errors)} error(s)", file=sys.stderr)
        return 1
    return 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--counts", action="store_true", help="print the number of patterns per file")
    sys.exit(check(ap.parse_args().counts))


if __name__ == "__main__":
    main()
