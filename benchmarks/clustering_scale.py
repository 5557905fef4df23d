"""Clustering at scale: sparse (candidates + pair scores + sparse average link) vs dense.

Run: ``.venv/bin/python benchmarks/clustering_scale.py [--sizes 1000 10000 100000]
[--dense-max 10000] [--texts 2000] [--tolerance]``

Real texts from ``../shared/data`` (BASIL, Giveme5W1H, CL-TLS, SemEval-2022 Task 8) are
embedded once with USE-m3 (cached outside the project, in the temp folder); corpora of each
size are resampled from them with a small Gaussian perturbation (renormalised), random days
over one year, and the source text's names, terms and figures. Each size runs in a fresh
process, so the peak-memory figure is that stage's own. ``--tolerance`` also measures how
far one-by-one and 10-chunk incremental runs are from a batch run on BASIL and Giveme5W1H.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import pickle
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from pathlib import Path

import numpy as np

from storylens.cluster.candidates import candidate_pairs, unit_rows
from storylens.cluster.features import ArticleFeatures, content_terms, name_keys, text_figures
from storylens.cluster.incremental import StoryState, assign_incremental, partition_of
from storylens.cluster.linkage import (
    attach_singletons,
    average_link,
    nearest_pairs,
    sparse_average_link,
)

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
CACHE = Path(tempfile.gettempdir()) / "storylens-bench-clustering"
THRESHOLD = 0.68  # Settings.cluster_threshold
# Perturbation of resampled embeddings (per-coordinate sd x sqrt(dim)): copies of one text
# keep cosine ~0.98 with it, so they look like rewrites of one story, not duplicates.
NOISE = 0.2
CAPITALISED = re.compile(r"\b[A-ZÀ-ÖØ-Þ][\w'-]{3,}")


def score_pairs(features: list[ArticleFeatures], pairs: np.ndarray) -> np.ndarray:
    """The project's pair similarity when present, else cosine minus a capped date penalty."""
    try:
        from storylens.cluster.similarity import pair_similarity
    except ImportError:
        emb = unit_rows(np.stack([f.embedding for f in features]))
        cos = np.einsum("ij,ij->i", emb[pairs[:, 0]], emb[pairs[:, 1]])
        days = np.array([f.day.toordinal() if f.day else 0 for f in features])
        gap = np.abs(days[pairs[:, 0]] - days[pairs[:, 1]])
        return np.asarray(cos - np.minimum(np.clip(gap - 2, 0, None) / 7 * 0.3, 0.25))
    # One call: pair_similarity builds its corpus rows once and scores in bounded blocks.
    return np.asarray(pair_similarity(features, pairs), dtype=np.float64)


def scorer_for(features: list[ArticleFeatures]) -> Callable[[np.ndarray], np.ndarray]:
    """A pair scorer over one corpus, as assign_incremental wants it."""
    return partial(score_pairs, features)


