"""Candidate pairs for clustering: nearest neighbours within time blocks, so cost is ~n log n.

Only pairs that could plausibly be one event are scored: each article's ``k`` nearest
neighbours by embedding cosine (exact below :data:`EXACT_LIMIT`, an HNSW graph above),
among articles published at most ``window_days`` apart. Memory is O(n k).

The HNSW graph comes from usearch, which ships binary wheels for every major platform (the
earlier hnswlib had to be compiled). Should it be missing anyway (an exotic platform), the
blockwise exact search takes over: same pairs or better, only slower above a few thousand.
"""

from __future__ import annotations

import numpy as np

from .features import ArticleFeatures

# Below this many articles in a block, exact blockwise brute force (one BLAS product per
# block) is faster than building an HNSW graph and has perfect recall.
EXACT_LIMIT = 2000
# Rows of the query-by-base score matrix held at once: 1,024 x 100k float32 is 400 MB at
# most, and blocks are rarely that wide because time blocking cuts the base first.
BLOCK_ROWS = 1024
# Articles further apart are never paired. The date penalty already caps at 0.25 after
# about eight days, so follow-ups weeks later can still join; a month apart is a new event.
DEFAULT_WINDOW_DAYS = 30
# HNSW graph degree and build beam: M=16 with ef_construction=100 gave recall@20 >= 0.97
# on resampled USE embeddings (benchmarks/clustering_scale.py, with hnswlib). usearch at 100
# cost 5.7 CPU-s on the 20k scale test's candidates against hnswlib's 4.0; at 64 it costs
# 4.7 and recall on the test's 3,000 clustered vectors stays 0.9997 (benchmarks/ann.py).
HNSW_M = 16
HNSW_EF_CONSTRUCTION = 64
# Query beam, as a multiple of k (floor 64): larger beams buy recall for query time.
HNSW_EF_FACTOR = 3
HNSW_EF_MIN = 64


