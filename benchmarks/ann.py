"""Candidate search: the usearch HNSW graph against the exact blockwise search it replaces.

Run: ``.venv/bin/python benchmarks/ann.py [--sizes 5000 20000] [--texts 1000]``

Real texts from ``../shared/data`` are embedded once with USE-m3 (cached as in
``clustering_scale.py``) and resampled to each size with the same perturbation and random
days. For each size the script times ``candidate_pairs`` twice, once as shipped (exact below
``EXACT_LIMIT`` per time block, usearch above) and once forced exact (the baseline, and the
fallback used when usearch is not installed), and prints the share of the exact candidate
pairs the approximate run also found (pair recall). With ``window_days=None`` every size is
one block, so the ANN path is exercised from 2,001 articles up.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from clustering_scale import base_features, resample
from storylens.cluster import candidates


def measure(n: int, texts: int, window: int | None) -> tuple[float, float, float, int]:
    """(ann seconds, exact seconds, pair recall of ann vs exact, exact pair count)."""
    feats = resample(base_features(texts)[0], n)
    started = time.perf_counter()
    ann = candidates.candidate_pairs(feats, window_days=window)
    ann_s = time.perf_counter() - started
    limit = candidates.EXACT_LIMIT
    candidates.EXACT_LIMIT = n + 1  # baseline: every block searched exactly
    try:
        started = time.perf_counter()
        exact = candidates.candidate_pairs(feats, window_days=window)
        exact_s = time.perf_counter() - started
    finally:
        candidates.EXACT_LIMIT = limit
    have = set(map(tuple, ann.tolist()))
    truth = set(map(tuple, exact.tolist()))
    return ann_s, exact_s, len(have & truth) / max(len(truth), 1), len(truth)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 20000])
    parser.add_argument("--texts", type=int, default=1000)
    args = parser.parse_args()
    print(f"{'n':>7} {'window':>7} {'usearch s':>10} {'exact s':>8} {'pair recall':>12} pairs")
    for n in args.sizes:
        for window in (None, candidates.DEFAULT_WINDOW_DAYS):
            ann_s, exact_s, recall, pairs = measure(n, args.texts, window)
            label = "none" if window is None else f"{window}d"
            print(f"{n:>7} {label:>7} {ann_s:>10.1f} {exact_s:>8.1f} {recall:>12.4f} {pairs}",
                  flush=True)


if __name__ == "__main__":
    main()
