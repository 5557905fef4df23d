"""Group articles into stories: one real-world event, one story, whatever the language.

Similarity of two articles combines (similarity.py):

* the cosine of their multilingual article embeddings (topic and wording, across languages),
  mixed with the cosine of their leads (title and first sentences) within one language;
* the TF-IDF cosine of their stemmed words, within one language;
* the overlap of their named entities, transliterated to Latin script and weighted by
  rarity (two earthquakes share "rescue teams" but not "Taroudant" and "Malatya"), and of
  the figures they state;
* a penalty when both name years but none in common (two floods, 2008 and 2013);
* a penalty when their publication dates are far apart (an event has a time).

Articles are then joined by average-link agglomerative clustering with a fixed threshold, and
an article left alone joins the story of its nearest article when that pair alone reaches the
threshold (short reports are close to one member, not to all; linkage.attach_singletons).
Up to DENSE_LIMIT articles the exact matrix is used; beyond, candidate pairs come from an
approximate nearest-neighbour index with time blocking (candidates.py) and a sparse
average-link joins them (linkage.py), so cost grows near n log n. incremental.py continues
the same clustering from stored stories (``storylens analyze --append``, see storylens.append).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ..records import Article, Story, content_id
from .candidates import candidate_pairs
from .episode import EpisodeBonus, EpisodeRelief, relieved, reports_happening
from .features import ArticleFeatures, entity_key, features_of, lead_text, name_keys
from .incremental import IncrementalResult, StoryState, assign_incremental
from .learned import ENTITY_SATURATION
from .linkage import attach_singletons, average_link, nearest_pairs, sparse_average_link
from .similarity import (
    DATE_PENALTY_CAP,
    DATE_PENALTY_PER_WEEK,
    DATE_WINDOW_DAYS,
    PairScorer,
    pair_similarity,
    similarity_matrix,
)
from .story_merge import StoryMergeRule, article_cues, merge_stories
from .titles import pick_title, story_title

__all__ = [
    "DATE_PENALTY_CAP",
    "DATE_PENALTY_PER_WEEK",
    "DATE_WINDOW_DAYS",
    "ENTITY_SATURATION",
    "ArticleFeatures",
    "EpisodeRelief",
    "IncrementalResult",
    "PairScorer",
    "StoryMergeRule",
    "StoryState",
    "assign_incremental",
    "attach_singletons",
    "average_link",
    "candidate_pairs",
    "central_order",
    "cluster_articles",
    "entity_key",
    "features_of",
    "lead_text",
    "name_keys",
    "nearest_pairs",
    "pair_similarity",
    "similarity_matrix",
    "sparse_average_link",
    "story_of_members",
    "story_title",
]


# Up to this many articles the exact dense matrix is faster (0.5 s vs 0.8 s at 1k) and
# needs n^2 floats (4 MB at 1k); beyond, ANN candidates and sparse linkage (near n log n).
DENSE_LIMIT = 1000


def cluster_articles(
    articles: list[Article],
    threshold: float,
    language: str = "en",
    merge_rule: StoryMergeRule | None = None,
    episode: EpisodeRelief | None = None,
) -> list[Story]:
    """Assign every article to a story; returns stories with ids, titles and languages.

    A story's article ids are listed most central first (the article closest on average
    to the others), which later stages use to pick representative text. ``merge_rule``
    (off by default: no rule has held out yet, see story_merge.py) joins stories that
    tell one event over several days after linkage; ``episode`` (off by default, see
    episode.py) raises the score of dated pairs that share rare names before linkage.
    """
    if not articles:
        return []
    features = [features_of(a) for a in articles]
    if len(features) <= DENSE_LIMIT:
        sim = similarity_matrix(features)
        if episode is not None:
            sim = sim + EpisodeBonus(features, episode, _reports(articles, episode)).matrix()
        groups = attach_singletons(average_link(sim, threshold), *nearest_pairs(sim), threshold)
        if merge_rule is not None:
            groups = merge_stories(groups, features, [article_cues(a) for a in articles],
                                   lambda p: sim[p[:, 0], p[:, 1]], merge_rule)
        centrality = [_dense_centrality(members, sim) for members in groups]
    else:
        pairs = candidate_pairs(features)
        scorer: Callable[[np.ndarray], np.ndarray] = PairScorer(features)
        if episode is not None:
            scorer = relieved(scorer, EpisodeBonus(features, episode, _reports(articles, episode)))
        scores = scorer(pairs)
        groups = sparse_average_link(len(features), pairs, scores, threshold, complete=scorer)
        groups = attach_singletons(groups, pairs, scores, threshold)
        if merge_rule is not None:
            groups = merge_stories(groups, features, [article_cues(a) for a in articles],
                                   scorer, merge_rule)
        centrality = _sparse_centrality(len(features), pairs, scores, groups)
    stories = []
    for members, weight in zip(groups, centrality, strict=True):
        ordered = [members[k] for k in sorted(range(len(members)), key=lambda k: (-weight[k], k))]
        group = [articles[i] for i in ordered]
        stories.append(story_of_members(content_id(*sorted(a.id for a in group), prefix="s"),
                                        group, language))
    stories.sort(key=lambda s: (-len(s.article_ids), s.id))
    return stories


def _reports(articles: list[Article], episode: EpisodeRelief) -> list[bool] | None:
    """Which articles report a happening, when the episode rule asks (episode.py)."""
    return [reports_happening(a) for a in articles] if episode.reports_only else None


def story_of_members(story_id: str, group: list[Article], language: str = "en") -> Story:
    """A story record over articles listed most central first; marks their ``story_id``."""
    for article in group:
        article.story_id = story_id
    return Story(
        id=story_id,
        title=pick_title(group, language),
        article_ids=[a.id for a in group],
        languages=sorted({a.language for a in group if a.language}),
    )


def central_order(features: list[ArticleFeatures]) -> list[int]:
    """Indices of a story's members, most central (highest summed similarity) first.

    Beyond DENSE_LIMIT members the exact matrix would be too big: the given order is kept.
    """
    if len(features) > DENSE_LIMIT:
        return list(range(len(features)))
    weight = similarity_matrix(features).sum(axis=1)
    return sorted(range(len(features)), key=lambda k: (-float(weight[k]), k))


def _dense_centrality(members: list[int], sim: np.ndarray) -> list[float]:
    """Each member's summed similarity to the rest of its story."""
    return [float(v) for v in sim[np.ix_(members, members)].sum(axis=1)]


def _sparse_centrality(
    n: int, pairs: np.ndarray, scores: np.ndarray, groups: list[list[int]]
) -> list[list[float]]:
    """Summed candidate-pair scores of each member within its own story."""
    label = np.empty(n, dtype=np.int64)
    for g, members in enumerate(groups):
        label[members] = g
    inside = label[pairs[:, 0]] == label[pairs[:, 1]] if len(pairs) else np.zeros(0, bool)
    total = np.zeros(n, dtype=np.float64)
    np.add.at(total, pairs[inside, 0], scores[inside])
    np.add.at(total, pairs[inside, 1], scores[inside])
    return [[float(total[i]) for i in members] for members in groups]
