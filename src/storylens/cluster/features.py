"""What clustering knows of an article: its vector, names, words, figures and day."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from anyascii import anyascii

from ..entities.normalise import normal_tokens, skeleton
from ..records import Article
from .titles import headline, is_furniture

_ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "EVENT", "OTHER"})
# Words are cut to this many characters: a crude stemmer that is language-neutral, so
# "earthquake"/"earthquakes", "Erdbeben"/"Erdbebens" and Polish or Russian case forms meet.
# On ECB+ dev (topics 1-35) 6-7 characters cluster best; 6 merges too many short words.
STEM_CHARS = 7
# Shorter words are mostly function words in alphabetic scripts ("the", "der", "и").
MIN_WORD_CHARS = 3
# Numbers below this are too common ("two", "3 people") to say which event is meant.
MIN_FIGURE = 10
# Only this much of the text counts: leads carry the event, tails drift to background.
LEXICAL_CHARS = 3000
# The lead embedded apart: title and first sentences, where reports of one event agree most.
LEAD_SENTENCES = 3
LEAD_CHARS = 600

_WORD = re.compile(r"\w+")
_DENSE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+")
_YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20[0-4]\d)(?!\d)")
_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:[,.\u00a0 ]\d{3})+(?![\d])|(?<![\w.,])\d+(?:[.,]\d+)?")


@dataclass(slots=True)
class ArticleFeatures:
    """What clustering needs to know of one article."""

    article_id: str
    embedding: np.ndarray
    entity_keys: set[str] = field(default_factory=set)
    day: date | None = None
    # Sub-linear term weights of stemmed content words (idf is applied per corpus).
    terms: dict[str, float] = field(default_factory=dict)
    # Figures and dates the text states ("6.4", "860", "2013-05-03"), script-neutral.
    figures: set[str] = field(default_factory=set)
    # Years the text names or dates its claims in: two reports naming only other years
    # than each other are usually two events of one kind (two floods, 2008 and 2013).
    years: set[int] = field(default_factory=set)
    # Detected language: words are compared only between articles of one language.
    language: str | None = None
    # Embedding of the title and lead (None: the article embedding stands in).
    lead: np.ndarray | None = None


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


def content_terms(text: str) -> dict[str, float]:
    """Stemmed words (character bigrams in Chinese/Japanese/Korean) with 1 + log(tf) weights."""
    counts: Counter[str] = Counter()
    folded = unicodedata.normalize("NFKC", text[:LEXICAL_CHARS]).casefold()
    for run in _DENSE_SCRIPT.findall(folded):
        counts.update(run[i:i + 2] for i in range(max(1, len(run) - 1)))
    for word in _WORD.findall(_DENSE_SCRIPT.sub(" ", folded)):
        if len(word) >= MIN_WORD_CHARS and not any(ch.isdigit() for ch in word):
            counts[word[:STEM_CHARS]] += 1
    return {term: 1.0 + math.log(count) for term, count in counts.items()}


def lead_text(article: Article) -> str:
    """Title and first sentences of an article, the text of its lead embedding.

    A title that is page furniture whatever the body (``titles.is_furniture``: "Por Ana
    Ruiz", "Europa Press | Madrid", a photo credit, "This post is part of our special
    coverage of ...") is replaced by the headline among the first lines (``headline``),
    or left out, and a first sentence repeating that furniture is skipped too. The lead
    carries most of the pair score; 76 of 1,122 CL-TLS titles are such furniture, and it
    makes two pages of one site alike. Any other title is kept as given (a short real
    headline that shares few words with its body is still the headline), and an article
    without a title (ECB+, SemEval) keeps the lead it had.
    """
    title, spans = article.title, article.sentences
    if title and is_furniture(title):
        given = " ".join(title.split())
        spans = [s for s in spans if " ".join(article.text[s.start:s.end].split()) not in given]
        title = headline(article)
    spans = spans[:LEAD_SENTENCES]
    body = " ".join(article.text[s.start:s.end] for s in spans) if spans else article.text
    body = body[:LEAD_CHARS]
    return f"{title}\n\n{body}" if title else body


def text_figures(text: str) -> set[str]:
    """Numbers stated in a text, normalised so "1,200", "1 200" and "1.200" agree."""
    figures = set()
    for raw in _NUMBER.findall(text[:LEXICAL_CHARS]):
        value = _number_value(raw)
        if value is not None and value >= MIN_FIGURE:
            figures.add(f"{value:g}")
    return figures


def _number_value(raw: str) -> float | None:
    compact = raw.replace("\u00a0", "").replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", compact):
        return float(re.sub(r"[,.]", "", compact))
    try:
        return float(compact.replace(",", "."))
    except ValueError:
        return None


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
    text = f"{article.title}\n{article.text}" if article.title else article.text
    figures = text_figures(text)
    years = {int(y) for y in _YEAR.findall(text[:LEXICAL_CHARS])}
    for claim in article.claims:
        if claim.when:
            figures.add(claim.when[:10])
            if _YEAR.fullmatch(claim.when[:4]):
                years.add(int(claim.when[:4]))
        value = claim.value
        if value is not None and value.low is not None and value.low >= MIN_FIGURE:
            figures.add(f"{value.low:g}")
    lead = article.lead_embedding
    return ArticleFeatures(
        article.id, np.asarray(embedding, dtype=np.float32), keys, day,
        content_terms(text), figures, years, article.language,
        None if lead is None else np.asarray(lead, dtype=np.float32),
    )


def _parse_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