def load_texts(limit: int) -> list[tuple[str, date | None, str]]:
    """(text, day, gold event or "") from the shared data sets, BASIL and Giveme5W1H first."""
    out: list[tuple[str, date | None, str]] = []
    for path in sorted((DATA / "basil" / "articles").glob("*/*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        paras = d["body-paragraphs"]
        paras = json.loads(paras) if isinstance(paras, str) else paras
        body = "\n\n".join(" ".join(p) if isinstance(p, list) else str(p) for p in paras)
        out.append((f"{d.get('title') or ''}\n\n{body}", _day(d.get("date")),
                    "basil:" + d["triplet-uuid"]))
    for path in sorted((DATA / "giveme5w1h" / "news_cluster" / "data").glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        out.append((f"{d.get('title') or ''}\n\n{d.get('text') or ''}",
                    _day(d.get("date_publish")), f"g5w1h:{d['newsCluster']['EventId']}"))
    for path in sorted((DATA / "cl-tls").glob("*/*/*/*.txt")):
        out.append((path.read_text(encoding="utf-8", errors="replace"),
                    _day(path.parent.name), ""))
    seen: set[str] = set()
    with (DATA / "semeval2022-task8" / "training_set.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for text in (row["text1"], row["text2"]):
                if text and text not in seen:
                    seen.add(text)
                    out.append((text, None, ""))
    return out[:limit]


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def base_features(limit: int) -> tuple[list[ArticleFeatures], list[str]]:
    """Features of the real texts (USE-m3 embeddings), cached in the temp folder."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"base-{limit}.pkl"
    if path.exists():
        with path.open("rb") as fh:
            cached: tuple[list[ArticleFeatures], list[str]] = pickle.load(fh)
        return cached
    from storylens.embed import UseM3Embedder

    texts = load_texts(limit)
    started = time.perf_counter()
    emb = UseM3Embedder(threads=2).embed([t for t, _, _ in texts])
    print(f"embedded {len(texts)} texts in {time.perf_counter() - started:.0f} s", flush=True)
    feats = []
    for i, (text, day, _) in enumerate(texts):
        keys = set().union(*(name_keys(w) for w in CAPITALISED.findall(text[:2000])))
        feats.append(ArticleFeatures(f"t{i}", emb[i], keys, day, content_terms(text),
                                     text_figures(text)))
    result = (feats, [g for _, _, g in texts])
    with path.open("wb") as fh:
        pickle.dump(result, fh)
    return result


def resample(base: list[ArticleFeatures], n: int, seed: int = 0) -> list[ArticleFeatures]:
    """n articles drawn from the real ones: perturbed vectors, random days in one year."""
    rng = np.random.default_rng(seed)
    pick = rng.integers(0, len(base), n)
    emb = np.stack([base[i].embedding for i in pick])
    emb = unit_rows(emb + rng.normal(0, NOISE / math.sqrt(emb.shape[1]), emb.shape))
    days = rng.integers(0, 365, n)
    start = date(2026, 1, 1)
    return [ArticleFeatures(f"r{r}", emb[r], base[i].entity_keys,
                            start + timedelta(days=int(days[r])), base[i].terms, base[i].figures)
            for r, i in enumerate(pick.tolist())]


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def run_one(n: int, mode: str, texts: int) -> dict[str, float]:
    """Cluster n resampled articles in this process; seconds per step and peak extra MB."""
    feats = resample(base_features(texts)[0], n)
    before = _rss_mb()
    t0 = time.perf_counter()
    if mode == "dense":
        from storylens.cluster.similarity import similarity_matrix

        sim = similarity_matrix(feats)
        t1 = time.perf_counter()
        groups = average_link(sim, THRESHOLD)
        groups = attach_singletons(groups, *nearest_pairs(sim), THRESHOLD)
        t2 = time.perf_counter()
        steps = {"similarity": t1 - t0, "linkage": t2 - t1, "pairs": n * (n - 1) / 2}
    else:
        from storylens.cluster.similarity import PairScorer

        pairs = candidate_pairs(feats)
        t1 = time.perf_counter()
        scorer = PairScorer(feats)
        scores = scorer(pairs)
        t2 = time.perf_counter()
        # As cluster_articles: linkage scores the missing pairs of clusters it may merge.
        groups = sparse_average_link(n, pairs, scores, THRESHOLD, complete=scorer)
        groups = attach_singletons(groups, pairs, scores, THRESHOLD)
        t3 = time.perf_counter()
        steps = {"candidates": t1 - t0, "scores": t2 - t1, "linkage": t3 - t2,
                 "pairs": float(len(pairs))}
    total = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"n": n, "seconds": total, "peak_extra_mb": max(peak - before, 0.0),
            "stories": len(groups), **steps}


def bcubed_f1(a: dict[str, str], b: dict[str, str]) -> float:
    """B-cubed F1 of partition a against partition b (article id -> label)."""
    by_a: dict[str, set[str]] = {}
    by_b: dict[str, set[str]] = {}
    for item in a:
        by_a.setdefault(a[item], set()).add(item)
        by_b.setdefault(b[item], set()).add(item)
    p = sum(len(by_a[a[i]] & by_b[b[i]]) / len(by_a[a[i]]) for i in a) / len(a)
    r = sum(len(by_a[a[i]] & by_b[b[i]]) / len(by_b[b[i]]) for i in a) / len(a)
    return 2 * p * r / (p + r)


def tolerance(texts: int) -> None:
    """Batch vs one-by-one vs 10 chunks on the labelled sets (real embeddings, no NER)."""
    feats, gold = base_features(texts)
    for name in ("basil", "g5w1h"):
        chosen = [(f, g) for f, g in zip(feats, gold, strict=True) if g.startswith(name)]
        items = [f for f, _ in chosen]
        truth = {f.article_id: g for f, g in chosen}
        batch = partition_of(assign_incremental([], items, scorer_for, THRESHOLD).stories)
        print(f"{name}: {len(items)} articles, {len(set(truth.values()))} events; "
              f"batch F1 vs gold {bcubed_f1(batch, truth):.3f}, "
              f"{len(set(batch.values()))} stories")
        for order in ("chronological", "random-1", "random-2", "random-3"):
            seq = sorted(items, key=lambda f: (f.day or date.min, f.article_id))
            if order != "chronological":
                random.Random(order).shuffle(seq)
            for chunks in (len(seq), 10):
                size = math.ceil(len(seq) / chunks)
                stories: list[StoryState] = []
                started = time.perf_counter()
                for lo in range(0, len(seq), size):
                    stories = assign_incremental(stories, seq[lo:lo + size], scorer_for,
                                                 THRESHOLD).stories
                part = partition_of(stories)
                label = "one-by-one" if chunks == len(seq) else "10 chunks"
                same = sum(1 for f in items if _mates(part, f.article_id)
                           == _mates(batch, f.article_id))
                print(f"  {order:<13} {label:<10} F1 vs batch {bcubed_f1(part, batch):.3f}  "
                      f"F1 vs gold {bcubed_f1(part, truth):.3f}  same story as batch "
                      f"{same / len(items):.1%}  ({time.perf_counter() - started:.1f} s)")


def _mates(partition: dict[str, str], article: str) -> frozenset[str]:
    label = partition[article]
    return frozenset(a for a, s in partition.items() if s == label)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--dense-max", type=int, default=10000)
    parser.add_argument("--texts", type=int, default=2000)
    parser.add_argument("--tolerance", action="store_true")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--mode", default="sparse", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.mode, args.texts)))
        return 0
    if not (DATA / "basil").is_dir():
        print(f"shared data not found at {DATA}; nothing to measure", file=sys.stderr)
        return 2
    feats, _ = base_features(args.texts)
    print(f"base: {len(feats)} real texts; threshold {THRESHOLD}; pair scores: "
          f"{'pair_similarity' if _has_pair_similarity() else 'cosine - date penalty'}")
    results: dict[str, list[dict[str, float]]] = {"sparse": [], "dense": []}
    for n in args.sizes:
        for mode in ("sparse", "dense"):
            if mode == "dense" and n > args.dense_max:
                continue
            out = subprocess.run(
                [sys.executable, __file__, "--one", str(n), "--mode", mode,
                 "--texts", str(args.texts)], capture_output=True, text=True, check=True)
            row = json.loads(out.stdout.strip().splitlines()[-1])
            results[mode].append(row)
            steps = ", ".join(f"{k} {v:.2f} s" for k, v in row.items()
                              if k not in ("n", "seconds", "peak_extra_mb", "stories", "pairs"))
            print(f"{mode:<6} n={n:>7}: {row['seconds']:8.2f} s  {n / row['seconds']:9.0f} "
                  f"articles/s  peak +{row['peak_extra_mb']:.0f} MB  pairs {row['pairs']:.0f}"
                  f"  stories {row['stories']:.0f}  ({steps})", flush=True)
    for mode, rows in results.items():
        if len(rows) >= 2:
            x = np.log([r["n"] for r in rows])
            y = np.log([r["seconds"] for r in rows])
            slope = float(np.polyfit(x, y, 1)[0])
            print(f"{mode}: growth exponent (slope of log time vs log n) {slope:.2f}")
    if results["dense"]:
        last = results["dense"][-1]
        for n in args.sizes:
            if n > last["n"]:
                scale = (n / last["n"]) ** 2
                print(f"dense n={n}: estimated {last['seconds'] * scale:.0f} s and "
                      f"{last['peak_extra_mb'] * scale / 1024:.0f} GB (n^2 from n={last['n']})")
    if args.tolerance:
        tolerance(args.texts)
    return 0


def _has_pair_similarity() -> bool:
    try:
        from storylens.cluster.similarity import pair_similarity  # noqa: F401
    except ImportError:
        return False
    return True


if __name__ == "__main__":
    raise SystemExit(main())
