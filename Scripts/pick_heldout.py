#!/usr/bin/env python3
"""Picks the held-out gold articles: 16 German and 16 English business articles that nobody tunes on.

The procedure is fixed and reproducible (no extractor is run; only the corpus texts are read):

1. Pools, one per corpus, from each corpus's full `articles.jsonl`:
   - reuters: Reuters-21578 stories with the `acq` topic that are NOT in `reuters-21578/txt/`
     (the development gold was drawn from txt/, which developers browse);
   - bbc: BBC `business` stories that are NOT in `bbc-news/txt/` (same reason);
   - 10kgnad: 10kGNAD `Wirtschaft` stories (all of them are in txt/; there are no others);
   - wikinews: German Wikinews articles with at least 3 distinct German business words (the word list
     `wikinews-de-quotes/README.md` used, with a threshold of 4, to choose txt/). Articles of the quotation test split
     or without quotation annotations come first (the Wikinews quote benchmark develops on train and
     dev); train and dev articles only fill up (there are too few business articles in test).
2. Exclusions: even numeric ids (reserved for the demo), every article of the development gold set
   (Tests/NewsExtractionTests/Gold/{de,en}) and every article of Resources/Demo.
3. Filters (plain regular expressions, listed below): 80 to 450 words (English) or 80 to 900 words
   (German: 10kGNAD joins each article into one paragraph and its few deal stories are long; with 450
   the German pools hold almost no deal at all) and at least one company cue
   (a legal form or company word). "Rich" articles also have at least two deal-or-stake cues AND a
   quote cue; "plain" ones have at least one of either.
4. Order: each pool sorted by id, then shuffled with random.Random(SEED) (wikinews: each of its two
   tiers shuffled, test/unannotated first). The picks are made in rounds (STAGES), each round walking the
   same shuffled order and skipping what earlier rounds took:
   - round 1 (the original set of 20): the first 3 rich articles, then the first plain-or-rich
     articles not yet taken, up to 5 per pool;
   - round 2 (the extension to 32): the next 3 rich articles not yet taken, filled up to 3 with
     plain-or-rich articles if a pool has too few rich ones left.
   So each pool gives 8: 8 reuters + 8 bbc = 16 English, 8 10kgnad + 8 wikinews = 16 German.
   Round 2 only appends: the first 5 picks of every pool are exactly those of the original script
   (PER_POOL 5, RICH 3; the commit that added the script), in the same order. `--rounds 1` prints the
   original 20 only.

The exclusions are read at run time, so the list is the committed held-out set only as long as the
development gold set is unchanged; to reproduce it later, run the script from the commit that added it.

Usage: Scripts/pick_heldout.py [--corpus ../shared/corpus] [--rounds N]
Prints one line per picked article: pool, id, word count, title.
"""
import argparse
import json
import os
import random
import re

SEED = 20261125
PER_POOL = 5  # round 1: articles per pool (the original set)
RICH = 3  # round 1: rich articles first
# Rounds of picks per pool, (articles, rich first); round 1 is the original PER_POOL/RICH pick.
STAGES = [(PER_POOL, RICH), (3, 3)]
TIERED = True
MIN_WORDS = 80
MAX_WORDS = {"en": 450, "de": 900}
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

COMPANY = {
    "en": re.compile(r"\b(Inc|Corp|Co|Ltd|plc|PLC|LLC|Group|Bank|firm|company|Holdings?)\b"),
    "de": re.compile(r"\b(AG|GmbH|SE|KGaA|Konzern|Unternehmen|Bank|Holding|Gruppe)\b"),
}
DEAL = {
    "en": re.compile(r"\b(acquir\w*|takeover|merger|stake|bid|buy\w*|bought|sell\w*|sold)\b", re.I),
    "de": re.compile(r"\b(Übernahme\w*|übernimmt|übernommen|übernehmen|übernahm|Beteiligung\w*|beteiligt|"
                     r"Anteile?n?|Aktienpaket\w*|Fusion\w*|verkauft|verkaufen|gekauft|kauft|Käufer|"
                     r"Mehrheitseigentümer|Tochter\w*)\b"),
}
QUOTE = {
    "en": re.compile(r"(\"|\u201c|\bsaid\b|\bsays\b|\baccording to\b)"),
    "de": re.compile(r"(\u201e|\"|\u00bb|\bsagte\b|\bsagt\b|\bteilte\b|\berklärte\b|\bso\b)"),
}
BUSINESS_DE = ["Übernahme", "Aktie", "Anteil", "Beteiligung", "Konzern", "Unternehmen", "Börse", "Umsatz",
               "Gewinn", "Milliarden", "Insolvenz", "Bank", "Fusion", "Investor", "Kauf", "Wirtschaft",
               "Arbeitsplätze", "Vorstand", "Konjunktur", "Inflation", "Euro", "Dollar", "Markt",
               "Gewerkschaft", "Streik", "Export"]


