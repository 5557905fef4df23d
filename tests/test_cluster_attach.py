"""A lone short report joins the story of the one article it is really close to."""

from __future__ import annotations

import numpy as np
import pytest

from storylens.cluster import attach_singletons, average_link, sparse_average_link


def _pairs(sim: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    i, j = np.triu_indices(sim.shape[0], k=1)
    return np.stack([i, j], axis=1), sim[i, j]


# Articles 0-2 are one story (pairwise 0.9); 3 is a brief close to article 0 only (0.75)
# and far from 1 and 2 (0.45), so its average to the story (0.55) misses the threshold.
# 4 and 5 stand apart, each with its best score below the threshold.
SIM = np.array([
    [1.00, 0.90, 0.90, 0.75, 0.20, 0.10],
    [0.90, 1.00, 0.90, 0.45, 0.20, 0.10],
    [0.90, 0.90, 1.00, 0.45, 0.20, 0.10],
    [0.75, 0.45, 0.45, 1.00, 0.30, 0.10],
    [0.20, 0.20, 0.20, 0.30, 1.00, 0.60],
    [0.10, 0.10, 0.10, 0.10, 0.60, 1.00],
])


def test_a_brief_close_to_one_member_joins_that_story() -> None:
    groups = average_link(SIM, 0.68)
    assert sorted(map(sorted, groups)) == [[0, 1, 2], [3], [4], [5]]
    attached = attach_singletons(groups, *_pairs(SIM), 0.68)
    assert sorted(map(sorted, attached)) == [[0, 1, 2, 3], [4], [5]]


def test_below_the_threshold_nothing_moves() -> None:
    groups = average_link(SIM, 0.68)
    assert sorted(map(sorted, attach_singletons(groups, *_pairs(SIM), 0.8))) == [
        [0, 1, 2], [3], [4], [5]]


def test_two_lone_articles_never_pair_up_here() -> None:
    sim = SIM.copy()
    sim[4, 5] = sim[5, 4] = 0.7  # average link already joins them at 0.68 ...
    groups = [[0, 1, 2], [3], [4], [5]]  # ... so lone partners only come from other cuts
    attached = attach_singletons(groups, *_pairs(sim), 0.68)
    assert sorted(map(sorted, attached)) == [[0, 1, 2, 3], [4], [5]]


def test_frozen_lone_articles_stay() -> None:
    groups = [[0, 1, 2], [3], [4], [5]]
    movable = np.array([True, True, True, False, True, True])
    assert attach_singletons(groups, *_pairs(SIM), 0.68, movable=movable) == groups


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_sparse_and_dense_paths_attach_the_same(seed: int) -> None:
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(6, 32))
    points = np.repeat(centres, 5, axis=0) + rng.normal(scale=0.7, size=(30, 32))
    points /= np.linalg.norm(points, axis=1, keepdims=True)
    sim = points @ points.T
    pairs, scores = _pairs(sim)
    dense = attach_singletons(average_link(sim, 0.6), pairs, scores, 0.6)
    sparse = attach_singletons(sparse_average_link(30, pairs, scores, 0.6), pairs, scores, 0.6)
    assert sorted(map(sorted, dense)) == sorted(map(sorted, sparse))
