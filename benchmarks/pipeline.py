"""Whole-pipeline throughput and memory on the 300 BASIL articles.

Run: ``.venv/bin/python benchmarks/pipeline.py [--data ../shared/data/basil] [--limit N]``

Prints articles per second with model loading excluded (models are loaded before the
clock starts and their load times are printed apart), seconds per stage, and peak
resident memory. BASIL is read from ``../shared/data`` and converted to a temporary JSONL
file; nothing from it is written into the project.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from storylens import Pipeline, load_settings
from storylens.records import Problem

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "basil"


def basil_jsonl(folder: Path, target: Path, limit: int | None) -> int:
    """Write BASIL articles as storylens JSONL (text, title, url, published, outlet)."""
    files = sorted((folder / "articles").glob("*/*.json"))[:limit]
    with target.open("w", encoding="utf-8") as out:
        for path in files:
            data = json.loads(path.read_text(encoding="utf-8"))
            paragraphs = data["body-paragraphs"]
            if isinstance(paragraphs, str):
                paragraphs = json.loads(paragraphs)
            text = "\n\n".join(
                " ".join(p) if isinstance(p, list) else str(p) for p in paragraphs
            )
            out.write(json.dumps({
                "text": text, "title": data.get("title"), "url": data.get("url"),
                "published": (data.get("date") or "")[:10] or None,
                "outlet": data.get("source"),
            }) + "\n")
    return len(files)


def bcubed(predicted: list[str], gold: list[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering against gold labels."""
    by_pred: dict[str, set[int]] = {}
    by_gold: dict[str, set[int]] = {}
    for i, (p, g) in enumerate(zip(predicted, gold, strict=True)):
        by_pred.setdefault(p, set()).add(i)
        by_gold.setdefault(g, set()).add(i)
    n = len(gold)
    precision = sum(len(by_pred[predicted[i]] & by_gold[gold[i]]) / len(by_pred[predicted[i]])
                    for i in range(n)) / n
    recall = sum(len(by_pred[predicted[i]] & by_gold[gold[i]]) / len(by_gold[gold[i]])
                 for i in range(n)) / n
    return precision, recall, 2 * precision * recall / (precision + recall)


def basil_events(folder: Path, limit: int | None) -> list[str]:
    """The BASIL event (triplet id) of each article, in the order of basil_jsonl."""
    files = sorted((folder / "articles").glob("*/*.json"))[:limit]
    return [json.loads(p.read_text(encoding="utf-8"))["triplet-uuid"] for p in files]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    if not (args.data / "articles").is_dir():
        print(f"BASIL not found at {args.data}; nothing to measure", file=sys.stderr)
        return 2
    settings = load_settings()
    pipeline = Pipeline(settings)
    started = time.perf_counter()
    # Load every model up front so the throughput figure excludes loading.
    resources = pipeline.resources
    _ = resources.language_id, resources.embedder, resources.sentence_embedder
    for language in ("en", "fr", "ru", "es"):
        resources.ner_for(language)
    load_seconds = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "basil.jsonl"
        count = basil_jsonl(args.data, corpus, args.limit)
        started = time.perf_counter()
        report = pipeline.run([corpus])
        elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    problems = [p for p in report.problems if isinstance(p, Problem)]
    print(f"articles in: {count}, analysed: {len(report.articles)}, "
          f"stories: {len(report.stories)}, problems: {len(problems)}")
    print(f"model loading: {load_seconds:.1f} s "
          + ", ".join(f"{k} {v:.2f}s" for k, v in resources.load_seconds.items()))
    print(f"pipeline: {elapsed:.1f} s, {len(report.articles) / elapsed:.1f} articles/s "
          f"(model loading excluded)")
    for stage, seconds in pipeline.stats.seconds.items():
        rate = len(report.articles) / seconds if seconds > 0 else float("inf")
        print(f"  {stage:<11} {seconds:7.2f} s  {rate:9.1f} articles/s")
    print(f"peak resident memory: {peak_mb:.0f} MB")
    events = basil_events(args.data, args.limit)
    line_of = {a.id: int(a.source.rsplit("#L", 1)[1]) for a in report.articles}
    gold = [events[line_of[a.id] - 1] for a in report.articles]
    p, r, f = bcubed([a.story_id or a.id for a in report.articles], gold)
    print(f"same-event clustering vs BASIL events: B-cubed P {p:.3f} R {r:.3f} F1 {f:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
