"""Incremental clustering: one-by-one arrival gives the batch stories; stored ids are kept."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from functools import partial

import numpy as np

from storylens.cluster.candidates import candidate_pairs, unit_rows
from storylens.cluster.features import ArticleFeatures
from storylens.cluster.incremental import (
    IncrementalResult,
    StoryState,
    assign_incremental,
    partition_of,
)
from storylens.cluster.linkage import sparse_average_link

THRESHOLD = 0.68
LANGUAGES = ("en", "fr", "ru", "es", "ar", "zh")


def _score(features: list[ArticleFeatures], pairs: np.ndarray) -> np.ndarray:
    """Cosine plus a little for shared names, minus a capped date penalty, per pair."""
    emb = unit_rows(np.stack([f.embedding for f in features]))
    cos = np.einsum("ij,ij->i", emb[pairs[:, 0]], emb[pairs[:, 1]])
    shared = np.array([len(features[i].entity_keys & features[j].entity_keys)
                       for i, j in pairs.tolist()], dtype=np.float64)
    days = np.array([f.day.toordinal() if f.day else 0 for f in features])
    gap = np.abs(days[pairs[:, 0]] - days[pairs[:, 1]])
    return cos + 0.2 * shared / (shared + 2) - np.minimum(np.clip(gap - 2, 0, None) / 7 * 0.3,
                                                           0.25)


def _scorer(features: list[ArticleFeatures]) -> Callable[[np.ndarray], np.ndarray]:
    return partial(_score, features)


def _multilingual(n_events: int = 25, seed: int = 0) -> list[ArticleFeatures]:
    """Events told in several languages: an event direction, a language tilt, shared names."""
    rng = np.random.default_rng(seed)
    dim = 64
    events = unit_rows(rng.normal(size=(n_events, dim)))
    tilt = {lang: 0.25 * unit_rows(rng.normal(size=(1, dim)))[0] for lang in LANGUAGES}
    feats = []
    for e in range(n_events):
        day = date(2026, 3, 1) + timedelta(days=int(rng.integers(0, 120)))
        for lang in rng.choice(LANGUAGES, size=int(rng.integers(2, 6)), replace=False):
            vec = events[e] + tilt[lang] + 0.2 * rng.normal(size=dim) / np.sqrt(dim)
            keys = {f"place{e}", f"person{e}"} if rng.random() < 0.8 else {f"place{e}"}
            published = day + timedelta(days=int(rng.integers(0, 3)))
            feats.append(ArticleFeatures(f"e{e}-{lang}", unit_rows(vec[None])[0], keys,
                                         published))
    order = rng.permutation(len(feats))
    return [feats[i] for i in order]


def _as_sets(partition: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for article, story in partition.items():
        groups.setdefault(story, set()).add(article)
    return {frozenset(g) for g in groups.values()}


def _in_chunks(feats: list[ArticleFeatures], size: int) -> IncrementalResult:
    stories: list[StoryState] = []
    result = IncrementalResult([], {}, {}, [])
    for lo in range(0, len(feats), size):
        result = assign_incremental(stories, feats[lo:lo + size], _scorer, THRESHOLD)
        stories = result.stories
    return result


def test_one_by_one_and_chunks_equal_batch() -> None:
    feats = _multilingual()
    batch = _as_sets(partition_of(assign_incremental([], feats, _scorer, THRESHOLD).stories))
    assert _as_sets(partition_of(_in_chunks(feats, 1).stories)) == batch
    assert _as_sets(partition_of(_in_chunks(feats, 7).stories)) == batch
    gold = {frozenset(f.article_id for f in feats if f.article_id.split("-")[0] == e)
            for e in {f.article_id.split("-")[0] for f in feats}}
    assert batch == gold


def test_batch_update_from_nothing_is_the_sparse_batch_clustering() -> None:
    feats = _multilingual(seed=4)
    pairs = candidate_pairs(feats)
    groups = sparse_average_link(len(feats), pairs, _score(feats, pairs), THRESHOLD)
    direct = {frozenset(feats[i].article_id for i in g) for g in groups}
    assert _as_sets(partition_of(assign_incremental([], feats, _scorer, THRESHOLD).stories)) \
        == direct


def test_stored_ids_are_kept_and_changes_reported() -> None:
    feats = _multilingual(seed=2)
    first = assign_incremental([], feats[:-3], _scorer, THRESHOLD)
    ids_before = {s.story_id for s in first.stories}
    second = assign_incremental(first.stories, feats[-3:], _scorer, THRESHOLD)
    assert set(second.assigned) == {f.article_id for f in feats[-3:]}
    for article, story in second.assigned.items():
        assert story in second.changed
        event = article.split("-")[0]
        mates = [m.article_id for s in second.stories if s.story_id == story for m in s.members]
        assert all(m.split("-")[0] == event for m in mates)
    assert not second.merged
    assert ids_before <= {s.story_id for s in second.stories}


def test_frozen_stories_absorb_but_do_not_merge() -> None:
    rng = np.random.default_rng(5)
    base = unit_rows(rng.normal(size=(1, 32)))[0]
    day = date(2026, 5, 1)
    a = ArticleFeatures("a", base, set(), day)
    b = ArticleFeatures("b", unit_rows((base + 0.01)[None])[0], set(), day)
    bridge = ArticleFeatures("c", unit_rows((base + 0.005)[None])[0], set(), day)
    stories = [StoryState("s1", [a]), StoryState("s2", [b])]
    frozen = assign_incremental(stories, [bridge], _scorer, THRESHOLD, merge_stories=False)
    assert len(frozen.stories) == 2 and not frozen.merged
    merged = assign_incremental(stories, [bridge], _scorer, THRESHOLD)
    assert len(merged.stories) == 1 and merged.merged == {"s2": "s1"}