def candidate_pairs(
    features: list[ArticleFeatures],
    k: int = 20,
    window_days: int | None = DEFAULT_WINDOW_DAYS,
    *,
    queries: np.ndarray | None = None,
    seed: int = 0,
) -> np.ndarray:
    """Index pairs (m x 2, i < j, unique, sorted) worth scoring: near neighbours in time.

    Each article (or only the rows in ``queries``, for an incremental update) is paired with
    its ``k`` nearest neighbours by cosine among articles at most ``window_days`` apart;
    articles without a day pair with anyone. ``window_days=None`` turns blocking off.
    """
    n = len(features)
    if n < 2 or k < 1:
        return np.zeros((0, 2), dtype=np.int64)
    emb = unit_rows(np.stack([np.asarray(f.embedding, dtype=np.float32) for f in features]))
    days = np.array([f.day.toordinal() if f.day else -1 for f in features], dtype=np.int64)
    wanted = np.zeros(n, dtype=bool)
    wanted[np.arange(n) if queries is None else np.asarray(queries, dtype=np.int64)] = True
    everyone = np.arange(n, dtype=np.int64)
    dated = everyone[days >= 0]
    undated = everyone[days < 0]
    found: list[np.ndarray] = []
    if window_days is None or dated.size == 0:
        found.append(_knn_pairs(emb, everyone, everyone[wanted], k, seed))
    else:
        for block in _time_blocks(dated, days, window_days):
            found.append(_knn_pairs(emb, block, block[wanted[block]], k, seed))
        if undated.size:
            found.append(_knn_pairs(emb, everyone, undated[wanted[undated]], k, seed))
            found.append(_knn_pairs(emb, undated, dated[wanted[dated]], k, seed))
    pairs = np.concatenate(found) if found else np.zeros((0, 2), dtype=np.int64)
    i, j = np.minimum(pairs[:, 0], pairs[:, 1]), np.maximum(pairs[:, 0], pairs[:, 1])
    keep = i != j
    if window_days is not None:
        both = (days[i] >= 0) & (days[j] >= 0)
        keep &= ~both | (np.abs(days[i] - days[j]) <= window_days)
    key = np.unique(i[keep] * n + j[keep])
    return np.stack([key // n, key % n], axis=1).astype(np.int64)


def unit_rows(matrix: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length, so inner product is cosine (zero rows stay zero)."""
    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return np.asarray(matrix / np.maximum(norms, 1e-12), dtype=np.float32)


def _time_blocks(dated: np.ndarray, days: np.ndarray, window: int) -> list[np.ndarray]:
    """Overlapping day ranges [s, s + window + step) with step = window: any two articles at
    most ``window`` days apart share a block, and each article is in two blocks."""
    step = max(int(window), 1)
    order = dated[np.argsort(days[dated], kind="stable")]
    sorted_days = days[order]
    first, last = int(sorted_days[0]), int(sorted_days[-1])
    blocks = []
    for start in range(first, last + 1, step):
        lo = np.searchsorted(sorted_days, start, side="left")
        hi = np.searchsorted(sorted_days, start + window + step, side="left")
        if hi - lo >= 2:
            blocks.append(order[lo:hi])
    return blocks


def _knn_pairs(
    emb: np.ndarray, base: np.ndarray, queries: np.ndarray, k: int, seed: int
) -> np.ndarray:
    """(query, neighbour) global index pairs: each query's k nearest among ``base``."""
    if queries.size == 0 or base.size < 2:
        return np.zeros((0, 2), dtype=np.int64)
    want = min(k + 1, base.size)  # +1: a query that is in the base finds itself first
    if base.size <= EXACT_LIMIT:
        local = _exact_knn(emb[base], emb[queries], want)
    else:
        local = _ann_knn(emb[base], emb[queries], want, seed)
    neighbours = base[local]
    return np.stack([np.repeat(queries, want), neighbours.reshape(-1)], axis=1)


def _exact_knn(base: np.ndarray, queries: np.ndarray, want: int) -> np.ndarray:
    """Exact top-``want`` by inner product, in row blocks to bound memory."""
    out = np.empty((queries.shape[0], want), dtype=np.int64)
    for lo in range(0, queries.shape[0], BLOCK_ROWS):
        scores = queries[lo:lo + BLOCK_ROWS] @ base.T
        if want < base.shape[0]:
            out[lo:lo + BLOCK_ROWS] = np.argpartition(-scores, want - 1, axis=1)[:, :want]
        else:
            out[lo:lo + BLOCK_ROWS] = np.argsort(-scores, axis=1)[:, :want]
    return out


def _ann_knn(base: np.ndarray, queries: np.ndarray, want: int, seed: int) -> np.ndarray:
    """Top-``want`` from an HNSW graph when usearch is importable, else the exact search."""
    try:
        from usearch.index import Index
    except ImportError:
        return _exact_knn(base, queries, want)
    return _hnsw_knn(Index, base, queries, want, seed)


def _hnsw_knn(
    index_type: type, base: np.ndarray, queries: np.ndarray, want: int, seed: int
) -> np.ndarray:
    """Approximate top-``want`` by inner product from a usearch HNSW graph.

    ``seed`` is unused: usearch draws node levels from a fixed generator, and with one
    thread the insertion order then fixes the graph, so runs are reproducible anyway.
    """
    del seed
    index = index_type(ndim=base.shape[1], metric="ip", dtype="f32", connectivity=HNSW_M,
                       expansion_add=HNSW_EF_CONSTRUCTION,
                       expansion_search=max(HNSW_EF_MIN, HNSW_EF_FACTOR * want))
    index.add(np.arange(base.shape[0]), base, threads=1)
    matches = index.search(queries, want, threads=1)
    labels = np.asarray(matches.keys, dtype=np.int64).reshape(queries.shape[0], -1)
    if labels.shape[1] < want or (labels < 0).any() or (labels >= base.shape[0]).any():
        # A graph search can come back short (unreachable nodes): keep results well-formed.
        return _exact_knn(base, queries, want)
    return labels