def records(path):
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def number(article_id):
    return int(re.search(r"(\d+)$", article_id).group(1))


def excluded_ids():
    """Development gold ids and demo ids."""
    ids = set()
    for language in ("de", "en", "seed"):
        folder = os.path.join(ROOT, "Tests", "NewsExtractionTests", "Gold", language)
        if os.path.isdir(folder):
            ids |= {name[:-5] for name in os.listdir(folder) if name.endswith(".json")}
    demo = os.path.join(ROOT, "Resources", "Demo")
    for name in os.listdir(demo):
        if name.endswith(".jsonl"):
            ids |= {record["id"] for record in records(os.path.join(demo, name))}
        elif name.endswith(".txt"):
            ids.add(name[:-4])
    return ids


def txt_ids(corpus, name):
    folder = os.path.join(corpus, name, "txt")
    return {f[:-4] for f in os.listdir(folder) if f.endswith(".txt")}


def pools(corpus):
    reuters_txt = txt_ids(corpus, "reuters-21578")
    bbc_txt = txt_ids(corpus, "bbc-news")
    splits = {}
    for note in records(os.path.join(corpus, "wikinews-de-quotes", "quotes.jsonl")):
        splits[note["article_id"]] = note["split"]

    def wiki_business(record):
        text = record["text"]
        return sum(1 for word in BUSINESS_DE if word in text) >= 3

    return {
        "reuters": ("en", [r for r in records(os.path.join(corpus, "reuters-21578", "articles.jsonl"))
                           if "acq" in (r.get("topics") or []) and r["id"] not in reuters_txt]),
        "bbc": ("en", [r for r in records(os.path.join(corpus, "bbc-news", "articles.jsonl"))
                       if "business" in (r.get("topics") or []) and r["id"] not in bbc_txt]),
        "10kgnad": ("de", [r for r in records(os.path.join(corpus, "10kgnad", "articles.jsonl"))
                           if "Wirtschaft" in (r.get("topics") or [])]),
        "wikinews": ("de", [r for r in records(os.path.join(corpus, "wikinews-de-quotes", "articles.jsonl"))
                            if wiki_business(r)]),
    }, splits


def cues(record, language):
    """0: fails the filters; 1: plain; 2: rich."""
    text = record["text"]
    if not MIN_WORDS <= len(text.split()) <= MAX_WORDS[language] or COMPANY[language].search(text) is None:
        return 0
    deal_cues = len(DEAL[language].findall(text))
    quoted = QUOTE[language].search(text) is not None
    if deal_cues >= 2 and quoted:
        return 2
    return 1 if deal_cues or quoted else 0


def pick(corpus, rounds=len(STAGES)):
    excluded = excluded_ids()
    picked = []
    all_pools, splits = pools(corpus)
    for name, (language, pool) in all_pools.items():
        candidates = sorted((r for r in pool if number(r["id"]) % 2 == 1 and r["id"] not in excluded),
                            key=lambda r: r["id"])
        tiers = [candidates]
        if name == "wikinews" and TIERED:
            tiers = [[r for r in candidates if splits.get(r["id"]) in ("test", None)],
                     [r for r in candidates if splits.get(r["id"]) not in ("test", None)]]
        ordered = []
        for tier in tiers:
            random.Random(SEED).shuffle(tier)
            ordered += tier
        chosen = []
        for count, rich in STAGES[:rounds]:
            stage = [r for r in ordered if cues(r, language) == 2 and r not in chosen][:rich]
            stage += [r for r in ordered if cues(r, language) >= 1 and r not in chosen and r not in stage][:count - len(stage)]
            chosen += stage
        picked += [(name, language, r) for r in chosen]
    return picked


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"))
    parser.add_argument("--rounds", type=int, default=len(STAGES), choices=range(1, len(STAGES) + 1),
                        help="how many rounds of STAGES to pick (1: the original 20 articles)")
    args = parser.parse_args()
    for name, language, record in pick(args.corpus, args.rounds):
        title = (record.get("title") or record["text"][:60]).replace("\n", " ")
        print(f"{name}\t{language}\t{record['id']}\t{len(record['text'].split())}\t{title}")


if __name__ == "__main__":
    main()
