#!/usr/bin/env python3
"""Country F1 of source and target actors, and event type accuracy, on PLOVER's gold-standard
records.

Usage: Scripts/eval-plover.py [PLOVER_GSR_CAMEO.jsonl] [--annals PATH] [--verbose]

The file defaults to ../shared/data/plover/PLOVER_GSR_CAMEO.jsonl beside the repository (not
part of it); the script says so and exits 0 when it is absent. Each record's sentence is coded
with `annals code --jsonl`. Gold: the set of state codes among the record's source and target
actors (IGO, NGO, MNC, IMG, ISM and empty codes left out: they are not states; the gold's
CAMEO-style or mistyped country codes JAP, TLS, ROM, ITL, VTN read as JPN, TMP, ROU, ITA, VNM). Found:
  - "actors": the countries of all actors Annals finds in the sentence (states, and people and
    groups with a known country) — comparable to a named-entity tagger plus a country lookup;
  - "events": the countries of the sources and targets of Annals' events, falling back to all
    actors when no event was coded.
Micro-averaged precision, recall and F1 over all records.
Event type accuracy: the share of records for which one of Annals' events has a CAMEO root of the
record's PLOVER category. The gold records use PLOVER 0.5 categories (DEMAND, DISAPPROVE, FIGHT,
INVESTIGATE ...) while Annals writes the 2021 table's types, so categories are compared through the
CAMEO roots they cover (ROOTS below).
"""
import json
import os
import subprocess
import sys

from evalsupport import setup

path, annals, verbose = setup("shared/data/plover/PLOVER_GSR_CAMEO.jsonl")

SAME = {"JAP": "JPN", "TLS": "TMP", "ROM": "ROU", "ITL": "ITA", "VTN": "VNM"}
records = []
for line in open(path, encoding="utf-8"):
    d = json.loads(line)
    if d.get("event") == "DOCUMENT" or not d.get("text"):
        continue
    gold = set()
    for side in ("source", "target"):
        v = d.get(side) or []
        if isinstance(v, dict):
            v = [v]
        for a in v if isinstance(v, list) else []:
            code = (a.get("code") or "")[:3].upper() if isinstance(a, dict) else ""
            if len(code) == 3 and code not in ("IGO", "NGO", "MNC", "IMG", "ISM", "---"):
                gold.add(SAME.get(code, code))
    records.append((d["id"], d["text"], d.get("date"), gold, d.get("event")))

feed = "".join(json.dumps({"id": r[0], "text": r[1], "published": r[2] or None}) + "\n" for r in records)
run = subprocess.run([annals, "code", "--jsonl", "-"], input=feed, capture_output=True, text=True)
out = {d["document"]["id"]: d for d in map(json.loads, run.stdout.splitlines())}

def score(kind):
    tp = fp = fn = 0
    for rid, text, _, gold, _ in records:
        d = out.get(rid)
        if d is None:
            fn += len(gold)
            continue
        actors = {a["id"]: a for a in d["actors"]}
        found = {SAME.get(a["country"], a["country"]) for a in d["actors"] if a.get("country")}
        if kind == "events" and d["events"]:
            ids = {e["source"] for e in d["events"]} | {e["target"] for e in d["events"] if e["target"]}
            found = {SAME.get(actors[i]["country"], actors[i]["country"]) for i in ids if actors[i].get("country")}
        tp += len(found & gold)
        fp += len(found - gold)
        fn += len(gold - found)
        if verbose and kind == "actors" and found != gold:
            print(f"{rid}: gold {sorted(gold)} found {sorted(found)} | {text[:100]}")
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    return p, r, 2 * p * r / (p + r) if p + r else 0

print(f"records {len(records)}")
for kind in ("actors", "events"):
    p, r, f = score(kind)
    print(f"{kind:7s} precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")

ROOTS = {"AGREE": {"03", "05"}, "CONSULT": {"04"}, "SUPPORT": {"05"}, "COOPERATE": {"06"}, "AID": {"07"},
         "CONCEDE": {"08"}, "RETREAT": {"08"}, "INVESTIGATE": {"09"}, "DEMAND": {"10", "02"}, "DISAPPROVE": {"11"},
         "REJECT": {"12"}, "THREATEN": {"13"}, "PROTEST": {"14"}, "MOBILIZE": {"15"}, "SANCTION": {"16"},
         "COERCE": {"17"}, "ASSAULT": {"18", "20"}, "FIGHT": {"19"}}
typed = sum(1 for rid, _, _, _, event in records
            if any(e["cameo_root"] in ROOTS.get(event, set()) for e in out.get(rid, {"events": []})["events"]))
coded = sum(1 for rid, *_ in records if out.get(rid, {"events": []})["events"])
print(f"event type accuracy {typed / len(records):.3f}  ({typed} of {len(records)} records; {coded} records with any event)")
