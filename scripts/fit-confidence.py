#!/usr/bin/env python3
"""Fits the weights of sitrep's event confidence (sitrep-core/.../events/confidence.tsv, and with
--judged confidence-judged.tsv, whose events carry what the learned judge made of their sentence).

A logistic regression, L2-regularised, over the features org.sitrep.events.Confidence computes, on the
events that `sitrep eval news --min-confidence 0 --out DIR` wrote for the tune half of eval/news (the
odd-numbered articles): an event matched to a required gold event is 1, an event matched to none is 0,
an event matched to an optional gold event is left out (the scorer sets those aside). The check half is
only scored, by threshold. Matching follows eval/news/README.md, as NewsScorer does.

usage: scripts/fit-confidence.py GOLD.json OUT_DIR [--l2 2.0] [--judged]
needs: python3 and numpy (Debian: python3-numpy)
"""
import json
import math
import re
import sys

import numpy as np

UNDIRECTED = {"01", "02", "08", "14", "15"}
OPENING = 4
FEATURES = ["statement", "violence", "source_none", "target_known", "target_none", "coded_well", "opening"]
JUDGE_FEATURES = ["judge_agrees", "judge_p"]
QUAD = {r: q for q, roots in enumerate([(1, 2), (3, 4, 5), (6, 7, 8), (9, 10, 11, 12, 13), range(14, 21)]) for r in roots}


def km(a, b, c, d):
    p1, p2 = math.radians(a), math.radians(c)
    x = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(d - b) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1, math.sqrt(x)))


def actor(accepted, p):
    if not accepted:
        return True
    if p is None:
        return False
    return any(a.lower() in (p.get(f) or "").lower() for a in accepted for f in ("text", "id", "cameo"))


def matches(g, e):
    if not e["cameo"] or not any(e["cameo"].startswith(c) for c in g["cameo"]):
        return False
    if not actor(g.get("source") or [], e["source"]) or not actor(g.get("target") or [], e["target"]):
        return False
    if g.get("date") and e["date"] and g["date"] != e["date"]:
        return False
    if g.get("lat") is not None and e["place"] and km(g["lat"], g["lon"], e["place"]["lat"], e["place"]["lon"]) > g["km"]:
        return False
    return not g.get("modality") or g["modality"] == e["modality"]


def agreement(g, e):
    return sum([bool(g.get("source")) and e["source"] is not None, bool(g.get("target")) and e["target"] is not None,
                bool(g.get("date")) and e["date"] is not None, g.get("lat") is not None and e["place"] is not None,
                bool(g.get("modality"))])


def labels(article, emitted):
    gold = article["events"]
    used_e, used_g = [None] * len(emitted), [False] * len(gold)
    for optional in (False, True):
        pairs = sorted((-agreement(g, e), ei, gi) for gi, g in enumerate(gold) if bool(g.get("optional")) == optional
                       for ei, e in enumerate(emitted) if used_e[ei] is None and matches(g, e))
        for _, ei, gi in pairs:
            if used_e[ei] is None and not used_g[gi]:
                used_e[ei], used_g[gi] = "optional" if optional else "required", True
    return used_e


def features(e, judged):
    root = (e["cameo"] or "")[:2]
    t = e["target"]
    f = [root in ("01", "02"), root in ("18", "19", "20"), e["source"] is None,
         t is not None and bool(t.get("id") or t.get("cameo")), t is None and root not in UNDIRECTED and e["place"] is None,
         e.get("coder_confidence", e["confidence"]) >= 0.65 - 1e-9, e["evidence"]["sentence"] < OPENING]
    if judged:
        j = e["judge"]
        quad = QUAD.get(int(root)) if root.isdigit() else None
        f += [j["class"] == quad, j["p_coded"]]
    return [float(x) for x in f]


def rows(gold, out, tune, judged):
    x, y = [], []
    for a in gold["articles"]:
        n = int(re.search(r"(\d+)", a["file"].split("/")[-1]).group(1))
        if (n % 2 == 1) != tune:
            continue
        emitted = [json.loads(line) for line in open(f"{out}/{n:02d}.jsonl", encoding="utf-8")]
        for e, label in zip(emitted, labels(a, emitted)):
            if judged and e.get("judge") is None:
                continue  # plain statements alone in their sentence are not judged: confidence.tsv scores them
            if label != "optional":
                x.append([1.0] + features(e, judged))
                y.append(1.0 if label == "required" else 0.0)
    return np.array(x), np.array(y)


def main():
    args = sys.argv[1:]
    l2 = float(args[args.index("--l2") + 1]) if "--l2" in args else 2.0
    judged = "--judged" in args
    names = FEATURES + (JUDGE_FEATURES if judged else [])
    gold = json.load(open(args[0], encoding="utf-8"))
    x, y = rows(gold, args[1], True, judged)
    w = np.zeros(x.shape[1])
    for _ in range(20000):
        p = 1 / (1 + np.exp(-x @ w))
        w -= 0.5 * (x.T @ (p - y) + l2 * np.r_[0, w[1:]]) / len(y)
    print("bias\t%.2f" % w[0])
    for name, weight in zip(names, w[1:]):
        print("%s\t%.2f" % (name, weight))
    for half, data in (("tune", (x, y)), ("check", rows(gold, args[1], False, judged))):
        p = 1 / (1 + np.exp(-data[0] @ w))
        for t in (0.1, 0.15, 0.2, 0.25, 0.3):
            sel = p >= t
            print("# %s >= %.2f: %d events, %d right" % (half, t, sel.sum(), (data[1][sel] == 1).sum()), file=sys.stderr)


if __name__ == "__main__":
    main()
