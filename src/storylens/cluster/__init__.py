"""Group articles into stories: one real-world event, one story, whatever the language.

Similarity of two articles combines three signals:

* the cosine of their multilingual article embeddings (topic and wording, across languages);
* the overlap of their named entities, transliterated to Latin script and weighted by
  rarity (two earthquakes share "rescue teams" but not "Taroudant" and "Malatya");
* a penalty when their publication dates are far apart (an event has a time).

Articles are then joined by average-link agglomerative clustering with a fixed threshold.
This first version is exact and O(n^2) in memory (scipy's average linkage); the
story-clustering issue replaces it with an approximate candidate index and streaming.
"""

from __future__ import annotations

import numpy as np

from ..records import Article, Story, content_id
from .features import ArticleFeatures, entity_key, features_of, name_keys
from .linkage import average_link
from .similarity import (
    DATE_PENALTY_CAP,
    DATE_PENALTY_PER_WEEK,
    DATE_WINDOW_DAYS,
    ENTITY_SATURATION,
    ENTITY_WEIGHT,
    similarity_matrix,
)
from .titles import pick_title, story_title

__all__ = [
    "DATE_PENALTY_CAP",
    "DATE_PENALTY_PER_WEEK",
    "DATE_WINDOW_DAYS",
    "ENTITY_SATURATION",
    "ENTITY_WEIGHT",
    "ArticleFeatures",
    "average_link",
    "cluster_articles",
    "entity_key",
    "features_of",
    "name_keys",
    "similarity_matrix",
    "story_title",
]


def cluster_articles(
    articles: list[Article], threshold: float, language: str = "en"
) -> list[Story]:
    """Assign every article to a story; returns stories with ids, titles and languages.

    A story's article ids are listed most central first (the article closest on average
    to the others), which later stages use to pick representative text.
    """
    if not articles:
        return []
    features = [features_of(a) for a in articles]
    sim = similarity_matrix(features)
    groups = average_link(sim, threshold)
    stories = []
    for members in groups:
        ordered = _by_centrality(members, sim)
        group = [articles[i] for i in ordered]
        story_id = content_id(*sorted(a.id for a in group), prefix="s")
        for article in group:
            article.story_id = story_id
        stories.append(
            Story(
                id=story_id,
                title=pick_title(group, language),
                article_ids=[a.id for a in group],
                languages=sorted({a.language for a in group if a.language}),
            )
        )
    stories.sort(key=lambda s: (-len(s.article_ids), s.id))
    return stories


def _by_centrality(members: list[int], sim: np.ndarray) -> list[int]:
    if len(members) == 1:
        return list(members)
    sub = sim[np.ix_(members, members)].sum(axis=1)
    return [members[k] for k in sorted(range(len(members)), key=lambda k: (-sub[k], k))]
