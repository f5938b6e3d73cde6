#!/usr/bin/env python3
"""Measure quotation finding and speaker attribution against hand-annotated paragraphs.

Usage: Scripts/eval-quotes.py [FIXTURES.jsonl] [--annals PATH] [--verbose]

FIXTURES defaults to Tests/AnnalsTests/Fixtures/quotations.jsonl: one paragraph a line with
the quotes a careful reader finds ("starts", "kind", "speaker", "cue"). The paragraphs are
coded with `annals code --jsonl` and compared:
  - a found quote matches an expected one when its text starts with the expected words
    (or contains them, for quotes the annotation starts mid-way);
  - precision = matched found / found, recall = matched expected / expected;
  - attribution accuracy = matched quotes whose speaker is right / matched quotes, where
    right means: the speaker actor's name or one of its mentions equals the expected
    speaker (or contains it), or both are null.
"""
import json
import os
import subprocess
import sys

from evalsupport import ROOT, setup

fixtures, annals, verbose = setup(os.path.join(ROOT, "Tests/AnnalsTests/Fixtures/quotations.jsonl"))

cases = [json.loads(line) for line in open(fixtures, encoding="utf-8") if line.strip()]
feed = "".join(json.dumps({"id": c["id"], "text": c["text"], "published": "2025-01-15"}) + "\n" for c in cases)
out = subprocess.run([annals, "code", "--jsonl", "-"], input=feed, capture_output=True, text=True, check=True).stdout
results = {d["document"]["id"]: d for d in map(json.loads, out.splitlines())}

def norm(s):
    return " ".join(s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'").lower().split())

found_total = expected_total = matched = attributed = 0
kind_right = 0
for case in cases:
    doc = results[case["id"]]
    actors = {a["id"]: a for a in doc["actors"]}
    found = doc["quotes"]
    used = set()
    found_total += len(found)
    expected_total += len(case["quotes"])
    for exp in case["quotes"]:
        want = norm(exp["starts"])
        hit = next((q for q in found if id(q) not in used and norm(q["text"]).startswith(want)), None) \
            or next((q for q in found if id(q) not in used and want in norm(q["text"])), None)
        if hit is None:
            if verbose:
                print(f"MISS  {case['id']}: {exp['starts']!r} ({exp['kind']}, {exp['speaker']})")
            continue
        used.add(id(hit))
        matched += 1
        kind_right += hit["kind"] == exp["kind"]
        speaker = actors.get(hit["speaker"]) if hit["speaker"] else None
        names = [speaker["name"]] + [m["text"] for m in speaker["mentions"]] if speaker else []
        if exp["speaker"] is None:
            ok = speaker is None
        else:
            ok = speaker is not None and any(norm(exp["speaker"]) == norm(n) or norm(n) in norm(exp["speaker"])
                                             and len(n) > 3 or norm(exp["speaker"]) in norm(n) for n in names)
        attributed += ok
        if verbose and not ok:
            print(f"WRONG {case['id']}: {exp['starts']!r} expected {exp['speaker']}, got {speaker['name'] if speaker else None}")
    if verbose:
        for q in found:
            if id(q) not in used:
                print(f"EXTRA {case['id']}: {q['text'][:60]!r} ({q['kind']})")

p = matched / found_total if found_total else 0
r = matched / expected_total if expected_total else 0
print(f"paragraphs {len(cases)}  expected {expected_total}  found {found_total}  matched {matched}")
print(f"precision {p:.3f}  recall {r:.3f}  F1 {2 * p * r / (p + r) if p + r else 0:.3f}")
print(f"attribution accuracy {attributed / matched if matched else 0:.3f}  kind accuracy {kind_right / matched if matched else 0:.3f}")
