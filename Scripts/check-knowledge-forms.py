#!/usr/bin/env python3
"""Check the name-variant and speech-cue knowledge files.

Files checked (paths relative to the repository root):
  Sources/Annals/Resources/knowledge/name-variants.tsv   header: variants<TAB>origin
  Sources/Annals/Resources/knowledge/speech-cues.tsv     header: cue<TAB>kind<TAB>forms<TAB>note

Both files: UTF-8, tab-separated, '#' comment lines and blank lines ignored, the first
non-comment line is the header.

name-variants.tsv
  * variants: '|'-separated, non-empty, one token each (letters, optionally an apostrophe or
    a hyphen inside), no repeats; each spelling occurs once in the whole file, compared
    without regard to case and also after the engine's folding (case, diacritics, hyphens,
    apostrophes), so that no folded spelling belongs to two groups.
  * origin: comma-separated known language tags, lower case.
  * --endings additionally reports spellings of different groups that become equal under
    the Russian-ending rules (-iy = -yi = -y = -i, -ey = -ei, Ye- = E-): a spelling not in
    the list that the rules turn into a listed one lands in that group, so such overlaps
    are worth a look.

speech-cues.tsv
  * cue, kind and forms are lower case; kind is verb, phrase, source or noun.
  * forms: '|'-separated, non-empty, no repeats; each form occurs once in the whole file;
    the cue of a phrase, source or noun is one of its forms; verb forms are single words,
    phrase and source forms have more than one word.
  * Disabled rows ('#' directly followed by a complete row) are checked too, so that
    enabling one cannot break the file.

Usage:  python3 Scripts/check-knowledge-forms.py [--endings] [FILE ...]
Prints 'file:line: reason' for every problem; exit status 1 when there is one.
"""

import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KNOWLEDGE = os.path.join("Sources", "Annals", "Resources", "knowledge")
NAME_FILE = os.path.join(KNOWLEDGE, "name-variants.tsv")
CUE_FILE = os.path.join(KNOWLEDGE, "speech-cues.tsv")

NAME_HEADER = ["variants", "origin"]
CUE_HEADER = ["cue", "kind", "forms", "note"]
CUE_KINDS = {"verb", "phrase", "source", "noun"}
LANGUAGES = {
    "ru", "uk", "be", "ar", "fa", "ur", "hi", "bn", "he", "tr", "zh", "ko", "id", "hy",
    "ka", "az", "kk", "uz", "tg", "ps", "ku", "so", "ms", "ja", "vi", "sr", "bg", "el",
}
NAME_TOKEN = re.compile(r"^[^\W\d_]+(?:['\-][^\W\d_]+)*$")

problems = []


def problem(path, line, reason):
    problems.append(f"{path}:{line}: {reason}")


def rows(path, with_disabled=False):
    """(header, data lines) as (line number, fields); the header is checked by the caller.
    with_disabled: also take commented-out rows ("#" directly followed by a full row)."""
    full = path if os.path.isabs(path) else os.path.join(ROOT, path)
    try:
        with open(full, "rb") as f:
            data = f.read()
    except OSError as error:
        problem(path, 0, f"cannot read: {error.strerror}")
        return None, []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        problem(path, data[: error.start].count(b"\n") + 1, "not valid UTF-8")
        return None, []
    if text.startswith("\ufeff"):
        problem(path, 1, "byte order mark")
        text = text[1:]
    if text and not text.endswith("\n"):
        problem(path, text.count("\n") + 1, "no newline at end of file")
    header, out = None, []
    for number, line in enumerate(text.split("\n"), start=1):
        if "\r" in line:
            problem(path, number, "carriage return")
            line = line.replace("\r", "")
        if with_disabled and line.startswith("#") and header is not None:
            # A disabled row: '#' directly followed by a row with every column.
            fields = line[1:].split("\t")
            if len(fields) == len(header[1]) and fields[0] and not fields[0].startswith(" "):
                out.append((number, fields))
            continue
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if header is None:
            header = (number, fields)
        else:
            out.append((number, fields))
    return header, out


def check_header(path, header, expected):
    if header is None:
        problem(path, 0, "no header line")
        return False
    number, fields = header
    if fields != expected:
        problem(path, number, "header must be exactly '" + "<TAB>".join(expected) + "'")
        return False
    return True


def check_fields(path, number, fields, count):
    if len(fields) != count:
        problem(path, number, f"{len(fields)} columns, expected {count}")
        return False
    for field in fields:
        if field != field.strip():
            problem(path, number, f"leading or trailing space in '{field}'")
    return True


def split_list(path, number, column, value):
    items = value.split("|")
    if any(not item for item in items):
        problem(path, number, f"empty entry in {column}")
    items = [item for item in items if item]
    for item in items:
        if item != item.strip() or "  " in item:
            problem(path, number, f"stray space in {column} entry '{item}'")
    return items


