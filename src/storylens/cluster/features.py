"""What clustering knows of an article: its vector, its names as script-neutral keys, its day."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from anyascii import anyascii

from ..entities.normalise import normal_tokens, skeleton
from ..records import Article

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


def name_keys(surface: str) -> set[str]:
    """Spelling- and script-neutral keys of the words of a name.

    Each word of the normal form becomes its consonant skeleton, so "Taroudant",
    "Тарудант" and "Tarudanta" (declined) all give "trdnt", "Türkei" and "Turquie" "trk".
    """
    keys = set()
    for token in normal_tokens(surface):
        if len(token) < 4 or token.isdigit():
            continue
        shape = skeleton(token)
        keys.add(shape if len(shape) >= 3 else token)
    return keys


def features_of(article: Article) -> ArticleFeatures:
    """Collect the clustering features of an article whose stages have run."""
    keys: set[str] = set()
    for mention in article.mentions:
        if mention.label in _ENTITY_LABELS:
            keys |= name_keys(mention.text)
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


