"""Incremental clustering: new articles join stored stories without re-clustering the rest.

The update continues the same sparse average-link agglomeration that a batch run does,
starting from the stored stories as already-formed clusters: a new article joins the story
whose average similarity to all its members is highest and at least the threshold, new
articles that join no story form stories among themselves, and (unless ``merge_stories`` is
off) two stories that a new article brought close enough merge. Only pairs that touch a new
article, or that join members of the stories a new article reaches, are scored.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from ..records import content_id
from .candidates import DEFAULT_WINDOW_DAYS, candidate_pairs
from .features import ArticleFeatures
from .linkage import attach_singletons, sparse_average_link

# Given the corpus (stored members, then new articles), a scorer of m x 2 index pairs into
# it, as the batch path scores: similarity.PairScorer. Linkage asks it for more pairs when
# it must know the true average of two stories.
ScorerFactory = Callable[[list[ArticleFeatures]], Callable[[np.ndarray], np.ndarray]]


@dataclass(slots=True)
class StoryState:
    """A stored story as clustering needs it: its id and its members' features."""

    story_id: str
    members: list[ArticleFeatures] = field(default_factory=list)
    # The store's revision of the story when it was read (the run that last wrote it), so a
    # save can refuse to overwrite a story another writer changed meanwhile; 0 if unknown.
    version: int = 0


@dataclass(slots=True)
class IncrementalResult:
    """What an update changed, so the caller re-runs later stages only where needed."""

    stories: list[StoryState]
    assigned: dict[str, str]
    merged: dict[str, str]
    changed: list[str]


def assign_incremental(
    existing: list[StoryState],
    new: list[ArticleFeatures],
    scorer_for: ScorerFactory,
    threshold: float,
    *,
    k: int = 20,
    window_days: int | None = DEFAULT_WINDOW_DAYS,
    merge_stories: bool = True,
) -> IncrementalResult:
    """Place new articles into existing or new stories; existing story ids are kept.

    ``assigned`` maps each new article id to its story id; ``merged`` maps a story absorbed
    by another to the survivor (the bigger one, then the smaller id); ``changed`` lists the
    ids of stories that are new or gained members. A new story's id is
    ``content_id(*sorted member ids, prefix="s")``, as in a batch run.
    """
    old = [m for story in existing for m in story.members]
    features = old + list(new)
    n_old, n = len(old), len(old) + len(new)
    story_of = np.full(n, -1, dtype=np.int64)
    initial: list[list[int]] = []
    start = 0
    for s, story in enumerate(existing):
        story_of[start:start + len(story.members)] = s
        initial.append(list(range(start, start + len(story.members))))
        start += len(story.members)
    pairs = candidate_pairs(features, k, window_days, queries=np.arange(n_old, n))
    if merge_stories and n_old:
        pairs = np.concatenate([pairs, _story_links(features, pairs, story_of, k, window_days)])
    scorer = scorer_for(features)
    scores = np.asarray(scorer(pairs), dtype=np.float64) if len(pairs) else np.zeros(0)
    groups = sparse_average_link(n, pairs, scores, threshold, initial=initial,
                                 frozen=not merge_stories, complete=scorer)
    # As in a batch run, a lone article joins its nearest article's story; with frozen
    # stories only new lone articles may move.
    groups = attach_singletons(groups, pairs, scores, threshold,
                               movable=None if merge_stories else np.arange(n) >= n_old)
    return _result(existing, features, story_of, n_old, groups)


def _story_links(
    features: list[ArticleFeatures], pairs: np.ndarray, story_of: np.ndarray, k: int,
    window_days: int | None,
) -> np.ndarray:
    """Pairs from the members of the stories a new article reaches, except inside one story."""
    reached = np.unique(story_of[pairs.reshape(-1)])
    reached = reached[reached >= 0]
    if reached.size == 0:
        return np.zeros((0, 2), dtype=np.int64)
    rows = np.flatnonzero(np.isin(story_of, reached))
    links = candidate_pairs(features, k, window_days, queries=rows)
    a, b = story_of[links[:, 0]], story_of[links[:, 1]]
    # Pairs inside one stored story are settled; new-to-old pairs seen from the old side stay,
    # as a batch run (which queries every article) would have them too.
    return links[(a < 0) | (a != b)]


def _result(
    existing: list[StoryState], features: list[ArticleFeatures], story_of: np.ndarray,
    n_old: int, groups: list[list[int]],
) -> IncrementalResult:
    """Name the groups: a group keeps the id of its biggest stored story, else gets a new id."""
    stories: list[StoryState] = []
    assigned: dict[str, str] = {}
    merged: dict[str, str] = {}
    changed: list[str] = []
    for group in groups:
        olds = sorted({int(story_of[i]) for i in group if story_of[i] >= 0},
                      key=lambda s: (-len(existing[s].members), existing[s].story_id))
        fresh = [i for i in group if i >= n_old]
        if olds:
            story_id = existing[olds[0]].story_id
            for absorbed in olds[1:]:
                merged[existing[absorbed].story_id] = story_id
        else:
            story_id = content_id(*sorted(features[i].article_id for i in group), prefix="s")
        if fresh or len(olds) > 1:
            changed.append(story_id)
        for i in fresh:
            assigned[features[i].article_id] = story_id
        stories.append(StoryState(story_id, [features[i] for i in group]))
    return IncrementalResult(stories, assigned, merged, changed)


def partition_of(stories: list[StoryState]) -> dict[str, str]:
    """Article id -> story id, for comparing runs."""
    return {m.article_id: s.story_id for s in stories for m in s.members}
