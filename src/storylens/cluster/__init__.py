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
]


def cluster_articles(articles: list[Article], threshold: float) -> list[Story]:
    """Assign every article to a story; returns stories with ids, titles and languages."""
    if not articles:
        return []
    features = [features_of(a) for a in articles]
    sim = similarity_matrix(features)
    groups = average_link(sim, threshold)
    stories = []
    for members in groups:
        group = [articles[i] for i in members]
        ids = sorted(a.id for a in group)
        story_id = content_id(*ids, prefix="s")
        central = _most_central(members, sim)
        for article in group:
            article.story_id = story_id
        stories.append(
            Story(
                id=story_id,
                title=_story_title(articles[central], group),
                article_ids=[a.id for a in group],
                languages=sorted({a.language for a in group if a.language}),
            )
        )
    stories.sort(key=lambda s: (-len(s.article_ids), s.id))
    return stories


def _most_central(members: list[int], sim: np.ndarray) -> int:
    if len(members) == 1:
        return members[0]
    sub = sim[np.ix_(members, members)]
    return members[int(np.argmax(sub.sum(axis=1)))]


def _story_title(central: Article, group: list[Article]) -> str:
    """The central article's title, preferring an English title when one is close by."""
    candidates = [central] + [a for a in group if a is not central]
    for article in candidates:
        if article.language == "en" and article.title:
            return article.title
    for article in candidates:
        if article.title:
            return article.title
    first = central.sentences[0] if central.sentences else None
    text = central.text[first.start:first.end] if first else central.text[:120]
    return text[:160]
