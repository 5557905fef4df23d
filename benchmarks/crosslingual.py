"""Cross-lingual story clustering on CL-TLS (es, fr, it; Egypt and Syria).

Run: ``.venv/bin/python benchmarks/crosslingual.py [--dates 12] [--seed 7]``

For each topic, dates covered in at least two languages are sampled; for each sampled date one
article per language is taken (its folder date is its publication date). The whole pipeline
runs on them, and we report how often articles of one date in different languages meet in one
story (higher is better) against how often articles of different dates merge (lower is better,
by gap in days: coverage of one long crisis on consecutive days may rightly be one story). The
same figures for embeddings only (USE-m3 cosine, average link, same threshold) come from the
same run. Nothing from CL-TLS is written into the project.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from datetime import date
from itertools import combinations
from pathlib import Path

import numpy as np

from storylens import Pipeline, load_settings
from storylens.cluster import average_link

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "cl-tls"
LANGUAGES = ("es", "fr", "it")
GAPS = ((1, 2), (3, 7), (8, 10_000))


def sample(data: Path, topic: str, dates: int, rng: random.Random) -> list[dict[str, str]]:
    """One article per language for ``dates`` dates covered in at least two languages."""
    by_date: dict[str, dict[str, Path]] = {}
    for language in LANGUAGES:
        folder = data / language / topic
        if not folder.is_dir():
            continue
        for day in sorted(p.name for p in folder.iterdir() if p.is_dir()):
            files = sorted((folder / day).glob("*.txt"))
            if files:
                by_date.setdefault(day, {})[language] = files[0]
    shared = sorted(d for d, langs in by_date.items() if len(langs) >= 2)
    chosen = sorted(rng.sample(shared, min(dates, len(shared))))
    rows = []
    for day in chosen:
        for language, path in sorted(by_date[day].items()):
            rows.append({"text": path.read_text(encoding="utf-8", errors="replace"),
                         "published": day, "outlet": f"{language}-{path.stem}",
                         "language": language, "topic": topic})
    return rows


def pair_rates(
    groups: dict[str, str], meta: dict[str, dict[str, str]]
) -> dict[str, tuple[int, int]]:
    """(co-clustered, total) pairs: same date across languages, and different dates by gap."""
    counts: dict[str, list[int]] = {}
    for a, b in combinations(sorted(groups), 2):
        ma, mb = meta[a], meta[b]
        if ma["topic"] != mb["topic"]:
            continue
        gap = abs((date.fromisoformat(ma["published"]) - date.fromisoformat(mb["published"])).days)
        if gap == 0:
            if ma["language"] == mb["language"]:
                continue
            key = "same date, other language"
        else:
            low, high = next((lo, hi) for lo, hi in GAPS if lo <= gap <= hi)
            key = f"different dates, {low}-{high if high < 10_000 else '...'} days apart"
        slot = counts.setdefault(key, [0, 0])
        slot[0] += groups[a] == groups[b]
        slot[1] += 1
    return {k: (v[0], v[1]) for k, v in counts.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--dates", type=int, default=12, help="dates sampled per topic")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"CL-TLS not found at {args.data}; nothing to measure", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    rows = [r for topic in ("egypt", "syria") for r in sample(args.data, topic, args.dates, rng)]
    settings = load_settings(environ={})
    pipeline = Pipeline(settings)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "cltls.jsonl"
        corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        report = pipeline.run([corpus])
    meta = {}
    for article in report.articles:
        line = int(article.source.rsplit("#L", 1)[1]) - 1
        meta[article.id] = rows[line]
    ours = {a.id: a.story_id or a.id for a in report.articles}
    vectors = np.stack([a.embedding for a in report.articles])
    groups = average_link(vectors @ vectors.T, settings.cluster_threshold)
    baseline = {report.articles[i].id: str(g) for g, members in enumerate(groups) for i in members}
    print(f"{len(report.articles)} articles ({len(rows)} sampled, {args.dates} dates per topic, "
          f"seed {args.seed}); {len(report.stories)} stories; languages detected: "
          f"{sorted({a.language or '?' for a in report.articles})}")
    print(f"{'pairs':<40} {'storylens':>16} {'embeddings only':>18}")
    ours_rates, base_rates = pair_rates(ours, meta), pair_rates(baseline, meta)
    for key in sorted(ours_rates):
        (a, n), (b, _) = ours_rates[key], base_rates.get(key, (0, 0))
        print(f"{key:<40} {a:>5}/{n:<4} {a / n:6.1%} {b:>6}/{n:<4} {b / n:6.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
