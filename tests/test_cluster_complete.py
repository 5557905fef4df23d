"""A story bigger than the candidate count stays one story on the sparse (large-corpus) path."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest

from storylens.cluster import PairScorer, candidate_pairs
from storylens.cluster.candidates import unit_rows
from storylens.cluster.features import ArticleFeatures
from storylens.cluster.linkage import average_link, sparse_average_link

DAY0 = date(2026, 3, 1)


def _corpus(big: int, others: int, seed: int = 0) -> list[ArticleFeatures]:
    """One event covered by ``big`` articles over four days, and unrelated articles."""
    rng = np.random.default_rng(seed)
    centre = unit_rows(rng.normal(size=(1, 512)))[0]
    event = unit_rows(centre + rng.normal(scale=0.6 / np.sqrt(512), size=(big, 512)))
    rest = unit_rows(rng.normal(size=(others, 512)))
    days = [int(rng.integers(0, 4)) for _ in range(big)] + [
        int(rng.integers(0, 60)) for _ in range(others)]
    vectors = np.vstack([event, rest]).astype(np.float32)
    return [ArticleFeatures(f"a{i}", vectors[i], day=DAY0 + timedelta(days=days[i]))
            for i in range(len(vectors))]


def _event_pieces(groups: list[list[int]], big: int) -> list[int]:
    return sorted((sum(1 for i in g if i < big) for g in groups if any(i < big for i in g)),
                  reverse=True)


def test_unscored_inner_pairs_no_longer_shatter_a_big_story() -> None:
    feats = _corpus(big=150, others=250)
    scorer = PairScorer(feats)
    pairs = candidate_pairs(feats, k=10)
    scores = scorer(pairs)
    shattered = sparse_average_link(len(feats), pairs, scores, 0.68)
    whole = sparse_average_link(len(feats), pairs, scores, 0.68, complete=scorer)
    assert len(_event_pieces(shattered, 150)) > 5  # the failure this option exists for
    assert _event_pieces(whole, 150) == [150]
    dense = average_link(scorer(np.argwhere(np.ones((400, 400)))).reshape(400, 400), 0.68)
    assert {frozenset(g) for g in whole} == {frozenset(g) for g in dense}


@pytest.mark.parametrize(("cross", "merged"), [(0.3, False), (0.75, True)])
def test_two_groups_linked_by_one_close_pair_merge_on_their_true_average(
    cross: float, merged: bool
) -> None:
    """Groups of 10 (inner scores 0.9) whose only scored cross pair is a 0.85 one."""
    sim = np.full((20, 20), cross)
    sim[:10, :10] = sim[10:, 10:] = 0.9
    sim[0, 10] = sim[10, 0] = 0.85
    np.fill_diagonal(sim, 1.0)
    inner = [(i, j) for g in (range(10), range(10, 20)) for i in g for j in g if i < j]
    pairs = np.array([*inner, (0, 10)])

    def complete(index: np.ndarray) -> np.ndarray:
        return sim[index[:, 0], index[:, 1]]

    groups = sparse_average_link(20, pairs, complete(pairs), 0.68, complete=complete)
    assert len(groups) == (1 if merged else 2)
    assert {frozenset(g) for g in groups} == {frozenset(g) for g in average_link(sim, 0.68)}
    # Without completion the unscored pairs count as 0 and the groups never meet.
    assert len(sparse_average_link(20, pairs, complete(pairs), 0.68)) == 2
