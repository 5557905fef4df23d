"""``analyze --append`` against a batch run: same stories? how long does an update take?

Run: ``.venv/bin/python benchmarks/append.py [--data ../shared/data/basil] [--parts 6]
[--limit N]``

BASIL articles are sorted by publication day and cut into ``--parts`` consecutive parts.
The first part is analysed as a normal run into a fresh SQLite store; every later part is
added with ``append_to_store`` and saved, as ``storylens analyze --append`` does. The stored
stories are then compared with one batch run over all articles (the reference in the same
run): B-cubed F1 of each against the BASIL events, and of the appended partition against the
batch one. Seconds per update and the number of stored articles re-analysed are printed.
Nothing from BASIL is written into the project (temporary folder).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from pipeline import DEFAULT_DATA, bcubed
from storylens import Pipeline, load_settings
from storylens.append import append_to_store
from storylens.store import open_store


def basil_records(folder: Path, limit: int | None) -> list[tuple[dict[str, str | None], str]]:
    """(JSONL record, BASIL event) per article, sorted by publication day then file."""
    records = []
    for path in sorted((folder / "articles").glob("*/*.json"))[:limit]:
        data = json.loads(path.read_text(encoding="utf-8"))
        paragraphs = data["body-paragraphs"]
        if isinstance(paragraphs, str):
            paragraphs = json.loads(paragraphs)
        text = "\n\n".join(" ".join(p) if isinstance(p, list) else str(p) for p in paragraphs)
        record = {"text": text, "title": data.get("title"), "url": data.get("url"),
                  "published": (data.get("date") or "")[:10] or None,
                  "outlet": data.get("source")}
        records.append((record, str(data["triplet-uuid"])))
    return sorted(records, key=lambda r: (r[0]["published"] or "", r[0]["url"] or ""))


def write_parts(records: list[tuple[dict[str, str | None], str]], parts: int,
                folder: Path) -> tuple[list[Path], dict[str, str]]:
    """JSONL files of consecutive parts and the event of each source ("file#Ln")."""
    size = -(-len(records) // parts)
    files, events = [], {}
    for number, start in enumerate(range(0, len(records), size), 1):
        path = folder / f"part{number:02d}.jsonl"
        chunk = records[start:start + size]
        path.write_text("".join(json.dumps(r) + "\n" for r, _ in chunk), encoding="utf-8")
        for line, (_, event) in enumerate(chunk, 1):
            events[f"{path}#L{line}"] = event
        files.append(path)
    return files, events


def stored_partition(db: Path) -> dict[str, str]:
    """Source of every stored article -> its story id."""
    conn = sqlite3.connect(db)
    try:
        return dict(conn.execute(
            "SELECT a.source, sa.story_id FROM story_articles sa"
            " JOIN articles a ON a.id = sa.article_id"))
    finally:
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--parts", type=int, default=6)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    if not (args.data / "articles").is_dir():
        print(f"BASIL not found at {args.data}; nothing to measure", file=sys.stderr)
        return 2
    pipeline = Pipeline(load_settings())
    records = basil_records(args.data, args.limit)
    with tempfile.TemporaryDirectory() as tmp:
        files, events = write_parts(records, args.parts, Path(tmp))
        started = time.perf_counter()
        batch = pipeline.run(files)
        print(f"batch: {len(batch.articles)} articles, {len(batch.stories)} stories, "
              f"{time.perf_counter() - started:.1f} s (models loaded in this run)")
        db = Path(tmp) / "store.db"
        with open_store(db) as store:
            first = pipeline.run(files[:1])
            store.save_run(first, {}, [str(files[0])])
            print(f"part 1: {len(first.articles)} articles, {len(first.stories)} stories")
            for number, part in enumerate(files[1:], 2):
                started = time.perf_counter()
                outcome = append_to_store(pipeline, [part], store)
                store.save_run(outcome.report, {}, [str(part)], merged=outcome.merged,
                               expected=outcome.expected)
                new = sum(1 for a in outcome.report.articles if a.source.startswith(str(part)))
                print(f"part {number}: {new} new articles, "
                      f"{len(outcome.report.articles) - new} stored articles re-analysed, "
                      f"{outcome}; {time.perf_counter() - started:.1f} s")
        appended = stored_partition(db)
    batch_of = {a.source: a.story_id or a.id for a in batch.articles}
    sources = sorted(set(batch_of) & set(appended))
    gold = [events[s] for s in sources]
    for name, labels in (("batch", batch_of), ("append", appended)):
        p, r, f = bcubed([labels[s] for s in sources], gold)
        print(f"{name:<7} vs BASIL events: B-cubed P {p:.3f} R {r:.3f} F1 {f:.3f}")
    p, r, f = bcubed([appended[s] for s in sources], [batch_of[s] for s in sources])
    print(f"append vs batch partition: B-cubed P {p:.3f} R {r:.3f} F1 {f:.3f} "
          f"({len(sources)} articles in both)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
