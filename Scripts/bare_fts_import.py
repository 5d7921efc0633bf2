#!/usr/bin/env python3
"""The baseline for the ingest benchmark: a bare import of a JSON Lines corpus into one SQLite
FTS5 table with Python's sqlite3 (no extraction, no other tables), in one transaction.

Usage: bare_fts_import.py [--fold] ARTICLES.jsonl DB_PATH
  --fold  index folded copies of title and text as newsbrowse does (lower case, diacritics
          removed, "ß" as "ss"; unicodedata NFKD + casefold here), in WAL mode with
          synchronous=NORMAL like the store: the same search index work, still without
          extraction or any other table.
Prints the article count, the MB of text and the time taken inside Python (reading, parsing,
inserting, committing). Run it under /usr/bin/time -v for wall time and peak memory.
"""
import json
import os
import sqlite3
import sys
import time
import unicodedata


def fold(text):
    """Lower case without diacritics, "ß" as "ss" (close to newsbrowse's SearchText.fold)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def main():
    args = sys.argv[1:]
    folding = "--fold" in args
    args = [a for a in args if a != "--fold"]
    if len(args) != 2:
        sys.exit(__doc__)
    source, db_path = args
    start = time.perf_counter()
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db_path + suffix):
            os.remove(db_path + suffix)
    db = sqlite3.connect(db_path)
    if folding:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
    db.execute("CREATE VIRTUAL TABLE articles USING fts5(id UNINDEXED, title, text, "
               "tokenize='unicode61 remove_diacritics 2')")
    count = 0
    text_bytes = 0
    with open(source, encoding="utf-8") as handle, db:
        rows = []
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            title, text = record.get("title") or "", record["text"]
            if folding:
                title, text = fold(title), fold(text)
            rows.append((record["id"], title, text))
            count += 1
            text_bytes += len(record["text"].encode("utf-8"))
        db.executemany("INSERT INTO articles (id, title, text) VALUES (?, ?, ?)", rows)
    db.close()
    seconds = time.perf_counter() - start
    label = "bare FTS5 import (folded)" if folding else "bare FTS5 import"
    print(f"{label}: {count} articles, {text_bytes / 1e6:.2f} MB of text, {seconds:.3f} s inside Python, "
          f"database {os.path.getsize(db_path) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