PLAIN_LATIN = {}
for _letters, _plain in (
    ("àáâãäåāăą", "a"), ("çćčĉċ", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
    ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
    ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"),
    ("źżž", "z"), ("ß", "ss"), ("æ", "ae"), ("œ", "oe"),
):
    for _c in _letters:
        PLAIN_LATIN[_c] = _plain


def fold(name):
    """The engine's comparison key of one spelling: lower case, no diacritics, and no
    hyphens, apostrophes, spaces or full stops (as NameVariants.fold in the engine)."""
    out = []
    for c in unicodedata.normalize("NFD", name.lower()):
        if c in PLAIN_LATIN:
            out.append(PLAIN_LATIN[c])
        elif c in "-'\u2019 ." or unicodedata.category(c) == "Mn":
            continue
        else:
            out.append(c)
    return "".join(out)


def fold_endings(name):
    """fold() plus the Russian-ending rules: -iy/-yi -> -i, -ey -> -ei, final -y -> -i
    (more than three letters), initial ye- -> e- (more than four letters)."""
    key = fold(name)
    if key.endswith("iy") or key.endswith("yi"):
        key = key[:-2] + "i"
    elif key.endswith("ey"):
        key = key[:-2] + "ei"
    elif key.endswith("y") and len(key) > 3:
        key = key[:-1] + "i"
    if key.startswith("ye") and len(key) > 4:
        key = key[1:]
    return key


def check_names(path, endings):
    header, data = rows(path)
    if not check_header(path, header, NAME_HEADER):
        return
    exact, folded, ending_keys = {}, {}, {}
    for number, fields in data:
        if not check_fields(path, number, fields, len(NAME_HEADER)):
            continue
        variants_field, origin = fields
        variants = split_list(path, number, "variants", variants_field)
        if len(variants) < 2:
            problem(path, number, "a group needs at least two spellings")
        seen_here = set()
        for variant in variants:
            if not NAME_TOKEN.match(variant):
                problem(path, number, f"'{variant}' is not a single name token")
            key = variant.casefold()
            if key in seen_here:
                problem(path, number, f"'{variant}' repeated in the group")
                continue
            seen_here.add(key)
            if key in exact:
                problem(path, number, f"'{variant}' already listed on line {exact[key]}")
            else:
                exact[key] = number
        for key in {fold(v) for v in variants}:
            if key in folded and folded[key] != number:
                problem(path, number, f"'{key}' (after folding case, diacritics, hyphens, apostrophes) "
                        f"also on line {folded[key]}")
            folded.setdefault(key, number)
        for key in {fold_endings(v) for v in variants}:
            if endings and key in ending_keys and ending_keys[key] != number:
                problem(path, number, f"note: '{key}' (after the Russian-ending rule) also on "
                        f"line {ending_keys[key]}")
            ending_keys.setdefault(key, number)
        if origin != origin.lower() or not re.fullmatch(r"[a-z]{2,3}(,[a-z]{2,3})*", origin):
            problem(path, number, f"origin '{origin}' must be comma-separated lower-case tags")
        else:
            tags = origin.split(",")
            for tag in tags:
                if tag not in LANGUAGES:
                    problem(path, number, f"unknown origin tag '{tag}'")
            if len(set(tags)) != len(tags):
                problem(path, number, f"repeated origin tag in '{origin}'")


def check_cues(path):
    header, data = rows(path, with_disabled=True)
    if not check_header(path, header, CUE_HEADER):
        return
    seen_forms, seen_cues = {}, {}
    for number, fields in data:
        if not check_fields(path, number, fields, len(CUE_HEADER)):
            continue
        cue, kind, forms_field, _note = fields
        for column, value in (("cue", cue), ("kind", kind), ("forms", forms_field)):
            if not value:
                problem(path, number, f"empty {column}")
            elif value != value.lower():
                problem(path, number, f"{column} '{value}' is not lower case")
        if kind not in CUE_KINDS:
            problem(path, number, f"kind '{kind}' is not one of {', '.join(sorted(CUE_KINDS))}")
        if cue in seen_cues:
            problem(path, number, f"cue '{cue}' already on line {seen_cues[cue]}")
        seen_cues.setdefault(cue, number)
        forms = split_list(path, number, "forms", forms_field)
        if cue and kind != "verb" and cue not in forms:
            problem(path, number, f"cue '{cue}' is not among its forms")
        seen_here = set()
        for form in forms:
            if form in seen_here:
                problem(path, number, f"form '{form}' repeated in the row")
                continue
            seen_here.add(form)
            if form in seen_forms:
                problem(path, number, f"form '{form}' already on line {seen_forms[form]}")
            else:
                seen_forms[form] = number
            words = form.split(" ")
            if kind == "verb" and len(words) != 1:
                problem(path, number, f"verb form '{form}' is not a single word")
            if kind in ("phrase", "source") and len(words) < 2:
                problem(path, number, f"{kind} form '{form}' is a single word")


def main(argv):
    endings = "--endings" in argv
    paths = [a for a in argv if a != "--endings"] or [NAME_FILE, CUE_FILE]
    for path in paths:
        if os.path.basename(path).startswith("name-variants"):
            check_names(path, endings)
        elif os.path.basename(path).startswith("speech-cues"):
            check_cues(path)
        else:
            problem(path, 0, "unknown knowledge file (expected name-variants*.tsv or speech-cues*.tsv)")
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
