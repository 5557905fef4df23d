"""Scalable clustering: sparse average link, candidate pairs, time blocking, speed."""

from __future__ import annotations

import sys
import time
from datetime import date, timedelta

import numpy as np
import pytest

from storylens.cluster.candidates import candidate_pairs, unit_rows
from storylens.cluster.features import ArticleFeatures
from storylens.cluster.linkage import average_link, sparse_average_link

DAY0 = date(2026, 1, 1)


def _partition(groups: list[list[int]]) -> set[frozenset[int]]:
    return {frozenset(g) for g in groups}


def _all_pairs(n: int) -> np.ndarray:
    i, j = np.triu_indices(n, k=1)
    return np.stack([i, j], axis=1)


def _synthetic(
    n_events: int, per_event: int, dim: int = 48, noise: float = 0.35, seed: int = 0
) -> tuple[list[ArticleFeatures], list[int]]:
    rng = np.random.default_rng(seed)
    centres = unit_rows(rng.normal(size=(n_events, dim)))
    feats, gold = [], []
    for e in range(n_events):
        day = DAY0 + timedelta(days=int(rng.integers(0, 365)))
        for m in range(per_event):
            vec = centres[e] + noise * rng.normal(size=dim) / np.sqrt(dim)
            feats.append(ArticleFeatures(f"a{e}-{m}", unit_rows(vec[None])[0], set(), day))
            gold.append(e)
    return feats, gold


def _score(features: list[ArticleFeatures], pairs: np.ndarray) -> np.ndarray:
    """Cosine minus a capped date penalty: the shape of the real similarity, per pair."""
    emb = unit_rows(np.stack([f.embedding for f in features]))
    cos = np.einsum("ij,ij->i", emb[pairs[:, 0]], emb[pairs[:, 1]])
    days = np.array([f.day.toordinal() if f.day else 0 for f in features])
    gap = np.abs(days[pairs[:, 0]] - days[pairs[:, 1]])
    return cos - np.minimum(np.clip(gap - 2, 0, None) / 7 * 0.3, 0.25)


