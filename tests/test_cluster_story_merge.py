"""Story-level merge (cluster/story_merge.py): shared rare names, close dates, a span limit.

Features are built by hand (invented names, fixed scores) so each condition of the rule is
checked on its own; the rule's numbers come from benchmarks/clustering_cltls_merge.py.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import numpy as np

from storylens.cluster.features import ArticleFeatures
from storylens.cluster.story_merge import (
    ArticleCues,
    StoryMergeRule,
    merge_stories,
    story_pairs,
)

RULE = StoryMergeRule(max_gap_days=3, min_score=0.5, min_shared=3.0, max_span_days=14)
START = date(2031, 3, 4)
# Unrelated articles, each with its own names: they make the shared names rare.
FILLER = 60


def _corpus(stories: list[tuple[int, set[str]]]) -> list[ArticleFeatures]:
    """One article per story (day offset, names), then the filler articles."""
    out = [
        ArticleFeatures(f"s{k}", np.zeros(4, np.float32), set(names), START + timedelta(days=d))
        for k, (d, names) in enumerate(stories)
    ]
    out += [
        ArticleFeatures(f"f{k}", np.zeros(4, np.float32), {f"other{k}", "topic"},
                        START + timedelta(days=100 + k))
        for k in range(FILLER)
    ]
    return out


def _scores(
    value: float, overrides: dict[tuple[int, int], float] | None = None
) -> Callable[[np.ndarray], np.ndarray]:
    table = overrides or {}

    def score(pairs: np.ndarray) -> np.ndarray:
        return np.array([table.get((min(i, j), max(i, j)), value) for i, j in pairs.tolist()])

    return score


def _groups(features: list[ArticleFeatures]) -> list[list[int]]:
    return [[i] for i in range(len(features))]


def _no_cues(n: int) -> list[ArticleCues]:
    return [ArticleCues(frozenset(), frozenset())] * n


def _together(groups: list[list[int]], a: int, b: int) -> bool:
    return any(a in g and b in g for g in groups)


def test_shared_rare_names_close_in_time_join() -> None:
    features = _corpus([(0, {"vrask", "tolmer"}), (2, {"vrask", "tolmer"})])
    merged = merge_stories(_groups(features), features, _no_cues(len(features)),
                           _scores(0.6), RULE)
    assert _together(merged, 0, 1)
    assert len(merged) == len(features) - 1


def test_far_apart_or_weakly_similar_stay_apart() -> None:
    far = _corpus([(0, {"vrask", "tolmer"}), (9, {"vrask", "tolmer"})])
    assert not _together(merge_stories(_groups(far), far, _no_cues(len(far)),
                                       _scores(0.9), RULE), 0, 1)
    close = _corpus([(0, {"vrask", "tolmer"}), (1, {"vrask", "tolmer"})])
    assert not _together(merge_stories(_groups(close), close, _no_cues(len(close)),
                                       _scores(0.4), RULE), 0, 1)


def test_a_name_the_whole_pile_shares_is_no_participant() -> None:
    # "topic" is held by every filler article: not rare, so it proposes no pair.
    features = _corpus([(0, {"topic"}), (1, {"topic"})])
    pairs = story_pairs(_groups(features), features, _no_cues(len(features)), _scores(0.9), 3)
    assert all({p.first, p.second} != {0, 1} for p in pairs)


def test_span_limit_stops_a_chain_where_the_event_changes() -> None:
    # Three reports 6 days apart in a chain: 0-1 and 1-2 are close, the whole spans 12 days.
    features = _corpus([(0, {"vrask", "tolmer"}), (6, {"vrask", "tolmer"}),
                        (12, {"vrask", "tolmer"})])
    rule = StoryMergeRule(max_gap_days=7, min_score=0.5, min_shared=3.0, max_span_days=10)
    merged = merge_stories(_groups(features), features, _no_cues(len(features)),
                           _scores(0.6, {(1, 2): 0.8}), rule)
    assert _together(merged, 1, 2)
    assert not _together(merged, 0, 1)


def test_place_veto_and_frame_relief() -> None:
    features = _corpus([(0, {"vrask", "tolmer"}), (1, {"vrask", "tolmer"})])
    cues = _no_cues(len(features))
    cues[0] = ArticleCues(frozenset({"blzr"}), frozenset({("casualties", "blzr")}))
    cues[1] = ArticleCues(frozenset({"tvrn"}), frozenset({("casualties", "blzr")}))
    veto = StoryMergeRule(3, 0.5, 3.0, 14, place_veto=True)
    assert not _together(merge_stories(_groups(features), features, cues, _scores(0.6), veto),
                         0, 1)
    relief = StoryMergeRule(3, 0.5, 3.0, 14, frame_relief=0.1)
    assert _together(merge_stories(_groups(features), features, cues, _scores(0.45), relief),
                     0, 1)
    assert not _together(merge_stories(_groups(features), features, cues, _scores(0.45), RULE),
                         0, 1)
