#!/usr/bin/env python3
"""The baseline for the ingest benchmark: a bare import of a JSON Lines corpus into one SQLite
FTS5 table with Python's sqlite3 (no extraction, no other tables), in one transaction.

Usage: bare_fts_import.py ARTICLES.jsonl DB_PATH
Prints the article count, the MB of text and the time taken inside Python (reading, parsing,
inserting, committing). Run it under /usr/bin/time -v for wall time and peak memory.
"""
import json
import os
import sqlite3
import sys
import time


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    source, db_path = sys.argv[1], sys.argv[2]
    start = time.perf_counter()
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db_path + suffix):
            os.remove(db_path + suffix)
    db = sqlite3.connect(db_path)
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
            rows.append((record["id"], record.get("title") or "", record["text"]))
            count += 1
            text_bytes += len(record["text"].encode("utf-8"))
        db.executemany("INSERT INTO articles (id, title, text) VALUES (?, ?, ?)", rows)
    db.close()
    seconds = time.perf_counter() - start
    print(f"bare FTS5 import: {count} articles, {text_bytes / 1e6:.2f} MB of text, {seconds:.3f} s inside Python, "
          f"database {os.path.getsize(db_path) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
