#!/usr/bin/env python3
"""Scores quote predictions against the German Wikinews quotation annotations (train+dev only).

Gold: annotations of type Direct, Indirect or Reported with a non-empty speaker. Other annotations
(free indirect, no speaker) are neutral: a prediction matching one counts neither way.
Detection: same direct flag, the prediction holds >= 60% of the gold quote's words and is at most
about twice as long. Attribution: a detected quote whose predicted speaker (name, else description)
shares a word with the gold speaker's name words (capitalised words that are not pronouns or
articles); gold speakers that are only pronouns are left out of attribution scoring.

Usage: quote-dev-eval.py predictions.jsonl [--split train|dev] [--show-errors N] [--type Direct]
"""
import json, re, sys, collections, os, random

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "corpus", "wikinews-de-quotes")
STOP = set("der die das den dem des ein eine einer einem eines er sie es ihr ihm ihn wir man ich du uns "
           "dieser diese dieses jener seine sein seiner ihre ihrer and the a an he she it they".split())
WORD = re.compile(r"\w+", re.UNICODE)

def words(text):
    return [w.lower() for w in WORD.findall(text or "")]

def name_words(speaker):
    return {w.lower() for w in WORD.findall(speaker or "") if w[:1].isupper() and w.lower() not in STOP and len(w) > 1}

def covers(pred, gold):
    g = words(gold["quote"]); p = words(pred["text"])
    if not g: return False
    pc = collections.Counter(p); hit = 0
    for w in g:
        if pc[w] > 0: pc[w] -= 1; hit += 1
    return hit >= 0.6 * len(g) and len(p) <= 2 * len(g) + 3

def main():
    args = sys.argv[1:]
    path = args[0]
    split = None; show = 0; only_type = None
    if "--split" in args: split = args[args.index("--split") + 1]
    if "--show-errors" in args: show = int(args[args.index("--show-errors") + 1])
    if "--type" in args: only_type = args[args.index("--type") + 1]
    assert split in (None, "train", "dev"), "only train and dev may be scored here"
    preds = {}
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        if r["split"] == "test": continue
        if split and r["split"] != split: continue
        preds[r["article_id"]] = r
    texts = {}
    for line in open(os.path.join(ROOT, "articles.jsonl"), encoding="utf-8"):
        a = json.loads(line)
        if a["id"] in preds: texts[a["id"]] = a["text"]
    gold = collections.defaultdict(list); neutral = collections.defaultdict(list)
    for line in open(os.path.join(ROOT, "quotes.jsonl"), encoding="utf-8"):
        q = json.loads(line)
        if q["article_id"] not in preds or q["split"] == "test": continue
        scored = q["type"] in ("Direct", "Indirect", "Reported") and q["speaker"].strip()
        if only_type and q["type"] != only_type and scored: scored = False
        q["direct"] = q["type"] == "Direct"
        (gold if scored else neutral)[q["article_id"]].append(q)
    stats = {k: collections.Counter() for k in ("direct", "reported", "all")}
    errors = {"fp": [], "fn": [], "speaker": []}
    for aid, r in preds.items():
        golds = gold[aid]; used = set()
        for p in r["quotes"]:
            if only_type and (p["direct"] != (only_type == "Direct")): continue
            kind = "direct" if p["direct"] else "reported"
            match = None
            for i, g in enumerate(golds):
                if i not in used and g["direct"] == p["direct"] and covers(p, g): match = i; break
            if match is None:
                if any(covers(p, g) for g in neutral[aid]) or any(covers(p, g) for g in golds if g["direct"] == p["direct"]):
                    continue
                for k in (kind, "all"): stats[k]["fp"] += 1
                errors["fp"].append((aid, p, None)); continue
            used.add(match); g = golds[match]
            for k in (kind, "all"): stats[k]["tp"] += 1
            gw = name_words(g["speaker"])
            if not gw:
                for k in (kind, "all"): stats[k]["pronoun_only"] += 1
                continue
            pw = name_words(p["speaker"] or "") | name_words(p["description"] or "")
            pw |= {w.lower() for w in WORD.findall(p["speaker"] or "") if len(w) > 2}
            ok = bool(pw & gw)
            for k in (kind, "all"): stats[k]["attr_ok" if ok else "attr_bad"] += 1
            if not ok: errors["speaker"].append((aid, p, g))
        for i, g in enumerate(golds):
            kind = "direct" if g["direct"] else "reported"
            for k in (kind, "all"):
                stats[k]["gold"] += 1
                if name_words(g["speaker"]): stats[k]["gold_named"] += 1
            if i not in used: errors["fn"].append((aid, None, g))
    def prf(tp, npred, ngold):
        p = tp / npred if npred else 0; r = tp / ngold if ngold else 0
        return p, r, (2 * p * r / (p + r) if p + r else 0)
    print(f"articles {len(preds)}  split {split or 'train+dev'}")
    for k in ("direct", "reported", "all"):
        s = stats[k]; npred = s["tp"] + s["fp"]
        p, r, f = prf(s["tp"], npred, s["gold"])
        # Attribution: correct = detected with the right speaker; pronoun-only golds left out.
        ap, ar, af = prf(s["attr_ok"], npred - s["pronoun_only"], s["gold_named"])
        print(f"{k:9s} detection P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {s['tp']} pred {npred} gold {s['gold']})"
              f" | attribution P {ap:.3f} R {ar:.3f} F1 {af:.3f} (ok {s['attr_ok']} wrong {s['attr_bad']} gold-named {s['gold_named']})")
    if show:
        random.seed(7)
        for name in ("fp", "fn", "speaker"):
            print(f"\n=== {name} ===")
            sample = random.sample(errors[name], min(show, len(errors[name])))
            for aid, p, g in sample:
                if p: print(f"[{aid}] PRED {'D' if p['direct'] else 'R'} spk={p['speaker']!r} desc={p['description']!r}: {p['text'][:160]}")
                if g:
                    t = texts[aid]; s0 = g["quote_spans"][0][0]; e0 = g["quote_spans"][-1][1]
                    print(f"[{aid}] GOLD {g['type']} spk={g['speaker']!r} cue={g['cue']!r}: {g['quote'][:160]}")
                    print(f"      CTX: {t[max(0, s0 - 120):e0 + 80]!r}"[:500])

if __name__ == "__main__":
    main()