@pytest.mark.parametrize("seed", range(12))
def test_sparse_equals_dense_scipy_with_all_pairs(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = int(rng.integers(2, 40))
    # Block structure plus noise, so that some but not all merges pass the threshold.
    labels = rng.integers(0, max(1, n // 4), size=n)
    sim = 0.3 + 0.5 * (labels[:, None] == labels[None, :]) + rng.normal(0, 0.15, (n, n))
    sim = (sim + sim.T) / 2
    np.fill_diagonal(sim, 1.0)
    pairs = _all_pairs(n)
    for threshold in (0.4, 0.6, 0.75):
        dense = average_link(sim, threshold)
        sparse = sparse_average_link(n, pairs, sim[pairs[:, 0], pairs[:, 1]], threshold)
        assert _partition(sparse) == _partition(dense)


@pytest.mark.parametrize("missing", [0.0, -0.2])
def test_missing_pairs_count_as_the_floor(missing: float) -> None:
    rng = np.random.default_rng(7)
    n = 30
    sim = rng.uniform(0.2, 1.0, (n, n))
    sim = (sim + sim.T) / 2
    pairs = _all_pairs(n)
    given = rng.random(len(pairs)) < 0.6
    dense = np.full((n, n), missing)
    dense[pairs[given, 0], pairs[given, 1]] = sim[pairs[given, 0], pairs[given, 1]]
    dense[pairs[given, 1], pairs[given, 0]] = sim[pairs[given, 0], pairs[given, 1]]
    np.fill_diagonal(dense, 1.0)
    scores = sim[pairs[given, 0], pairs[given, 1]]
    sparse = sparse_average_link(n, pairs[given], scores, 0.5, missing=missing)
    assert _partition(sparse) == _partition(average_link(dense, 0.5))


def test_initial_groups_start_merged_and_frozen_groups_stay_apart() -> None:
    pairs = np.array([[0, 1], [0, 2], [1, 2], [2, 3]])
    scores = np.array([0.9, 0.9, 0.9, 0.9])
    # Cross average (0.9 + 0.9) / 4 = 0.45: missing pairs pull it down.
    assert sparse_average_link(4, pairs, scores, 0.4, initial=[[0, 1], [2, 3]]) == [[0, 1, 2, 3]]
    assert len(sparse_average_link(4, pairs, scores, 0.5, initial=[[0, 1], [2, 3]])) == 2
    apart = sparse_average_link(4, pairs, scores, 0.5, initial=[[0], [3]], frozen=True)
    assert len(apart) == 2
    with pytest.raises(ValueError):
        sparse_average_link(4, pairs, scores, 0.5, missing=0.6)


@pytest.mark.parametrize("n", [500, 3000])
def test_candidates_hold_the_true_nearest_neighbours(n: int) -> None:
    feats, _ = _synthetic(n // 5, 5, seed=n)
    k = 10
    pairs = candidate_pairs(feats, k=k, window_days=None)
    assert (pairs[:, 0] < pairs[:, 1]).all()
    emb = np.stack([f.embedding for f in feats])
    sims = emb @ emb.T
    np.fill_diagonal(sims, -np.inf)
    true = np.argsort(-sims, axis=1)[:, :k]
    have = set(map(tuple, pairs.tolist()))
    hits = sum((min(i, j), max(i, j)) in have for i in range(n) for j in true[i])
    recall = hits / (n * k)
    # Exact below EXACT_LIMIT; the HNSW path (n = 3000) must still find nearly all.
    assert recall >= (1.0 if n <= 2000 else 0.97)
    assert len(pairs) <= n * k


def test_without_usearch_the_exact_search_takes_over(monkeypatch: pytest.MonkeyPatch) -> None:
    """A platform without the ANN wheel still clusters: exact neighbours, full recall."""
    n, k = 2500, 10
    feats, _ = _synthetic(n // 5, 5, seed=7)
    ann = candidate_pairs(feats, k=k, window_days=None)
    monkeypatch.setitem(sys.modules, "usearch.index", None)  # import now raises ImportError
    exact = candidate_pairs(feats, k=k, window_days=None)
    emb = np.stack([f.embedding for f in feats])
    sims = emb @ emb.T
    np.fill_diagonal(sims, -np.inf)
    true = np.argsort(-sims, axis=1)[:, :k]
    have = set(map(tuple, exact.tolist()))
    assert all((min(i, j), max(i, j)) in have for i in range(n) for j in true[i])
    # The ANN path agrees with it on nearly every pair, and both are reproducible.
    ann_set = set(map(tuple, ann.tolist()))
    assert len(ann_set & have) >= 0.97 * len(have)
    assert np.array_equal(candidate_pairs(feats, k=k, window_days=None), exact)
    monkeypatch.undo()
    assert np.array_equal(candidate_pairs(feats, k=k, window_days=None), ann)


@pytest.mark.parametrize("n", [300, 2600])
def test_time_blocking_excludes_far_days_and_pairs_undated(n: int) -> None:
    rng = np.random.default_rng(1)
    emb = unit_rows(rng.normal(size=(n, 16)) * 0.05 + 1.0)  # all alike: blocking decides
    feats = [
        ArticleFeatures(f"a{i}", emb[i], set(),
                        None if i % 50 == 0 else DAY0 + timedelta(days=int(rng.integers(0, 200))))
        for i in range(n)
    ]
    pairs = candidate_pairs(feats, k=8, window_days=7)
    days = [f.day for f in feats]
    for i, j in pairs.tolist():
        di, dj = days[i], days[j]
        if di is not None and dj is not None:
            assert abs((di - dj).days) <= 7
    undated_paired = {i for pair in pairs.tolist() for i in pair if days[i] is None}
    assert undated_paired == {i for i in range(n) if days[i] is None}
    assert any((days[i] is None) != (days[j] is None) for i, j in pairs.tolist())


def test_queries_limit_pairs_to_those_touching_the_query_rows() -> None:
    feats, _ = _synthetic(40, 5)
    queries = np.array([3, 77, 150])
    pairs = candidate_pairs(feats, k=5, queries=queries)
    assert len(pairs) > 0
    assert all(i in queries or j in queries for i, j in pairs.tolist())


def test_sparse_pipeline_recovers_events() -> None:
    feats, gold = _synthetic(60, 6, seed=3)
    pairs = candidate_pairs(feats, k=10)
    groups = sparse_average_link(len(feats), pairs, _score(feats, pairs), 0.68)
    expected = {frozenset(i for i, g in enumerate(gold) if g == e) for e in range(60)}
    assert _partition(groups) == expected


def test_twenty_thousand_articles_cluster_fast() -> None:
    feats, gold = _synthetic(4000, 5, dim=64, seed=11)
    started = time.perf_counter()
    pairs = candidate_pairs(feats, k=20)
    groups = sparse_average_link(len(feats), pairs, _score(feats, pairs), 0.68)
    elapsed = time.perf_counter() - started
    assert elapsed < 20.0, f"20k articles took {elapsed:.1f} s"
    correct = sum(len({gold[i] for i in g}) == 1 for g in groups)
    assert correct / len(groups) > 0.95
