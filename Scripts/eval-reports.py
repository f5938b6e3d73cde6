#!/usr/bin/env python3
"""Scores Annals on a folder of reports with hand-made answer keys.

Usage: python3 Scripts/eval-reports.py DIR [--verbose] [--annals BINARY]

DIR holds pairs NAME.txt (the report) and NAME.key.json:
  {"published": "YYYY-MM-DD",
   "actors": [{"form": "surface string in the text", "code": "RUSGOV"}],
   "quotes": [{"starts": "first words inside the quotation marks", "speaker": "name", "code": "RUSGOV"}],
   "events": [{"source": "RUS", "target": "PRK", "cameo": "042", "sentence": "first words"}]}

The comparison is loose, as a hand key is: an actor form counts when a mention with that text
has the key's code (and, separately, the key's state, the code's first three letters); a quotation
counts when it is found and its speaker has the key's code or the key speaker's surname; an event
row counts when an event has the same states or bodies (first three letters of source and target)
and the same CAMEO root (first two digits). "ours" counts the events Annals gives that match some
row of the key. Prints one line per report and the totals; --verbose lists every miss.
"""
import json
import os
import subprocess
import sys
import tempfile

from evalsupport import setup


def norm(text):
    """Lower case, straight quotes, single spaces."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(text.lower().split())


def load(folder):
    """(name, text, key) for every report with a key, in name order."""
    reports = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".key.json"):
            continue
        stem = name[: -len(".key.json")]
        text_path = os.path.join(folder, stem + ".txt")
        if not os.path.exists(text_path):
            print(f"{name}: no {stem}.txt beside it", file=sys.stderr)
            continue
        with open(text_path, encoding="utf-8") as f:
            text = f.read()
        try:
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                key = json.load(f)
        except json.JSONDecodeError as error:
            print(f"{name}: not JSON: {error}", file=sys.stderr)
            continue
        reports.append((stem, text, key))
    return reports


def code_all(annals, reports):
    """Runs `annals code --jsonl` once over every report; returns {name: record}."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as feed:
        for stem, text, key in reports:
            line = {"id": stem, "text": text}
            if key.get("published"):
                line["published"] = key["published"]
            feed.write(json.dumps(line) + "\n")
        path = feed.name
    try:
        out = subprocess.run([annals, "code", "--jsonl", path], capture_output=True, text=True, check=False)
    finally:
        os.unlink(path)
    if out.returncode not in (0, 65):
        sys.exit(f"annals failed ({out.returncode}): {out.stderr.strip()}")
    records = {}
    for line in out.stdout.splitlines():
        record = json.loads(line)
        records[record["document"]["id"]] = record
    return records


def score_actors(key, record, misses):
    by_text = {}
    for actor in record["actors"]:
        for mention in actor["mentions"]:
            by_text.setdefault(norm(mention["text"]), []).append(actor.get("code") or "")
    exact = state = 0
    rows = key.get("actors", [])
    for row in rows:
        form, code = norm(row["form"]), row["code"]
        codes = by_text.get(form)
        if codes is None:
            for variant in (form.removesuffix("'s"), form.removeprefix("the "), form + "'s"):
                if variant in by_text:
                    codes = by_text[variant]
                    break
        codes = codes or []
        if code in codes:
            exact += 1
        else:
            misses.append(f"  actor  {row['form']!r}: key {code}, ours {sorted(set(codes)) or '-'}")
        if any(c[:3] == code[:3] for c in codes):
            state += 1
    return exact, state, len(rows)


def score_quotes(key, record, misses):
    actors = {a["id"]: a for a in record["actors"]}
    found = right = 0
    rows = key.get("quotes", [])
    for row in rows:
        starts = norm(row["starts"]).strip("\"' ")
        quote = next((q for q in record["quotes"] if norm(q["text"]).strip("\"' ").startswith(starts[:40])), None)
        if quote is None:
            quote = next((q for q in record["quotes"] if starts[:40] in norm(q["text"])), None)
        if quote is None:
            misses.append(f"  quote  {row['starts']!r}: not found")
            continue
        found += 1
        speaker = actors.get(quote.get("speaker") or "")
        surname = norm(row.get("speaker", "")).split()[-1:] or [""]
        ok = False
        if speaker is not None:
            names = [norm(m["text"]) for m in speaker["mentions"]] + [norm(speaker.get("name") or "")]
            ok = speaker.get("code") == row.get("code") or any(surname[0] and surname[0] in n.split() for n in names)
        if ok:
            right += 1
        else:
            said = f"{speaker.get('name')} {speaker.get('code')}" if speaker else (quote.get("speaker_text") or "-")
            misses.append(f"  quote  {row['starts']!r}: key {row.get('speaker')} {row.get('code')}, ours {said}")
    return found, right, len(rows)


def loose(source, target, cameo):
    return ((source or "")[:3], (target or "")[:3], (cameo or "")[:2])


def score_events(key, record, misses):
    ours = [loose(e.get("source_code"), e.get("target_code"), e.get("cameo")) for e in record["events"]]
    rows = key.get("events", [])
    keys = [loose(r.get("source"), r.get("target"), r.get("cameo")) for r in rows]
    found = 0
    for row, k in zip(rows, keys):
        if k in ours:
            found += 1
        else:
            misses.append(f"  event  {row.get('source')} {row.get('cameo')} {row.get('target')}: {row.get('sentence')!r}")
    matching = 0
    for event, o in zip(record["events"], ours):
        if o in keys:
            matching += 1
        else:
            misses.append(f"  extra  {event.get('source_code')} {event.get('cameo')} {event.get('target_code')}"
                          f" ({event['mentions'][0].get('rule')})")
    return found, len(rows), matching, len(ours)


def main():
    folder, annals, verbose = setup("", None)
    if not os.path.isdir(folder):
        sys.exit(f"not a folder: {folder}")
    reports = load(folder)
    if not reports:
        sys.exit(f"no NAME.key.json with NAME.txt in {folder}")
    records = code_all(annals, reports)
    total = [0] * 10
    print("report   forms(code/state/all)   quotes(found/speaker/all)   events(key found/all, ours matching/all)")
    for stem, _, key in reports:
        misses = []
        record = records.get(stem)
        if record is None:
            print(f"{stem}: no output")
            continue
        a = score_actors(key, record, misses)
        q = score_quotes(key, record, misses)
        e = score_events(key, record, misses)
        row = a + q + e
        total = [t + v for t, v in zip(total, row)]
        print(f"{stem:8} {a[0]:3}/{a[1]:3}/{a[2]:3}            {q[0]:3}/{q[1]:3}/{q[2]:3}                "
              f"{e[0]:3}/{e[1]:3}, {e[2]:3}/{e[3]:3}")
        if verbose:
            print("\n".join(misses))
    a, q, e = total[0:3], total[3:6], total[6:10]
    print(f"{'total':8} {a[0]:3}/{a[1]:3}/{a[2]:3}            {q[0]:3}/{q[1]:3}/{q[2]:3}                "
          f"{e[0]:3}/{e[1]:3}, {e[2]:3}/{e[3]:3}")


if __name__ == "__main__":
    main()
