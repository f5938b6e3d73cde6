#!/usr/bin/env python3
"""Code PETRARCH's validation suite with Annals' own patterns and report correct, missed and
extra events per category, as UniversalPetrarch reports them.

Usage: Scripts/eval-petrarch.py [PETRARCH_DIR] [--annals PATH] [--verbose]

PETRARCH_DIR defaults to ../shared/data/petrarch beside the repository (not part of it); the
script says so and exits 0 when it is absent. Its fictional actors and agents (Arnor, Gondor ...)
are converted with `annals dictionaries import-petrarch` and added with --dictionary. An event
is correct when (source code, target code, CAMEO code) equals an expected event of the sentence.
Correct and missed are shares of the expected events; extra is a share of the expected events
too (UniversalPetrarch's convention: 68.3% correct, 31.7% missed, 23.0% extra).

The suite's expected event codes come from PETRARCH's own test verb dictionary, which its header
describes as mostly WEIS codes tweaked for unit tests ("restore diplomatic ties" is 064 there,
"share intelligence" in CAMEO 1.1b3; 223 and 224 are not CAMEO codes at all), so Annals' CAMEO
patterns can rarely agree on the code. The last line therefore also reports the dyads: expected
(source, target) pairs that Annals finds with any event code, which measures actors and clause
reading on the suite.
"""
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

from evalsupport import setup

folder, annals, verbose = setup("shared/data/petrarch", "PETR.UnitTest.records.xml")
records_path = os.path.join(folder, "PETR.UnitTest.records.xml")

dictionary = tempfile.mkdtemp(prefix="annals-petrarch-")
subprocess.run([annals, "dictionaries", "import-petrarch", "--actors", os.path.join(folder, "PETR.Validate.actors.txt"),
                "--agents", os.path.join(folder, "PETR.Validate.agents.txt"), "--output", dictionary],
               check=True, capture_output=True)

text = open(records_path, encoding="utf-8", errors="replace").read()
sentences = []
for m in re.finditer(r"<Sentence\b([^>]*)>(.*?)</Sentence>", text, re.S):
    attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
    body = m.group(2)
    expected = [(e.get("sourcecode"), e.get("targetcode"), e.get("eventcode"))
                for e in (dict(re.findall(r'(\w+)="([^"]*)"', x)) for x in re.findall(r"<EventCoding([^>]*)>", body))
                if e.get("eventcode")]
    t = re.search(r"<Text>(.*?)</Text>", body, re.S)
    if not t:
        continue
    date = attrs.get("date", "")
    published = f"{date[:4]}-{date[4:6]}-{date[6:8]}" if len(date) == 8 else None
    sentences.append((attrs.get("id"), attrs.get("category", "?"), " ".join(t.group(1).split()), published, expected))

feed = "".join(json.dumps({"id": s[0], "text": s[2], "published": s[3]}) + "\n" for s in sentences)
run = subprocess.run([annals, "code", "--jsonl", "--dictionary", dictionary, "-"], input=feed, capture_output=True, text=True)
out = {d["document"]["id"]: d for d in map(json.loads, run.stdout.splitlines())}

stats = collections.defaultdict(lambda: [0, 0, 0, 0])  # expected, correct, missed, extra
dyads = [0, 0, 0]  # expected dyads, found among them, found dyads not expected
for sid, category, sentence, _, expected in sentences:
    d = out.get(sid, {"events": []})
    found = {(e["source_code"], e["target_code"] or "---", e["cameo"]) for e in d["events"]}
    expected = [(s or "---", t or "---", c) for s, t, c in expected]
    want = set(expected)
    correct = want & found
    want_dyads = {(s, t) for s, t, _ in want}
    found_dyads = {(s, t) for s, t, _ in found}
    dyads[0] += len(want_dyads)
    dyads[1] += len(want_dyads & found_dyads)
    dyads[2] += len(found_dyads - want_dyads)
    for key in (category, "ALL"):
        s = stats[key]
        s[0] += len(want)
        s[1] += len(correct)
        s[2] += len(want - found)
        s[3] += len(found - want)
    if verbose and found != want:
        print(f"{sid}: expected {sorted(want)} found {sorted(found)} | {sentence[:110]}")

print(f"sentences {len(sentences)}")
print(f"{'category':12s} {'expected':>8s} {'correct':>8s} {'missed':>8s} {'extra':>8s}")
for key in sorted(stats, key=lambda k: (k == "ALL", k)):
    e, c, m, x = stats[key]
    pct = lambda v: f"{100 * v / e:.1f}%" if e else "-"
    print(f"{key:12s} {e:8d} {pct(c):>8s} {pct(m):>8s} {pct(x):>8s}")
e, c, x = dyads
print(f"dyads (source and target codes, any event code): expected {e}, found {c} ({100 * c / e:.1f}%), "
      f"extra {x} ({100 * x / e:.1f}%)")
