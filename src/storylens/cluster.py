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

import math
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from anyascii import anyascii
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

from .records import Article, Story, content_id

# Weight of the entity overlap next to the embedding cosine: a shared rare place or person
# is strong evidence of one event, but embeddings carry most of the topical signal.
ENTITY_WEIGHT = 0.35
# Published more than this many days apart, articles are less likely about one event.
DATE_WINDOW_DAYS = 4
# Penalty per week beyond the window, capped: follow-ups weeks later can still belong.
DATE_PENALTY_PER_WEEK = 0.08
DATE_PENALTY_CAP = 0.25
_ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "EVENT", "OTHER"})


@dataclass(slots=True)
class ArticleFeatures:
    """What clustering needs to know of one article."""

    article_id: str
    embedding: np.ndarray
    entity_keys: set[str] = field(default_factory=set)
    day: date | None = None


def entity_key(surface: str) -> str:
    """A language-neutral key of a name: Latin script, no accents, lower case."""
    text = unicodedata.normalize("NFKD", anyascii(surface))
    text = "".join(ch for ch in text if ch.isalnum() or ch == " ").lower()
    return " ".join(text.split())


def features_of(article: Article) -> ArticleFeatures:
    """Collect the clustering features of an article whose stages have run."""
    keys: set[str] = set()
    for mention in article.mentions:
        if mention.label not in _ENTITY_LABELS:
            continue
        key = entity_key(mention.text)
        if len(key) < 3:
            continue
        keys.add(key)
        tokens = key.split()
        if len(tokens) > 1 and len(tokens[-1]) >= 4:
            # Last names carry across "Khalifa Haftar" / "Haftar".
            keys.add(tokens[-1])
    day = _parse_day(article.published)
    embedding = article.embedding
    if embedding is None:
        raise ValueError(f"article {article.id} has no embedding; run the embed stage first")
    return ArticleFeatures(article.id, np.asarray(embedding, dtype=np.float32), keys, day)


def _parse_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def similarity_matrix(features: list[ArticleFeatures]) -> np.ndarray:
    """Pairwise same-event similarity of articles (symmetric, diagonal 1)."""
    n = len(features)
    if n == 0:
        return np.zeros((0, 0), dtype=np.float32)
    emb = np.stack([f.embedding for f in features])
    sim = emb @ emb.T
    sim += ENTITY_WEIGHT * _entity_similarity(features)
    sim -= _date_penalty(features)
    np.fill_diagonal(sim, 1.0)
    return sim.astype(np.float32)


def _entity_similarity(features: list[ArticleFeatures]) -> np.ndarray:
    """Cosine of rarity-weighted entity-key sets (idf, so ubiquitous names count little)."""
    n = len(features)
    df = Counter(key for f in features for key in f.entity_keys)
    vocab = {key: i for i, key in enumerate(sorted(df))}
    if not vocab:
        return np.zeros((n, n), dtype=np.float32)
    matrix = np.zeros((n, len(vocab)), dtype=np.float32)
    for row, f in enumerate(features):
        for key in f.entity_keys:
            # Smoothed idf: a key in every article still weighs a little.
            matrix[row, vocab[key]] = math.log((n + 1) / df[key]) + 0.1
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    matrix /= np.maximum(norms, 1e-9)
    return matrix @ matrix.T


def _date_penalty(features: list[ArticleFeatures]) -> np.ndarray:
    n = len(features)
    ordinals = np.array(
        [f.day.toordinal() if f.day else np.nan for f in features], dtype=np.float64
    )
    gap = np.abs(ordinals[:, None] - ordinals[None, :])
    excess = np.clip(np.nan_to_num(gap, nan=0.0) - DATE_WINDOW_DAYS, 0.0, None)
    penalty = np.minimum(excess / 7.0 * DATE_PENALTY_PER_WEEK, DATE_PENALTY_CAP)
    return penalty.reshape(n, n).astype(np.float32)


def average_link(sim: np.ndarray, threshold: float) -> list[list[int]]:
    """Average-link agglomerative clustering: join groups whose mean similarity >= threshold."""
    n = sim.shape[0]
    if n < 2:
        return [[i] for i in range(n)]
    # scipy wants non-negative dissimilarities; shift by the largest possible similarity.
    top = float(max(sim.max(), 1.0))
    dist = np.clip(top - sim.astype(np.float64), 0.0, None)
    np.fill_diagonal(dist, 0.0)
    dist = (dist + dist.T) / 2.0
    tree = linkage(squareform(dist, checks=False), method="average")
    labels = fcluster(tree, t=top - threshold, criterion="distance")
    groups: dict[int, list[int]] = {}
    for index, label in enumerate(labels):
        groups.setdefault(int(label), []).append(index)
    return list(groups.values())


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
